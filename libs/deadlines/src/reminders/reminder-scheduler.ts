import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, Clock, JobName, jobPresence, JobQueue, QueueName } from '@app/platform';
import { dueRemindersJobId } from './cadence';
import { PlannedStep } from './reminders.service';

/** Reminder steps are fired by one job per slot of this length: every step due in it, in batches. */
export const REMINDER_SLOT_MS = 1000;
/** Arbitrary but fixed: every worker's sweep takes the same advisory lock. */
export const SWEEP_LOCK_KEY = 7_271_009_003;

export interface SweepResult {
  reminders: number;
  emails: number;
  /** True when another sweep was running and this one stood aside. */
  skipped?: boolean;
}

/**
 * The slot whose job fires a step due at `at`: the end of the slot it falls in (its job runs as
 * the slot ends), or, if already due, the start of the current one (its job runs at once). The
 * same formula as the sweep's query.
 */
export function reminderSlot(at: Date, now: Date): number {
  if (at.getTime() <= now.getTime()) return Math.floor(now.getTime() / REMINDER_SLOT_MS) * REMINDER_SLOT_MS;
  return Math.ceil(at.getTime() / REMINDER_SLOT_MS) * REMINDER_SLOT_MS;
}

/**
 * Turns the registry into BullMQ jobs. The sweep is the reconciler: run at worker start and by
 * a job scheduler, it (re)adds a delayed job for every slot (REMINDER_SLOT_MS) in which an open
 * deadline's next step falls within the look-ahead, and a job for every e-mail still waiting.
 * A slot's job fires every step due by its instant, many deadlines per transaction
 * (RemindersService.fireDue); its id is derived from the slot, so adding what is already queued
 * changes nothing, and wiping Redis loses nothing that the next sweep does not rebuild.
 */
@Injectable()
export class ReminderScheduler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * One sweep at a time across every worker (a PostgreSQL advisory lock, released if its holder
   * dies): sweeps that overlap only repeat each other's work. The scheduled sweep skips when
   * another is running; a caller that needs a sweep done (start-up, tests) waits for its turn.
   */
  async sweep(options: { skipIfRunning?: boolean } = {}): Promise<SweepResult> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      let locked = true;
      if (options.skipIfRunning) {
        const rows = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [SWEEP_LOCK_KEY])) as {
          locked: boolean;
        }[];
        locked = rows[0].locked;
      } else {
        await runner.query('SELECT pg_advisory_lock($1)', [SWEEP_LOCK_KEY]);
      }
      if (!locked) return { reminders: 0, emails: 0, skipped: true };
      try {
        return await this.sweepLocked(runner.manager);
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [SWEEP_LOCK_KEY]);
      }
    } finally {
      await runner.release();
    }
  }

  private async sweepLocked(manager: EntityManager): Promise<SweepResult> {
    const now = this.clock.now();
    const horizon = new Date(now.getTime() + this.config.REMINDER_LOOKAHEAD_MS);
    // the slots of every step within the look-ahead (reminderSlot), over reminder_queue's index
    const slots = await manager.query<{ slot: string; n: number }[]>(
      `SELECT CASE WHEN next_at <= $2 THEN $4::bigint
                   ELSE (ceil(extract(epoch FROM next_at) * 1000 / $3) * $3)::bigint END AS slot,
              count(*)::int AS n
         FROM reminder_queue
        WHERE next_at <= $1
        GROUP BY 1`,
      [horizon, now, REMINDER_SLOT_MS, reminderSlot(now, now)],
    );
    await this.enqueueSlots(
      slots.map((s) => Number(s.slot)),
      now,
    );
    const reminders = slots.reduce((sum, s) => sum + s.n, 0);
    const emails = await manager.query<{ id: string }[]>(
      `SELECT id FROM email_deliveries
        WHERE (status = 'PENDING' AND created_at < now() - interval '30 seconds')
           OR (status = 'SENDING' AND claimed_at < now() - make_interval(secs => $1))
        ORDER BY created_at LIMIT 10000`,
      [this.config.EMAIL_CLAIM_LEASE_SECONDS],
    );
    await this.enqueueEmails(emails.map((e) => e.id));
    return { reminders, emails: emails.length };
  }

  /**
   * Adds each slot's job (delayed until its instant). One already due but still delayed is
   * promoted; one that ran already (a step became due in it since, or a run did not take) is
   * added again; one queued or running is left.
   */
  async enqueueSlots(slots: number[], now = this.clock.now()): Promise<void> {
    const queue = this.jobs.queue(QueueName.Reminders);
    const jobs = [...new Set(slots)].map((slot) => ({
      name: JobName.FireDueReminders,
      data: { slot },
      opts: { jobId: dueRemindersJobId(slot), delay: Math.max(0, slot - now.getTime()) },
    }));
    const due = new Set(jobs.filter((j) => j.opts.delay === 0).map((j) => j.opts.jobId));
    const revive = await this.toRevive(
      queue,
      jobs.map((j) => j.opts.jobId),
      { promoteDelayed: (jobId) => due.has(jobId) },
    );
    const fresh = jobs.filter((j) => revive.has(j.opts.jobId));
    if (fresh.length > 0) await queue.addBulk(fresh);
  }

  async enqueueEmails(deliveryIds: string[]): Promise<void> {
    const queue = this.jobs.queue(QueueName.Email);
    const jobIds = deliveryIds.map((id) => `email-${id}`);
    // a delayed e-mail job is a retry waiting for its backoff: left alone
    const revive = await this.toRevive(queue, jobIds, { promoteDelayed: () => false });
    const fresh = deliveryIds
      .filter((id) => revive.has(`email-${id}`))
      .map((deliveryId) => ({
        name: JobName.SendEmail,
        data: { deliveryId },
        opts: { jobId: `email-${deliveryId}` },
      }));
    if (fresh.length > 0) await queue.addBulk(fresh);
  }

  /**
   * Of jobs the registry says must run, those to add again: missing ones, and finished ones
   * whose run did not take (removed first, so the id is free). Queued and running ones are left.
   */
  private async toRevive(
    queue: Queue,
    jobIds: string[],
    options: { promoteDelayed: (jobId: string) => boolean },
  ): Promise<Set<string>> {
    const presence = await jobPresence(queue, jobIds);
    const revive = new Set<string>();
    await Promise.all(
      jobIds.map(async (jobId, i) => {
        if (presence[i] === 'missing') revive.add(jobId);
        if (presence[i] === 'finished') {
          await queue.remove(jobId).catch(() => undefined);
          revive.add(jobId);
        }
        if (presence[i] === 'delayed' && options.promoteDelayed(jobId)) {
          const job: Job | undefined = await queue.getJob(jobId);
          await job?.promote().catch(() => undefined);
        }
      }),
    );
    return revive;
  }

  /**
   * Drops a step's own job (the one-job-per-step design before slots; one may still wait in
   * Redis) planned for a due date that has since moved, if it has not run yet.
   */
  async discard(jobId: string): Promise<void> {
    const queue = this.jobs.queue(QueueName.Reminders);
    const [presence] = await jobPresence(queue, [jobId]);
    // a pending job may be running: remove() refuses a locked job, and the run finds the date moved
    if (presence === 'delayed' || presence === 'pending') await queue.remove(jobId).catch(() => undefined);
  }

  /** After steps fired: the slots of their next steps within the look-ahead are enqueued now (later ones by a sweep). */
  async enqueueNear(next: PlannedStep[]): Promise<void> {
    const now = this.clock.now();
    const horizon = now.getTime() + this.config.REMINDER_LOOKAHEAD_MS;
    const near = next.filter((n) => n.step.at.getTime() <= horizon);
    if (near.length > 0)
      await this.enqueueSlots(
        near.map((n) => reminderSlot(n.step.at, now)),
        now,
      );
  }

  /** For a freshly registered or rescheduled deadline: enqueue the slot of its next step now if it is close. */
  async enqueueDeadline(deadlineId: string): Promise<void> {
    const now = this.clock.now();
    const [row] = await this.dataSource.query<{ next_reminder_at: Date }[]>(
      `SELECT next_reminder_at FROM deadlines WHERE id = $1 AND state = 'OPEN' AND next_reminder_at <= $2`,
      [deadlineId, new Date(now.getTime() + this.config.REMINDER_LOOKAHEAD_MS)],
    );
    if (row) await this.enqueueSlots([reminderSlot(row.next_reminder_at, now)], now);
  }
}
