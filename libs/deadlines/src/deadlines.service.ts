import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, FindOptionsWhere } from 'typeorm';
import {
  Clock,
  LifecycleHooks,
  Page,
  RequestContext,
  toEntities,
  Transaction,
  updateReturning,
} from '@app/platform';
import { AgencyMergeRegistry, moveAgencyRows } from '@app/organization';
import { declaredDeadlineRules } from './deadline-transitions';
import {
  DEADLINE_SORT_COLUMNS,
  DEADLINES_COUNT,
  deadlineParameters,
  deadlinesPage,
  totalFromPage,
} from './deadlines.sql';
import { Deadline, DEADLINE_LIFECYCLE, DeadlineKind } from './deadline.entity';
import { ListDeadlinesQuery } from './dto/list-deadlines.query';
import { reminderJobId } from './reminders/cadence';
import { ReminderPlanner } from './reminders/reminder-planner';

export interface DeadlineSpec {
  agencyId: string;
  kind: DeadlineKind;
  subjectType: string;
  subjectId: string;
  title: string;
  dueAt: Date;
  responsibleUserIds?: string[];
  responsibleRole?: string | null;
}

/**
 * The registry of every dated obligation. Domain transitions register, meet and cancel
 * deadlines inside their own transaction, so a rolled-back change leaves no deadline behind.
 */
@Injectable()
export class DeadlinesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly mergeRegistry: AgencyMergeRegistry,
    private readonly planner: ReminderPlanner,
    private readonly hooks: LifecycleHooks,
  ) {}

  onModuleInit(): void {
    this.mergeRegistry.register('deadlines', (manager, _fromId, _intoId, transfer) =>
      // a deadline follows its subject where a dissolution sends it elsewhere
      moveAgencyRows(manager, transfer, ['deadlines', 'notifications'], ['deadlines']),
    );
    for (const { lifecycle, rule } of declaredDeadlineRules()) {
      // the moved row is the deadline's subject: its type is the lifecycle's subject type
      this.hooks.add(
        lifecycle.name,
        { to: rule.to, phase: 'end' },
        async (tx, { subject }) => {
          await this.meet(tx, lifecycle.name, subject.id, rule.kind);
          if (!rule.obligation) return;
          const { of, year } = rule.obligation(subject, this.clock.today());
          await this.meetYearlyObligation(tx, rule.kind, of, year);
        },
        `meetsDeadline(${lifecycle.name}, ${rule.kind})`,
      );
    }
  }

  async register(tx: Transaction, spec: DeadlineSpec): Promise<Deadline> {
    // the reminder planner measures the time to act from here: the clock's now, not the database's
    const createdAt = this.clock.now();
    const first = await this.planner.firstStep(tx.manager, {
      agencyId: spec.agencyId,
      dueAt: spec.dueAt,
      createdAt,
    });
    const deadline = tx.manager.create(Deadline, {
      ...spec,
      responsibleUserIds: spec.responsibleUserIds ?? [],
      responsibleRole: spec.responsibleRole ?? null,
      status: 'OPEN',
      closedAt: null,
      createdAt,
      nextReminderAt: first.at,
      nextReminderStep: first.step,
    });
    await tx.manager.insert(Deadline, deadline);
    tx.emit('deadline.registered', { deadlineId: deadline.id });
    return deadline;
  }

  /** Moves the due date of the subject's open deadline(s); reminders start over for the new date. */
  async reschedule(
    tx: Transaction,
    subjectType: string,
    subjectId: string,
    kind: DeadlineKind,
    dueAt: Date,
  ): Promise<string[]> {
    const rows = await updateReturning<{ id: string; old_due_at: Date; old_step: number | null }>(
      tx.manager,
      `UPDATE deadlines d SET due_at = $4, updated_at = now()
         FROM (SELECT id, due_at, next_reminder_step FROM deadlines
                WHERE subject_type = $1 AND subject_id = $2 AND kind = $3 AND state = 'OPEN' AND due_at <> $4
                FOR UPDATE) old
        WHERE d.id = old.id
        RETURNING d.id, old.due_at AS old_due_at, old.next_reminder_step AS old_step`,
      [subjectType, subjectId, kind, dueAt],
    );
    const ids = rows.map((r) => r.id);
    await this.planner.replan(tx.manager, { ids });
    for (const r of rows) {
      // the job planned for the old date would find the date changed and do nothing; drop it anyway
      const replacedJobId = r.old_step === null ? null : reminderJobId(r.id, r.old_due_at, r.old_step);
      tx.emit('deadline.rescheduled', { deadlineId: r.id, replacedJobId });
    }
    return ids;
  }

  /** Marks the subject's open deadlines (of a kind) as met. */
  meet(tx: Transaction, subjectType: string, subjectId: string, kind?: DeadlineKind): Promise<string[]> {
    return this.close(tx, 'MET', subjectType, subjectId, kind);
  }

  cancel(tx: Transaction, subjectType: string, subjectId: string, kind?: DeadlineKind): Promise<string[]> {
    return this.close(tx, 'CANCELLED', subjectType, subjectId, kind);
  }

  /**
   * Takes a person off the subject's open deadline(s) of a kind (a reader who has acknowledged):
   * they are no longer reminded, the others still are.
   */
  async release(
    tx: Transaction,
    subjectType: string,
    subjectId: string,
    kind: DeadlineKind,
    userId: string,
  ): Promise<void> {
    await tx.manager.query(
      `UPDATE deadlines SET responsible_user_ids = array_remove(responsible_user_ids, $4), updated_at = now()
        WHERE subject_type = $1 AND subject_id = $2 AND kind = $3 AND state = 'OPEN' AND $4 = ANY(responsible_user_ids)`,
      [subjectType, subjectId, kind, userId],
    );
  }

  /** Meets one year's periodic obligation of a subject (e.g. the QMS's internal audit of 2026), no other year's. */
  meetYearlyObligation(
    tx: Transaction,
    kind: DeadlineKind,
    subjectId: string,
    year: number,
  ): Promise<string[]> {
    return this.closeWhere(tx, 'MET', { obligationKey: `${kind}:${subjectId}:${year}` });
  }

  private close(
    tx: Transaction,
    state: 'MET' | 'CANCELLED',
    subjectType: string,
    subjectId: string,
    kind?: DeadlineKind,
  ): Promise<string[]> {
    return this.closeWhere(tx, state, { subjectType, subjectId, ...(kind ? { kind } : {}) });
  }

  /** Closes the open deadlines that match, each through its lifecycle (its event included). */
  private async closeWhere(
    tx: Transaction,
    state: 'MET' | 'CANCELLED',
    match: FindOptionsWhere<Deadline>,
  ): Promise<string[]> {
    const open = await tx.manager.find(Deadline, {
      where: { ...match, status: 'OPEN' },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    // no reminder is planned for a closed deadline
    const set = { closedAt: this.clock.now(), nextReminderAt: null, nextReminderStep: null };
    for (const deadline of open) await DEADLINE_LIFECYCLE.transition(tx, deadline, state, { set });
    return open.map((d) => d.id);
  }

  async list(ctx: RequestContext, query: ListDeadlinesQuery): Promise<Page<Deadline>> {
    const { column, direction } = query.orderBy(DEADLINE_SORT_COLUMNS, 'dueAt');
    const parameters = deadlineParameters({
      readable: ctx.readableAgencyIds(),
      agencyId: query.agencyId,
      kind: query.kind,
      status: query.status,
      overdueAt: query.overdue ? this.clock.now() : undefined,
      responsibleUserId: query.responsibleUserId,
    });
    const manager = this.dataSource.manager;
    const rows = await manager.query<Record<string, unknown>[]>(deadlinesPage(column, direction), [
      ...parameters,
      query.pageSize,
      query.offset,
    ]);
    const total =
      totalFromPage(query.offset, query.pageSize, rows.length) ??
      (await manager.query<{ total: number }[]>(DEADLINES_COUNT, parameters))[0].total;
    return query.result(toEntities(manager, Deadline, rows), total);
  }
}
