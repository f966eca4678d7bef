import { INestApplicationContext } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { backup, BackupManifest, restore } from '../apps/cli/src/backup/backup';
import { Clock, JobQueue, QueueName } from '../libs/platform/src';
import { dueRemindersJobId, reminderSlot } from '../libs/deadlines/src';
import { AuditCheckpoints } from '../libs/storage/src';
import { draftDocument, effectiveDocument, submittedIssue } from './support/approvals';
import { client, PDF, sha256 } from './support/documents';
import { databaseUrl, REDIS_URL, RUN_ID, TEST_DB_PREFIX } from './support/env';
import {
  ADMIN,
  bootApp,
  dropTestDatabase,
  JWT_SECRET,
  startTestApp,
  testConfig,
  TestApp,
} from './support/harness';
import { killRunningNodes, runNode } from './support/processes';
import {
  DAY,
  notificationCounts,
  obliterateQueues,
  registerDeadlines,
  startWorker,
  sweep,
} from './support/reminders';
import { dropBucket, s3Client } from './support/s3';
import { waitFor } from './support/wait';
import { buildWorld, World } from './support/world';

const MINUTE = 60_000;
/** The compiled CLI (`npm test` builds first); TEST_DIST_DIR points a local run at another build. */
const CLI = join(process.env.TEST_DIST_DIR ?? join(__dirname, '..', 'dist'), 'apps/cli/src/main.js');

/** A database name of this run (and its bucket, as the harness names buckets after databases). */
const targetName = (what: string) =>
  `${TEST_DB_PREFIX}${RUN_ID}_${process.pid}_${what}_${Math.random().toString(36).slice(2, 8)}`;
const bucketOf = (name: string) => name.replace(/_/g, '-');

async function tablesOf(name: string): Promise<number> {
  const pg = new PgClient({ connectionString: databaseUrl(name) });
  await pg.connect();
  try {
    const rows = await pg.query<{ n: string }>(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    return Number(rows.rows[0].n);
  } finally {
    await pg.end();
  }
}

describe('backup and restore (CLI backup / restore)', () => {
  let t: TestApp;
  let w: World;
  let directory: string;
  let manifest: BackupManifest;
  let restored: TestApp | undefined;
  let worker: INestApplicationContext | undefined;
  const restoredName = targetName('restored');
  const refusedName = targetName('refused');
  const cliName = targetName('cli');
  const documentCodes: string[] = [];
  let deadlineIds: string[] = [];
  let lateCode = '';

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    directory = await mkdtemp(join(tmpdir(), 'iso-backup-'));
  });
  afterAll(async () => {
    killRunningNodes();
    if (worker) {
      await obliterateQueues(worker);
      await worker.close();
    }
    await restored?.close();
    await dropTestDatabase(refusedName);
    await dropBucket(testConfig(refusedName)).catch(() => undefined);
    await dropTestDatabase(cliName);
    await dropBucket(testConfig(cliName)).catch(() => undefined);
    await rm(directory, { recursive: true, force: true });
    await t.close();
  });

  it('backs up a system with activity and restores it into a new database and bucket', async () => {
    // activity: documents in force with their files (approved through the workflow), one
    // request waiting on its first step, and deadlines whose first reminder is minutes away
    const people = {
      drafter: client(t, w.users['a.drafter'].token),
      secretary: client(t, w.users['a.iso_secretary'].token),
      approver: client(t, w.users['a.approver'].token),
    };
    for (const code of ['QT-01', 'QT-02', 'QT-03']) {
      await effectiveDocument(people, w.agencyA, code);
      documentCodes.push(code);
    }
    const pending = await draftDocument(people.drafter, w.agencyA, 'QT-04');
    await submittedIssue(people.drafter, pending.id);
    documentCodes.push('QT-04');
    // registered four days ago (the first reminder's lead is bounded by the time given), due in
    // three days and five minutes: the first reminder (3 days before) falls 5 minutes from now
    const dueAt = new Date(Date.now() + 3 * DAY + 5 * MINUTE);
    t.app.get(Clock).travel(-4 * DAY);
    try {
      deadlineIds = await registerDeadlines(
        t,
        ['NC-01', 'NC-02', 'NC-03'].map((title) => ({
          agencyId: w.agencyA,
          dueAt,
          responsibleUserIds: [w.users['a.staff'].id],
          title: `Khắc phục ${title}`,
        })),
      );
    } finally {
      t.app.get(Clock).travel(4 * DAY);
    }
    const [planned] = await t.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM deadlines WHERE id = ANY($1::uuid[]) AND next_reminder_at < now() + interval '10 minutes'",
      [deadlineIds],
    );
    expect(planned.n).toBe(3);
    await t.app.get(AuditCheckpoints).take();

    const backupStarted = Date.now();
    manifest = await backup(t.config, directory, {
      // the system goes on while the objects are copied: a new upload and a newer checkpoint
      afterDatabaseDump: async () => {
        lateCode = 'QT-05';
        await draftDocument(people.drafter, w.agencyA, lateCode);
        await t.app.get(AuditCheckpoints).take();
      },
    });
    const backupMs = Date.now() - backupStarted;
    expect((await readdir(directory)).sort()).toEqual(['database.dump', 'manifest.json', 'objects']);
    expect(manifest.database.rowCounts.documents).toBe(4);
    expect(manifest.auditHead?.count).toBeGreaterThan(0);
    expect(manifest.skippedCheckpoints.length).toBeGreaterThan(0);

    const restoreStarted = Date.now();
    const result = await restore(t.config, directory, {
      databaseUrl: databaseUrl(restoredName),
      bucket: bucketOf(restoredName),
    });
    const restoreMs = Date.now() - restoreStarted;
    expect(result.objects).toBe(manifest.objects.length);
    console.log(
      `backup: ${backupMs} ms (database dump ${manifest.database.size} bytes, ${result.rows} rows in ${result.tables} tables, ${manifest.objects.length} objects); restore: ${restoreMs} ms`,
    );

    restored = await bootApp(testConfig(restoredName), restoredName, async () => {
      await dropTestDatabase(restoredName);
      await dropBucket(testConfig(restoredName));
    });
  });

  it('the restored audit chain verifies, against the checkpoint the backup covers', async () => {
    const admin = await restored!.login(ADMIN.username, ADMIN.password);
    const verified = await restored!
      .http()
      .get('/api/v1/audit-trail/verify')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    // (the restored system's own activity since, such as the login, extends the chain)
    expect(verified.body.ok).toBe(true);
    expect(verified.body.checked).toBeGreaterThanOrEqual(manifest.auditHead!.count);
    expect(verified.body.checkpoint).toMatchObject({ lastId: manifest.auditHead!.lastId, matches: true });
  });

  it('every file row has its object in the new bucket with the same sha256, and reads back through the API', async () => {
    const tables = await restored!.sql<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'storage_key'
          AND table_name IN (SELECT table_name FROM information_schema.columns WHERE column_name = 'sha256')`,
    );
    expect(tables.length).toBeGreaterThan(0);
    const s3 = s3Client(restored!.config);
    let files = 0;
    for (const { table_name } of tables) {
      const rows = await restored!.sql<{ storage_key: string; sha256: string }>(
        `SELECT storage_key, sha256 FROM "${table_name}"`,
      );
      for (const row of rows) {
        const hash = createHash('sha256');
        for await (const chunk of await s3.getObject(restored!.config.S3_BUCKET, row.storage_key))
          hash.update(chunk as Buffer);
        expect({ key: row.storage_key, sha256: hash.digest('hex') }).toEqual({
          key: row.storage_key,
          sha256: row.sha256,
        });
        files += 1;
      }
    }
    expect(files).toBeGreaterThanOrEqual(4);

    // the documents are those of the dump: the one drafted while objects were copied is not there
    const codes = await restored!.sql<{ code: string; status: string }>(
      'SELECT code, status FROM documents ORDER BY code',
    );
    expect(codes.map((c) => c.code)).toEqual(documentCodes);
    expect(codes.map((c) => c.code)).not.toContain(lateCode);
    expect(codes.filter((c) => c.status === 'EFFECTIVE')).toHaveLength(3);

    // a user downloads a file of the restored system: the bytes uploaded before the backup
    const token = await restored!.login(w.users['a.drafter'].username, 'Passw0rd!x');
    const [document] = await restored!.sql<{ id: string }>("SELECT id FROM documents WHERE code = 'QT-01'");
    const body = (
      await restored!
        .http()
        .get(`/api/v1/documents/${document.id}`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200)
    ).body as { currentVersion: { files: { sha256: string }[] } };
    expect(body.currentVersion.files[0].sha256).toBe(sha256(PDF('QT-01')));
  });

  it('pending reminders are re-planned by the reconciler of a worker on the restored system, once each', async () => {
    // a fresh queue prefix: Redis holds nothing of the restored system, as after a disaster
    worker = await startWorker(restored!);
    const queue = worker.get(JobQueue).queue(QueueName.Reminders);
    // due steps are fired by one job per time slot: the slots the restored deadlines' next steps fall in
    const steps = await restored!.sql<{ next_reminder_at: Date }>(
      'SELECT next_reminder_at FROM deadlines WHERE id = ANY($1::uuid[])',
      [deadlineIds],
    );
    expect(steps).toHaveLength(deadlineIds.length);
    const slotJobIds = [
      ...new Set(steps.map((s) => dueRemindersJobId(reminderSlot(s.next_reminder_at, new Date())))),
    ];
    const reminderJobs = async () =>
      (await queue.getJobs(['delayed', 'waiting', 'active', 'completed', 'prioritized'])).filter((job) =>
        slotJobIds.includes(job.id!),
      );
    // the reconciler ran at the worker's start; running it again changes nothing
    const planned = await waitFor('the reminders re-planned at start', async () => {
      const jobs = await reminderJobs();
      return jobs.length === slotJobIds.length ? jobs : undefined;
    });
    await sweep(worker);
    await sweep(worker);
    const again = await reminderJobs();
    expect(again.map((j) => j.id).sort()).toEqual(planned.map((j) => j.id).sort());

    // when they fall due, each reminds its person once
    // the sweep promotes the jobs that the worker's clock says are due
    worker.get(Clock).travel(10 * MINUTE);
    await sweep(worker);
    await sweep(worker);
    const counts = await waitFor('the reminders sent', async () => {
      const c = await notificationCounts(restored!, deadlineIds);
      return c.total >= deadlineIds.length ? c : undefined;
    });
    expect(counts).toEqual({ total: deadlineIds.length, maxPerStepAndUser: 1 });
  });

  it('refuses to restore over a database or a bucket that is not empty, writing nothing', async () => {
    // the restored system is not empty any more
    await expect(
      restore(t.config, directory, { databaseUrl: databaseUrl(restoredName), bucket: bucketOf(refusedName) }),
    ).rejects.toThrow(/database is not empty/);
    // a new database but the live bucket
    await expect(
      restore(t.config, directory, { databaseUrl: databaseUrl(refusedName), bucket: t.config.S3_BUCKET }),
    ).rejects.toThrow(/bucket .* is not empty/);
    expect(await tablesOf(refusedName)).toBe(0);
    // a backup directory that is not empty is refused too
    await expect(backup(t.config, directory)).rejects.toThrow(/not empty/);
  });

  it('the CLI commands do the same as an operator runs them, and name what they refuse', async () => {
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: t.config.DATABASE_URL,
      REDIS_URL,
      S3_ENDPOINT: t.config.S3_ENDPOINT,
      S3_BUCKET: t.config.S3_BUCKET,
      JWT_SECRET,
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'silent',
    };
    const target = join(directory, 'cli');
    const backedUp = await runNode([CLI, 'backup', target], env, 120_000);
    expect({ code: backedUp.code, stderr: backedUp.stderr }).toEqual({ code: 0, stderr: '' });
    expect(backedUp.stdout).toMatch(/^backup: .* objects, audit head \d+, \d+ ms/m);
    const args = ['restore', target, '--database-url', databaseUrl(cliName), '--bucket', bucketOf(cliName)];
    const restoredByCli = await runNode([CLI, ...args], env, 120_000);
    expect({ code: restoredByCli.code, stderr: restoredByCli.stderr }).toEqual({ code: 0, stderr: '' });
    expect(restoredByCli.stdout).toMatch(/row counts and audit head match the manifest/);
    expect(await tablesOf(cliName)).toBeGreaterThan(50);
    // a second restore into the same target: refused with the reason, no stack trace
    const again = await runNode([CLI, ...args], env, 120_000);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe('the target database is not empty: restore only into a new database');
    // without a target the usage is printed
    const usage = await runNode([CLI, 'restore', target], env);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('--database-url <url of a new database> --bucket <new bucket>');
  });
});
