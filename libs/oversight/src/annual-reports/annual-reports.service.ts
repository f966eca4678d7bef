import { Injectable } from '@nestjs/common';
import {
  assertVersion,
  ChangeOptions,
  Clock,
  createSubject,
  DomainError,
  duplicateError,
  futureDateError,
  Page,
  pickFields,
  ReadReplica,
  RequestContext,
  scopeList,
  Transaction,
  UnitOfWork,
  fetchPage,
  uniqueViolationAs,
} from '@app/platform';
import { CapaReportsService } from '@app/capa';
import { agencyChain, findAgency } from '@app/organization';
import { DeadlinesService } from '@app/deadlines';
import {
  AGENCY_MANAGERS,
  agenciesUnder,
  assertAgencyActive,
  assertMayActIn,
  assertOverseesProvince,
  resolveProvince,
} from '../oversight-access';
import { readableRecord } from '../readable-records';
import { AnnualReportFigures, compileFigures, FIGURE_ROWS, figureValue } from './annual-report-figures';
import {
  AnnualReport,
  ANNUAL_REPORT_HISTORY,
  ANNUAL_REPORT_LIFECYCLE,
  AnnualReportStatus,
} from './annual-report.entity';
import { annualReportWorkbook, ProvinceRollupRow, provinceRollupWorkbook } from './annual-report-xlsx';
import {
  AnnualReportQuery,
  CreateAnnualReportDto,
  ListAnnualReportsQuery,
  ProvinceAnnualReportQuery,
  UpdateAnnualReportDto,
} from './dto/annual-report.dto';

export interface AnnualReportView {
  /** null for a report not created yet (figures compiled live). */
  id: string | null;
  agencyId: string;
  year: number;
  status: AnnualReportStatus | 'NOT_CREATED';
  figures: AnnualReportFigures;
  compiledAt: Date;
  assessment: string | null;
  difficulties: string | null;
  proposals: string | null;
  submittedAt: Date | null;
  submittedBy: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  returnReason: string | null;
  version: number;
}

export interface ProvinceRollup {
  provinceAgencyId: string;
  year: number;
  /** Agencies expected to report (those applying a QMS) by report status. */
  byStatus: Record<string, number>;
  /** Sums of the figures of submitted and accepted reports. */
  totals: Record<string, number>;
  agencies: ProvinceRollupRow[];
}

const SORTABLE = {
  year: 'r.year',
  status: 'r.status',
  submittedAt: 'r.submitted_at',
  updatedAt: 'r.updated_at',
};
const REPORTED: AnnualReportStatus[] = ['SUBMITTED', 'ACCEPTED'];
/** A report neither submitted nor decided yet. */
const NOT_SUBMITTED = {
  submittedAt: null,
  submittedBy: null,
  decidedAt: null,
  decidedBy: null,
  returnReason: null,
} as const;

/**
 * The annual report (báo cáo định kỳ) each agency sends to the Department of Science and
 * Technology: compiled from the records, completed with the agency's assessment, difficulties
 * and proposals while DRAFT, submitted (which meets that year's ANNUAL_REPORT obligation), then
 * accepted or returned by OVERSIGHT. Exported as JSON and XLSX, and rolled up per province.
 */
@Injectable()
export class AnnualReportsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
    private readonly capa: CapaReportsService,
    private readonly replica: ReadReplica,
  ) {}

  async list(ctx: RequestContext, query: ListAnnualReportsQuery): Promise<Page<AnnualReportView>> {
    const qb = this.uow.dataSource.getRepository(AnnualReport).createQueryBuilder('r');
    scopeList(qb, ctx, { agency_id: query.agencyId, year: query.year, status: query.status });
    const [items, total] = await fetchPage(qb, query, SORTABLE, 'year', 'DESC');
    return query.result(items.map(toView), total);
  }

  async get(ctx: RequestContext, id: string): Promise<AnnualReportView> {
    return toView(await readableRecord(this.uow.manager, ctx, AnnualReport, 'annualReport', id));
  }

  /**
   * The agency's report of the year: the saved one, or a live compilation when none is saved yet
   * (a heavy read, on the replica).
   */
  async annual(ctx: RequestContext, query: AnnualReportQuery): Promise<AnnualReportView> {
    if (!ctx.canRead(query.agencyId)) throw DomainError.notFound('agency');
    return this.replica.run(ctx, async (manager): Promise<AnnualReportView> => {
      const report = await manager
        .getRepository(AnnualReport)
        .findOneBy({ agencyId: query.agencyId, year: query.year });
      if (report) return toView(report);
      const figures = await compileFigures(
        manager,
        this.capa,
        query.agencyId,
        query.year,
        this.clock.today(),
      );
      return {
        id: null,
        agencyId: query.agencyId,
        year: query.year,
        status: 'NOT_CREATED',
        figures,
        compiledAt: this.clock.now(),
        assessment: null,
        difficulties: null,
        proposals: null,
        ...NOT_SUBMITTED,
        version: 0,
      };
    });
  }

  async xlsx(view: AnnualReportView): Promise<Buffer> {
    return annualReportWorkbook(view);
  }

  async create(ctx: RequestContext, dto: CreateAnnualReportDto): Promise<AnnualReportView> {
    assertMayActIn(ctx, dto.agencyId, AGENCY_MANAGERS);
    const today = this.clock.today();
    if (dto.year > Number(today.slice(0, 4))) throw futureDateError('year', 'Năm báo cáo');
    return uniqueViolationAs(
      this.uow.run(ctx, async (tx) => {
        await assertAgencyActive(tx.manager, dto.agencyId);
        const figures = await compileFigures(tx.manager, this.capa, dto.agencyId, dto.year, today);
        const report = tx.manager.create(AnnualReport, {
          agencyId: dto.agencyId,
          year: dto.year,
          status: 'DRAFT',
          figures,
          compiledAt: this.clock.now(),
          assessment: text(dto.assessment),
          difficulties: text(dto.difficulties),
          proposals: text(dto.proposals),
          ...NOT_SUBMITTED,
          createdBy: ctx.userId,
          version: 1,
        });
        await createSubject(tx, ANNUAL_REPORT_LIFECYCLE, report, { data: { year: dto.year } });
        return toView(report);
      }),
      { annual_reports_agency_year: () => duplicateError('annualReport', 'year', dto.year) },
    );
  }

  /** Edits the agency's text while the report is a draft. */
  async update(
    ctx: RequestContext,
    id: string,
    dto: UpdateAnnualReportDto,
    expectedVersion?: number,
  ): Promise<AnnualReportView> {
    return this.uow.run(ctx, async (tx) => {
      const report = await this.lockDraft(tx, id, expectedVersion);
      const changes: Partial<AnnualReport> = {};
      if (dto.assessment !== undefined) changes.assessment = text(dto.assessment);
      if (dto.difficulties !== undefined) changes.difficulties = text(dto.difficulties);
      if (dto.proposals !== undefined) changes.proposals = text(dto.proposals);
      return toView(await this.edit(tx, report, changes));
    });
  }

  /** Compiles the figures again from the records (while DRAFT). */
  async recompile(ctx: RequestContext, id: string, expectedVersion?: number): Promise<AnnualReportView> {
    return this.uow.run(ctx, async (tx) => {
      const report = await this.lockDraft(tx, id, expectedVersion);
      const figures = await compileFigures(
        tx.manager,
        this.capa,
        report.agencyId,
        report.year,
        this.clock.today(),
      );
      // the figures are the records' (not an edit): written, not copied into the entry
      const updated = await this.edit(
        tx,
        report,
        {},
        { action: 'recompile', data: { year: report.year }, set: { figures, compiledAt: this.clock.now() } },
      );
      return toView(updated);
    });
  }

  /** Sends the report to the Department of Science and Technology; that year's obligation is met. */
  async submit(ctx: RequestContext, id: string, expectedVersion?: number): Promise<AnnualReportView> {
    return this.uow.run(ctx, async (tx) => {
      const report = await this.lockDraft(tx, id, expectedVersion);
      await ANNUAL_REPORT_LIFECYCLE.transition(tx, report, 'SUBMITTED', {
        data: { year: report.year },
        set: { submittedAt: this.clock.now(), submittedBy: ctx.userId, returnReason: null },
      });
      await this.deadlines.meetYearlyObligation(tx, 'ANNUAL_REPORT', report.agencyId, report.year);
      return toView(report);
    });
  }

  /** OVERSIGHT accepts a submitted report, or returns it to the agency (back to DRAFT) with a reason. */
  async decide(
    ctx: RequestContext,
    id: string,
    decision: 'ACCEPTED' | 'DRAFT',
    reason: string | null,
    expectedVersion?: number,
  ): Promise<AnnualReportView> {
    return this.uow.run(ctx, async (tx) => {
      const report = await this.lock(tx, id);
      if (!ctx.isSystemAdmin && !(await this.oversees(tx, report.agencyId))) throw DomainError.forbidden();
      assertVersion(expectedVersion, report.version);
      await ANNUAL_REPORT_LIFECYCLE.transition(tx, report, decision, {
        reason,
        set: {
          decidedAt: this.clock.now(),
          decidedBy: ctx.userId,
          returnReason: decision === 'DRAFT' ? reason : null,
        },
      });
      return toView(report);
    });
  }

  /** Every agency of the province that applies a QMS, with its report of the year. */
  async provinceRollup(ctx: RequestContext, query: ProvinceAnnualReportQuery): Promise<ProvinceRollup> {
    const provinceId = resolveProvince(ctx, query.provinceAgencyId);
    assertOverseesProvince(ctx, provinceId);
    // the province's subtree and reports: a heavy read, on the replica
    const { agencies, reports } = await this.replica.run(ctx, async (manager) => {
      const agencies = (await agenciesUnder(manager, provinceId)).filter((a) => a.qualitySystemId !== null);
      const reports = await manager
        .getRepository(AnnualReport)
        .createQueryBuilder('r')
        .where('r.year = :year', { year: query.year })
        .andWhere('r.agency_id = ANY(:ids)', { ids: agencies.map((a) => a.id) })
        .getMany();
      return { agencies, reports };
    });
    const byAgency = new Map(reports.map((r) => [r.agencyId, r]));
    const byStatus: Record<string, number> = { NOT_CREATED: 0, DRAFT: 0, SUBMITTED: 0, ACCEPTED: 0 };
    const keys = FIGURE_ROWS.flatMap((s) => s.rows).map((r) => r.key);
    const totals: Record<string, number> = Object.fromEntries(keys.map((key) => [key, 0]));
    const rows = agencies.map((a) => {
      const report = byAgency.get(a.id);
      const status = report?.status ?? 'NOT_CREATED';
      byStatus[status] += 1;
      const reported = report && REPORTED.includes(report.status) ? report : null;
      if (reported) for (const key of keys) totals[key] += figureValue(reported.figures, key);
      return {
        agencyId: a.id,
        ...pickFields(a, ['code', 'name', 'level']),
        reportId: report?.id ?? null,
        status,
        submittedAt: report?.submittedAt ?? null,
        figures: reported?.figures ?? null,
      };
    });
    return { provinceAgencyId: provinceId, year: query.year, byStatus, totals, agencies: rows };
  }

  async provinceRollupXlsx(rollup: ProvinceRollup): Promise<Buffer> {
    const province = await findAgency(this.uow.manager, rollup.provinceAgencyId);
    return provinceRollupWorkbook(rollup.year, province?.name ?? '', rollup.agencies, rollup.totals);
  }

  private async lock(tx: Transaction, id: string): Promise<AnnualReport> {
    return readableRecord(tx.manager, tx.ctx, AnnualReport, 'annualReport', id, true);
  }

  private async lockDraft(tx: Transaction, id: string, expectedVersion?: number): Promise<AnnualReport> {
    const report = await this.lock(tx, id);
    assertMayActIn(tx.ctx, report.agencyId, AGENCY_MANAGERS, 'annualReport');
    assertVersion(expectedVersion, report.version);
    ANNUAL_REPORT_LIFECYCLE.requireState(report.status, 'DRAFT');
    return report;
  }

  /** Edits the draft read under the lock (its status stays DRAFT): one guarded update and its entry. */
  private async edit(
    tx: Transaction,
    report: AnnualReport,
    changes: Partial<AnnualReport>,
    options?: ChangeOptions,
  ): Promise<AnnualReport> {
    await ANNUAL_REPORT_HISTORY.update(tx, report, changes, options);
    return tx.manager.findOneByOrFail(AnnualReport, { id: report.id });
  }

  private async oversees(tx: Transaction, agencyId: string): Promise<boolean> {
    const held = tx.ctx.agenciesWithRole('OVERSIGHT');
    if (held.length === 0) return false;
    const chain = await agencyChain(tx.manager, agencyId);
    return chain.some((a) => held.includes(a.id));
  }
}

function text(value: string | null | undefined): string | null {
  // @IsOptional lets an explicit null through: it clears the text
  if (value === undefined || value === null) return null;
  const trimmed = value.normalize('NFC').trim();
  return trimmed === '' ? null : trimmed;
}

function toView(r: AnnualReport): AnnualReportView {
  return pickFields(r, [
    'id',
    'agencyId',
    'year',
    'status',
    'figures',
    'compiledAt',
    'assessment',
    'difficulties',
    'proposals',
    'submittedAt',
    'submittedBy',
    'decidedAt',
    'decidedBy',
    'returnReason',
    'version',
  ]);
}
