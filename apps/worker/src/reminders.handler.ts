import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { AppConfig, EventSubscribers, JobHandlers, JobName } from '@app/platform';
import { EmailSender, PeriodicObligations, ReminderScheduler, RemindersService } from '@app/deadlines';

const OBLIGATIONS_INTERVAL_MS = 6 * 3600_000;

/**
 * Deadlines → reminders. A committed deadline reaches the scheduler through the outbox; each
 * step runs as a job whose id is derived from the deadline, so two workers or a retry collapse
 * into one run; e-mails are separate jobs so a slow mail server never holds a reminder back.
 */
@Injectable()
export class RemindersHandler implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly handlers: JobHandlers,
    private readonly events: EventSubscribers,
    private readonly scheduler: ReminderScheduler,
    private readonly reminders: RemindersService,
    private readonly email: EmailSender,
    private readonly obligations: PeriodicObligations,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const enqueue = async (payload: Record<string, unknown>) =>
      this.scheduler.enqueueDeadline(String(payload.deadlineId));
    this.events.on('deadline.registered', enqueue);
    this.events.on('deadline.rescheduled', async (payload) => {
      if (typeof payload.replacedJobId === 'string') await this.scheduler.discard(payload.replacedJobId);
      await enqueue(payload);
    });

    this.handlers.register(JobName.SendReminder, async ({ deadlineId, dueAt, step }) => {
      const fired = await this.reminders.fire(deadlineId, dueAt, step);
      await this.scheduler.enqueueEmails(fired.deliveryIds);
      if (fired.next) await this.scheduler.enqueueIfNear(fired.next);
    });
    this.handlers.register(JobName.SendEmail, async ({ deliveryId }) => {
      await this.email.send(deliveryId);
    });
    this.handlers.register(JobName.SweepReminders, async () => {
      await this.scheduler.sweep({ skipIfRunning: true });
    });
    this.handlers.register(JobName.EnsureObligations, async () => {
      await this.obligations.ensure();
    });
    this.handlers.every(JobName.SweepReminders, this.config.REMINDER_SWEEP_INTERVAL_MS);
    this.handlers.every(JobName.EnsureObligations, OBLIGATIONS_INTERVAL_MS);
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
