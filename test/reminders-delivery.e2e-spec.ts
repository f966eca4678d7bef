import { INestApplicationContext } from '@nestjs/common';
import Redis from 'ioredis';
import { ReminderScheduler } from '../libs/deadlines/src';
import { Clock, JobName, JobQueue, QueueName } from '../libs/platform/src';
import { JobRunner } from '../apps/worker/src/job-runner';
import { startTestApp, TestApp } from './support/harness';
import { freePort, RedisProcess } from './support/processes';
import {
  DAY,
  notificationCounts,
  obliterateQueues,
  queuesIdle,
  registerDeadlines,
  startWorker,
} from './support/reminders';
import { SmtpSink } from './support/smtp-sink';
import { waitFor } from './support/wait';
import { buildWorld, World } from './support/world';

const MINUTE = 60_000;
const RESPONSIBLE = ['a.staff', 'a.drafter', 'a.reviewer', 'a.internal_auditor', 'a.agency_admin'];

/**
 * Exactly-once delivery with two workers, and a Redis that loses everything. The file runs its
 * own redis-server, so FLUSHALL wipes nothing of any other test file.
 */
describe('reminder delivery: two workers, and Redis wiped', () => {
  let redis: RedisProcess;
  let t: TestApp;
  let w: World;
  let workers: INestApplicationContext[];
  const sink = new SmtpSink();

  beforeAll(async () => {
    redis = new RedisProcess(await freePort());
    await redis.start();
    await sink.start();
    t = await startTestApp({ REDIS_URL: redis.url });
    w = await buildWorld(t);
    for (const [key, user] of Object.entries(w.users))
      await t.sql('UPDATE users SET email = $2 WHERE id = $1', [user.id, `${key}@kontum.gov.vn`]);
    const overrides = { REDIS_URL: redis.url, SMTP_URL: sink.url };
    workers = [await startWorker(t, overrides), await startWorker(t, overrides)];
  }, 120_000);
  afterAll(async () => {
    await obliterateQueues(workers[0]);
    for (const worker of workers) await worker.close();
    await t.close();
    await sink.stop();
    await redis.stop();
  });

  const move = (ms: number) => [t.app, ...workers].forEach((app) => app.get(Clock).travel(ms));
  /** Both workers sweep at the same instant, as two replicas' schedulers might. */
  const sweepBoth = () => Promise.all(workers.map((worker) => worker.get(ReminderScheduler).sweep()));
  const settle = () =>
    waitFor(
      'the queues to drain',
      async () => (await queuesIdle(workers[0])) && (await queuesIdle(workers[1])),
      { timeoutMs: 120_000 },
    );
  const sentTo = (deadlineTitle: string) => sink.messages.filter((m) => m.subject.includes(deadlineTitle));

  it('500 deadlines due at once: each reminder step reaches each recipient once, in the app and by e-mail', async () => {
    const now = t.app.get(Clock).now().getTime();
    const ids = await registerDeadlines(
      t,
      Array.from({ length: 500 }, (_, i) => ({
        agencyId: w.agencyA,
        dueAt: new Date(now - MINUTE),
        responsibleUserIds: [w.users[RESPONSIBLE[i % RESPONSIBLE.length]].id],
        title: `Hành động khắc phục HĐ-${String(i).padStart(3, '0')}`,
      })),
    );
    await sweepBoth();
    await waitFor(
      '500 due-date notifications',
      async () => (await notificationCounts(t, ids)).total === 500,
      { timeoutMs: 120_000 },
    );
    await settle();
    expect(await notificationCounts(t, ids)).toEqual({ total: 500, maxPerStepAndUser: 1 });
    await waitFor('500 e-mails', () => sentTo('Hành động khắc phục HĐ-').length >= 500, {
      timeoutMs: 120_000,
    });
    // a second sweep by each worker, and both again, change nothing
    await sweepBoth();
    await sweepBoth();
    await settle();
    const due = sentTo('Hành động khắc phục HĐ-');
    expect(due).toHaveLength(500);
    expect(new Set(due.map((m) => m.messageId)).size).toBe(500);
    expect(due.every((m) => m.subject.startsWith('Đến hạn hôm nay: '))).toBe(true);
    // every e-mail went to the responsible person's address
    expect(new Set(due.flatMap((m) => m.to))).toEqual(new Set(RESPONSIBLE.map((k) => `${k}@kontum.gov.vn`)));

    // two days later the first escalation: the responsible person and the ISO secretary, once each
    move(2 * DAY + MINUTE);
    await sweepBoth();
    await waitFor('the first escalation', async () => (await notificationCounts(t, ids)).total === 1500, {
      timeoutMs: 120_000,
    });
    await settle();
    await sweepBoth();
    await settle();
    expect(await notificationCounts(t, ids)).toEqual({ total: 1500, maxPerStepAndUser: 1 });
    await waitFor('1,500 e-mails', () => sentTo('Hành động khắc phục HĐ-').length >= 1500, {
      timeoutMs: 120_000,
    });
    const overdue = sentTo('Quá hạn 2 ngày: Hành động khắc phục HĐ-');
    expect(overdue).toHaveLength(1000);
    expect(overdue.filter((m) => m.to.includes('a.iso_secretary@kontum.gov.vn'))).toHaveLength(500);
    expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(sink.messages.length);
    // a delivery is marked SENT just after the SMTP server's answer: the last ones may trail the sink
    const emailStatuses = async () =>
      (
        await t.sql<{ sent: number; other: number }>(
          `SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, count(*) FILTER (WHERE status <> 'SENT')::int AS other
             FROM email_deliveries e JOIN notifications n ON n.id = e.notification_id WHERE n.deadline_id = ANY($1::uuid[])`,
          [ids],
        )
      )[0];
    await waitFor(
      'every delivery marked sent',
      async () => ((await emailStatuses()).sent >= 1500 ? true : undefined),
      {
        timeoutMs: 30_000,
      },
    );
    expect(await emailStatuses()).toEqual({ sent: 1500, other: 0 });
  }, 300_000);

  it('Redis flushed with 200 reminders pending: the reconciler rebuilds them and each arrives once', async () => {
    const now = t.app.get(Clock).now().getTime();
    const ids = await registerDeadlines(
      t,
      Array.from({ length: 200 }, (_, i) => ({
        agencyId: w.agencyB,
        // registered 6 days ahead, so the "3 days before" reminder keeps its full lead (at most
        // half the time to act); three days on it is 2 minutes away: queued as a delayed job (one for
        // the slot all 200 fall in: the steps due in a slot are fired by one job, in batches)
        dueAt: new Date(now + 6 * DAY + 2 * MINUTE),
        responsibleUserIds: [w.users['b.staff'].id],
        title: `Xem xét định kỳ TL-${i}`,
      })),
    );
    const reminders = () => workers[0].get(JobQueue).queue(QueueName.Reminders);
    move(3 * DAY);
    await sweepBoth();
    expect(await reminders().getDelayedCount()).toBeGreaterThanOrEqual(1);

    // every event of the registration relayed first, so nothing re-adds a job behind the flush
    await waitFor(
      'the outbox to be relayed',
      async () => {
        const [row] = await t.sql<{ n: number }>(
          'SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL',
        );
        return row.n === 0;
      },
      { timeoutMs: 90_000 },
    );
    const client = new Redis(redis.url);
    await client.flushall();
    expect(await reminders().getDelayedCount()).toBe(0);
    expect(await workers[0].get(JobQueue).queue(QueueName.Maintenance).getJobSchedulers()).toEqual([]);

    // the runner puts its schedulers back (it re-asserts them on a timer), the sweep the reminders
    await workers[0].get(JobRunner).ensureSchedulers();
    const schedulers = await workers[0].get(JobQueue).queue(QueueName.Maintenance).getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toEqual(
      expect.arrayContaining([JobName.SweepReminders, JobName.RelayOutbox]),
    );
    await sweepBoth();
    expect(await reminders().getDelayedCount()).toBe(1);

    move(3 * MINUTE);
    await sweepBoth();
    await waitFor('200 reminders', async () => (await notificationCounts(t, ids)).total === 200, {
      timeoutMs: 120_000,
    });
    await settle();
    // wiped again after delivery: rebuilding from the registry sends nothing twice
    await client.flushall();
    await sweepBoth();
    await settle();
    expect(await notificationCounts(t, ids)).toEqual({ total: 200, maxPerStepAndUser: 1 });
    await waitFor('200 e-mails', () => sentTo('Xem xét định kỳ TL-').length >= 200, { timeoutMs: 120_000 });
    expect(sentTo('Xem xét định kỳ TL-')).toHaveLength(200);
    await client.quit();
  }, 300_000);
});
