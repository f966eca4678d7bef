import { Injectable } from '@nestjs/common';
import { AppConfig, Clock, RequestContext, UnitOfWork } from '@app/platform';
import { DEFAULT_REMINDER_POLICY, nextReminderStep, reminderStep, ReminderStep } from './cadence';
import { ReminderPlanner } from './reminder-planner';
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
    private readonly planner: ReminderPlanner,
    private readonly recipients: ReminderRecipients,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  fire(deadlineId: string, dueAt: number, step: number): Promise<FiredReminder> {
    return this.uow.run(RequestContext.system('reminder'), async ({ manager }) => {
      const [deadline] = await manager.query<LockedDeadline[]>(
        `SELECT id, agency_id, title, kind, state, due_at, responsible_user_ids, responsible_role, next_reminder_step
           FROM deadlines WHERE id = $1 FOR UPDATE`,
        [deadlineId],
      );
      const none: FiredReminder = { deliveryIds: [], next: null };
      // met, cancelled, moved to another date, or this step already fired: a stale job
      if (!deadline || deadline.state !== 'OPEN') return none;
      if (deadline.due_at.getTime() !== dueAt || deadline.next_reminder_step !== step) return none;
      const policy =
        (await this.planner.policies(manager, [deadline.agency_id])).get(deadline.agency_id) ??
        DEFAULT_REMINDER_POLICY;
      const current = reminderStep(policy, deadline.due_at, step);
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
      const [reminder] = await manager.query<{ id: string }[]>(
        `INSERT INTO deadline_reminders (deadline_id, due_at, step, kind, level, scheduled_at, recipient_user_ids)
         VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[])
         ON CONFLICT (deadline_id, due_at, step) DO NOTHING RETURNING id`,
        [deadline.id, deadline.due_at, step, current.kind, current.level, current.at, recipients],
      );
      if (!reminder) return none;

      const text = reminderText(deadline.title, deadline.due_at, current);
      const notifications = await manager.query<{ id: string; user_id: string }[]>(
        `INSERT INTO notifications (user_id, agency_id, deadline_id, reminder_id, kind, title, body)
         SELECT u, $2, $3, $4, $5, $6, $7 FROM unnest($1::uuid[]) AS u
         ON CONFLICT (reminder_id, user_id) DO NOTHING RETURNING id, user_id`,
        [
          recipients,
          deadline.agency_id,
          deadline.id,
          reminder.id,
          `REMINDER_${current.kind}`,
          text.subject,
          text.body,
        ],
      );
      // without an SMTP server the e-mail is kept as SKIPPED, so nothing waits on it forever
      const deliveries = await manager.query<{ id: string; status: string }[]>(
        `INSERT INTO email_deliveries (notification_id, to_address, subject, body, message_id, status)
         SELECT n.id, u.email, $2, $3, '<' || n.id || '@iso-dien-tu>', $4
           FROM unnest($1::uuid[]) AS n(id) JOIN notifications nn ON nn.id = n.id JOIN users u ON u.id = nn.user_id
          WHERE u.email IS NOT NULL AND u.email <> ''
         RETURNING id, status`,
        [
          notifications.map((n) => n.id),
          text.subject,
          text.body,
          this.config.SMTP_URL ? 'PENDING' : 'SKIPPED',
        ],
      );

      const next = nextReminderStep(policy, deadline.due_at, step, now);
      await manager.query(
        'UPDATE deadlines SET next_reminder_at = $2, next_reminder_step = $3 WHERE id = $1',
        [deadline.id, next.at, next.step],
      );
      return {
        deliveryIds: deliveries.filter((d) => d.status === 'PENDING').map((d) => d.id),
        next: { deadlineId: deadline.id, dueAt: deadline.due_at, step: next },
      };
    });
  }
}
