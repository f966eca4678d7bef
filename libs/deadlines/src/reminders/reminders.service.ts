import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { userEmails } from '@app/identity';
import { AppConfig, Clock, RequestContext, UnitOfWork } from '@app/platform';
import { nextReminderStep, policyFromRow, reminderStep, ReminderStep } from './cadence';
import { ReminderRecipients } from './recipients';
import { reminderText } from './reminder-texts';

export interface PlannedStep {
  deadlineId: string;
  dueAt: Date;
  step: ReminderStep;
}

export interface FiredReminders {
  /** Deadlines whose step this batch recorded. */
  fired: string[];
  /** E-mails to send now (their delivery ids). */
  deliveryIds: string[];
  /** The steps planned next, to enqueue if they fall within the look-ahead. */
  next: PlannedStep[];
}

export interface FiredReminder {
  /** E-mails to send now (their delivery ids). */
  deliveryIds: string[];
  /** The step planned next, to enqueue if it falls within the look-ahead. */
  next: PlannedStep | null;
}

interface LockedDeadline {
  id: string;
  agency_id: string;
  title: string;
  due_at: Date;
  responsible_user_ids: string[];
  responsible_role: string | null;
  next_reminder_step: number;
  next_reminder_at: Date;
  /** The agency's reminder policy (all null: the default cadence). */
  days_before: number | null;
  remind_on_due: boolean;
  overdue_every_days: number;
}

const LOCKED_COLUMNS = `d.id, d.agency_id, d.title, d.due_at, d.responsible_user_ids, d.responsible_role,
                      d.next_reminder_step, d.next_reminder_at, p.days_before, p.remind_on_due, p.overdue_every_days`;
/** What makes a deadline's step due, checked again on the locked row (a queue entry may be a moment stale). */
const DUE = `d.state = 'OPEN' AND d.next_reminder_step IS NOT NULL AND d.next_reminder_at <= $1`;

/**
 * Fires due reminder steps: records each in its deadline's history, notifies each recipient in
 * the app, queues their e-mails and plans the next step, for a whole batch of deadlines in one
 * transaction under their row locks. Rows locked by another worker's batch are skipped (that
 * batch fires them), and the step's unique key in the history makes a second run of the same
 * step insert nothing, so each recipient hears of each step once.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly recipients: ReminderRecipients,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * Fires every step due by now, a batch (REMINDER_BATCH_SIZE) per transaction, in
   * REMINDER_BATCH_CONCURRENCY claim loops at once (SKIP LOCKED gives each loop rows no other
   * holds), calling `afterBatch` once each batch is committed. Each loop pages forward through the
   * due steps, so it ends even when some cannot fire. Returns how many steps fired.
   */
  async fireDue(afterBatch: (batch: FiredReminders) => Promise<void>): Promise<number> {
    const until = this.clock.now();
    const loops = Array.from({ length: this.config.REMINDER_BATCH_CONCURRENCY }, () =>
      this.claimLoop(until, afterBatch),
    );
    return (await Promise.all(loops)).reduce((sum, n) => sum + n, 0);
  }

  private async claimLoop(
    until: Date,
    afterBatch: (batch: FiredReminders) => Promise<void>,
  ): Promise<number> {
    let after: [Date | string, string] = ['-infinity', '00000000-0000-0000-0000-000000000000'];
    let fired = 0;
    for (;;) {
      const batch = await this.uow.run(RequestContext.system('reminder'), async ({ manager }) => {
        // due steps in the order of reminder_queue's narrow index (migration 1795170000000)
        const rows = await manager.query<(LockedDeadline & { queued_at: Date })[]>(
          `SELECT ${LOCKED_COLUMNS}, q.next_at AS queued_at
             FROM reminder_queue q JOIN deadlines d ON d.id = q.deadline_id
             LEFT JOIN reminder_policies p ON p.agency_id = d.agency_id
            WHERE q.next_at <= $1 AND (q.next_at, q.deadline_id) > ($2::timestamptz, $3::uuid) AND ${DUE}
            ORDER BY q.next_at, q.deadline_id LIMIT $4 FOR UPDATE OF d SKIP LOCKED`,
          [until, ...after, this.config.REMINDER_BATCH_SIZE],
        );
        if (rows.length === 0) return null;
        const last = rows[rows.length - 1];
        after = [last.queued_at, last.id];
        return this.fireLocked(manager, rows);
      });
      if (batch === null) return fired;
      fired += batch.fired.length;
      await afterBatch(batch);
    }
  }

  /** Fires one deadline's step (a job planned for it alone): nothing if it is not that step's time. */
  async fire(deadlineId: string, dueAt: number, step: number): Promise<FiredReminder> {
    const batch = await this.uow.run(RequestContext.system('reminder'), async ({ manager }) => {
      // met, cancelled, moved to another date, this step already fired, or promoted early (clock
      // skew between machines: the sweep enqueues it again when it is due): a stale job
      const rows = await manager.query<LockedDeadline[]>(
        `SELECT ${LOCKED_COLUMNS} FROM deadlines d LEFT JOIN reminder_policies p ON p.agency_id = d.agency_id
          WHERE ${DUE} AND d.id = $2 AND d.due_at = $3 AND d.next_reminder_step = $4 FOR UPDATE OF d`,
        [this.clock.now(), deadlineId, new Date(dueAt), step],
      );
      return this.fireLocked(manager, rows);
    });
    return { deliveryIds: batch.deliveryIds, next: batch.next[0] ?? null };
  }

  private async fireLocked(manager: EntityManager, deadlines: LockedDeadline[]): Promise<FiredReminders> {
    if (deadlines.length === 0) return { fired: [], deliveryIds: [], next: [] };
    const now = this.clock.now();
    const steps = deadlines.map((deadline) => {
      const policy = policyFromRow(deadline);
      const step = deadline.next_reminder_step;
      // at the instant the planner chose (a first reminder may come later than `daysBefore` ahead)
      const current = { ...reminderStep(policy, deadline.due_at, step), at: deadline.next_reminder_at };
      return {
        deadline,
        current,
        text: reminderText(deadline.title, deadline.due_at, current, now),
        next: nextReminderStep(policy, deadline.due_at, step, now),
      };
    });
    const recipients = await this.recipients.resolveMany(
      manager,
      deadlines.map((d, i) => ({
        agencyId: d.agency_id,
        responsibleUserIds: d.responsible_user_ids,
        responsibleRole: d.responsible_role,
        level: steps[i].current.level,
      })),
    );
    const emails = await userEmails(manager, recipients.flat());
    const iso = (date: Date) => date.toISOString();
    // One statement for the whole batch: each step in its deadline's history (unique, so a step
    // already recorded inserts nothing and everything after it follows suit), one notification
    // per recipient, their e-mails (kept as SKIPPED without an SMTP server, so nothing waits on
    // them forever) and each fired deadline's next step planned.
    const [outcome] = await manager.query<{ fired: string[]; pending: string[] }[]>(
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::int[], $5::text[], $6::int[],
                              $7::timestamptz[], $8::text[], $9::text[], $10::text[], $11::timestamptz[], $12::int[])
           AS i(deadline_id, agency_id, due_at, step, kind, level, scheduled_at, recipients, subject, body,
                next_at, next_step)),
       reminder AS (
         INSERT INTO deadline_reminders (deadline_id, due_at, step, kind, level, scheduled_at, recipient_user_ids)
         SELECT deadline_id, due_at, step, kind, level, scheduled_at, recipients::uuid[] FROM input
         ON CONFLICT (deadline_id, due_at, step) DO NOTHING RETURNING id, deadline_id),
       notified AS (
         INSERT INTO notifications (user_id, agency_id, deadline_id, reminder_id, kind, title, body)
         SELECT u, i.agency_id, i.deadline_id, r.id, 'REMINDER_' || i.kind, i.subject, i.body
           FROM reminder r JOIN input i ON i.deadline_id = r.deadline_id, unnest(i.recipients::uuid[]) AS u
         ON CONFLICT (reminder_id, user_id) DO NOTHING RETURNING id, user_id, deadline_id),
       mailed AS (
         INSERT INTO email_deliveries (notification_id, to_address, subject, body, message_id, status)
         SELECT n.id, e.email, i.subject, i.body, '<' || n.id || '@iso-dien-tu>', $15
           FROM notified n JOIN input i ON i.deadline_id = n.deadline_id
           JOIN unnest($13::uuid[], $14::text[]) AS e(user_id, email) ON e.user_id = n.user_id
         RETURNING id, status),
       planned AS (
         UPDATE deadlines d SET next_reminder_at = i.next_at, next_reminder_step = i.next_step
           FROM input i WHERE d.id = i.deadline_id AND i.deadline_id IN (SELECT deadline_id FROM reminder)
         RETURNING d.id)
       SELECT coalesce((SELECT array_agg(id) FROM planned), '{}') AS fired,
              coalesce((SELECT array_agg(id) FROM mailed WHERE status = 'PENDING'), '{}') AS pending`,
      [
        deadlines.map((d) => d.id),
        deadlines.map((d) => d.agency_id),
        deadlines.map((d) => iso(d.due_at)),
        steps.map((s) => s.current.step),
        steps.map((s) => s.current.kind),
        steps.map((s) => s.current.level),
        steps.map((s) => iso(s.current.at)),
        recipients.map((ids) => `{${ids.join(',')}}`),
        steps.map((s) => s.text.subject),
        steps.map((s) => s.text.body),
        steps.map((s) => iso(s.next.at)),
        steps.map((s) => s.next.step),
        [...emails.keys()],
        [...emails.values()],
        this.config.SMTP_URL ? 'PENDING' : 'SKIPPED',
      ],
    );
    const fired = new Set(outcome.fired);
    return {
      fired: outcome.fired,
      deliveryIds: outcome.pending,
      next: steps
        .filter((s) => fired.has(s.deadline.id))
        .map((s) => ({ deadlineId: s.deadline.id, dueAt: s.deadline.due_at, step: s.next })),
    };
  }
}
