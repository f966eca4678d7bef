import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  bilingualDetail,
  changeRow,
  ChangeTarget,
  Clock,
  createSubject,
  DomainError,
  domainEvent,
  fetchPage,
  findReadable,
  isUniqueViolation,
  ListReadOptions,
  lockReadable,
  ownedActionFields,
  OwnedActionView,
  Page,
  pickFields,
  RequestContext,
  Role,
  rowsByKey,
  scopeList,
  Transaction,
  UnitOfWork,
} from '@app/platform';
import { AgencyMergeRegistry, assertAgencyActive, moveAgencyRows } from '@app/organization';
import {
  assertMayActIn,
  NC_CLOSERS,
  NC_MANAGERS,
  NC_RAISERS,
  NC_REOPENERS,
  NC_VERIFIERS,
} from './capa-access';
import {
  AnalysisDto,
  CloseNonconformityDto,
  CreateNonconformityDto,
  ListNonconformitiesQuery,
  ReopenNonconformityDto,
  VerifyDto,
} from './dto/nonconformity.dto';
import { FindingLinks } from './finding-links';
import { sumCounts } from './sum-counts';
import {
  CorrectiveAction,
  NC_LIFECYCLE,
  Nonconformity,
  NonconformityAnalysis,
  NonconformitySeverity,
  NonconformityStatus,
  NonconformityVerification,
} from './nonconformity.entity';

export interface ActionView extends OwnedActionView {
  id: string;
  nonconformityId: string;
  agencyId: string;
  round: number;
  createdBy: string | null;
  createdAt: Date;
  version: number;
}

export interface NonconformityView {
  id: string;
  agencyId: string;
  source: string;
  severity: string;
  findingId: string | null;
  auditId: string | null;
  /** Raised by an inspection (source INSPECTION): the inspection and its finding. */
  inspectionId: string | null;
  inspectionFindingId: string | null;
  clause: string | null;
  description: string;
  status: string;
  round: number;
  correction: string | null;
  rootCause: string | null;
  analysisMethod: string | null;
  analysis: string | null;
  analysedAt: Date | null;
  analysedBy: string | null;
  raisedBy: string | null;
  closedAt: Date | null;
  closedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  /** Counts of the corrective actions (all rounds). */
  actionCounts: { total: number; planned: number; done: number; overdue: number };
}

export interface NonconformityDetail extends NonconformityView {
  analyses: {
    round: number;
    correction: string;
    rootCause: string;
    method: string;
    analysis: string | null;
    analysedBy: string | null;
    analysedAt: Date;
  }[];
  actions: ActionView[];
  verifications: {
    round: number;
    effective: boolean;
    comment: string;
    verifiedBy: string | null;
    verifiedAt: Date;
  }[];
}

/** What an audit finding passes when it opens its nonconformity. */
export interface FindingNonconformitySpec {
  agencyId: string;
  auditId: string;
  findingId: string;
  clause: string;
  description: string;
  severity: NonconformitySeverity;
}

const SORTABLE = {
  createdAt: 'n.created_at',
  updatedAt: 'n.updated_at',
  status: 'n.status',
  severity: 'n.severity',
  source: 'n.source',
  clause: 'n.clause',
};
export const NC_EXPORT_LIMIT = 20_000;

/** A change of a nonconformity by the roles that may make it. */
const changeBy = (roles: Role[]): ChangeTarget<Nonconformity> => ({
  entity: Nonconformity,
  resource: 'nonconformity',
  roles,
});

/**
 * Nonconformities and their lifecycle (TCVN ISO 9001:2015 clause 10.2). Every transition locks
 * the row, checks the transition table, writes one audit-trail entry and emits one event, in
 * one transaction; a transition that is not allowed is a 409 naming the current state.
 */
@Injectable()
export class NonconformitiesService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly findings: FindingLinks,
    private readonly mergeRegistry: AgencyMergeRegistry,
  ) {}

  onModuleInit(): void {
    this.mergeRegistry.register('capa', (manager, _fromId, _intoId, transfer) =>
      moveAgencyRows(manager, transfer, [
        'nonconformities',
        'nonconformity_analyses',
        'corrective_actions',
        'nonconformity_verifications',
      ]),
    );
  }

  async list(
    ctx: RequestContext,
    query: ListNonconformitiesQuery,
    { limit, manager = this.uow.manager }: ListReadOptions = {},
  ): Promise<Page<NonconformityView>> {
    const qb = scopeList(manager.getRepository(Nonconformity).createQueryBuilder('n'), ctx, {
      agency_id: query.agencyId,
      source: query.source,
      severity: query.severity,
      status: query.status,
      audit_id: query.auditId,
    });
    if (query.open === true) qb.andWhere("n.status <> 'CLOSED'");
    if (query.open === false) qb.andWhere("n.status = 'CLOSED'");
    if (query.overdue) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM corrective_actions a WHERE a.nonconformity_id = n.id
           AND a.status = 'PLANNED' AND a.due_date < :today)`,
        { today: this.clock.today() },
      );
    }
    const [rows, total] = await fetchPage(qb, query, SORTABLE, 'createdAt', 'DESC', limit);
    const counts = await this.actionCounts(
      manager,
      rows.map((n) => n.id),
    );
    return query.result(
      rows.map((n) => toView(n, counts.get(n.id))),
      total,
    );
  }

  /** Open nonconformities the caller can see, counted by agency, source and severity, and overdue actions. */
  async summary(ctx: RequestContext, agencyId?: string) {
    const readable = ctx.readableAgencyIds();
    const params: unknown[] = [readable === 'ALL' ? null : readable, agencyId ?? null];
    const scope = `($1::uuid[] IS NULL OR n.agency_id = ANY($1::uuid[])) AND ($2::uuid IS NULL OR n.agency_id = $2)`;
    const grouped = await this.uow.dataSource.query<
      { agency_id: string; source: string; severity: string; status: string; n: string }[]
    >(
      `SELECT n.agency_id, n.source, n.severity, n.status, count(*)::text AS n FROM nonconformities n
        WHERE ${scope} AND n.status <> 'CLOSED'
        GROUP BY 1, 2, 3, 4`,
      params,
    );
    const [overdue] = await this.uow.dataSource.query<{ n: string }[]>(
      `SELECT count(*)::text AS n FROM corrective_actions a JOIN nonconformities n ON n.id = a.nonconformity_id
        WHERE ${scope} AND a.status = 'PLANNED' AND a.due_date < $3`,
      [...params, this.clock.today()],
    );
    const { total: open, by } = sumCounts(grouped, ['agency_id', 'source', 'severity', 'status']);
    return {
      open,
      byAgency: Object.entries(by.agency_id).map(([id, count]) => ({ agencyId: id, open: count })),
      bySource: by.source,
      bySeverity: by.severity,
      byStatus: by.status,
      overdueActions: Number(overdue.n),
    };
  }

  async get(ctx: RequestContext, id: string): Promise<NonconformityDetail> {
    const nc = await findReadable(this.uow.manager, ctx, Nonconformity, id, 'nonconformity');
    return this.detail(this.uow.manager, nc);
  }

  async create(ctx: RequestContext, dto: CreateNonconformityDto): Promise<NonconformityDetail> {
    assertMayActIn(ctx, dto.agencyId, NC_RAISERS);
    if (dto.findingId && dto.source !== 'AUDIT') {
      throw new DomainError('VALIDATION_FAILED', {}, [
        bilingualDetail(
          'findingId',
          'Chỉ được nêu phát hiện (findingId) khi nguồn là AUDIT',
          'a finding can only be given with source AUDIT',
        ),
      ]);
    }
    try {
      const nc = await this.uow.run(ctx, async (tx) => {
        await assertAgencyActive(tx.manager, dto.agencyId);
        let auditId: string | null = null;
        let clause = dto.clause ?? null;
        if (dto.findingId) {
          const finding = await this.findings.resolve(tx, dto.findingId);
          if (finding.agencyId !== dto.agencyId) {
            throw new DomainError('VALIDATION_FAILED', {}, [
              bilingualDetail(
                'agencyId',
                'agencyId phải là cơ quan được đánh giá của phát hiện',
                'agencyId must be the audited agency of the finding',
              ),
            ]);
          }
          auditId = finding.auditId;
          clause = clause ?? finding.clause;
        }
        return this.insert(tx, {
          agencyId: dto.agencyId,
          source: dto.source,
          severity: dto.severity,
          findingId: dto.findingId ?? null,
          auditId,
          clause,
          description: dto.description.normalize('NFC'),
        });
      });
      return await this.detail(this.uow.manager, nc);
    } catch (error) {
      if (isUniqueViolation(error, 'nonconformities_finding')) {
        throw new DomainError('DUPLICATE', {
          resource: 'nonconformity',
          field: 'findingId',
          value: dto.findingId ?? '',
        });
      }
      throw error;
    }
  }

  /**
   * Opens the nonconformity of a MAJOR_NC / MINOR_NC finding inside the audit's transaction
   * (the audits lib has checked that the caller may log the finding).
   */
  async openFromFinding(tx: Transaction, spec: FindingNonconformitySpec): Promise<NonconformityView> {
    const nc = await this.insert(tx, {
      agencyId: spec.agencyId,
      source: 'AUDIT',
      severity: spec.severity,
      findingId: spec.findingId,
      auditId: spec.auditId,
      clause: spec.clause,
      description: spec.description,
    });
    return toView(nc);
  }

  /**
   * Opens a nonconformity (source COMPLAINT) from a citizen's feedback inside the caller's
   * transaction (the qms lib has checked that the caller may raise it in the agency).
   */
  async openFromComplaint(
    tx: Transaction,
    spec: { agencyId: string; description: string; severity: NonconformitySeverity; clause?: string | null },
  ): Promise<NonconformityView> {
    const nc = await this.insert(tx, {
      agencyId: spec.agencyId,
      source: 'COMPLAINT',
      severity: spec.severity,
      findingId: null,
      auditId: null,
      clause: spec.clause ?? null,
      description: spec.description,
    });
    return toView(nc);
  }

  /**
   * Opens a nonconformity (source INSPECTION) in the inspected agency's log from a finding of an
   * inspection, inside the oversight lib's transaction (it has checked that the caller inspects
   * the agency); the agency handles it like any other.
   */
  async openFromInspection(
    tx: Transaction,
    spec: {
      agencyId: string;
      inspectionId: string;
      inspectionFindingId: string;
      description: string;
      severity: NonconformitySeverity;
      clause: string | null;
    },
  ): Promise<NonconformityView> {
    const nc = await this.insert(tx, {
      agencyId: spec.agencyId,
      source: 'INSPECTION',
      severity: spec.severity,
      findingId: null,
      auditId: null,
      inspectionId: spec.inspectionId,
      inspectionFindingId: spec.inspectionFindingId,
      clause: spec.clause,
      description: spec.description,
    });
    return toView(nc);
  }

  /** How many nonconformities raised in an audit are not closed yet (the audit cannot close over them). */
  async openCountForAudit(manager: EntityManager, auditId: string): Promise<number> {
    const [row] = await manager.query<{ n: string }[]>(
      `SELECT count(*)::text AS n FROM nonconformities WHERE audit_id = $1 AND status <> 'CLOSED'`,
      [auditId],
    );
    return Number(row.n);
  }

  /** Nonconformities raised in each audit, and how many of them are not closed yet. */
  async countsForAudits(
    manager: EntityManager,
    auditIds: string[],
  ): Promise<Map<string, { total: number; open: number }>> {
    return rowsByKey(
      manager,
      `SELECT audit_id, count(*)::text AS total, count(*) FILTER (WHERE status <> 'CLOSED')::text AS open
         FROM nonconformities WHERE audit_id = ANY($1::uuid[]) GROUP BY 1`,
      auditIds,
      'audit_id',
      (r: { audit_id: string; total: string; open: string }) => ({
        total: Number(r.total),
        open: Number(r.open),
      }),
    );
  }

  /** The nonconformity of each finding that has one, for the audits lib's views. */
  async byFinding(
    manager: EntityManager,
    findingIds: string[],
  ): Promise<Map<string, { id: string; status: NonconformityStatus }>> {
    return rowsByKey(
      manager,
      'SELECT id, finding_id, status FROM nonconformities WHERE finding_id = ANY($1::uuid[])',
      findingIds,
      'finding_id',
      (row: { id: string; finding_id: string; status: NonconformityStatus }) => ({
        id: row.id,
        status: row.status,
      }),
    );
  }

  /** OPEN → ANALYSED: the correction made, the root cause and how it was found. */
  async analyse(ctx: RequestContext, id: string, dto: AnalysisDto): Promise<NonconformityDetail> {
    await changeRow(this.uow, ctx, changeBy(NC_MANAGERS), id, async (tx, nc) => {
      const analysis = {
        correction: dto.correction.normalize('NFC'),
        rootCause: dto.rootCause.normalize('NFC'),
        method: dto.method,
        analysis: dto.analysis?.normalize('NFC') ?? null,
      };
      await NC_LIFECYCLE.transition(tx, nc, 'ANALYSED', {
        data: { method: dto.method, round: nc.round },
        set: {
          correction: analysis.correction,
          rootCause: analysis.rootCause,
          analysisMethod: analysis.method,
          analysis: analysis.analysis,
          analysedAt: this.clock.now(),
          analysedBy: ctx.userId,
        },
        expectedVersion: dto.version,
      });
      await tx.manager.insert(NonconformityAnalysis, {
        nonconformityId: nc.id,
        agencyId: nc.agencyId,
        round: nc.round,
        ...analysis,
        analysedBy: ctx.userId,
      });
    });
    return this.get(ctx, id);
  }

  /**
   * IMPLEMENTED → VERIFIED when the actions worked; → ACTION_PLANNED (a new round of actions)
   * when they did not, with the verifier's reasons kept. The verifier is an internal auditor
   * who owns none of the actions verified.
   */
  async verify(ctx: RequestContext, id: string, dto: VerifyDto): Promise<NonconformityDetail> {
    await changeRow(this.uow, ctx, changeBy(NC_VERIFIERS), id, async (tx, nc) => {
      // only an implemented plan is verified: the rules of action `verify` start at IMPLEMENTED
      const round = nc.round;
      const comment = dto.comment.normalize('NFC');
      await NC_LIFECYCLE.transition(tx, nc, dto.effective ? 'VERIFIED' : 'ACTION_PLANNED', {
        action: 'verify',
        reason: comment,
        data: { effective: dto.effective, round },
        // not effective: a new round of actions
        set: dto.effective ? {} : { round: round + 1 },
        expectedVersion: dto.version,
      });
      await tx.manager.insert(NonconformityVerification, {
        nonconformityId: nc.id,
        agencyId: nc.agencyId,
        round,
        effective: dto.effective,
        comment,
        verifiedBy: ctx.userId,
      });
    });
    return this.get(ctx, id);
  }

  async close(ctx: RequestContext, id: string, dto: CloseNonconformityDto): Promise<NonconformityDetail> {
    await changeRow(this.uow, ctx, changeBy(NC_CLOSERS), id, async (tx, nc) => {
      await NC_LIFECYCLE.transition(tx, nc, 'CLOSED', {
        reason: dto.comment ?? null,
        set: { closedAt: this.clock.now(), closedBy: ctx.userId },
        expectedVersion: dto.version,
      });
    });
    return this.get(ctx, id);
  }

  /**
   * CLOSED → OPEN when the problem comes back: a new round starts with a new analysis; the
   * earlier analyses, actions and verifications stay as they were.
   */
  async reopen(ctx: RequestContext, id: string, dto: ReopenNonconformityDto): Promise<NonconformityDetail> {
    await changeRow(this.uow, ctx, changeBy(NC_REOPENERS), id, async (tx, nc) => {
      await NC_LIFECYCLE.transition(tx, nc, 'OPEN', {
        reason: dto.reason.normalize('NFC'),
        data: { previousRound: nc.round },
        set: {
          round: nc.round + 1,
          correction: null,
          rootCause: null,
          analysisMethod: null,
          analysis: null,
          analysedAt: null,
          analysedBy: null,
          closedAt: null,
          closedBy: null,
        },
        expectedVersion: dto.version,
      });
    });
    return this.get(ctx, id);
  }

  /** Loads a nonconformity the caller may read (404 otherwise) and locks it for the transaction. */
  async lock(tx: Transaction, id: string): Promise<Nonconformity> {
    return lockReadable(tx, Nonconformity, id, 'nonconformity');
  }

  /** Raises the version of a nonconformity that changed without changing state (an action added). */
  async touch(tx: Transaction, nc: Nonconformity): Promise<void> {
    await tx.manager.update(Nonconformity, { id: nc.id }, { version: nc.version + 1 });
    nc.version += 1;
  }

  async detail(manager: EntityManager, nc: Nonconformity): Promise<NonconformityDetail> {
    const [analyses, actions, verifications] = await Promise.all([
      manager.find(NonconformityAnalysis, {
        where: { nonconformityId: nc.id },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      manager.find(CorrectiveAction, {
        where: { nonconformityId: nc.id },
        order: { round: 'ASC', createdAt: 'ASC', id: 'ASC' },
      }),
      manager.find(NonconformityVerification, {
        where: { nonconformityId: nc.id },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    ]);
    const today = this.clock.today();
    const actionViews = actions.map((a) => toActionView(a, today));
    return {
      ...toView(nc, countActions(actionViews)),
      analyses: analyses.map((a) => ({
        round: a.round,
        correction: a.correction,
        rootCause: a.rootCause,
        method: a.method,
        analysis: a.analysis,
        analysedBy: a.analysedBy,
        analysedAt: a.createdAt,
      })),
      actions: actionViews,
      verifications: verifications.map((v) => ({
        round: v.round,
        effective: v.effective,
        comment: v.comment,
        verifiedBy: v.verifiedBy,
        verifiedAt: v.createdAt,
      })),
    };
  }

  private async insert(
    tx: Transaction,
    fields: Pick<
      Nonconformity,
      'agencyId' | 'source' | 'severity' | 'findingId' | 'auditId' | 'clause' | 'description'
    > &
      Partial<Pick<Nonconformity, 'inspectionId' | 'inspectionFindingId'>>,
  ): Promise<Nonconformity> {
    const nc = tx.manager.create(Nonconformity, {
      ...fields,
      status: 'OPEN',
      round: 1,
      raisedBy: tx.ctx.userId,
      version: 1,
    });
    return createSubject(tx, NC_LIFECYCLE, nc, {
      action: 'open',
      data: {
        source: nc.source,
        severity: nc.severity,
        findingId: nc.findingId,
        auditId: nc.auditId,
        clause: nc.clause,
        ...(nc.inspectionId
          ? { inspectionId: nc.inspectionId, inspectionFindingId: nc.inspectionFindingId }
          : {}),
      },
      event: (row) =>
        domainEvent('nonconformity.opened', {
          nonconformityId: row.id,
          agencyId: nc.agencyId,
          auditId: nc.auditId,
          findingId: nc.findingId,
        }),
    });
  }

  private async actionCounts(
    manager: EntityManager,
    ids: string[],
  ): Promise<Map<string, NonconformityView['actionCounts']>> {
    return rowsByKey(
      manager,
      `SELECT nonconformity_id, count(*)::text AS total,
              count(*) FILTER (WHERE status = 'PLANNED')::text AS planned,
              count(*) FILTER (WHERE status = 'DONE')::text AS done,
              count(*) FILTER (WHERE status = 'PLANNED' AND due_date < $2)::text AS overdue
         FROM corrective_actions WHERE nonconformity_id = ANY($1::uuid[]) GROUP BY nonconformity_id`,
      ids,
      'nonconformity_id',
      (r: { nonconformity_id: string; total: string; planned: string; done: string; overdue: string }) => ({
        total: Number(r.total),
        planned: Number(r.planned),
        done: Number(r.done),
        overdue: Number(r.overdue),
      }),
      [this.clock.today()],
    );
  }
}

function countActions(actions: ActionView[]): NonconformityView['actionCounts'] {
  return {
    total: actions.length,
    planned: actions.filter((a) => a.status === 'PLANNED').length,
    done: actions.filter((a) => a.status === 'DONE').length,
    overdue: actions.filter((a) => a.overdue).length,
  };
}

export function toActionView(a: CorrectiveAction, today: string): ActionView {
  return {
    ...pickFields(a, ['id', 'nonconformityId', 'agencyId', 'round']),
    ...ownedActionFields(a, 'PLANNED', today),
    ...pickFields(a, ['createdBy', 'createdAt', 'version']),
  };
}

export function toView(
  n: Nonconformity,
  actionCounts: NonconformityView['actionCounts'] = { total: 0, planned: 0, done: 0, overdue: 0 },
): NonconformityView {
  return {
    id: n.id,
    agencyId: n.agencyId,
    source: n.source,
    severity: n.severity,
    findingId: n.findingId,
    auditId: n.auditId,
    inspectionId: n.inspectionId ?? null,
    inspectionFindingId: n.inspectionFindingId ?? null,
    clause: n.clause,
    description: n.description,
    status: n.status,
    round: n.round,
    correction: n.correction,
    rootCause: n.rootCause,
    analysisMethod: n.analysisMethod,
    analysis: n.analysis,
    analysedAt: n.analysedAt,
    analysedBy: n.analysedBy,
    raisedBy: n.raisedBy,
    closedAt: n.closedAt,
    closedBy: n.closedBy,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    version: n.version,
    actionCounts,
  };
}
