import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Clock, QueueName } from '../libs/platform/src';
import { startTestApp, TestApp } from './support/harness';
import { REDIS_URL } from './support/env';
import { notificationCounts, registerDeadlines } from './support/reminders';
import { SmtpSink } from './support/smtp-sink';
import { waitFor } from './support/wait';
import { buildWorld, World } from './support/world';

const WORKER = join(__dirname, '..', 'dist', 'apps', 'worker', 'src', 'main.js');
const COUNT = 600;
const RESPONSIBLE = ['a.staff', 'a.drafter', 'a.reviewer', 'a.internal_auditor', 'a.agency_admin'];

/** The compiled worker as a process of its own, so it can be killed with SIGKILL mid-batch. */
function spawnWorker(t: TestApp, smtpUrl: string): ChildProcess {
  const child = spawn(process.execPath, [WORKER], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      NODE_ENV: 'test',
      DATABASE_URL: t.config.DATABASE_URL,
      REDIS_URL,
      QUEUE_PREFIX: t.config.QUEUE_PREFIX,
      S3_ENDPOINT: t.config.S3_ENDPOINT,
      S3_BUCKET: t.config.S3_BUCKET,
      SMTP_URL: smtpUrl,
      LOG_LEVEL: 'silent',
      // a dead worker's jobs and e-mail claims are taken over within seconds, not minutes
      JOB_LOCK_MS: '2000',
      EMAIL_CLAIM_LEASE_SECONDS: '3',
      REMINDER_SWEEP_INTERVAL_MS: '1000',
      // small batches: the burst is still partly delivered when the worker is killed
      REMINDER_BATCH_SIZE: '100',
      OUTBOX_RELAY_INTERVAL_MS: '500',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  return child;
}

describe('a worker killed in the middle of a batch', () => {
  let t: TestApp;
  let w: World;
  const sink = new SmtpSink();
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp();
    w = await buildWorld(t);
    for (const [key, user] of Object.entries(w.users))
      await t.sql('UPDATE users SET email = $2 WHERE id = $1', [user.id, `${key}@kontum.gov.vn`]);
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null)
        await new Promise((r) => child.once('exit', r));
    }
    for (const name of Object.values(QueueName)) {
      const url = new URL(REDIS_URL);
      const queue = new Queue(name, {
        connection: { host: url.hostname, port: Number(url.port || 6379) },
        prefix: t.config.QUEUE_PREFIX,
      });
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
    await t.close();
    await sink.stop();
  });

  it('the other worker completes its jobs; nobody is notified twice, and every e-mail arrives', async () => {
    const now = t.app.get(Clock).now().getTime();
    const ids = await registerDeadlines(
      t,
      Array.from({ length: COUNT }, (_, i) => ({
        agencyId: w.agencyA,
        dueAt: new Date(now - 60_000),
        responsibleUserIds: [w.users[RESPONSIBLE[i % RESPONSIBLE.length]].id],
        title: `Khắc phục sau sự cố HĐ-${i}`,
      })),
    );
    const doomed = spawnWorker(t, sink.url);
    children.push(doomed);
    // the first worker's start-up sweep has begun the batch: kill it in the middle
    const reached = await waitFor(
      'the first worker to be part-way through the batch',
      async () => {
        const { total } = await notificationCounts(t, ids);
        return total >= 50 ? total : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 20 },
    );
    doomed.kill('SIGKILL');
    await new Promise((resolve) => doomed.once('exit', resolve));
    const atKill = (await notificationCounts(t, ids)).total;
    expect(reached).toBeLessThan(COUNT);
    expect(atKill).toBeLessThan(COUNT);

    children.push(spawnWorker(t, sink.url));
    await waitFor('every reminder', async () => (await notificationCounts(t, ids)).total === COUNT, {
      timeoutMs: 150_000,
    });
    await waitFor(
      'every e-mail marked sent',
      async () => {
        const [row] = await t.sql<{ sent: number }>(
          `SELECT count(*)::int AS sent FROM email_deliveries e JOIN notifications n ON n.id = e.notification_id
            WHERE n.deadline_id = ANY($1::uuid[]) AND e.status = 'SENT'`,
          [ids],
        );
        return row.sent === COUNT;
      },
      { timeoutMs: 150_000 },
    );

    expect(await notificationCounts(t, ids)).toEqual({ total: COUNT, maxPerStepAndUser: 1 });
    expect(
      await t.sql('SELECT count(*)::int AS n FROM deadline_reminders WHERE deadline_id = ANY($1::uuid[])', [
        ids,
      ]),
    ).toEqual([{ n: COUNT }]);
    // every e-mail arrived; a message arrives twice only if the killed worker was cut off between
    // the mail server's answer and marking it sent: the same Message-ID, taken over after its lease
    const mails = sink.messages.filter((m) => m.subject.includes('Khắc phục sau sự cố HĐ-'));
    const byId = new Map<string, number>();
    for (const mail of mails) byId.set(mail.messageId, (byId.get(mail.messageId) ?? 0) + 1);
    expect(byId.size).toBe(COUNT);
    const resent = [...byId.entries()].filter(([, n]) => n > 1).map(([id]) => id);
    const takenOver = await t.sql<{ message_id: string }>(
      `SELECT e.message_id FROM email_deliveries e JOIN notifications n ON n.id = e.notification_id
        WHERE n.deadline_id = ANY($1::uuid[]) AND e.attempts > 1`,
      [ids],
    );
    expect(resent.every((id) => takenOver.some((r) => r.message_id === id))).toBe(true);
    expect(resent.length).toBeLessThanOrEqual(8); // at most the killed worker's concurrency
  }, 300_000);
});
