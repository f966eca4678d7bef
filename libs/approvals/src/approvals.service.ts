import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  addWorkingDays,
  AppConfig,
  Clock,
  createSubject,
  endOfBusinessDate,
  publicHolidays,
  toBusinessDate,
  DomainError,
  isUniqueViolation,
  Page,
  pickFields,
  RequestContext,
  Transaction,
  UnitOfWork,
  invalidField,
} from '@app/platform';
import { DeadlinesService } from '@app/deadlines';
import { AgencyMergeRegistry, moveAgencyRows } from '@app/organization';
import { ApprovalSubjects } from './approval-subjects';
import {
  ApprovalRequest,
  ApprovalStep,
  DecisionMeaning,
  REQUEST_LIFECYCLE,
  RequestStatus,
  STEP_LIFECYCLE,
  StepStatus,
} from './approval.entity';
import { CreateApprovalRequestDto, DecisionDto, ListApprovalRequestsQuery } from './dto/approval.dto';
import { WorkflowTemplatesService } from './workflow-templates.service';
import { INBOX_COUNT, INBOX_PAGE, inboxParameters, STEPS_OF_REQUESTS } from './inbox.sql';
import type { StepSignatureSummary } from './step-signature.entity';

export interface StepView {
  order: number;
  role: string;
  assigneeId: string | null;
  status: string;
  slaDays: number;
  dueAt: Date | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  comment: string | null;
  meaning: string | null;
  fileHashes: string[] | null;
  /** Decided by uploading the approved PDF signed by the approver. */
  requiresSignature: boolean;
  /** Who signed and how the signature checked out, once decided that way. */
  signature: StepSignatureSummary | null;
}

/**
 * Completes a signed approval inside the decision's transaction: checks the uploaded signed PDF
 * against the approved files' hashes, stores it, and returns what the step records.
 */
export type SignedDecision = (
  tx: Transaction,
  request: ApprovalRequest,
  step: ApprovalStep,
  approvedFileHashes: string[],
) => Promise<StepSignatureSummary>;

export interface ApprovalRequestView {
  id: string;
  agencyId: string;
  kind: string;
  /** What is decided on: document, recordList or recordDisposal. */
  subjectType: string;
  subjectId: string;
  /** The subject when it is a document (null otherwise). */
  documentId: string | null;
  versionId: string | null;
  status: string;
  reason: string;
  effectiveDate: string | null;
  requestedBy: string | null;
  currentStep: number | null;
  decidedAt: Date | null;
  version: number;
  createdAt: Date;
  steps: StepView[];
  /** For the inbox: when the step waiting on the caller is due. */
  dueAt?: Date | null;
}

type Decision = 'approve' | 'reject' | 'return';
const DOCUMENT = 'document';
const SORTABLE = { createdAt: 'r.created_at', status: 'r.status', kind: 'r.kind' };
/** Roles that open and manage requests on behalf of the drafter. */
const REQUESTER_ROLES = ['AGENCY_ADMIN', 'ISO_SECRETARY', 'DRAFTER'] as const;

/**
 * The approval engine: requests move through their agency's steps, each decided exactly once
 * (the request row is locked, and the step the caller acted on must still be the current one).
 */
@Injectable()
export class ApprovalsService implements OnModuleInit {
  constructor(
    private readonly mergeRegistry: AgencyMergeRegistry,
    private readonly uow: UnitOfWork,
    private readonly subjects: ApprovalSubjects,
    private readonly templates: WorkflowTemplatesService,
    private readonly deadlines: DeadlinesService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.mergeRegistry.register('approvals', async (manager, fromId, intoId, transfer) => {
      // a request follows its subject where a dissolution sends it elsewhere
      await moveAgencyRows(manager, transfer, ['approval_requests'], ['approval_requests']);
      // the survivor keeps its own workflow templates; the merged agency's fill in the kinds it lacks
      await manager.query(
        `INSERT INTO workflow_templates (agency_id, kind, steps, version, updated_by)
         SELECT $2, kind, steps, 1, updated_by FROM workflow_templates WHERE agency_id = $1
         ON CONFLICT (agency_id, kind) DO NOTHING`,
        [fromId, intoId],
      );
    });
  }

  async create(ctx: RequestContext, dto: CreateApprovalRequestDto): Promise<ApprovalRequestView> {
    if (dto.effectiveDate && dto.kind !== 'WITHDRAWAL' && dto.effectiveDate < this.clock.today()) {
      throw invalidField(
        'effectiveDate',
        'Ngày hiệu lực (effectiveDate) không được ở trong quá khứ',
        'effectiveDate cannot be in the past',
      );
    }
    const { subjectType, subjectId } = this.subjectOf(dto);
    try {
      const id = await this.uow.run(ctx, async (tx) => {
        const prepared = await this.subjects
          .get(subjectType)
          .prepare(tx, { kind: dto.kind, subjectId, versionId: dto.versionId });
        const request = tx.manager.create(ApprovalRequest, {
          agencyId: prepared.agencyId,
          kind: dto.kind,
          subjectType,
          subjectId,
          subjectVersionId: prepared.subjectVersionId,
          status: 'DRAFT',
          reason: dto.reason.normalize('NFC'),
          effectiveDate: dto.effectiveDate ?? null,
          requestedBy: ctx.userId,
          drafterId: prepared.drafterId,
          authorIds: [],
          currentStep: null,
          decidedAt: null,
          version: 1,
        });
        await createSubject(tx, REQUEST_LIFECYCLE, request, {
          reason: request.reason,
          data: {
            kind: dto.kind,
            ...(subjectType === DOCUMENT ? { documentId: subjectId } : { subjectType, subjectId }),
            versionId: prepared.subjectVersionId,
          },
        });
        return request.id;
      });
      return await this.get(ctx, id);
    } catch (error) {
      if (isUniqueViolation(error, 'approval_requests_one_open'))
        throw new DomainError('APPROVAL_ALREADY_OPEN');
      throw error;
    }
  }

  /**
   * The subject a request is opened on: a document (`documentId`, the default) or any registered
   * subject (`subjectType` + `subjectId`); the kind must be one the subject takes. 400 otherwise.
   */
  private subjectOf(dto: CreateApprovalRequestDto): { subjectType: string; subjectId: string } {
    const subjectType = dto.subjectType ?? DOCUMENT;
    if (!this.subjects.has(subjectType))
      throw invalidField(
        'subjectType',
        `Trường "subjectType" phải là một trong các giá trị: ${this.subjects.types().join(', ')}`,
        `subjectType must be one of ${this.subjects.types().join(', ')}`,
      );
    if (dto.documentId && (subjectType !== DOCUMENT || (dto.subjectId && dto.subjectId !== dto.documentId)))
      throw invalidField(
        'documentId',
        'Chỉ dùng documentId cho tài liệu; với đối tượng khác hãy dùng subjectId',
        'documentId names a document only; give subjectId for another subject',
      );
    const subjectId = dto.subjectId ?? dto.documentId;
    if (!subjectId)
      throw invalidField(
        'subjectId',
        'Thiếu đối tượng phê duyệt (subjectId hoặc documentId)',
        'subjectId (or documentId) is required',
      );
    const kinds = this.subjects.get(subjectType).kinds;
    if (!kinds.includes(dto.kind))
      throw invalidField(
        'kind',
        `Với đối tượng ${subjectType}, trường "kind" phải là một trong các giá trị: ${kinds.join(', ')}`,
        `for subject ${subjectType}, kind must be one of ${kinds.join(', ')}`,
      );
    return { subjectType, subjectId };
  }

  async submit(ctx: RequestContext, id: string, dto: DecisionDto): Promise<ApprovalRequestView> {
    await this.uow.run(ctx, async (tx) => {
      const request = await this.lockVisible(tx, id);
      this.assertRequester(ctx, request);
      // the subject is frozen from here on, so its authors are known once and for all
      const authorIds = distinct([
        request.requestedBy,
        ctx.userId,
        request.drafterId,
        ...(await this.subjects.get(request.subjectType).authorsOf(tx.manager, request)),
      ]);
      const template = await this.templates.stepsFor(tx.manager, request.agencyId, request.kind);
      const now = this.clock.now();
      const steps = template.map((s, index) =>
        tx.manager.create(ApprovalStep, {
          requestId: id,
          order: index + 1,
          role: s.role,
          assigneeId: s.assigneeId ?? null,
          slaDays: s.slaDays,
          requiresSignature: s.requiresSignature === true,
          status: index === 0 ? 'PENDING' : 'WAITING',
          dueAt: index === 0 ? this.stepDueAt(now, s.slaDays) : null,
        }),
      );
      // the subject's hooks check it may go into approval (start) and freeze it (end)
      await REQUEST_LIFECYCLE.transition(tx, request, 'IN_PROGRESS', {
        reason: dto.comment ?? null,
        expectedVersion: dto.version,
        set: { currentStep: 1, authorIds },
      });
      await tx.manager.insert(ApprovalStep, steps);
      await this.registerStepDeadline(tx, request, steps[0]);
    });
    return this.get(ctx, id);
  }

  /**
   * Approve, reject or return the current step. The caller names the step they decide (its
   * order, or the request version they saw): a repeated or late call aimed at a step that has
   * moved on is a 409, never a decision of the next step. What a decision does is a lookup
   * (OUTCOMES); the request row is locked, so two deciders are served one after the other.
   */
  async decide(
    ctx: RequestContext,
    id: string,
    decision: Decision,
    dto: DecisionDto,
    expectedVersion?: number,
    signed?: SignedDecision,
  ): Promise<ApprovalRequestView> {
    if (decision !== 'approve' && !dto.comment?.trim()) {
      throw invalidField(
        'comment',
        `Cần ghi ý kiến (comment) khi ${decision === 'reject' ? 'từ chối' : 'trả lại'}`,
        `a comment is required to ${decision}`,
      );
    }
    const seenVersion = expectedVersion ?? dto.version;
    // the view is the locked rows as the decision left them (only this service writes requests
    // and steps): reading them again after the commit cost three more statements a decision
    return this.uow.run(ctx, async (tx) => {
      const request = await this.lockVisible(tx, id);
      if (dto.stepOrder === undefined && seenVersion === undefined) {
        throw invalidField(
          'stepOrder',
          'Hãy chỉ rõ bước được quyết định: stepOrder, hoặc phiên bản của yêu cầu (version hoặc If-Match)',
          'name the step decided: stepOrder, or the request version (version or If-Match)',
        );
      }
      REQUEST_LIFECYCLE.assert(request.status, OUTCOMES[decision].last.request);
      const steps = await tx.manager.find(ApprovalStep, {
        where: { requestId: id },
        order: { order: 'ASC' },
      });
      const step = stepAimedAt(request, steps, dto.stepOrder, seenVersion);
      this.assertMayDecide(ctx, request, step, steps);

      const snapshot = await this.subjects.get(request.subjectType).snapshot(tx.manager, request);
      // a step that requires a signature is approved only with the signed PDF of the approved file
      if (decision === 'approve' && step.requiresSignature && !signed)
        throw new DomainError('APPROVAL_SIGNATURE_REQUIRED', { order: step.order });
      if (signed && !(decision === 'approve' && step.requiresSignature))
        throw new DomainError('APPROVAL_SIGNATURE_NOT_REQUIRED', { order: step.order });
      const signature = signed ? await signed(tx, request, step, snapshot.fileHashes ?? []) : null;
      const outcome = OUTCOMES[decision][step.order === steps.length ? 'last' : 'next'];
      const now = this.clock.now();
      await STEP_LIFECYCLE.transition(tx, step, outcome.step, {
        action: decision,
        agencyId: request.agencyId,
        reason: dto.comment ?? null,
        data: {
          requestId: id,
          order: step.order,
          role: step.role,
          meaning: outcome.meaning,
          fileHashes: snapshot.fileHashes,
          ...(signature ? { signature } : {}),
        },
        set: {
          decidedBy: ctx.userId,
          decidedAt: now,
          comment: dto.comment ?? null,
          meaning: outcome.meaning,
          fileHashes: snapshot.fileHashes,
          ...(signature ? { signature } : {}),
        },
      });
      await this.deadlines.meet(tx, 'approvalStep', step.id, 'APPROVAL_STEP');

      if (outcome.request === null) {
        const next = steps[step.order];
        await STEP_LIFECYCLE.transition(tx, next, 'PENDING', {
          set: { dueAt: this.stepDueAt(now, next.slaDays) },
        });
        await this.registerStepDeadline(tx, request, next);
        await this.advance(tx, request, next.order);
        return toView(request, steps);
      }
      await this.closeOpenSteps(tx, steps);
      await REQUEST_LIFECYCLE.transition(tx, request, outcome.request, {
        reason: dto.comment ?? null,
        set: { decidedAt: now },
      });
      return toView(request, steps);
    });
  }

  async cancel(ctx: RequestContext, id: string, dto: DecisionDto): Promise<ApprovalRequestView> {
    await this.uow.run(ctx, async (tx) => {
      const request = await this.lockVisible(tx, id);
      this.assertRequester(ctx, request);
      await REQUEST_LIFECYCLE.transition(tx, request, 'CANCELLED', {
        reason: dto.comment ?? null,
        expectedVersion: dto.version,
        set: { decidedAt: this.clock.now() },
      });
      const steps = await tx.manager.find(ApprovalStep, { where: { requestId: id } });
      const pending = steps.find((s) => s.status === 'PENDING');
      if (pending) await this.deadlines.cancel(tx, 'approvalStep', pending.id, 'APPROVAL_STEP');
      await this.closeOpenSteps(tx, steps);
    });
    return this.get(ctx, id);
  }

  async get(ctx: RequestContext, id: string): Promise<ApprovalRequestView> {
    const request = await this.uow.dataSource.getRepository(ApprovalRequest).findOneBy({ id });
    if (!request || !(await this.canView(ctx, this.uow.manager, request)))
      throw DomainError.notFound('approvalRequest');
    const steps = await this.uow.dataSource
      .getRepository(ApprovalStep)
      .find({ where: { requestId: id }, order: { order: 'ASC' } });
    return toView(request, steps);
  }

  async list(ctx: RequestContext, query: ListApprovalRequestsQuery): Promise<Page<ApprovalRequestView>> {
    if (query.assignedToMe) return this.inbox(ctx, query);
    const qb = this.uow.manager.getRepository(ApprovalRequest).createQueryBuilder('r');
    const { column, direction } = query.orderBy(SORTABLE, 'createdAt');
    if (!ctx.isSystemAdmin) {
      const agencies = ctx.agenciesWithRole(
        'AGENCY_ADMIN',
        'ISO_SECRETARY',
        'DRAFTER',
        'REVIEWER',
        'APPROVER',
      );
      qb.andWhere('r.agency_id = ANY(:agencies)', { agencies });
    }
    qb.orderBy(column, query.sort ? direction : 'DESC').addOrderBy('r.id');
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.agencyId) qb.andWhere('r.agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.documentId) qb.andWhere('r.subject_id = :documentId', { documentId: query.documentId });
    qb.offset(query.offset).limit(query.pageSize);
    const [requests, total] = await qb.getManyAndCount();
    const steps = requests.length
      ? await this.uow.manager
          .getRepository(ApprovalStep)
          .createQueryBuilder('s')
          .where('s.request_id = ANY(:ids)', { ids: requests.map((r) => r.id) })
          .orderBy('s.step_order', 'ASC')
          .getMany()
      : [];
    return query.result(
      requests.map((r) =>
        toView(
          r,
          steps.filter((s) => s.requestId === r.id),
        ),
      ),
      total,
    );
  }

  /**
   * What waits on the caller (`?assignedToMe=true`), oldest due first: the inbox's own SQL
   * (inbox.sql.ts), which the benchmark's baseline runs too; rows come out as the view reads them.
   */
  private async inbox(
    ctx: RequestContext,
    query: ListApprovalRequestsQuery,
  ): Promise<Page<ApprovalRequestView>> {
    const manager = this.uow.manager;
    const params = inboxParameters(ctx, query);
    const rows = await manager.query<InboxRow[]>(INBOX_PAGE, [...params, query.pageSize, query.offset]);
    // a page past the end has no row to carry the total
    const total =
      rows[0]?.total ??
      (query.offset > 0 ? (await manager.query<{ total: number }[]>(INBOX_COUNT, params))[0].total : 0);
    const steps = rows.length
      ? await manager.query<InboxStep[]>(STEPS_OF_REQUESTS, [rows.map((r) => r.id)])
      : [];
    return query.result(
      rows.map((row) => toInboxView(row, steps)),
      total,
    );
  }

  private async canView(
    ctx: RequestContext,
    manager: EntityManager,
    request: ApprovalRequest,
  ): Promise<boolean> {
    return this.subjects.get(request.subjectType).canView(ctx, manager, request);
  }

  private async lockVisible(tx: Transaction, id: string): Promise<ApprovalRequest> {
    const request = await tx.manager
      .getRepository(ApprovalRequest)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!request || !(await this.canView(tx.ctx, tx.manager, request)))
      throw DomainError.notFound('approvalRequest');
    return request;
  }

  private assertRequester(ctx: RequestContext, request: ApprovalRequest): void {
    if (
      ctx.userId === request.requestedBy ||
      ctx.isSystemAdmin ||
      ctx.hasRole(request.agencyId, ...REQUESTER_ROLES)
    )
      return;
    throw DomainError.forbidden();
  }

  /**
   * Only the step's named assignee, or a holder of its role, decides it; never one of the
   * request's authors, and nobody decides two steps of one request.
   */
  private assertMayDecide(
    ctx: RequestContext,
    request: ApprovalRequest,
    step: ApprovalStep,
    steps: ApprovalStep[],
  ): void {
    const me = ctx.userId;
    if (me !== null && (request.authorIds.includes(me) || request.drafterId === me))
      throw new DomainError('SEPARATION_OF_DUTIES');
    const earlier = steps.find((s) => s.order !== step.order && s.decidedBy !== null && s.decidedBy === me);
    if (earlier) throw new DomainError('APPROVAL_ONE_STEP_PER_PERSON', { order: earlier.order });
    const mine = step.assigneeId ? step.assigneeId === ctx.userId : ctx.hasRole(request.agencyId, step.role);
    if (!mine) throw new DomainError('NOT_YOUR_STEP');
  }

  private async registerStepDeadline(
    tx: Transaction,
    request: ApprovalRequest,
    step: ApprovalStep,
  ): Promise<void> {
    await this.deadlines.register(tx, {
      agencyId: request.agencyId,
      kind: 'APPROVAL_STEP',
      subjectType: 'approvalStep',
      subjectId: step.id,
      title: `Bước ${step.order} phê duyệt: ${request.reason}`,
      dueAt: step.dueAt ?? this.clock.now(),
      responsibleUserIds: step.assigneeId ? [step.assigneeId] : [],
      responsibleRole: step.assigneeId ? null : step.role,
    });
  }

  /**
   * When a step opened now is due: `slaDays` 24-hour days later, or (APPROVAL_SLA_DAYS=WORKING)
   * at the end of the `slaDays`-th working day after today in Viet Nam (PUBLIC_HOLIDAYS skipped).
   */
  private stepDueAt(now: Date, slaDays: number): Date {
    if (this.config.APPROVAL_SLA_DAYS === 'WORKING')
      return endOfBusinessDate(addWorkingDays(toBusinessDate(now), slaDays, publicHolidays(this.config)));
    return new Date(now.getTime() + slaDays * 24 * 3600 * 1000);
  }

  /** The steps still open when the request ends are cancelled with it. */
  private async closeOpenSteps(tx: Transaction, steps: ApprovalStep[]): Promise<void> {
    for (const step of steps) {
      if (STEP_LIFECYCLE.can(step.status, 'CANCELLED'))
        await STEP_LIFECYCLE.transition(tx, step, 'CANCELLED');
    }
  }

  /** The next step is now the current one: the request changes (its version moves) but not its status. */
  private async advance(tx: Transaction, request: ApprovalRequest, currentStep: number): Promise<void> {
    Object.assign(request, { currentStep, version: request.version + 1 });
    await tx.manager.update(ApprovalRequest, { id: request.id }, { currentStep, version: request.version });
  }
}

type FinalStatus = Exclude<RequestStatus, 'DRAFT' | 'IN_PROGRESS' | 'CANCELLED'>;
interface Outcome<R extends FinalStatus | null> {
  step: StepStatus;
  meaning: DecisionMeaning;
  /** What becomes of the request: null while steps remain. */
  request: R;
}

/** What each decision does to the step and the request, on a step before the last and on the last. */
const OUTCOMES: Record<Decision, { next: Outcome<FinalStatus | null>; last: Outcome<FinalStatus> }> = {
  approve: {
    next: { step: 'APPROVED', meaning: 'REVIEWED', request: null },
    last: { step: 'APPROVED', meaning: 'APPROVED', request: 'APPROVED' },
  },
  reject: {
    next: { step: 'REJECTED', meaning: 'REJECTED', request: 'REJECTED' },
    last: { step: 'REJECTED', meaning: 'REJECTED', request: 'REJECTED' },
  },
  return: {
    next: { step: 'RETURNED', meaning: 'RETURNED', request: 'RETURNED' },
    last: { step: 'RETURNED', meaning: 'RETURNED', request: 'RETURNED' },
  },
};

/**
 * The step a decision is aimed at, which must be the current (pending) one: the caller names it
 * by its order or by the request version they saw. Anything behind it, or a version that has
 * moved on, is APPROVAL_STEP_ALREADY_DECIDED; a step further on is APPROVAL_STEP_NOT_CURRENT.
 */
function stepAimedAt(
  request: ApprovalRequest,
  steps: ApprovalStep[],
  stepOrder: number | undefined,
  seenVersion: number | undefined,
): ApprovalStep {
  const current = request.currentStep ?? 0;
  const pending = steps.find((s) => s.order === current && s.status === 'PENDING');
  const aimed = stepOrder ?? current;
  const seenCurrent = seenVersion === undefined || seenVersion === request.version;
  if (seenCurrent && aimed > current)
    throw new DomainError('APPROVAL_STEP_NOT_CURRENT', { order: aimed, current });
  if (seenCurrent && aimed === current && pending) return pending;
  throw new DomainError('APPROVAL_STEP_ALREADY_DECIDED');
}

function distinct(ids: (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** The subject when it is a document, as every view of a request names it. */
function documentIdOf(request: { subjectType: string; subjectId: string }): string | null {
  return request.subjectType === DOCUMENT ? request.subjectId : null;
}

function toView(r: ApprovalRequest, steps: ApprovalStep[]): ApprovalRequestView {
  return {
    ...pickFields(r, ['id', 'agencyId', 'kind', 'subjectType', 'subjectId']),
    documentId: documentIdOf(r),
    versionId: r.subjectVersionId,
    ...pickFields(r, [
      'status',
      'reason',
      'effectiveDate',
      'requestedBy',
      'currentStep',
      'decidedAt',
      'version',
      'createdAt',
    ]),
    steps: steps.map((s) => pickFields(s, STEP_VIEW_FIELDS)),
  };
}

/** A row of INBOX_PAGE: the request's view without its steps, with the total of the inbox. */
type InboxRow = Omit<ApprovalRequestView, 'documentId' | 'steps'> & { total: number };
type InboxStep = StepView & { requestId: string };

function toInboxView(
  { total: _total, dueAt, ...request }: InboxRow,
  steps: InboxStep[],
): ApprovalRequestView {
  return {
    ...request,
    documentId: documentIdOf(request),
    steps: steps.filter((s) => s.requestId === request.id).map(({ requestId: _request, ...step }) => step),
    dueAt,
  };
}

/** A step's own fields, as its view shows them. */
const STEP_VIEW_FIELDS = [
  'order',
  'role',
  'assigneeId',
  'status',
  'slaDays',
  'dueAt',
  'decidedBy',
  'decidedAt',
  'comment',
  'meaning',
  'fileHashes',
  'requiresSignature',
  'signature',
] as const;
