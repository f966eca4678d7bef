import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  assertNoInvalid,
  assertVersion,
  Clock,
  createSubject,
  defineHistory,
  DomainError,
  domainEvent,
  ErrorDetail,
  fetchPage,
  OnTransition,
  Page,
  RequestContext,
  rowsByKey,
  Transaction,
  TransitionChange,
  UnitOfWork,
  bilingualDetail,
} from '@app/platform';
import { DeadlinesService, meetsDeadline } from '@app/deadlines';
import { AgencyMergeRegistry, moveAgencyRows } from '@app/organization';
import { endOfBusinessDate, NonconformitiesService } from '@app/capa';
import {
  agenciesOfQms,
  assertOnTeam,
  assertRole,
  AUDIT_CLOSERS,
  AUDIT_PLANNERS,
  canReadAudit,
  cleanLabel,
  isOnTeam,
  restrictAudits,
} from './audit-access';
import { AuditProgrammesService } from './audit-programmes.service';
import {
  Audit,
  AUDIT_LIFECYCLE,
  AUDIT_WRITABLE,
  AuditScope,
  AuditStatus,
  FINDING_TYPES,
} from './audit.entity';
import { assertTeamQualifiedAndIndependent } from './auditor-independence';
import {
  AuditActionDto,
  CreateAuditDto,
  ListAuditsQuery,
  ReplanAuditDto,
  ReportAuditDto,
} from './dto/audit.dto';

/** A planned audit's team and dates changed: one `replan` entry with the fields before and after. */
const AUDIT_PLAN_HISTORY = defineHistory<Audit>({ subject: 'audit', entity: () => Audit });

export interface AuditView {
  id: string;
  programmeId: string;
  agencyId: string;
  qualitySystemId: string;
  title: string;
  scope: AuditScope;
  criteria: string;
  plannedStart: string;
  plannedEnd: string;
  leadAuditorId: string;
  auditorIds: string[];
  auditeeAgencyIds: string[];
  status: AuditStatus;
  startedAt: Date | null;
  reportedAt: Date | null;
  reportSummary: string | null;
  closedAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  version: number;
  findingCounts: Record<string, number>;
  nonconformities: { total: number; open: number };
}

const SORTABLE = {
  plannedStart: 'a.planned_start',
  createdAt: 'a.created_at',
  status: 'a.status',
  title: 'a.title',
};

/** A report meets the audit's deadline and the QMS's internal-audit obligation of the year. */
meetsDeadline(AUDIT_LIFECYCLE, {
  to: 'REPORTED',
  kind: 'AUDIT',
  obligation: (audit, today) => ({ of: audit.qualitySystemId, year: Number(today.slice(0, 4)) }),
});

/** Internal audits: planned within a programme, run by a qualified and independent team, reported, closed. */
@Injectable()
export class AuditsService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly programmes: AuditProgrammesService,
    private readonly deadlines: DeadlinesService,
    private readonly nonconformities: NonconformitiesService,
    private readonly mergeRegistry: AgencyMergeRegistry,
  ) {}

  onModuleInit(): void {
    this.mergeRegistry.register('audits', async (manager, fromId, intoId, transfer) => {
      await moveAgencyRows(manager, transfer, [
        'audit_programmes',
        'audits',
        'audit_checklist_items',
        'audit_findings',
        'finding_attachments',
        'management_reviews',
        'management_review_outputs',
      ]);
      await manager.query('UPDATE audit_findings SET auditee_agency_id = $2 WHERE auditee_agency_id = $1', [
        fromId,
        intoId,
      ]);
      await manager.query(
        `UPDATE audits SET auditee_agency_ids = ARRAY(SELECT DISTINCT unnest(array_replace(auditee_agency_ids, $1, $2)))
          WHERE $1 = ANY(auditee_agency_ids)`,
        [fromId, intoId],
      );
      // the survivor's register wins where a user is registered in both
      await manager.query(
        `UPDATE auditor_units u SET agency_id = $2 WHERE agency_id = $1
           AND NOT EXISTS (SELECT 1 FROM auditor_units o WHERE o.agency_id = $2 AND o.user_id = u.user_id)`,
        [fromId, intoId],
      );
      await manager.query('DELETE FROM auditor_units WHERE agency_id = $1', [fromId]);
    });
  }

  async list(ctx: RequestContext, query: ListAuditsQuery): Promise<Page<AuditView>> {
    const qb = this.uow.dataSource.getRepository(Audit).createQueryBuilder('a');
    restrictAudits(qb, 'a', ctx);
    if (query.programmeId) qb.andWhere('a.programme_id = :programmeId', { programmeId: query.programmeId });
    if (query.agencyId) {
      qb.andWhere('(a.agency_id = :agencyId OR :agencyId = ANY(a.auditee_agency_ids))', {
        agencyId: query.agencyId,
      });
    }
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    const [rows, total] = await fetchPage(qb, query, SORTABLE, 'plannedStart');
    const views = await this.views(this.uow.manager, rows);
    return query.result(views, total);
  }

  async get(ctx: RequestContext, id: string): Promise<AuditView> {
    const audit = await this.findReadable(ctx, id);
    return (await this.views(this.uow.manager, [audit]))[0];
  }

  async findReadable(ctx: RequestContext, id: string, manager: EntityManager = this.uow.manager) {
    const audit = await manager.findOneBy(Audit, { id });
    if (!audit || !canReadAudit(ctx, audit)) throw DomainError.notFound('audit');
    return audit;
  }

  /** Loads an audit the caller may read (404 otherwise) and locks it for the transaction. */
  async lock(
    tx: Transaction,
    id: string,
    mode: 'pessimistic_write' | 'pessimistic_read' = 'pessimistic_write',
  ) {
    const audit = await tx.manager.getRepository(Audit).findOne({ where: { id }, lock: { mode } });
    if (!audit || !canReadAudit(tx.ctx, audit)) throw DomainError.notFound('audit');
    return audit;
  }

  /**
   * The audit, locked, for a change by its team while it is in a `writable` state: 404 when
   * unreadable, NOT_AUDIT_TEAM_MEMBER off the team, 409 AUDIT_IS_<STATE> otherwise.
   */
  async lockForTeam(tx: Transaction, id: string, writable: keyof typeof AUDIT_WRITABLE): Promise<Audit> {
    const audit = await this.lock(tx, id);
    assertOnTeam(tx.ctx, audit);
    AUDIT_LIFECYCLE.requireState(audit.status, ...AUDIT_WRITABLE[writable]);
    return audit;
  }

  async create(ctx: RequestContext, dto: CreateAuditDto): Promise<AuditView> {
    const programme = await this.programmes.findReadable(ctx, dto.programmeId);
    assertRole(ctx, programme.agencyId, AUDIT_PLANNERS);
    const details = plannedDateDetails(programme.year, dto.plannedStart, dto.plannedEnd, dto);
    const qmsAgencyIds = await agenciesOfQms(this.uow.manager, programme.qualitySystemId);
    const outside = dto.auditeeAgencyIds.filter((id) => !qmsAgencyIds.includes(id));
    if (outside.length > 0) {
      details.push(
        bilingualDetail(
          'auditeeAgencyIds',
          'Mọi cơ quan được đánh giá phải thuộc HTQLCL của chương trình',
          'every audited agency must belong to the QMS of the programme',
        ),
      );
    }
    assertNoInvalid(details);

    const scope: AuditScope = {
      processes: dto.scope.processes.map(cleanLabel),
      clauses: dto.scope.clauses,
      units: dto.scope.units.map(cleanLabel),
    };
    const auditorIds = dto.auditorIds.filter((id) => id !== dto.leadAuditorId);
    const audit = await this.uow.run(ctx, async (tx) => {
      await assertTeamQualifiedAndIndependent(tx.manager, {
        leadAuditorId: dto.leadAuditorId,
        auditorIds,
        qmsAgencyIds,
        auditeeAgencyIds: dto.auditeeAgencyIds,
        units: scope.units,
      });
      const created = tx.manager.create(Audit, {
        programmeId: programme.id,
        agencyId: programme.agencyId,
        qualitySystemId: programme.qualitySystemId,
        title: cleanLabel(dto.title),
        scope,
        criteria: dto.criteria.normalize('NFC'),
        plannedStart: dto.plannedStart,
        plannedEnd: dto.plannedEnd,
        leadAuditorId: dto.leadAuditorId,
        auditorIds,
        auditeeAgencyIds: dto.auditeeAgencyIds,
        status: 'PLANNED',
        createdBy: ctx.userId,
        version: 1,
      });
      await createSubject(tx, AUDIT_LIFECYCLE, created, {
        action: 'plan',
        data: {
          programmeId: programme.id,
          leadAuditorId: created.leadAuditorId,
          auditorIds,
          auditeeAgencyIds: created.auditeeAgencyIds,
          scope,
        },
        event: (row) => domainEvent('audit.planned', { auditId: row.id, agencyId: created.agencyId }),
      });
      await this.registerReport(tx, created);
      return created;
    });
    return (await this.views(this.uow.manager, [audit]))[0];
  }

  /**
   * Changes a planned audit's dates and team (before it starts), by its planners: the dates stay
   * in the programme year, the new team must be qualified and independent, the report deadline
   * moves to the new end date and to the new lead auditor. One `replan` entry in the audit trail
   * with the fields before and after and the reason.
   */
  async replan(ctx: RequestContext, id: string, dto: ReplanAuditDto) {
    await this.uow.run(ctx, async (tx) => {
      const audit = await this.lock(tx, id);
      assertRole(ctx, audit.agencyId, AUDIT_PLANNERS);
      AUDIT_LIFECYCLE.requireState(audit.status, ...AUDIT_WRITABLE.plan);
      assertVersion(dto.version, audit.version);
      const programme = await this.programmes.findReadable(ctx, audit.programmeId);
      const plannedStart = dto.plannedStart ?? audit.plannedStart;
      const plannedEnd = dto.plannedEnd ?? audit.plannedEnd;
      const leadAuditorId = dto.leadAuditorId ?? audit.leadAuditorId;
      const auditorIds = (dto.auditorIds ?? audit.auditorIds).filter((u) => u !== leadAuditorId);
      assertNoInvalid(plannedDateDetails(programme.year, plannedStart, plannedEnd, dto));
      await assertTeamQualifiedAndIndependent(tx.manager, {
        leadAuditorId,
        auditorIds,
        qmsAgencyIds: await agenciesOfQms(tx.manager, audit.qualitySystemId),
        auditeeAgencyIds: audit.auditeeAgencyIds,
        units: audit.scope.units,
      });
      const before = { plannedEnd: audit.plannedEnd, leadAuditorId: audit.leadAuditorId };
      const diff = await AUDIT_PLAN_HISTORY.update(
        tx,
        audit,
        { plannedStart, plannedEnd, leadAuditorId, auditorIds },
        { action: 'replan', reason: dto.reason?.normalize('NFC') ?? null },
      );
      if (Object.keys(diff.after).length === 0) return;
      // the report is due at the new end date, from the new lead auditor
      if (before.plannedEnd !== plannedEnd || before.leadAuditorId !== leadAuditorId) {
        await this.deadlines.cancel(tx, 'audit', audit.id, 'AUDIT');
        await this.registerReport(tx, audit);
      }
    });
    return this.get(ctx, id);
  }

  /** PLANNED → IN_PROGRESS, by the lead auditor; the team's independence is checked again. */
  async start(ctx: RequestContext, id: string, dto: AuditActionDto) {
    return this.byLead(ctx, id, (tx, audit) =>
      AUDIT_LIFECYCLE.transition(tx, audit, 'IN_PROGRESS', {
        reason: dto.comment,
        set: { startedAt: this.clock.now(), startedBy: ctx.userId },
        expectedVersion: dto.version,
      }),
    );
  }

  /** IN_PROGRESS → REPORTED, by the lead auditor: the findings, answers and files are frozen from now on. */
  async report(ctx: RequestContext, id: string, dto: ReportAuditDto) {
    return this.byLead(ctx, id, (tx, audit) =>
      AUDIT_LIFECYCLE.transition(tx, audit, 'REPORTED', {
        set: {
          reportedAt: this.clock.now(),
          reportedBy: ctx.userId,
          reportSummary: dto.summary?.normalize('NFC') ?? null,
        },
        expectedVersion: dto.version,
      }),
    );
  }

  /** REPORTED → CLOSED, once every nonconformity raised in the audit is closed. */
  async close(ctx: RequestContext, id: string, dto: AuditActionDto) {
    await this.uow.run(ctx, async (tx) => {
      const audit = await this.lock(tx, id);
      if (ctx.userId !== audit.leadAuditorId) assertRole(ctx, audit.agencyId, AUDIT_CLOSERS);
      await AUDIT_LIFECYCLE.transition(tx, audit, 'CLOSED', {
        reason: dto.comment,
        set: { closedAt: this.clock.now(), closedBy: ctx.userId },
        expectedVersion: dto.version,
      });
    });
    return this.get(ctx, id);
  }

  /** Guard of `start`: the team may have lost a qualification or moved unit since it was planned. */
  @OnTransition(AUDIT_LIFECYCLE, { to: 'IN_PROGRESS', phase: 'start' })
  async teamStillQualified(tx: Transaction, { subject: audit }: TransitionChange<AuditStatus, Audit>) {
    await assertTeamQualifiedAndIndependent(tx.manager, {
      leadAuditorId: audit.leadAuditorId,
      auditorIds: audit.auditorIds,
      qmsAgencyIds: await agenciesOfQms(tx.manager, audit.qualitySystemId),
      auditeeAgencyIds: audit.auditeeAgencyIds,
      units: audit.scope.units,
    });
  }

  /**
   * Guard of `report`: every question of the checklist is answered (CONFORMING, NONCONFORMING)
   * or marked NOT_APPLICABLE; otherwise a 400 listing each one left open.
   */
  @OnTransition(AUDIT_LIFECYCLE, { to: 'REPORTED', phase: 'start' })
  async checklistAnswered(tx: Transaction, { subject: audit }: TransitionChange<AuditStatus, Audit>) {
    const open = await tx.manager.query<{ id: string; position: number; clause: string; question: string }[]>(
      `SELECT id, position, clause, question FROM audit_checklist_items
        WHERE audit_id = $1 AND active AND result IS NULL ORDER BY position`,
      [audit.id],
    );
    if (open.length === 0) return;
    throw new DomainError(
      'AUDIT_CHECKLIST_UNANSWERED',
      { count: open.length },
      open.map((item) =>
        bilingualDetail(
          `checklist.${item.id}`,
          `Câu hỏi ${item.position} (điều ${item.clause}) chưa được trả lời: "${item.question}"`,
          `question ${item.position} (clause ${item.clause}) is not answered: "${item.question}"`,
          'unanswered',
        ),
      ),
    );
  }

  /** Guard of `close`: every nonconformity raised in the audit is closed first. */
  @OnTransition(AUDIT_LIFECYCLE, { to: 'CLOSED', phase: 'start' })
  async noOpenNonconformity(tx: Transaction, { subject: audit }: TransitionChange<AuditStatus, Audit>) {
    const open = await this.nonconformities.openCountForAudit(tx.manager, audit.id);
    if (open > 0) throw new DomainError('AUDIT_HAS_OPEN_NONCONFORMITIES', { count: open });
  }

  async views(manager: EntityManager, audits: Audit[]): Promise<AuditView[]> {
    const ids = audits.map((a) => a.id);
    const none = () => Object.fromEntries(FINDING_TYPES.map((t) => [t, 0])) as Record<string, number>;
    const findingCounts = await rowsByKey(
      manager,
      'SELECT audit_id, type, count(*)::text AS n FROM audit_findings WHERE audit_id = ANY($1::uuid[]) GROUP BY 1, 2',
      ids,
      'audit_id',
      (row: { audit_id: string; type: string; n: string }, counts: Record<string, number> | undefined) => ({
        ...(counts ?? none()),
        [row.type]: Number(row.n),
      }),
    );
    const ncCounts = await this.nonconformities.countsForAudits(manager, ids);
    return audits.map((a) => ({
      ...toView(a),
      findingCounts: findingCounts.get(a.id) ?? none(),
      nonconformities: ncCounts.get(a.id) ?? { total: 0, open: 0 },
    }));
  }

  /** The audit's report is due at the end of its last planned day, from its lead auditor. */
  private async registerReport(tx: Transaction, audit: Audit): Promise<void> {
    await this.deadlines.register(tx, {
      agencyId: audit.agencyId,
      kind: 'AUDIT',
      subjectType: 'audit',
      subjectId: audit.id,
      title: `Báo cáo kết quả ${audit.title}`,
      dueAt: endOfBusinessDate(audit.plannedEnd),
      responsibleUserIds: [audit.leadAuditorId],
    });
  }

  /** A change by the audit's lead auditor, in one transaction; answers the audit as it then is. */
  private async byLead(
    ctx: RequestContext,
    id: string,
    work: (tx: Transaction, audit: Audit) => Promise<void>,
  ): Promise<AuditView> {
    await this.uow.run(ctx, async (tx) => {
      const audit = await this.lock(tx, id);
      this.assertLead(ctx, audit);
      await work(tx, audit);
    });
    return this.get(ctx, id);
  }

  private assertLead(ctx: RequestContext, audit: Audit): void {
    if (!ctx.isSystemAdmin && ctx.userId !== audit.leadAuditorId) {
      if (isOnTeam(ctx, audit)) throw DomainError.forbidden();
      throw new DomainError('NOT_AUDIT_TEAM_MEMBER');
    }
  }
}

/**
 * The planned dates of an audit that fail: an end before the start, and each date the request
 * gives (`given`) outside the programme year.
 */
function plannedDateDetails(
  year: number,
  plannedStart: string,
  plannedEnd: string,
  given: { plannedStart?: string; plannedEnd?: string },
): ErrorDetail[] {
  const details = [];
  if (plannedStart > plannedEnd)
    details.push(
      bilingualDetail(
        'plannedEnd',
        'Ngày kết thúc dự kiến (plannedEnd) không được trước ngày bắt đầu (plannedStart)',
        'plannedEnd must be on or after plannedStart',
      ),
    );
  for (const field of ['plannedStart', 'plannedEnd'] as const) {
    const value = given[field];
    if (value !== undefined && !value.startsWith(`${year}-`))
      details.push(
        bilingualDetail(
          field,
          `Trường "${field}" phải thuộc năm của chương trình đánh giá (${year})`,
          `${field} must fall in the programme year ${year}`,
        ),
      );
  }
  return details;
}

export function toView(a: Audit): Omit<AuditView, 'findingCounts' | 'nonconformities'> {
  return {
    id: a.id,
    programmeId: a.programmeId,
    agencyId: a.agencyId,
    qualitySystemId: a.qualitySystemId,
    title: a.title,
    scope: a.scope,
    criteria: a.criteria,
    plannedStart: a.plannedStart,
    plannedEnd: a.plannedEnd,
    leadAuditorId: a.leadAuditorId,
    auditorIds: a.auditorIds,
    auditeeAgencyIds: a.auditeeAgencyIds,
    status: a.status,
    startedAt: a.startedAt,
    reportedAt: a.reportedAt,
    reportSummary: a.reportSummary,
    closedAt: a.closedAt,
    createdBy: a.createdBy,
    createdAt: a.createdAt,
    version: a.version,
  };
}
