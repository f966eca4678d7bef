import { INestApplicationContext } from '@nestjs/common';
import { ReminderScheduler, RemindersService } from '../libs/deadlines/src';
import { Clock } from '../libs/platform/src';
import { startTestApp, TestApp } from './support/harness';
import { notificationCounts, obliterateQueues, queuesIdle, startWorker } from './support/reminders';
import { waitFor } from './support/wait';
import { buildWorld, World } from './support/world';

const COUNT = 3000;

/**
 * Due steps are fired in batches, each one transaction over rows claimed with FOR UPDATE SKIP
 * LOCKED: two workers firing the same burst at the same time split it, and the step's unique key
 * in the history keeps each one to a single reminder.
 */
describe('reminders fired in batches by two workers at once', () => {
  let t: TestApp;
  let w: World;
  let workers: INestApplicationContext[];

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    // batches of 250, two at once in each worker: a dozen batches for the two workers to split
    const batches = { REMINDER_BATCH_SIZE: '250', REMINDER_BATCH_CONCURRENCY: '2' };
    workers = [await startWorker(t, batches), await startWorker(t, batches)];
  }, 120_000);
  afterAll(async () => {
    await obliterateQueues(workers[0]);
    for (const worker of workers) await worker.close();
    await t.close();
  });

  it(`${COUNT} deadlines due at once: one history row and one notification per deadline, none missing`, async () => {
    const dueAt = new Date(t.app.get(Clock).now().getTime() - 60_000);
    // planned as the planner leaves a deadline whose first step fired: the DUE step, now due
    const rows = await t.sql<{ id: string }>(
      `INSERT INTO deadlines (agency_id, kind, subject_type, subject_id, title, due_at, responsible_user_ids,
                              responsible_role, state, next_reminder_at, next_reminder_step)
       SELECT $1, 'CORRECTIVE_ACTION', 'testSubject', gen_random_uuid(), 'Khắc phục HĐ-' || i, $2,
              ARRAY[$3::uuid], NULL, 'OPEN', $2, 1
         FROM generate_series(1, ${COUNT}) i RETURNING id`,
      [w.agencyA, dueAt, w.users['a.staff'].id],
    );
    const ids = rows.map((r) => r.id);

    // both workers fire the burst directly, while both sweeps queue its slot's job as well
    const fired = await Promise.all([
      ...workers.map((worker) =>
        worker
          .get(RemindersService)
          .fireDue((batch) => worker.get(ReminderScheduler).enqueueEmails(batch.deliveryIds)),
      ),
      ...workers.map((worker) =>
        worker
          .get(ReminderScheduler)
          .sweep()
          .then(() => 0),
      ),
    ]);
    await waitFor(
      'the queues to drain',
      async () => (await queuesIdle(workers[0])) && (await queuesIdle(workers[1])),
      { timeoutMs: 120_000 },
    );
    // each worker took a share of the batches
    expect(fired[0]).toBeGreaterThan(0);
    expect(fired[1]).toBeGreaterThan(0);
    expect(fired[0] + fired[1]).toBeLessThanOrEqual(COUNT);

    const [history] = await t.sql<{ rows: number; deadlines: number }>(
      `SELECT count(*)::int AS rows, count(DISTINCT deadline_id)::int AS deadlines
         FROM deadline_reminders WHERE deadline_id = ANY($1::uuid[]) AND step = 1`,
      [ids],
    );
    expect(history).toEqual({ rows: COUNT, deadlines: COUNT });
    expect(await notificationCounts(t, ids)).toEqual({ total: COUNT, maxPerStepAndUser: 1 });
    // every deadline planned on to its first overdue step, two days after the due date
    const [planned] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM deadlines
        WHERE id = ANY($1::uuid[]) AND next_reminder_step = 2 AND next_reminder_at = $2`,
      [ids, new Date(dueAt.getTime() + 2 * 24 * 3600_000)],
    );
    expect(planned.n).toBe(COUNT);
    const [texts] = await t.sql<{ titles: string[] }>(
      `SELECT array_agg(DISTINCT left(title, 16)) AS titles FROM notifications WHERE deadline_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(texts.titles).toEqual(['Đến hạn hôm nay:']);
  }, 300_000);
});
