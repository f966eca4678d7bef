import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  bilingualDetail,
  changeRow,
  ChangeTarget,
  Clock,
  completeOwnedAction,
  createSubject,
  DomainError,
  fetchPage,
  findReadable,
  ListReadOptions,
  lockReadable,
  ownedActionFields,
  OwnedActionView,
  Page,
  pickFields,
  RequestContext,
  Transaction,
  UnitOfWork,
} from '@app/platform';
import { DeadlinesService, meetsDeadline, secretaryDeadline } from '@app/deadlines';
import { isActiveMember } from '@app/reporting';
import {
  agencyList,
  assertMayActIn,
  assertReadable,
  assertRole,
  clip,
  endOfDay,
  inActiveAgency,
  plusYears,
  QMS_MANAGERS,
  validation,
} from './qms-access';
import {
  AssessResidualDto,
  CloseRiskDto,
  CompleteRiskActionDto,
  CreateRiskDto,
  ListRisksQuery,
  PlanTreatmentDto,
  PutRiskThresholdsDto,
  ReopenRiskDto,
  ReviewRiskDto,
  UpdateRiskDto,
} from './dto/qms.dto';
import {
  DEFAULT_RISK_THRESHOLDS,
  Risk,
  RISK_ACTION_LIFECYCLE,
  RISK_HISTORY,
  RISK_LEVEL_POLICY_HISTORY,
  RISK_LIFECYCLE,
  RiskAction,
  riskLevel,
  RiskLevel,
  RiskLevelPolicy,
  RiskReview,
} from './risk.entity';

export interface RiskThresholdsView {
  agencyId: string;
  /** Score (likelihood × impact) from which a risk is MEDIUM, and HIGH. */
  mediumFrom: number;
  highFrom: number;
  /** False while the agency uses the default thresholds. */
  custom: boolean;
  version: number | null;
}

export interface RiskActionView extends OwnedActionView {
  id: string;
  riskId: string;
  agencyId: string;
  createdAt: Date;
  version: number;
}

export interface RiskReviewView {
  reviewedOn: string;
  likelihood: number;
  impact: number;
  score: number;
  comment: string;
  reviewedBy: string | null;
}

export interface RiskView {
  id: string;
  agencyId: string;
  kind: string;
  title: string;
  process: string | null;
  cause: string | null;
  consequence: string | null;
  likelihood: number;
  impact: number;
  /** likelihood × impact (1–25). */
  score: number;
  level: RiskLevel;
  status: string;
  strategy: string | null;
  treatment: string | null;
  residualLikelihood: number | null;
  residualImpact: number | null;
  residualScore: number | null;
  residualLevel: RiskLevel | null;
  effective: boolean | null;
  effectivenessComment: string | null;
  lastReviewedOn: string | null;
  nextReviewOn: string;
  /** The yearly review is past its date. */
  reviewDue: boolean;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  actionCounts: { total: number; planned: number; done: number; overdue: number };
}

export interface RiskDetail extends RiskView {
  actions: RiskActionView[];
  reviews: RiskReviewView[];
}

const SORTABLE = {
  createdAt: 'r.created_at',
  score: '(r.likelihood * r.impact)',
  title: 'r.title',
  status: 'r.status',
  nextReviewOn: 'r.next_review_on',
};
export const RISK_EXPORT_LIMIT = 5_000;
type Thresholds = { mediumFrom: number; highFrom: number };

/** A completed action meets its owner's deadline. */
meetsDeadline(RISK_ACTION_LIFECYCLE, { to: 'DONE', kind: 'RISK_ACTION' });

/** A change of a risk by the agency's quality managers. */
const MANAGED_RISK: ChangeTarget<Risk> = { entity: Risk, resource: 'risk', roles: QMS_MANAGERS };

/**
 * Risks and opportunities (TCVN ISO 9001:2015 6.1): assessed on a 5 × 5 matrix (score =
 * likelihood × impact, level from the agency's thresholds), treated with actions that have an
 * owner and a due date (RISK_ACTION deadlines), the residual risk assessed once they are done,
 * and reviewed every year (a RISK_REVIEW deadline). Every change is one audit-trail entry.
 */
@Injectable()
export class RisksService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
  ) {}

  // ------------------------------------------------------------------ thresholds

  async thresholds(ctx: RequestContext, agencyId: string): Promise<RiskThresholdsView> {
    assertReadable(ctx, agencyId);
    const policy = await this.uow.dataSource.getRepository(RiskLevelPolicy).findOneBy({ agencyId });
    return thresholdsView(agencyId, policy);
  }

  async putThresholds(
    ctx: RequestContext,
    agencyId: string,
    dto: PutRiskThresholdsDto,
  ): Promise<RiskThresholdsView> {
    assertMayActIn(ctx, agencyId, QMS_MANAGERS);
    if (dto.mediumFrom >= dto.highFrom) {
      throw validation(
        'highFrom',
        'Ngưỡng mức cao phải lớn hơn ngưỡng mức trung bình',
        'highFrom must be greater than mediumFrom',
      );
    }
    return inActiveAgency(this.uow, ctx, agencyId, async (tx) => {
      // two first writes at once would both insert: the second waits here and then updates
      await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('risk_level_policy:' || $1))`, [
        agencyId,
      ]);
      const existing = await tx.manager
        .getRepository(RiskLevelPolicy)
        .findOne({ where: { agencyId }, lock: { mode: 'pessimistic_write' } });
      if (existing) {
        await RISK_LEVEL_POLICY_HISTORY.update(
          tx,
          existing,
          { mediumFrom: dto.mediumFrom, highFrom: dto.highFrom, updatedBy: ctx.userId },
          { expectedVersion: dto.version },
        );
        return thresholdsView(agencyId, existing);
      }
      const created = tx.manager.create(RiskLevelPolicy, {
        agencyId,
        mediumFrom: dto.mediumFrom,
        highFrom: dto.highFrom,
        updatedBy: ctx.userId,
        version: 1,
      });
      await RISK_LEVEL_POLICY_HISTORY.create(tx, created, {
        data: { mediumFrom: dto.mediumFrom, highFrom: dto.highFrom },
      });
      return thresholdsView(agencyId, created);
    });
  }

  // ------------------------------------------------------------------ reads

  async list(
    ctx: RequestContext,
    query: ListRisksQuery,
    { limit, manager = this.uow.manager }: ListReadOptions = {},
  ): Promise<Page<RiskView>> {
    const qb = agencyList(manager, Risk, 'r', ctx, query, {
      kind: query.kind,
      status: query.status,
    });
    if (query.reviewDue === true)
      qb.andWhere("r.status <> 'CLOSED' AND r.next_review_on < :today", { today: this.clock.today() });
    if (query.level) {
      const score = 'r.likelihood * r.impact';
      const policy = (column: string, fallback: number) =>
        `coalesce((SELECT p.${column} FROM risk_level_policies p WHERE p.agency_id = r.agency_id), ${fallback})`;
      const medium = policy('medium_from', DEFAULT_RISK_THRESHOLDS.mediumFrom);
      const high = policy('high_from', DEFAULT_RISK_THRESHOLDS.highFrom);
      const condition = {
        HIGH: `${score} >= ${high}`,
        MEDIUM: `${score} >= ${medium} AND ${score} < ${high}`,
        LOW: `${score} < ${medium}`,
      }[query.level];
      qb.andWhere(condition);
    }
    const [rows, total] = await fetchPage(qb, query, SORTABLE, 'createdAt', 'DESC', limit);
    const views = await this.views(manager, rows);
    return query.result(views, total);
  }

  async get(ctx: RequestContext, id: string): Promise<RiskDetail> {
    const risk = await findReadable(this.uow.manager, ctx, Risk, id, 'risk');
    return this.detail(this.uow.manager, risk);
  }

  // ------------------------------------------------------------------ writes

  async create(ctx: RequestContext, dto: CreateRiskDto): Promise<RiskDetail> {
    assertMayActIn(ctx, dto.agencyId, QMS_MANAGERS);
    const risk = await inActiveAgency(this.uow, ctx, dto.agencyId, async (tx) => {
      const row = tx.manager.create(Risk, {
        agencyId: dto.agencyId,
        kind: dto.kind ?? 'RISK',
        title: dto.title.normalize('NFC'),
        process: dto.process?.normalize('NFC') ?? null,
        cause: dto.cause?.normalize('NFC') || null,
        consequence: dto.consequence?.normalize('NFC') || null,
        likelihood: dto.likelihood,
        impact: dto.impact,
        status: 'OPEN',
        strategy: null,
        treatment: null,
        residualLikelihood: null,
        residualImpact: null,
        effective: null,
        effectivenessComment: null,
        lastReviewedOn: null,
        nextReviewOn: plusYears(this.clock.today(), 1),
        createdBy: ctx.userId,
        version: 1,
      });
      await createSubject(tx, RISK_LIFECYCLE, row, {
        data: {
          kind: row.kind,
          likelihood: row.likelihood,
          impact: row.impact,
          score: row.likelihood * row.impact,
        },
      });
      await this.registerReview(tx, row);
      return row;
    });
    return this.detail(this.uow.manager, risk);
  }

  async update(ctx: RequestContext, id: string, dto: UpdateRiskDto): Promise<RiskDetail> {
    await changeRow(this.uow, ctx, MANAGED_RISK, id, async (tx, risk) => {
      RISK_LIFECYCLE.requireState(risk.status, 'OPEN', 'TREATMENT_PLANNED', 'TREATED');
      await RISK_HISTORY.update(
        tx,
        risk,
        {
          title: dto.title?.normalize('NFC'),
          process: dto.process?.normalize('NFC'),
          // null clears a free-text field, as an empty string does
          cause: dto.cause === undefined ? undefined : dto.cause?.normalize('NFC') || null,
          consequence: dto.consequence === undefined ? undefined : dto.consequence?.normalize('NFC') || null,
          likelihood: dto.likelihood,
          impact: dto.impact,
        },
        { expectedVersion: dto.version },
      );
    });
    return this.get(ctx, id);
  }

  /** OPEN or TREATED → TREATMENT_PLANNED: the strategy, how, and its actions (each a deadline of its owner). */
  async planTreatment(ctx: RequestContext, id: string, dto: PlanTreatmentDto): Promise<RiskDetail> {
    const actions = dto.actions ?? [];
    if (dto.strategy !== 'ACCEPT' && actions.length === 0)
      throw new DomainError('RISK_TREATMENT_NEEDS_ACTIONS');
    await changeRow(this.uow, ctx, MANAGED_RISK, id, async (tx, risk) => {
      const details = [];
      const today = this.clock.today();
      for (const [index, action] of actions.entries()) {
        if (action.dueDate < today)
          details.push(
            bilingualDetail(
              `actions.${index}.dueDate`,
              'Thời hạn (dueDate) không được ở quá khứ',
              'dueDate cannot be in the past',
            ),
          );
        if (!(await isActiveMember(tx.manager, action.ownerId, risk.agencyId)))
          details.push(
            bilingualDetail(
              `actions.${index}.ownerId`,
              'Người thực hiện (ownerId) phải là thành viên đang hoạt động của cơ quan',
              'ownerId must be an active member of the agency',
            ),
          );
      }
      if (details.length > 0) throw new DomainError('VALIDATION_FAILED', {}, details);
      await RISK_LIFECYCLE.transition(tx, risk, 'TREATMENT_PLANNED', {
        action: 'planTreatment',
        data: { strategy: dto.strategy, actions: actions.length },
        set: {
          strategy: dto.strategy,
          treatment: dto.treatment.normalize('NFC'),
          effective: null,
          effectivenessComment: null,
        },
        expectedVersion: dto.version,
      });
      for (const input of actions) {
        const action = tx.manager.create(RiskAction, {
          riskId: risk.id,
          agencyId: risk.agencyId,
          description: input.description.normalize('NFC'),
          ownerId: input.ownerId,
          dueDate: input.dueDate,
          status: 'PLANNED',
          completedAt: null,
          completedBy: null,
          completionNote: null,
          createdBy: ctx.userId,
          version: 1,
        });
        await createSubject(tx, RISK_ACTION_LIFECYCLE, action, {
          data: { riskId: risk.id, ownerId: action.ownerId, dueDate: action.dueDate },
        });
        await this.deadlines.register(tx, {
          agencyId: risk.agencyId,
          kind: 'RISK_ACTION',
          subjectType: 'riskAction',
          subjectId: action.id,
          title: `Xử lý rủi ro: ${clip(action.description, 200)}`,
          dueAt: endOfDay(action.dueDate),
          responsibleUserIds: [action.ownerId],
        });
      }
    });
    return this.get(ctx, id);
  }

  async completeAction(
    ctx: RequestContext,
    actionId: string,
    dto: CompleteRiskActionDto,
  ): Promise<RiskActionView> {
    const seen = await findReadable(this.uow.manager, ctx, RiskAction, actionId, 'riskAction');
    const done = await this.uow.run(ctx, async (tx) => {
      const risk = await this.lock(tx, seen.riskId);
      const action = await lockReadable(tx, RiskAction, actionId, 'riskAction');
      if (action.ownerId !== ctx.userId) assertRole(ctx, risk.agencyId, QMS_MANAGERS);
      await completeOwnedAction(tx, RISK_ACTION_LIFECYCLE, action, 'DONE', {
        note: dto.note?.normalize('NFC') || null,
        now: this.clock.now(),
        data: { riskId: risk.id },
        expectedVersion: dto.version,
      });
      await tx.manager.update(Risk, { id: risk.id }, { version: risk.version + 1 });
      return action;
    });
    return toActionView(done, this.clock.today());
  }

  /** TREATMENT_PLANNED → TREATED once every action is done: the residual risk and whether the treatment worked. */
  async assessResidual(ctx: RequestContext, id: string, dto: AssessResidualDto): Promise<RiskDetail> {
    await changeRow(this.uow, ctx, MANAGED_RISK, id, async (tx, risk) => {
      RISK_LIFECYCLE.requireState(risk.status, 'TREATMENT_PLANNED');
      const open = await tx.manager.countBy(RiskAction, { riskId: risk.id, status: 'PLANNED' });
      if (open > 0) throw new DomainError('RISK_ACTIONS_OPEN');
      const comment = dto.comment.normalize('NFC');
      await RISK_LIFECYCLE.transition(tx, risk, 'TREATED', {
        reason: comment,
        data: {
          residualLikelihood: dto.likelihood,
          residualImpact: dto.impact,
          residualScore: dto.likelihood * dto.impact,
          effective: dto.effective,
        },
        set: {
          residualLikelihood: dto.likelihood,
          residualImpact: dto.impact,
          effective: dto.effective,
          effectivenessComment: comment,
        },
        expectedVersion: dto.version,
      });
    });
    return this.get(ctx, id);
  }

  /** The yearly review: the assessment as it stands now, recorded; the next review a year on. */
  async review(ctx: RequestContext, id: string, dto: ReviewRiskDto): Promise<RiskDetail> {
    await changeRow(this.uow, ctx, MANAGED_RISK, id, async (tx, risk) => {
      RISK_LIFECYCLE.requireState(risk.status, 'OPEN', 'TREATMENT_PLANNED', 'TREATED');
      const today = this.clock.today();
      const likelihood = dto.likelihood ?? risk.likelihood;
      const impact = dto.impact ?? risk.impact;
      const comment = dto.comment.normalize('NFC');
      await RISK_HISTORY.update(
        tx,
        risk,
        { likelihood, impact, lastReviewedOn: today, nextReviewOn: plusYears(today, 1) },
        { action: 'review', reason: comment, expectedVersion: dto.version },
      );
      await tx.manager.insert(RiskReview, {
        riskId: risk.id,
        agencyId: risk.agencyId,
        reviewedOn: today,
        likelihood,
        impact,
        comment,
        reviewedBy: ctx.userId,
      });
      await this.deadlines.meet(tx, 'risk', risk.id, 'RISK_REVIEW');
      await this.registerReview(tx, risk);
    });
    return this.get(ctx, id);
  }

  async close(ctx: RequestContext, id: string, dto: CloseRiskDto): Promise<RiskDetail> {
    await changeRow(this.uow, ctx, MANAGED_RISK, id, async (tx, risk) => {
      await RISK_LIFECYCLE.transition(tx, risk, 'CLOSED', {
        reason: dto.reason.normalize('NFC'),
        expectedVersion: dto.version,
      });
      // nothing is owed for a closed risk: its review and the actions still open
      await this.deadlines.cancel(tx, 'risk', risk.id, 'RISK_REVIEW');
      const open = await tx.manager.findBy(RiskAction, { riskId: risk.id, status: 'PLANNED' });
      for (const action of open) await this.deadlines.cancel(tx, 'riskAction', action.id, 'RISK_ACTION');
    });
    return this.get(ctx, id);
  }

  async reopen(ctx: RequestContext, id: string, dto: ReopenRiskDto): Promise<RiskDetail> {
    await changeRow(this.uow, ctx, MANAGED_RISK, id, async (tx, risk) => {
      await RISK_LIFECYCLE.transition(tx, risk, 'OPEN', {
        reason: dto.reason.normalize('NFC'),
        set: { nextReviewOn: plusYears(this.clock.today(), 1) },
        expectedVersion: dto.version,
      });
      await this.registerReview(tx, risk);
    });
    return this.get(ctx, id);
  }

  // ------------------------------------------------------------------ helpers

  async lock(tx: Transaction, id: string): Promise<Risk> {
    return lockReadable(tx, Risk, id, 'risk');
  }

  private async registerReview(tx: Transaction, risk: Risk): Promise<void> {
    await this.deadlines.register(
      tx,
      secretaryDeadline(
        risk,
        'risk',
        'RISK_REVIEW',
        `Xem xét định kỳ rủi ro: ${clip(risk.title, 200)}`,
        risk.nextReviewOn,
      ),
    );
  }

  async thresholdsOf(manager: EntityManager, agencyIds: string[]): Promise<Map<string, Thresholds>> {
    const map = new Map<string, Thresholds>();
    const ids = [...new Set(agencyIds)];
    if (ids.length === 0) return map;
    const rows = await manager.findBy(RiskLevelPolicy, { agencyId: In(ids) });
    for (const id of ids) map.set(id, rows.find((r) => r.agencyId === id) ?? DEFAULT_RISK_THRESHOLDS);
    return map;
  }

  async views(manager: EntityManager, rows: Risk[]): Promise<RiskView[]> {
    const thresholds = await this.thresholdsOf(
      manager,
      rows.map((r) => r.agencyId),
    );
    const counts = new Map<string, RiskView['actionCounts']>();
    if (rows.length > 0) {
      const found = await manager.query<
        { risk_id: string; total: string; planned: string; overdue: string }[]
      >(
        `SELECT risk_id, count(*)::text AS total, count(*) FILTER (WHERE status = 'PLANNED')::text AS planned,
                count(*) FILTER (WHERE status = 'PLANNED' AND due_date < $2)::text AS overdue
           FROM risk_actions WHERE risk_id = ANY($1::uuid[]) GROUP BY risk_id`,
        [rows.map((r) => r.id), this.clock.today()],
      );
      for (const c of found) {
        const total = Number(c.total);
        const planned = Number(c.planned);
        counts.set(c.risk_id, { total, planned, done: total - planned, overdue: Number(c.overdue) });
      }
    }
    const today = this.clock.today();
    return rows.map((r) => toView(r, thresholds.get(r.agencyId)!, today, counts.get(r.id)));
  }

  async detail(manager: EntityManager, risk: Risk): Promise<RiskDetail> {
    const [[view], actions, reviews] = await Promise.all([
      this.views(manager, [risk]),
      manager.find(RiskAction, { where: { riskId: risk.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      manager.find(RiskReview, {
        where: { riskId: risk.id },
        order: { reviewedOn: 'ASC', createdAt: 'ASC' },
      }),
    ]);
    const today = this.clock.today();
    return {
      ...view,
      actions: actions.map((a) => toActionView(a, today)),
      reviews: reviews.map((r) => ({
        reviewedOn: r.reviewedOn,
        likelihood: r.likelihood,
        impact: r.impact,
        score: r.likelihood * r.impact,
        comment: r.comment,
        reviewedBy: r.reviewedBy,
      })),
    };
  }

  /** Every action of the risks, for the register. */
  async actionsOf(manager: EntityManager, riskIds: string[]): Promise<Map<string, RiskAction[]>> {
    const map = new Map<string, RiskAction[]>();
    if (riskIds.length === 0) return map;
    const rows = await manager.find(RiskAction, {
      where: { riskId: In(riskIds) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const a of rows) map.set(a.riskId, [...(map.get(a.riskId) ?? []), a]);
    return map;
  }
}

function thresholdsView(agencyId: string, policy: RiskLevelPolicy | null): RiskThresholdsView {
  return {
    agencyId,
    mediumFrom: policy?.mediumFrom ?? DEFAULT_RISK_THRESHOLDS.mediumFrom,
    highFrom: policy?.highFrom ?? DEFAULT_RISK_THRESHOLDS.highFrom,
    custom: policy !== null,
    version: policy?.version ?? null,
  };
}

export function toActionView(a: RiskAction, today: string): RiskActionView {
  return {
    ...pickFields(a, ['id', 'riskId', 'agencyId']),
    ...ownedActionFields(a, 'PLANNED', today),
    ...pickFields(a, ['createdAt', 'version']),
  };
}

function toView(
  r: Risk,
  thresholds: Thresholds,
  today: string,
  actionCounts: RiskView['actionCounts'] = { total: 0, planned: 0, done: 0, overdue: 0 },
): RiskView {
  const score = r.likelihood * r.impact;
  const residualScore =
    r.residualLikelihood !== null && r.residualImpact !== null
      ? r.residualLikelihood * r.residualImpact
      : null;
  return {
    id: r.id,
    agencyId: r.agencyId,
    kind: r.kind,
    title: r.title,
    process: r.process,
    cause: r.cause,
    consequence: r.consequence,
    likelihood: r.likelihood,
    impact: r.impact,
    score,
    level: riskLevel(score, thresholds),
    status: r.status,
    strategy: r.strategy,
    treatment: r.treatment,
    residualLikelihood: r.residualLikelihood,
    residualImpact: r.residualImpact,
    residualScore,
    residualLevel: residualScore === null ? null : riskLevel(residualScore, thresholds),
    effective: r.effective,
    effectivenessComment: r.effectivenessComment,
    lastReviewedOn: r.lastReviewedOn,
    nextReviewOn: r.nextReviewOn,
    reviewDue: r.status !== 'CLOSED' && r.nextReviewOn < today,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
    actionCounts,
  };
}
