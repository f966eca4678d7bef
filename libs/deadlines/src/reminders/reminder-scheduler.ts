import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, Clock, JobName, jobPresence, JobQueue, QueueName } from '@app/platform';
import { reminderJobId } from './cadence';

const BATCH = 1000;
/** Arbitrary but fixed: every worker's sweep takes the same advisory lock. */
export const SWEEP_LOCK_KEY = 7_271_009_003;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export interface SweepResult {
  reminders: number;
  emails: number;
  /** True when another sweep was running and this one stood aside. */
  skipped?: boolean;
}

interface PlannedReminder {
  deadlineId: string;
  dueAt: Date;
  step: number;
  at: Date;
}

/**
 * Turns the registry into BullMQ jobs. The sweep is the reconciler: run at worker start and by
 * a job scheduler, it (re)adds a delayed job for every open deadline whose next step falls
 * within the look-ahead, and for every e-mail still waiting. Job ids are derived from the
 * deadline, its due date and the step, so adding what is already queued changes nothing, and
 * wiping Redis loses nothing that the next sweep does not rebuild.
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
    let reminders = 0;
    // keyset pages over the index on (next_reminder_at, id)
    let after: { at: Date | string; id: string } = { at: '-infinity', id: NIL_UUID };
    for (;;) {
      const rows: { id: string; due_at: Date; next_reminder_step: number; next_reminder_at: Date }[] =
        await manager.query(
          `SELECT id, due_at, next_reminder_step, next_reminder_at FROM deadlines
            WHERE state = 'OPEN' AND next_reminder_at IS NOT NULL AND next_reminder_at <= $1
              AND (next_reminder_at, id) > ($2::timestamptz, $3::uuid)
            ORDER BY next_reminder_at, id LIMIT ${BATCH}`,
          [horizon, after.at, after.id],
        );
      await this.enqueue(
        rows.map((r) => ({
          deadlineId: r.id,
          dueAt: r.due_at,
          step: r.next_reminder_step,
          at: r.next_reminder_at,
        })),
        now,
      );
      reminders += rows.length;
      if (rows.length < BATCH) break;
      const last = rows[rows.length - 1];
      after = { at: last.next_reminder_at, id: last.id };
    }
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

  /** Adds each reminder's job (delayed until its time); one already due but still delayed is promoted. */
  async enqueue(planned: PlannedReminder[], now = this.clock.now()): Promise<void> {
    const queue = this.jobs.queue(QueueName.Reminders);
    const jobs = planned.map((p) => ({
      name: JobName.SendReminder,
      data: { deadlineId: p.deadlineId, dueAt: p.dueAt.getTime(), step: p.step },
      opts: {
        jobId: reminderJobId(p.deadlineId, p.dueAt, p.step),
        delay: Math.max(0, p.at.getTime() - now.getTime()),
      },
    }));
    // a job still in the future is added as is (an existing id makes that a no-op); one already
    // due may be queued, running, finished without taking effect, or delayed by a clock that moved on
    const due = jobs.filter((j) => j.opts.delay === 0);
    const revive = await this.toRevive(
      queue,
      due.map((j) => j.opts.jobId),
      { promoteDelayed: true },
    );
    const fresh = jobs.filter((j) => j.opts.delay > 0 || revive.has(j.opts.jobId));
    if (fresh.length > 0) await queue.addBulk(fresh);
  }

  async enqueueEmails(deliveryIds: string[]): Promise<void> {
    const queue = this.jobs.queue(QueueName.Email);
    const jobIds = deliveryIds.map((id) => `email-${id}`);
    // a delayed e-mail job is a retry waiting for its backoff: left alone
    const revive = await this.toRevive(queue, jobIds, { promoteDelayed: false });
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
    options: { promoteDelayed: boolean },
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
        if (presence[i] === 'delayed' && options.promoteDelayed) {
          const job: Job | undefined = await queue.getJob(jobId);
          await job?.promote().catch(() => undefined);
        }
      }),
    );
    return revive;
  }

  /** Drops a job planned for a due date that has since moved (if it has not run yet). */
  async discard(jobId: string): Promise<void> {
    const queue = this.jobs.queue(QueueName.Reminders);
    const [presence] = await jobPresence(queue, [jobId]);
    // a pending job may be running: remove() refuses a locked job, and the run finds the date moved
    if (presence === 'delayed' || presence === 'pending') await queue.remove(jobId).catch(() => undefined);
  }

  /** After a step fired: its next step is enqueued now if it falls within the look-ahead (else a later sweep does it). */
  async enqueueIfNear(next: {
    deadlineId: string;
    dueAt: Date;
    step: { step: number; at: Date };
  }): Promise<void> {
    const now = this.clock.now();
    if (next.step.at.getTime() > now.getTime() + this.config.REMINDER_LOOKAHEAD_MS) return;
    await this.enqueue(
      [{ deadlineId: next.deadlineId, dueAt: next.dueAt, step: next.step.step, at: next.step.at }],
      now,
    );
  }

  /** For a freshly registered or rescheduled deadline: enqueue its next step now if it is close. */
  async enqueueDeadline(deadlineId: string): Promise<void> {
    const now = this.clock.now();
    const [row] = await this.dataSource.query<
      { due_at: Date; next_reminder_step: number; next_reminder_at: Date }[]
    >(
      `SELECT due_at, next_reminder_step, next_reminder_at FROM deadlines
        WHERE id = $1 AND state = 'OPEN' AND next_reminder_at <= $2`,
      [deadlineId, new Date(now.getTime() + this.config.REMINDER_LOOKAHEAD_MS)],
    );
    if (row) {
      await this.enqueue(
        [{ deadlineId, dueAt: row.due_at, step: row.next_reminder_step, at: row.next_reminder_at }],
        now,
      );
    }
  }
}
