import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  addMonths,
  assertNoInvalid,
  assertVersion,
  bilingualDetail,
  Clock,
  completeOwnedAction,
  createSubject,
  DomainError,
  domainEvent,
  fetchPage,
  inactiveOwnerDetail,
  ownedActionFields,
  OwnedActionView,
  Page,
  pastDueDateDetail,
  pickFields,
  RequestContext,
  Transaction,
  UnitOfWork,
} from '@app/platform';
import { DeadlinesService, meetsDeadline } from '@app/deadlines';
import { CapaReportsService, endOfBusinessDate } from '@app/capa';
import {
  agenciesOfQms,
  assertAgencyActive,
  assertMayActIn,
  cleanLabel,
  membershipsOf,
  qualitySystemOf,
  REVIEW_MANAGERS,
} from '../audit-access';
import {
  CompleteReviewActionDto,
  CreateManagementReviewDto,
  CreateReviewOutputDto,
  HoldReviewDto,
  InputNotesDto,
  ListManagementReviewsQuery,
} from './dto/management-review.dto';
import {
  ManagementReview,
  ManagementReviewOutput,
  OUTPUT_LIFECYCLE,
  REVIEW_HISTORY,
  REVIEW_LIFECYCLE,
  REVIEW_WRITABLE,
} from './management-review.entity';
import { buildReviewInputs, INPUT_SECTIONS, ReviewInputs } from './review-inputs';

export interface ReviewOutputView extends OwnedActionView<string | null> {
  id: string;
  reviewId: string;
  kind: string;
  category: string;
  createdAt: Date;
  version: number;
}

export interface ManagementReviewView {
  id: string;
  agencyId: string;
  qualitySystemId: string;
  title: string;
  plannedDate: string;
  heldOn: string | null;
  chairId: string;
  participantIds: string[];
  status: string;
  minutes: string | null;
  createdBy: string | null;
  createdAt: Date;
  version: number;
}

export interface ManagementReviewDetail extends ManagementReviewView {
  /** Live while the review is planned; as presented at the meeting once held. */
  inputs: ReviewInputs;
  outputs: ReviewOutputView[];
}

/** Holding a review meets its deadline and the QMS's management-review obligation of that year. */
meetsDeadline(REVIEW_LIFECYCLE, {
  to: 'HELD',
  kind: 'MANAGEMENT_REVIEW',
  obligation: (review) => ({ of: review.qualitySystemId, year: Number(review.heldOn!.slice(0, 4)) }),
});
/** A completed action meets its owner's deadline. */
meetsDeadline(OUTPUT_LIFECYCLE, { to: 'DONE', kind: 'MANAGEMENT_REVIEW' });

const SORTABLE = { plannedDate: 'r.planned_date', heldOn: 'r.held_on', createdAt: 'r.created_at' };
const NOTE_KEYS = INPUT_SECTIONS.map((s) => s.key);

/**
 * Management reviews (xem xét của lãnh đạo, TCVN ISO 9001:2015 9.3) live in the audits lib, not
 * in their own lib or in capa: their inputs are mostly what audits and capa record (audit
 * results, nonconformities and corrective actions), and audits already depends on capa, so
 * the dependency stays one-way (audits → capa, audits → documents' exported query). The
 * review is planned (a MANAGEMENT_REVIEW deadline on its date), its inputs are gathered from
 * the system and completed by the secretary's notes, it is held (inputs frozen as presented),
 * then its decisions and actions are recorded; each action is a deadline of its owner.
 */
@Injectable()
export class ManagementReviewsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
    private readonly capa: CapaReportsService,
  ) {}

  async list(ctx: RequestContext, query: ListManagementReviewsQuery): Promise<Page<ManagementReviewView>> {
    const qb = this.uow.dataSource.getRepository(ManagementReview).createQueryBuilder('r');
    const readable = ctx.readableAgencyIds();
    if (readable !== 'ALL') {
      qb.andWhere('(r.agency_id = ANY(:readable) OR r.chair_id = :me OR :me = ANY(r.participant_ids))', {
        readable,
        me: ctx.userId,
      });
    }
    if (query.agencyId) qb.andWhere('r.agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.qualitySystemId) qb.andWhere('r.quality_system_id = :qms', { qms: query.qualitySystemId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    const [rows, total] = await fetchPage(qb, query, SORTABLE, 'plannedDate', 'DESC');
    return query.result(rows.map(toView), total);
  }

  async get(ctx: RequestContext, id: string): Promise<ManagementReviewDetail> {
    const review = await this.uow.dataSource.getRepository(ManagementReview).findOneBy({ id });
    if (!review || !canRead(ctx, review)) throw DomainError.notFound('managementReview');
    return this.detail(this.uow.manager, review);
  }

  async create(ctx: RequestContext, dto: CreateManagementReviewDto): Promise<ManagementReviewDetail> {
    assertMayActIn(ctx, dto.agencyId, REVIEW_MANAGERS);
    const review = await this.uow.run(ctx, async (tx) => {
      await assertAgencyActive(tx.manager, dto.agencyId);
      const qualitySystemId = await qualitySystemOf(tx.manager, dto.agencyId);
      const agencyIds = await agenciesOfQms(tx.manager, qualitySystemId);
      await this.assertPeople(tx.manager, agencyIds, dto.chairId, dto.participantIds);
      const [previous] = await tx.manager.query<{ held_on: string }[]>(
        `SELECT to_char(held_on, 'YYYY-MM-DD') AS held_on FROM management_reviews
          WHERE quality_system_id = $1 AND status = 'HELD' ORDER BY held_on DESC LIMIT 1`,
        [qualitySystemId],
      );
      const created = tx.manager.create(ManagementReview, {
        agencyId: dto.agencyId,
        qualitySystemId,
        title: cleanLabel(dto.title),
        plannedDate: dto.plannedDate,
        chairId: dto.chairId,
        participantIds: dto.participantIds,
        periodFrom: previous?.held_on ?? addMonths(dto.plannedDate, -12),
        status: 'PLANNED',
        inputNotes: {},
        createdBy: ctx.userId,
        version: 1,
      });
      await createSubject(tx, REVIEW_LIFECYCLE, created, {
        action: 'plan',
        data: { qualitySystemId, plannedDate: created.plannedDate, chairId: created.chairId },
        event: (row) =>
          domainEvent('managementReview.planned', { reviewId: row.id, agencyId: created.agencyId }),
      });
      await this.deadlines.register(tx, {
        agencyId: dto.agencyId,
        kind: 'MANAGEMENT_REVIEW',
        subjectType: 'managementReview',
        subjectId: created.id,
        title: created.title,
        dueAt: endOfBusinessDate(created.plannedDate),
        responsibleUserIds: [created.chairId],
        responsibleRole: 'ISO_SECRETARY',
      });
      return created;
    });
    return this.detail(this.uow.manager, review);
  }

  /** Replaces the secretary's notes on the inputs, while the review is planned. */
  async putNotes(ctx: RequestContext, id: string, dto: InputNotesDto): Promise<ManagementReviewDetail> {
    return this.byManager(ctx, id, async (tx, locked) => {
      REVIEW_LIFECYCLE.requireState(locked.status, ...REVIEW_WRITABLE.notes);
      const notes: Record<string, string> = {};
      for (const key of NOTE_KEYS) {
        const value = dto[key]?.normalize('NFC').trim();
        if (value) notes[key] = value;
      }
      await REVIEW_HISTORY.update(
        tx,
        locked,
        { inputNotes: notes },
        {
          expectedVersion: dto.version,
          action: 'inputs.update',
          data: { sections: Object.keys(notes) },
        },
      );
    });
  }

  /** PLANNED → HELD: the inputs are frozen as presented, over the period up to the meeting. */
  async hold(ctx: RequestContext, id: string, dto: HoldReviewDto): Promise<ManagementReviewDetail> {
    return this.byManager(ctx, id, async (tx, locked) => {
      // refused before the inputs are gathered (the transition checks both again)
      REVIEW_LIFECYCLE.assert(locked.status, 'HELD');
      assertVersion(dto.version, locked.version);
      const details = [];
      if (dto.heldOn > this.clock.today())
        details.push(
          bilingualDetail(
            'heldOn',
            'Ngày họp (heldOn) không được ở trong tương lai',
            'heldOn cannot be in the future',
          ),
        );
      if (dto.heldOn < locked.periodFrom)
        details.push(
          bilingualDetail(
            'heldOn',
            `Ngày họp (heldOn) không được trước ngày ${locked.periodFrom}`,
            `heldOn cannot be before ${locked.periodFrom}`,
          ),
        );
      assertNoInvalid(details);
      const agencyIds = await agenciesOfQms(tx.manager, locked.qualitySystemId);
      if (dto.participantIds)
        await this.assertPeople(tx.manager, agencyIds, locked.chairId, dto.participantIds);
      const inputs = await this.inputs(tx.manager, locked, dto.heldOn);
      await REVIEW_LIFECYCLE.transition(tx, locked, 'HELD', {
        data: { heldOn: dto.heldOn, period: inputs.period },
        set: {
          heldOn: dto.heldOn,
          periodTo: dto.heldOn,
          inputs,
          minutes: dto.minutes?.normalize('NFC') ?? null,
          participantIds: dto.participantIds ?? locked.participantIds,
          heldBy: ctx.userId,
        },
        expectedVersion: dto.version,
      });
    });
  }

  /** Records a decision or an action (9.3.3) of a held review; an action becomes its owner's deadline. */
  async addOutput(ctx: RequestContext, id: string, dto: CreateReviewOutputDto): Promise<ReviewOutputView> {
    const output = await this.uow.run(ctx, async (tx) => {
      const review = await this.lock(tx, id);
      this.assertManages(ctx, review);
      REVIEW_LIFECYCLE.requireState(review.status, ...REVIEW_WRITABLE.outputs);
      const details = [];
      if (dto.kind === 'ACTION') {
        if (!dto.ownerId)
          details.push(
            bilingualDetail(
              'ownerId',
              'Một đầu ra loại ACTION phải có người phụ trách',
              'an ACTION needs an owner',
            ),
          );
        if (!dto.dueDate)
          details.push(
            bilingualDetail(
              'dueDate',
              'Một đầu ra loại ACTION phải có hạn hoàn thành',
              'an ACTION needs a due date',
            ),
          );
        else if (dto.dueDate < this.clock.today()) details.push(pastDueDateDetail());
        if (dto.ownerId) {
          const agencyIds = await agenciesOfQms(tx.manager, review.qualitySystemId);
          if ((await membershipsOf(tx.manager, [dto.ownerId], agencyIds)).length === 0)
            details.push(inactiveOwnerDetail('QMS'));
        }
      } else if (dto.ownerId || dto.dueDate) {
        details.push(
          bilingualDetail(
            'kind',
            'Chỉ đầu ra loại ACTION mới có người phụ trách và hạn hoàn thành',
            'only an ACTION has an owner and a due date',
          ),
        );
      }
      assertNoInvalid(details);
      const created = tx.manager.create(ManagementReviewOutput, {
        reviewId: review.id,
        agencyId: review.agencyId,
        kind: dto.kind,
        category: dto.category,
        description: dto.description.normalize('NFC'),
        ownerId: dto.ownerId ?? null,
        dueDate: dto.dueDate ?? null,
        status: dto.kind === 'ACTION' ? 'OPEN' : 'RECORDED',
        createdBy: ctx.userId,
        version: 1,
      });
      await createSubject(tx, OUTPUT_LIFECYCLE, created, {
        data: {
          reviewId: review.id,
          kind: created.kind,
          category: created.category,
          ownerId: created.ownerId,
          dueDate: created.dueDate,
        },
        event: (row) =>
          domainEvent('managementReview.outputRecorded', {
            reviewId: review.id,
            outputId: row.id,
            agencyId: row.agencyId,
            kind: created.kind,
          }),
      });
      if (created.kind === 'ACTION') {
        await this.deadlines.register(tx, {
          agencyId: review.agencyId,
          kind: 'MANAGEMENT_REVIEW',
          subjectType: 'managementReviewOutput',
          subjectId: created.id,
          title: `Hành động sau xem xét của lãnh đạo: ${created.description.slice(0, 200)}`,
          dueAt: endOfBusinessDate(created.dueDate!),
          responsibleUserIds: [created.ownerId!],
        });
      }
      await tx.manager.update(ManagementReview, { id: review.id }, { version: review.version + 1 });
      return created;
    });
    return toOutputView(output, this.clock.today());
  }

  /** OPEN → DONE for an action of a review, by its owner or the secretary. */
  async completeAction(
    ctx: RequestContext,
    outputId: string,
    dto: CompleteReviewActionDto,
  ): Promise<ReviewOutputView> {
    const done = await this.uow.run(ctx, async (tx) => {
      const output = await tx.manager
        .getRepository(ManagementReviewOutput)
        .findOne({ where: { id: outputId }, lock: { mode: 'pessimistic_write' } });
      const review = output ? await tx.manager.findOneBy(ManagementReview, { id: output.reviewId }) : null;
      if (!output || !review || !canRead(ctx, review)) throw DomainError.notFound('managementReviewOutput');
      if (output.ownerId !== ctx.userId) this.assertManages(ctx, review, false);
      await completeOwnedAction(tx, OUTPUT_LIFECYCLE, output, 'DONE', {
        note: dto.note?.normalize('NFC') ?? null,
        now: this.clock.now(),
        data: { reviewId: review.id },
        expectedVersion: dto.version,
      });
      return output;
    });
    return toOutputView(done, this.clock.today());
  }

  /** A change of the review by those who manage it, in one transaction; answers the review as it then is. */
  private async byManager(
    ctx: RequestContext,
    id: string,
    work: (tx: Transaction, review: ManagementReview) => Promise<void>,
  ): Promise<ManagementReviewDetail> {
    const review = await this.uow.run(ctx, async (tx) => {
      const locked = await this.lock(tx, id);
      this.assertManages(ctx, locked);
      await work(tx, locked);
      return locked;
    });
    return this.detail(this.uow.manager, review);
  }

  private async lock(tx: Transaction, id: string): Promise<ManagementReview> {
    const review = await tx.manager
      .getRepository(ManagementReview)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!review || !canRead(tx.ctx, review)) throw DomainError.notFound('managementReview');
    return review;
  }

  /** The agency's ISO secretary or administrator, or the review's chair (unless `chairToo` is false). */
  private assertManages(ctx: RequestContext, review: ManagementReview, chairToo = true): void {
    if (ctx.isSystemAdmin || ctx.hasRole(review.agencyId, ...REVIEW_MANAGERS)) return;
    if (chairToo && ctx.userId === review.chairId) return;
    throw DomainError.forbidden();
  }

  /** The chair is a head of agency (APPROVER) of the QMS; participants are its active members. */
  private async assertPeople(
    manager: EntityManager,
    agencyIds: string[],
    chairId: string,
    participantIds: string[],
  ): Promise<void> {
    const memberships = await membershipsOf(manager, [chairId, ...participantIds], agencyIds);
    const details = [];
    if (!memberships.some((m) => m.userId === chairId && m.roles.includes('APPROVER')))
      details.push(
        bilingualDetail(
          'chairId',
          'Người chủ trì (chairId) phải là thủ trưởng cơ quan (APPROVER) thuộc HTQLCL',
          'the chair must be a head of agency (APPROVER) of the QMS',
        ),
      );
    const strangers = participantIds.filter((id) => !memberships.some((m) => m.userId === id));
    if (strangers.length > 0)
      details.push(
        bilingualDetail(
          'participantIds',
          'Mọi người tham dự phải là thành viên đang hoạt động của HTQLCL',
          'every participant must be an active member of the QMS',
        ),
      );
    assertNoInvalid(details);
  }

  private async inputs(
    manager: EntityManager,
    review: ManagementReview,
    until: string,
  ): Promise<ReviewInputs> {
    return buildReviewInputs(manager, this.capa, {
      reviewId: review.id,
      qualitySystemId: review.qualitySystemId,
      agencyIds: await agenciesOfQms(manager, review.qualitySystemId),
      period: { from: review.periodFrom, to: until },
      today: this.clock.today(),
      notes: review.inputNotes ?? {},
    });
  }

  private async detail(manager: EntityManager, review: ManagementReview): Promise<ManagementReviewDetail> {
    // frozen when the review is held; gathered live until then
    const inputs = review.inputs ?? (await this.inputs(manager, review, this.clock.today()));
    const outputs = await manager.find(ManagementReviewOutput, {
      where: { reviewId: review.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const today = this.clock.today();
    return { ...toView(review), inputs, outputs: outputs.map((o) => toOutputView(o, today)) };
  }
}

function canRead(ctx: RequestContext, review: ManagementReview): boolean {
  return (
    ctx.canRead(review.agencyId) ||
    (ctx.userId !== null && (review.chairId === ctx.userId || review.participantIds.includes(ctx.userId)))
  );
}

function toView(r: ManagementReview): ManagementReviewView {
  return pickFields(r, [
    'id',
    'agencyId',
    'qualitySystemId',
    'title',
    'plannedDate',
    'heldOn',
    'chairId',
    'participantIds',
    'status',
    'minutes',
    'createdBy',
    'createdAt',
    'version',
  ]);
}

function toOutputView(o: ManagementReviewOutput, today: string): ReviewOutputView {
  return {
    ...pickFields(o, ['id', 'reviewId', 'kind', 'category']),
    ...ownedActionFields(o, 'OPEN', today),
    ...pickFields(o, ['createdAt', 'version']),
  };
}
