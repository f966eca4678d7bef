import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig, Clock } from '@app/platform';
import { DEFAULT_REMINDER_POLICY, nextReminderStep, policyFromRow, ReminderPolicyValues } from './cadence';

interface OpenDeadlineRow {
  id: string;
  agency_id: string;
  due_at: Date;
  created_at: Date;
  last_step: number | null;
}

/**
 * Writes each open deadline's next reminder step into the registry, the single source the sweep
 * enqueues from. Called in the transaction that creates a deadline, moves its due date or
 * changes its agency's cadence.
 */
@Injectable()
export class ReminderPlanner {
  constructor(
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async policies(manager: EntityManager, agencyIds: string[]): Promise<Map<string, ReminderPolicyValues>> {
    const rows = await manager.query<
      { agency_id: string; days_before: number; remind_on_due: boolean; overdue_every_days: number }[]
    >(
      'SELECT agency_id, days_before, remind_on_due, overdue_every_days FROM reminder_policies WHERE agency_id = ANY($1::uuid[])',
      [agencyIds],
    );
    return new Map(rows.map((r) => [r.agency_id, policyFromRow(r)]));
  }

  /**
   * The first reminder step of a deadline about to be inserted: what replan() would write, from
   * the row in hand (nothing reminded yet), so a new deadline is inserted planned.
   */
  async firstStep(
    manager: EntityManager,
    deadline: { agencyId: string; dueAt: Date; createdAt: Date },
  ): Promise<{ at: Date; step: number }> {
    const policy = (await this.policies(manager, [deadline.agencyId])).get(deadline.agencyId);
    return this.next(policy, deadline.dueAt, null, deadline.createdAt);
  }

  /** Replans the given open deadlines (by id, or every open one of an agency). */
  async replan(manager: EntityManager, scope: { ids: string[] } | { agencyId: string }): Promise<void> {
    const where = 'ids' in scope ? 'd.id = ANY($1::uuid[])' : 'd.agency_id = $1';
    const rows = await manager.query<OpenDeadlineRow[]>(
      `SELECT d.id, d.agency_id, d.due_at, d.created_at,
              (SELECT max(r.step) FROM deadline_reminders r WHERE r.deadline_id = d.id AND r.due_at = d.due_at) AS last_step
         FROM deadlines d WHERE ${where} AND d.state = 'OPEN'`,
      ['ids' in scope ? scope.ids : scope.agencyId],
    );
    if (rows.length === 0) return;
    const policies = await this.policies(manager, [...new Set(rows.map((r) => r.agency_id))]);
    const planned = rows.map((r) => {
      const next = this.next(policies.get(r.agency_id), r.due_at, r.last_step, r.created_at);
      return { id: r.id, at: next.at.toISOString(), step: next.step };
    });
    await manager.query(
      `UPDATE deadlines d SET next_reminder_at = p.at, next_reminder_step = p.step
         FROM unnest($1::uuid[], $2::timestamptz[], $3::int[]) AS p(id, at, step) WHERE d.id = p.id`,
      [planned.map((p) => p.id), planned.map((p) => p.at), planned.map((p) => p.step)],
    );
  }

  private next(
    policy: ReminderPolicyValues | undefined,
    dueAt: Date,
    lastStep: number | null,
    openedAt: Date,
  ) {
    return nextReminderStep(policy ?? DEFAULT_REMINDER_POLICY, dueAt, lastStep, this.clock.now(), {
      // the first reminder leaves the assignee time to act (see ReminderWindow)
      openedAt,
      maxLeadShare: this.config.REMINDER_MAX_LEAD_PERCENT / 100,
    });
  }
}
