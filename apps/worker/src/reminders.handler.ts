import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventMap, JobName, JobPayloads, OnEvent, OnJob } from '@app/platform';
import { EmailSender, PeriodicObligations, ReminderScheduler, RemindersService } from '@app/deadlines';

const OBLIGATIONS_INTERVAL_MS = 6 * 3600_000;

/**
 * Deadlines → reminders. A committed deadline reaches the scheduler through the outbox; the steps
 * due in one slot run as one job whose id is derived from the slot, firing them in batches (one
 * transaction each, rows claimed with SKIP LOCKED, so two workers split a burst and a retry or a
 * re-added job fires nothing twice); e-mails are separate jobs so a slow mail server never holds
 * a reminder back.
 */
@Injectable()
export class RemindersHandler implements OnApplicationBootstrap {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly scheduler: ReminderScheduler,
    private readonly reminders: RemindersService,
    private readonly email: EmailSender,
    private readonly obligations: PeriodicObligations,
  ) {}

  @OnEvent('deadline.registered')
  async planReminders({ deadlineId }: EventMap['deadline.registered']): Promise<void> {
    await this.scheduler.enqueueDeadline(deadlineId);
  }

  @OnEvent('deadline.rescheduled')
  async replanReminders({ deadlineId, replacedJobId }: EventMap['deadline.rescheduled']): Promise<void> {
    if (replacedJobId !== null) await this.scheduler.discard(replacedJobId);
    await this.scheduler.enqueueDeadline(deadlineId);
  }

  @OnJob(JobName.FireDueReminders)
  async fireDueReminders(): Promise<void> {
    await this.reminders.fireDue(async (batch) => {
      await this.scheduler.enqueueEmails(batch.deliveryIds);
      await this.scheduler.enqueueNear(batch.next);
    });
  }

  /** One step's own job (planned before slots, or added by hand). */
  @OnJob(JobName.SendReminder)
  async sendReminder({ deadlineId, dueAt, step }: JobPayloads[JobName.SendReminder]): Promise<void> {
    const fired = await this.reminders.fire(deadlineId, dueAt, step);
    await this.scheduler.enqueueEmails(fired.deliveryIds);
    if (fired.next) await this.scheduler.enqueueNear([fired.next]);
  }

  @OnJob(JobName.SendEmail)
  async sendEmail({ deliveryId }: JobPayloads[JobName.SendEmail]): Promise<void> {
    await this.email.send(deliveryId);
  }

  @OnJob(JobName.SweepReminders, { every: (config) => config.REMINDER_SWEEP_INTERVAL_MS })
  async sweep(): Promise<void> {
    await this.scheduler.sweep({ skipIfRunning: true });
  }

  @OnJob(JobName.EnsureObligations, { every: () => OBLIGATIONS_INTERVAL_MS })
  async ensureObligations(): Promise<void> {
    await this.obligations.ensure();
  }

  /** The reconciler also runs once at start: whatever Redis lost while no worker ran is back at once. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const created = await this.obligations.ensure();
      const swept = await this.scheduler.sweep();
      this.logger.log({ created, ...swept }, 'reconciled reminders at start');
    } catch (error) {
      // the scheduled sweep retries; a worker must not refuse to start because one pass failed
      this.logger.error({ err: error }, 'reminder reconciliation at start failed');
    }
  }
}
