import { INestApplicationContext } from '@nestjs/common';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReminderScheduler } from '../libs/deadlines/src';
import { OrphanBlobs } from '../libs/storage/src';
import { bootApp, testConfig, TestApp } from './support/harness';
import { client, Client, PDF } from './support/documents';
import { freePort, PostgresProcess, RedisProcess, S3ChildProcess } from './support/processes';
import { notificationCounts, queuesIdle, registerDeadlines, startWorker } from './support/reminders';
import { listBucket, s3Client } from './support/s3';
import { waitFor } from './support/wait';
import { buildWorld, World } from './support/world';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PostgreSQL restarted, Redis restarted and the S3 server stopped while agencies keep working.
 * The file runs all three of its own, so it can stop them without touching any other test.
 */
describe('faults during a run of mixed operations', () => {
  const directory = join(tmpdir(), `iso-faults-${process.pid}`);
  let pg: PostgresProcess;
  let redis: RedisProcess;
  let s3: S3ChildProcess;
  let t: TestApp;
  let w: World;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    pg = new PostgresProcess(await freePort(), join(directory, 'pg'));
    await pg.init();
    await pg.start();
    redis = new RedisProcess(await freePort());
    await redis.start();
    s3 = new S3ChildProcess(await freePort(), join(directory, 's3'));
    await s3.start();
    const config = testConfig('faults', {
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: 'faults',
      QUEUE_PREFIX: 'faults',
    });
    t = await bootApp(config, 'postgres', async () => undefined, true);
    w = await buildWorld(t);
    worker = await startWorker(t, {
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: 'faults',
      QUEUE_PREFIX: 'faults',
      ORPHAN_BLOB_GRACE_MS: '0',
      JOB_LOCK_MS: '2000',
    });
  }, 180_000);
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await s3?.stop();
    await redis?.stop();
    await pg?.destroy();
  });

  /** What every call answered, by operation: a dependency that is down may give 503, nothing may give another 5xx. */
  const outcomes = new Map<string, Map<number, number>>();
  const record = (name: string, status: number) => {
    const row = outcomes.get(name) ?? new Map<number, number>();
    row.set(status, (row.get(status) ?? 0) + 1);
    outcomes.set(name, row);
    return status;
  };
  const seen = (name: string, status: number) => outcomes.get(name)?.get(status) ?? 0;

  /** Runs one agency's days, one after another, until stopped. */
  async function workLoop(loop: number, stop: { now: boolean }) {
    const drafter = client(t, w.users['a.drafter'].token);
    const secretary = client(t, w.users['a.iso_secretary'].token);
    for (let i = 0; !stop.now; i++) {
      // a connection cut mid-request (an upload answered 503 before its body was read, say) is
      // counted, not allowed to end the loop: the loops must keep probing until recovery
      await oneDay(loop, i, drafter, secretary).catch((error: unknown) =>
        record(`${(error as Error).message.slice(0, 40)} (no answer)`, 0),
      );
      await pause(20);
    }
  }

  /** One agency's day: draft a procedure, attach its file, send it for approval, review it; read the register; log in. */
  async function oneDay(loop: number, i: number, drafter: Client, secretary: Client) {
    const code = `QT-${loop}-${i}`;
    const created = await drafter.post('/api/v1/documents', {
      agencyId: w.agencyA,
      code,
      title: `Quy trình ${code}`,
      type: 'PROCEDURE',
    });
    record('create document', created.status);
    if (created.status === 201) {
      const upload = await drafter.upload(
        created.body.id,
        created.body.draftVersion.id,
        PDF(code),
        `${code}.pdf`,
      );
      if (record('upload file', upload.status) === 201)
        await submitAndReview(drafter, secretary, created.body.id);
    }
    record(
      'read register',
      (await drafter.get(`/api/v1/documents?agencyId=${w.agencyA}&q=quy trinh`)).status,
    );
    record(
      'login',
      (await t.http().post('/api/v1/auth/login').send({ username: 'a.staff', password: 'Passw0rd!x' }))
        .status,
    );
  }

  async function submitAndReview(drafter: Client, secretary: Client, documentId: string) {
    const request = await drafter.post('/api/v1/approval-requests', {
      kind: 'ISSUE',
      documentId,
      reason: 'Ban hành',
    });
    if (record('open approval', request.status) !== 201) return;
    if (
      record('submit', (await drafter.post(`/api/v1/approval-requests/${request.body.id}/submit`)).status) !==
      200
    )
      return;
    record(
      'review',
      (
        await secretary.post(`/api/v1/approval-requests/${request.body.id}/approve`, {
          comment: 'Đạt',
          stepOrder: 1,
        })
      ).status,
    );
  }

  /**
   * Deadlines whose reminders come due while a dependency is down: each outage registers two,
   * due 1 s and 2 s after it begins (their "due soon" step half-way there), so both of their
   * steps fall inside the outage (it lasts at least 2.5 s). Nothing else in the run would fire
   * a reminder: the approval steps are due days ahead, and the yearly obligations the worker
   * creates at start are never already due.
   */
  const deadlineIds: string[] = [];
  async function deadlinesDueDuring(outageName: string) {
    const now = Date.now();
    deadlineIds.push(
      ...(await registerDeadlines(
        t,
        [1000, 2000].map((ms) => ({
          agencyId: w.agencyA,
          dueAt: new Date(now + ms),
          responsibleUserIds: [w.users['a.staff'].id],
          title: `Khắc phục khi ${outageName} ngừng (+${ms} ms)`,
        })),
      )),
    );
  }

  /** Stops a dependency for a while with the work loops going, then lets them run until `recovered`. */
  async function outage(
    name: string,
    stopService: () => Promise<void>,
    startService: () => Promise<void>,
    recovered: () => boolean,
  ) {
    await deadlinesDueDuring(name);
    await stopService();
    await pause(2500);
    await startService();
    await waitFor('the system to recover by itself', recovered, { timeoutMs: 60_000, intervalMs: 200 }).catch(
      (error: Error) => {
        const seenSoFar = [...outcomes].map(([name, row]) => `${name}: ${JSON.stringify([...row])}`);
        throw new Error(`${error.message}; answers so far: ${seenSoFar.join('; ')}`);
      },
    );
  }

  it('answers 503 while a dependency is down, recovers by itself, and afterwards the database, the objects and the queues agree', async () => {
    const stop = { now: false };
    const loops = [0, 1, 2].map((i) => workLoop(i, stop));
    await waitFor('the first reviews', () => seen('review', 200) > 3, { timeoutMs: 60_000 });

    const uploadsBefore = seen('upload file', 201);
    await outage(
      'S3',
      () => s3.stop(),
      () => s3.start(),
      () => seen('upload file', 201) > uploadsBefore + 2,
    );
    expect(seen('upload file', 503)).toBeGreaterThan(0);

    const loginsBefore = seen('login', 200);
    await outage(
      'Redis',
      () => redis.stop(),
      () => redis.start(),
      () => seen('login', 200) > loginsBefore + 2,
    );
    expect(seen('login', 503)).toBeGreaterThan(0);

    const reviewsBefore = seen('review', 200);
    await outage(
      'PostgreSQL',
      () => pg.stop(),
      () => pg.start(),
      () => seen('review', 200) > reviewsBefore + 2,
    );
    expect(seen('create document', 503) + seen('read register', 503)).toBeGreaterThan(0);

    stop.now = true;
    await Promise.all(loops);
    const unexpected = [...outcomes.entries()].flatMap(([name, row]) =>
      [...row.keys()]
        .filter((status) => status >= 500 && status !== 503)
        .map((status) => `${name} → ${status}`),
    );
    expect(unexpected).toEqual([]);
    expect((await t.http().get('/health/ready')).status).toBe(200);

    // the worker catches up: every event relayed, every reminder that fell due delivered
    await waitFor(
      'the outbox to drain',
      async () =>
        (
          await t.sql<{ n: number }>(
            'SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL',
          )
        )[0].n === 0,
      { timeoutMs: 60_000 },
    );
    await worker.get(ReminderScheduler).sweep();
    await waitFor('the reminder queues to drain', () => queuesIdle(worker), { timeoutMs: 60_000 });
    const [pending] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM deadlines WHERE state = 'OPEN' AND next_reminder_at <= now()`,
    );
    expect(pending.n).toBe(0);
    // each deadline due during an outage got both of its steps (due soon, due), each exactly once,
    // whether its job was lost with Redis, failed while PostgreSQL was down or ran late
    expect(deadlineIds).toHaveLength(6);
    const fired = await t.sql<{ id: string; steps: number[] }>(
      `SELECT d.id, coalesce(array_agg(r.step ORDER BY r.step) FILTER (WHERE r.id IS NOT NULL), '{}') AS steps
         FROM unnest($1::uuid[]) AS d(id) LEFT JOIN deadline_reminders r ON r.deadline_id = d.id
        GROUP BY d.id`,
      [deadlineIds],
    );
    expect(fired.map((d) => d.steps)).toEqual(deadlineIds.map(() => [0, 1]));
    expect(await notificationCounts(t, deadlineIds)).toEqual({
      total: deadlineIds.length * 2,
      maxPerStepAndUser: 1,
    });
    // and, over the whole run, each reminder that fired notified each of its recipients exactly once
    const [reminders] = await t.sql<{ fired: number; expected: number; notified: number }>(
      `SELECT count(*)::int AS fired, coalesce(sum(cardinality(recipient_user_ids)), 0)::int AS expected,
              (SELECT count(*)::int FROM notifications WHERE reminder_id IS NOT NULL) AS notified
         FROM deadline_reminders`,
    );
    expect(reminders.fired).toBeGreaterThan(0);
    expect(reminders.notified).toBe(reminders.expected);

    // every file row has its object; after the orphan sweep every object has its row
    const rows = await t.sql<{ storage_key: string }>('SELECT DISTINCT storage_key FROM document_files');
    const s3client = s3Client(t.config);
    for (const { storage_key } of rows) {
      await expect(s3client.statObject(t.config.S3_BUCKET, storage_key)).resolves.toBeTruthy();
    }
    await worker.get(OrphanBlobs).sweep(0);
    const keys = await listBucket(t.config);
    expect(keys.filter((key) => key.startsWith('tmp/'))).toEqual([]);
    // (audit-trail checkpoints are not files: the worker writes them beside the blobs)
    const files = keys.filter((key) => !key.startsWith('audit-checkpoints/'));
    expect(files.sort()).toEqual(rows.map((r) => r.storage_key).sort());
    // the audit trail's chain survived the restarts
    const verify = await t
      .http()
      .get('/api/v1/audit-trail/verify')
      .set('Authorization', `Bearer ${w.adminToken}`);
    expect(verify.body.ok).toBe(true);
  }, 300_000);
});
