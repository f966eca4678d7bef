import { Injectable } from '@nestjs/common';
import {
  assertNoInvalid,
  assertVersion,
  Clock,
  completeOwnedAction,
  createSubject,
  DomainError,
  domainEvent,
  fetchPage,
  findReadable,
  inactiveOwnerDetail,
  OnTransition,
  Page,
  PageQuery,
  pastDueDateDetail,
  RequestContext,
  scopeList,
  Transaction,
  TransitionChange,
  UnitOfWork,
} from '@app/platform';
import { DeadlinesService, meetsDeadline } from '@app/deadlines';
import { assertRole, endOfBusinessDate, isActiveMember, NC_MANAGERS } from './capa-access';
import {
  CompleteActionDto,
  CreateCorrectiveActionDto,
  ListCorrectiveActionsQuery,
} from './dto/nonconformity.dto';
import {
  ACTION_LIFECYCLE,
  CorrectiveAction,
  CorrectiveActionStatus,
  NC_LIFECYCLE,
  NC_TAKES_ACTIONS,
  Nonconformity,
} from './nonconformity.entity';
import { ActionView, NonconformitiesService, toActionView } from './nonconformities.service';

const SORTABLE = { dueDate: 'a.due_date', createdAt: 'a.created_at', status: 'a.status' };

/** A completed action meets its owner's deadline. */
meetsDeadline(ACTION_LIFECYCLE, { to: 'DONE', kind: 'CORRECTIVE_ACTION' });

/**
 * The action plan of a nonconformity. The first action moves an ANALYSED nonconformity to
 * ACTION_PLANNED; completing the last open action of the round moves it to IMPLEMENTED. Each
 * action's due date is a CORRECTIVE_ACTION deadline of its owner, met when it is completed.
 */
@Injectable()
export class CorrectiveActionsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
    private readonly nonconformities: NonconformitiesService,
  ) {}

  async listFor(ctx: RequestContext, nonconformityId: string, page: PageQuery): Promise<Page<ActionView>> {
    await findReadable(this.uow.manager, ctx, Nonconformity, nonconformityId, 'nonconformity');
    const { column, direction } = page.orderBy(SORTABLE, 'createdAt');
    const [rows, total] = await this.uow.dataSource
      .getRepository(CorrectiveAction)
      .createQueryBuilder('a')
      .where('a.nonconformity_id = :id', { id: nonconformityId })
      .orderBy('a.round', 'ASC')
      .addOrderBy(column, direction)
      .addOrderBy('a.id')
      .skip(page.offset)
      .take(page.pageSize)
      .getManyAndCount();
    const today = this.clock.today();
    return page.result(
      rows.map((a) => toActionView(a, today)),
      total,
    );
  }

  /** Every corrective action the caller can see: an owner's to-do list, or the overdue ones of an agency. */
  async list(ctx: RequestContext, query: ListCorrectiveActionsQuery): Promise<Page<ActionView>> {
    const qb = scopeList(this.uow.dataSource.getRepository(CorrectiveAction).createQueryBuilder('a'), ctx, {
      agency_id: query.agencyId,
      owner_id: query.ownerId,
      status: query.status,
    });
    if (query.overdue) {
      qb.andWhere("a.status = 'PLANNED' AND a.due_date < :today", { today: this.clock.today() });
    }
    const [rows, total] = await fetchPage(qb, query, SORTABLE, 'dueDate');
    const today = this.clock.today();
    return query.result(
      rows.map((a) => toActionView(a, today)),
      total,
    );
  }

  async add(
    ctx: RequestContext,
    nonconformityId: string,
    dto: CreateCorrectiveActionDto,
  ): Promise<ActionView> {
    const action = await this.uow.run(ctx, async (tx) => {
      const nc = await this.nonconformities.lock(tx, nonconformityId);
      assertRole(ctx, nc.agencyId, NC_MANAGERS);
      NC_LIFECYCLE.requireState(nc.status, ...NC_TAKES_ACTIONS);
      assertVersion(dto.version, nc.version);
      const details = [];
      if (dto.dueDate < this.clock.today()) details.push(pastDueDateDetail());
      if (!(await isActiveMember(tx.manager, dto.ownerId, nc.agencyId)))
        details.push(inactiveOwnerDetail('agency'));
      assertNoInvalid(details);

      const created = tx.manager.create(CorrectiveAction, {
        nonconformityId: nc.id,
        agencyId: nc.agencyId,
        round: nc.round,
        description: dto.description.normalize('NFC'),
        ownerId: dto.ownerId,
        dueDate: dto.dueDate,
        status: 'PLANNED',
        createdBy: ctx.userId,
        version: 1,
      });
      await createSubject(tx, ACTION_LIFECYCLE, created, {
        data: { nonconformityId: nc.id, round: nc.round, ownerId: created.ownerId, dueDate: created.dueDate },
        event: (row) =>
          domainEvent('correctiveAction.planned', {
            correctiveActionId: row.id,
            nonconformityId: nc.id,
            agencyId: nc.agencyId,
          }),
      });
      await this.deadlines.register(tx, {
        agencyId: nc.agencyId,
        kind: 'CORRECTIVE_ACTION',
        subjectType: 'correctiveAction',
        subjectId: created.id,
        title: `Hành động khắc phục: ${truncate(created.description, 200)}`,
        dueAt: endOfBusinessDate(created.dueDate),
        responsibleUserIds: [created.ownerId],
      });
      // the first action of the round makes the plan; later ones only change it
      if (NC_LIFECYCLE.can(nc.status, 'ACTION_PLANNED', 'planActions')) {
        await NC_LIFECYCLE.transition(tx, nc, 'ACTION_PLANNED', { action: 'planActions' });
      } else {
        await this.nonconformities.touch(tx, nc);
      }
      return created;
    });
    return toActionView(action, this.clock.today());
  }

  async complete(ctx: RequestContext, actionId: string, dto: CompleteActionDto): Promise<ActionView> {
    const seen = await findReadable(this.uow.manager, ctx, CorrectiveAction, actionId, 'correctiveAction');
    const done = await this.uow.run(ctx, async (tx) => {
      // the nonconformity first (every change of its plan locks it), then the action
      const nc = await this.nonconformities.lock(tx, seen.nonconformityId);
      const action = await tx.manager
        .getRepository(CorrectiveAction)
        .findOne({ where: { id: actionId }, lock: { mode: 'pessimistic_write' } });
      if (!action) throw DomainError.notFound('correctiveAction');
      if (action.ownerId !== ctx.userId) assertRole(ctx, nc.agencyId, NC_MANAGERS);
      await completeOwnedAction(tx, ACTION_LIFECYCLE, action, 'DONE', {
        note: dto.note?.normalize('NFC') ?? null,
        now: this.clock.now(),
        data: { nonconformityId: nc.id, round: action.round },
        expectedVersion: dto.version,
      });
      return action;
    });
    return toActionView(done, this.clock.today());
  }

  /** Completing the last open action of the round implements the plan (ACTION_PLANNED → IMPLEMENTED). */
  @OnTransition(ACTION_LIFECYCLE, { to: 'DONE', phase: 'end' })
  async planImplemented(
    tx: Transaction,
    { subject: action }: TransitionChange<CorrectiveActionStatus, CorrectiveAction>,
  ) {
    const nc = await this.nonconformities.lock(tx, action.nonconformityId);
    const [left] = await tx.manager.query<{ n: string }[]>(
      `SELECT count(*)::text AS n FROM corrective_actions
        WHERE nonconformity_id = $1 AND round = $2 AND status = 'PLANNED'`,
      [nc.id, nc.round],
    );
    if (Number(left.n) === 0) {
      await NC_LIFECYCLE.transition(tx, nc, 'IMPLEMENTED', { data: { round: nc.round } });
    } else {
      await this.nonconformities.touch(tx, nc);
    }
  }
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
