import { Injectable } from '@nestjs/common';
import { userEmails } from '@app/identity';
import { AppConfig, Clock, RequestContext, UnitOfWork } from '@app/platform';
import { nextReminderStep, policyFromRow, reminderStep, ReminderStep } from './cadence';
import { ReminderRecipients } from './recipients';
import { reminderText } from './reminder-texts';

export interface FiredReminder {
  /** E-mails to send now (their delivery ids). */
  deliveryIds: string[];
  /** The step planned next, to enqueue if it falls within the look-ahead. */
  next: { deadlineId: string; dueAt: Date; step: ReminderStep } | null;
}

interface LockedDeadline {
  id: string;
  agency_id: string;
  title: string;
  kind: string;
  state: string;
  due_at: Date;
  responsible_user_ids: string[];
  responsible_role: string | null;
  next_reminder_step: number | null;
  next_reminder_at: Date;
  /** The agency's reminder policy (all null: the default cadence). */
  days_before: number | null;
  remind_on_due: boolean;
  overdue_every_days: number;
}

/**
 * Fires one reminder step: records it in the deadline's history, notifies each recipient in the
 * app, queues their e-mails and plans the next step, all in one transaction under a row lock.
 * A second run of the same step (two workers, a retried or re-added job) finds the step already
 * taken and does nothing, so each recipient hears of each step once.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly recipients: ReminderRecipients,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  fire(deadlineId: string, dueAt: number, step: number): Promise<FiredReminder> {
    return this.uow.run(RequestContext.system('reminder'), async ({ manager }) => {
      const [deadline] = await manager.query<LockedDeadline[]>(
        `SELECT d.id, d.agency_id, d.title, d.kind, d.state, d.due_at, d.responsible_user_ids, d.responsible_role,
                d.next_reminder_step, d.next_reminder_at, p.days_before, p.remind_on_due, p.overdue_every_days
           FROM deadlines d LEFT JOIN reminder_policies p ON p.agency_id = d.agency_id
          WHERE d.id = $1 FOR UPDATE OF d`,
        [deadlineId],
      );
      const none: FiredReminder = { deliveryIds: [], next: null };
      // met, cancelled, moved to another date, or this step already fired: a stale job
      if (!deadline || deadline.state !== 'OPEN') return none;
      if (deadline.due_at.getTime() !== dueAt || deadline.next_reminder_step !== step) return none;
      const policy = policyFromRow(deadline);
      // at the instant the planner chose (a first reminder may come later than `daysBefore` ahead)
      const current = { ...reminderStep(policy, deadline.due_at, step), at: deadline.next_reminder_at };
      const now = this.clock.now();
      // promoted early (clock skew between machines): the sweep enqueues it again when it is due
      if (current.at > now) return none;

      const recipients = await this.recipients.resolve(
        manager,
        {
          agencyId: deadline.agency_id,
          responsibleUserIds: deadline.responsible_user_ids,
          responsibleRole: deadline.responsible_role,
        },
        current.level,
      );
      const emails = await userEmails(manager, recipients);
      const text = reminderText(deadline.title, deadline.due_at, current, now);
      const next = nextReminderStep(policy, deadline.due_at, step, now);
      // One statement, as this runs for every reminder of the country: the step in the
      // deadline's history (unique, so a second run inserts nothing and everything after it
      // follows suit), one notification per recipient, their e-mails (kept as SKIPPED without
      // an SMTP server, so nothing waits on them forever) and the next step planned.
      const [outcome] = await manager.query<{ fired: boolean; pending: string[] }[]>(
        `WITH reminder AS (
           INSERT INTO deadline_reminders (deadline_id, due_at, step, kind, level, scheduled_at, recipient_user_ids)
           VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[])
           ON CONFLICT (deadline_id, due_at, step) DO NOTHING RETURNING id),
         notified AS (
           INSERT INTO notifications (user_id, agency_id, deadline_id, reminder_id, kind, title, body)
           SELECT u, $8, $1, reminder.id, $9, $10, $11 FROM reminder, unnest($7::uuid[]) AS u
           ON CONFLICT (reminder_id, user_id) DO NOTHING RETURNING id, user_id),
         mailed AS (
           INSERT INTO email_deliveries (notification_id, to_address, subject, body, message_id, status)
           SELECT n.id, e.email, $10, $11, '<' || n.id || '@iso-dien-tu>', $12
             FROM notified n JOIN unnest($15::uuid[], $16::text[]) AS e(user_id, email) ON e.user_id = n.user_id
           RETURNING id, status),
         planned AS (
           UPDATE deadlines SET next_reminder_at = $13, next_reminder_step = $14
            WHERE id = $1 AND EXISTS (SELECT 1 FROM reminder) RETURNING id)
         SELECT EXISTS (SELECT 1 FROM planned) AS fired,
                coalesce((SELECT array_agg(id) FROM mailed WHERE status = 'PENDING'), '{}') AS pending`,
        [
          deadline.id,
          deadline.due_at,
          step,
          current.kind,
          current.level,
          current.at,
          recipients,
          deadline.agency_id,
          `REMINDER_${current.kind}`,
          text.subject,
          text.body,
          this.config.SMTP_URL ? 'PENDING' : 'SKIPPED',
          next.at,
          next.step,
          [...emails.keys()],
          [...emails.values()],
        ],
      );
      if (!outcome.fired) return none;
      return {
        deliveryIds: outcome.pending,
        next: { deadlineId: deadline.id, dueAt: deadline.due_at, step: next },
      };
    });
  }
}
