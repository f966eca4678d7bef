import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  addMonths,
  assertVersion,
  Clock,
  DomainError,
  Page,
  pickFields,
  RequestContext,
  scopeList,
  Transaction,
  UnitOfWork,
  updateReturning,
  fetchPage,
  futureDateError,
  invalidField,
} from '@app/platform';
import { DeadlinesService, secretaryDeadline } from '@app/deadlines';
import { NonconformitiesService } from '@app/capa';
import { AGENCY_MANAGERS, assertAgencyActive, assertMayActIn, overseeingProvince } from '../oversight-access';
import { readableRecord } from '../readable-records';
import {
  CreateInspectionDto,
  DecideCorrectiveReportDto,
  ListInspectionsQuery,
  SubmitCorrectiveReportDto,
} from './dto/inspection.dto';
import {
  Inspection,
  INSPECTION_LIFECYCLE,
  InspectionFinding,
  InspectionReport,
  InspectionStatus,
} from './inspection.entity';

/** Months the inspected agency has to report its corrective action. */
export const CORRECTIVE_REPORT_MONTHS = 2;
/** After a rejected report: at least this long to send the next one. */
const RESUBMISSION_MONTHS = 1;

export interface InspectionView {
  id: string;
  agencyId: string;
  provinceAgencyId: string;
  planId: string | null;
  kind: string;
  inspectedOn: string;
  inspectors: string[];
  conclusion: string;
  status: string;
  reportDue: string | null;
  round: number;
  findingCounts: { NONCONFORMITY: number; RECOMMENDATION: number };
  recordedBy: string | null;
  createdAt: Date;
  version: number;
}

export interface InspectionDetail extends InspectionView {
  findings: {
    id: string;
    position: number;
    type: string;
    clause: string | null;
    description: string;
    severity: string | null;
    /** The nonconformity this finding opened in the agency's log (NONCONFORMITY findings). */
    nonconformityId: string | null;
  }[];
  reports: {
    id: string;
    round: number;
    content: string;
    submittedBy: string | null;
    submittedAt: Date;
    decision: string | null;
    decisionComment: string | null;
    decidedBy: string | null;
    decidedAt: Date | null;
  }[];
}

const SORTABLE = { inspectedOn: 's.inspected_on', createdAt: 's.created_at', status: 's.status' };

/**
 * Inspections by the Department of Science and Technology: recorded with their findings by the
 * province's OVERSIGHT; when there are nonconformities the inspected agency owes a
 * corrective-action report within 2 months (an INSPECTION_REPORT deadline of its ISO secretary),
 * which the inspector accepts or rejects.
 */
@Injectable()
export class InspectionsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
    private readonly nonconformities: NonconformitiesService,
  ) {}

  async list(ctx: RequestContext, query: ListInspectionsQuery): Promise<Page<InspectionView>> {
    const qb = this.uow.dataSource.getRepository(Inspection).createQueryBuilder('s');
    scopeList(qb, ctx, {
      agency_id: query.agencyId,
      province_agency_id: query.provinceAgencyId,
      status: query.status,
    });
    if (query.year) {
      qb.andWhere('s.inspected_on BETWEEN :from AND :to', {
        from: `${query.year}-01-01`,
        to: `${query.year}-12-31`,
      });
    }
    const [items, total] = await fetchPage(qb, query, SORTABLE, 'inspectedOn', 'DESC');
    const counts = await this.findingCounts(
      this.uow.manager,
      items.map((i) => i.id),
    );
    return query.result(
      items.map((i) => toView(i, counts.get(i.id))),
      total,
    );
  }

  async get(ctx: RequestContext, id: string): Promise<InspectionDetail> {
    const inspection = await readableRecord(this.uow.manager, ctx, Inspection, 'inspection', id);
    return this.detail(this.uow.manager, inspection);
  }

  async create(ctx: RequestContext, dto: CreateInspectionDto): Promise<InspectionDetail> {
    if (dto.inspectedOn > this.clock.today()) throw futureDateError('inspectedOn', 'Ngày kiểm tra');
    const provinceAgencyId = await overseeingProvince(this.uow.manager, ctx, dto.agencyId);
    const inspection = await this.uow.run(ctx, async (tx) => {
      await assertAgencyActive(tx.manager, dto.agencyId);
      const [plan] = await tx.manager.query<{ id: string }[]>(
        `SELECT p.id FROM inspection_plans p JOIN inspection_plan_items i ON i.plan_id = p.id
          WHERE p.province_agency_id = $1 AND p.year = $2 AND i.agency_id = $3`,
        [provinceAgencyId, Number(dto.inspectedOn.slice(0, 4)), dto.agencyId],
      );
      const needsReport = dto.findings.some((f) => f.type === 'NONCONFORMITY');
      const reportDue = needsReport ? addMonths(dto.inspectedOn, CORRECTIVE_REPORT_MONTHS) : null;
      const status: InspectionStatus = needsReport ? 'AWAITING_REPORT' : 'CLOSED';
      const inspection = tx.manager.create(Inspection, {
        agencyId: dto.agencyId,
        provinceAgencyId,
        planId: plan?.id ?? null,
        kind: dto.kind,
        inspectedOn: dto.inspectedOn,
        inspectors: dto.inspectors.map((name) => name.normalize('NFC').trim()),
        conclusion: dto.conclusion.normalize('NFC').trim(),
        status,
        reportDue,
        round: 1,
        recordedBy: ctx.userId,
        version: 1,
      });
      await tx.manager.insert(Inspection, inspection);
      const findings = dto.findings.map((f, index) =>
        tx.manager.create(InspectionFinding, {
          inspectionId: inspection.id,
          agencyId: dto.agencyId,
          position: index + 1,
          type: f.type,
          clause: f.clause?.trim() ?? null,
          description: f.description.normalize('NFC').trim(),
          severity: f.type === 'NONCONFORMITY' ? (f.severity ?? 'MINOR') : null,
          nonconformityId: null,
        }),
      );
      if (findings.length > 0) await tx.manager.insert(InspectionFinding, findings);
      // each nonconformity found opens one in the agency's own log, linked both ways
      for (const finding of findings.filter((f) => f.type === 'NONCONFORMITY')) {
        const nc = await this.nonconformities.openFromInspection(tx, {
          agencyId: dto.agencyId,
          inspectionId: inspection.id,
          inspectionFindingId: finding.id,
          description: `Kiểm tra ngày ${dto.inspectedOn}: ${finding.description}`,
          severity: finding.severity ?? 'MINOR',
          clause: finding.clause,
        });
        finding.nonconformityId = nc.id;
        await tx.manager.update(InspectionFinding, { id: finding.id }, { nonconformityId: nc.id });
      }
      if (reportDue) await this.registerReportDeadline(tx, inspection, reportDue);
      tx.audit({
        subjectType: 'inspection',
        subjectId: inspection.id,
        agencyId: dto.agencyId,
        action: 'record',
        to: status,
        data: {
          kind: dto.kind,
          inspectedOn: dto.inspectedOn,
          planId: inspection.planId,
          findings: dto.findings.length,
          reportDue,
        },
      });
      tx.emit('inspection.recorded', { inspectionId: inspection.id, agencyId: dto.agencyId });
      return inspection;
    });
    return this.detail(this.uow.manager, inspection);
  }

  /** The inspected agency sends its corrective-action report; its deadline is met. */
  async submitReport(
    ctx: RequestContext,
    id: string,
    dto: SubmitCorrectiveReportDto,
    expectedVersion?: number,
  ): Promise<InspectionDetail> {
    const inspection = await this.uow.run(ctx, async (tx) => {
      const inspection = await this.lock(tx, id);
      assertMayActIn(ctx, inspection.agencyId, AGENCY_MANAGERS, 'inspection');
      assertVersion(expectedVersion, inspection.version);
      await INSPECTION_LIFECYCLE.transition(tx, inspection, 'REPORT_SUBMITTED', {
        data: { round: inspection.round, late: inspection.reportDue! < this.clock.today() },
      });
      await tx.manager.insert(InspectionReport, {
        inspectionId: id,
        agencyId: inspection.agencyId,
        round: inspection.round,
        content: dto.content.normalize('NFC').trim(),
        submittedBy: ctx.userId,
        submittedAt: this.clock.now(),
        decision: null,
        decisionComment: null,
        decidedBy: null,
        decidedAt: null,
      });
      await this.deadlines.meet(tx, 'inspection', id, 'INSPECTION_REPORT');
      return inspection;
    });
    return this.detail(this.uow.manager, inspection);
  }

  /** The inspector accepts the report (the inspection is done) or rejects it (a new report is due). */
  async decideReport(
    ctx: RequestContext,
    id: string,
    decision: 'ACCEPTED' | 'REJECTED',
    dto: DecideCorrectiveReportDto,
    expectedVersion?: number,
  ): Promise<InspectionDetail> {
    if (decision === 'REJECTED' && !dto.comment) {
      throw invalidField(
        'comment',
        'Cần ghi ý kiến (comment) khi không chấp nhận báo cáo',
        'comment is required to reject a report',
      );
    }
    const inspection = await this.uow.run(ctx, async (tx) => {
      const inspection = await this.lock(tx, id);
      if (!ctx.isSystemAdmin && !ctx.hasRole(inspection.provinceAgencyId, 'OVERSIGHT'))
        throw DomainError.forbidden();
      assertVersion(expectedVersion, inspection.version);
      const to: InspectionStatus = decision === 'ACCEPTED' ? 'REPORT_ACCEPTED' : 'AWAITING_REPORT';
      let reportDue = inspection.reportDue;
      if (decision === 'REJECTED') {
        const resubmitBy = addMonths(this.clock.today(), RESUBMISSION_MONTHS);
        reportDue = reportDue && reportDue > resubmitBy ? reportDue : resubmitBy;
      }
      const round = inspection.round;
      await INSPECTION_LIFECYCLE.transition(tx, inspection, to, {
        reason: dto.comment ?? null,
        data: { round, reportDue },
        set: { round: decision === 'REJECTED' ? round + 1 : round, reportDue },
      });
      const decided = await updateReturning<{ id: string }>(
        tx.manager,
        `UPDATE inspection_reports SET decision = $3, decision_comment = $4, decided_by = $5, decided_at = now(),
                updated_at = now()
          WHERE inspection_id = $1 AND round = $2 AND decision IS NULL RETURNING id`,
        [id, round, decision, dto.comment?.normalize('NFC').trim() ?? null, ctx.userId],
      );
      // the report of the round read under the lock is the one decided
      if (decided.length !== 1) throw DomainError.stateConflict('inspection', 'REPORT_SUBMITTED');
      if (decision === 'REJECTED') await this.registerReportDeadline(tx, inspection, reportDue!);
      return inspection;
    });
    return this.detail(this.uow.manager, inspection);
  }

  private async registerReportDeadline(tx: Transaction, inspection: Inspection, due: string): Promise<void> {
    await this.deadlines.register(
      tx,
      secretaryDeadline(
        inspection,
        'inspection',
        'INSPECTION_REPORT',
        `Báo cáo kết quả khắc phục sau kiểm tra của Sở Khoa học và Công nghệ ngày ${inspection.inspectedOn}`,
        due,
      ),
    );
  }

  private async lock(tx: Transaction, id: string): Promise<Inspection> {
    return readableRecord(tx.manager, tx.ctx, Inspection, 'inspection', id, true);
  }

  private async findingCounts(
    manager: EntityManager,
    ids: string[],
  ): Promise<Map<string, InspectionView['findingCounts']>> {
    const map = new Map<string, InspectionView['findingCounts']>();
    if (ids.length === 0) return map;
    const rows = await manager.query<{ inspection_id: string; type: string; n: string }[]>(
      `SELECT inspection_id, type, count(*)::text AS n FROM inspection_findings
        WHERE inspection_id = ANY($1::uuid[]) GROUP BY 1, 2`,
      [ids],
    );
    for (const row of rows) {
      const counts = map.get(row.inspection_id) ?? { NONCONFORMITY: 0, RECOMMENDATION: 0 };
      counts[row.type as keyof InspectionView['findingCounts']] = Number(row.n);
      map.set(row.inspection_id, counts);
    }
    return map;
  }

  private async detail(manager: EntityManager, inspection: Inspection): Promise<InspectionDetail> {
    const findings = await manager.find(InspectionFinding, {
      where: { inspectionId: inspection.id },
      order: { position: 'ASC' },
    });
    const reports = await manager.find(InspectionReport, {
      where: { inspectionId: inspection.id },
      order: { round: 'ASC' },
    });
    const counts = { NONCONFORMITY: 0, RECOMMENDATION: 0 };
    for (const f of findings) counts[f.type] += 1;
    return {
      ...toView(inspection, counts),
      findings: findings.map((f) => ({
        id: f.id,
        position: f.position,
        type: f.type,
        clause: f.clause,
        description: f.description,
        severity: f.severity,
        nonconformityId: f.nonconformityId,
      })),
      reports: reports.map((r) => ({
        id: r.id,
        round: r.round,
        content: r.content,
        submittedBy: r.submittedBy,
        submittedAt: r.submittedAt,
        decision: r.decision,
        decisionComment: r.decisionComment,
        decidedBy: r.decidedBy,
        decidedAt: r.decidedAt,
      })),
    };
  }
}

function toView(i: Inspection, counts?: InspectionView['findingCounts']): InspectionView {
  return {
    ...pickFields(i, [
      'id',
      'agencyId',
      'provinceAgencyId',
      'planId',
      'kind',
      'inspectedOn',
      'inspectors',
      'conclusion',
      'status',
      'reportDue',
      'round',
    ]),
    findingCounts: counts ?? { NONCONFORMITY: 0, RECOMMENDATION: 0 },
    ...pickFields(i, ['recordedBy', 'createdAt', 'version']),
  };
}
