/*
 * `npm run bench:import` (after `npm run build && npm run bench:build`): issue 18's import of an
 * agency's existing QMS, measured end to end on compiled processes. On a database and bucket of its
 * own (BENCH_IMPORT_DB, default iso_bench_import, dropped and migrated; s3rver under
 * BENCH_WORK_DIR/s3 unless S3_ENDPOINT is given) it starts the API and ONE worker, creates an agency
 * and its AGENCY_ADMIN, writes an archive of BENCH_IMPORT_DOCS documents (1,000) whose files add up
 * to BENCH_IMPORT_MB MiB (2,048) to disk, then as that admin: POSTs it as a dry run, POSTs it for
 * real (both streamed from disk), and polls GET /imports/:id until COMPLETED. It reports archive
 * size, rows, dry-run, upload and job seconds with throughput, the peak RSS of the API and the
 * worker (sampled every 500 ms), and whether the agency's documents and versions match the register.
 * Result: bench/results/import-latest.json.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { ApiClient } from './lib/client';
import { ArchivePlan, writeArchive } from './lib/import-archive';
import { BenchOptions, readOptions } from './lib/options';
import {
  appEnv,
  Child,
  rssOf,
  runCli,
  startChild,
  startS3,
  startWorker,
  stopChild,
  waitForHttp,
} from './lib/procs';
import { log, round, sleep, table } from './lib/util';
import { clearRedis } from './lib/redis-keys';

const MiB = 1024 * 1024;

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

interface ImportResult {
  at: string;
  command: string;
  machine: { cpus: number; loadAverageAtStart: number[]; node: string };
  requested: { documents: number; megabytes: number };
  archive: ArchivePlan & { archiveMiB: number };
  dryRun: { seconds: number; ok: boolean; total: number; errors: number; mibPerSecond: number };
  upload: { seconds: number; mibPerSecond: number; status: number };
  job: { seconds: number; rowsPerSecond: number; mibPerSecond: number; status: string; errors: number };
  totalSeconds: number;
  peakRssMiB: {
    api: number;
    worker: number;
    samples: number;
    /** Peaks per phase: idle (logged in, before the dry run), dry run, upload, job. */
    byPhase: Record<string, { api: number; worker: number }>;
  };
  check: {
    documentsInRegister: number;
    documentsInAgency: number;
    versionsInRegister: number;
    versionsInAgency: number;
    effective: number;
    superseded: number;
    ok: boolean;
  };
}

/** Peak VmRSS of each process, sampled every 500 ms, overall and per phase. */
class PeakRss {
  private timer?: NodeJS.Timeout;
  readonly peaks = new Map<string, number>();
  readonly phases: string[] = [];
  samples = 0;
  constructor(private readonly pids: Record<string, number>) {}
  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), 500);
    return this;
  }
  /** Later samples count for `phase` (and the overall peak). */
  phase(phase: string): void {
    this.sample();
    this.phases.push(phase);
    this.sample();
  }
  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }
  peakMiB(name: string, phase?: string): number {
    return round((this.peaks.get(phase ? `${phase}.${name}` : name) ?? NaN) / MiB, 0);
  }
  byPhase(): Record<string, { api: number; worker: number }> {
    return Object.fromEntries(
      this.phases.map((p) => [p, { api: this.peakMiB('api', p), worker: this.peakMiB('worker', p) }]),
    );
  }
  private sample(): void {
    this.samples++;
    for (const [name, pid] of Object.entries(this.pids)) {
      try {
        const rss = rssOf(pid);
        const phase = this.phases[this.phases.length - 1];
        for (const key of phase ? [name, `${phase}.${name}`] : [name])
          this.peaks.set(key, Math.max(this.peaks.get(key) ?? 0, rss));
      } catch {
        // the process is gone: its peak so far stands
      }
    }
  }
}

/** POSTs the archive as multipart (field `archive`), streamed from disk with its Content-Length. */
function postArchive(
  url: string,
  token: string,
  file: string,
): Promise<{ status: number; body: string; seconds: number }> {
  const boundary = `----bench${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="archive"; filename="agency-archive.zip"\r\n` +
      'Content-Type: application/zip\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const size = statSync(file).size;
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + size + tail.length,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body, seconds: Number(process.hrtime.bigint() - t0) / 1e9 }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.write(head);
    const stream = createReadStream(file, { highWaterMark: MiB });
    stream.on('error', reject);
    stream.on('end', () => req.end(tail));
    stream.pipe(req, { end: false });
  });
}

async function recreateDatabase(options: BenchOptions): Promise<void> {
  const admin = new Client({ connectionString: options.adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${options.databaseName} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${options.databaseName}`);
  } finally {
    await admin.end();
  }
}

/** The failure of the import's BullMQ job (queue `documents`, job id `import-<id>`) once it has no attempt left. */
async function jobFailure(options: BenchOptions, importId: string): Promise<string | undefined> {
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1 });
  try {
    const key = `${options.queuePrefix}:documents`;
    const id = `import-${importId}`;
    if ((await redis.zscore(`${key}:failed`, id)) === null) return undefined;
    return (await redis.hget(`${key}:${id}`, 'failedReason')) ?? 'no reason recorded';
  } finally {
    redis.disconnect();
  }
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const documents = positive('BENCH_IMPORT_DOCS', 1000);
  const megabytes = positive('BENCH_IMPORT_MB', 2048);
  const base = readOptions();
  const workDir = process.env.BENCH_WORK_DIR ?? '/tmp/iso-bench-import';
  const options: BenchOptions = {
    ...base,
    databaseName: process.env.BENCH_IMPORT_DB ?? 'iso_bench_import',
    workDir,
    s3Directory: join(workDir, 's3'),
    apiPort: positive('BENCH_IMPORT_API_PORT', 3940),
    s3Port: positive('BENCH_IMPORT_S3_PORT', 9940),
    queuePrefix: process.env.BENCH_QUEUE_PREFIX ?? 'isobench-import',
  };
  if (!/^[a-z_][a-z0-9_]*$/.test(options.databaseName)) throw new Error('BENCH_IMPORT_DB: a plain name');
  options.databaseUrl = (() => {
    const url = new URL(options.adminUrl);
    url.pathname = `/${options.databaseName}`;
    return url.toString();
  })();
  mkdirSync(workDir, { recursive: true });
  mkdirSync(options.resultsDir, { recursive: true });
  const loadAverageAtStart = (await import('node:os')).loadavg().map((l) => round(l, 1));
  log(
    `import bench: ${documents} documents, ${megabytes} MiB, database ${options.databaseName}, load ${loadAverageAtStart.join(' ')}`,
  );

  await recreateDatabase(options);
  log(await runCli(options, 'migrate'));
  await clearRedis(options.redisUrl, options.queuePrefix);
  rmSync(options.s3Directory, { recursive: true, force: true });

  const archivePath = join(workDir, 'agency-archive.zip');
  const tGen = Date.now();
  const plan = writeArchive(archivePath, documents, megabytes * MiB);
  log(
    `archive: ${plan.documents} documents (${plan.procedures} procedures, ${plan.forms} forms), ${plan.rows} rows, ` +
      `${round(plan.archiveBytes / MiB, 0)} MiB, written in ${round((Date.now() - tGen) / 1000)} s`,
  );

  const s3 = await startS3(options);
  const adminUsername = 'benchimport.admin';
  const adminPassword = randomBytes(18).toString('base64');
  let api: Child | undefined;
  let worker: Child | undefined;
  try {
    api = startChild(
      'api',
      [join(options.root, 'dist/apps/api/src/main.js')],
      appEnv(options, s3.endpoint, {
        PORT: String(options.apiPort),
        ADMIN_USERNAME: adminUsername,
        ADMIN_PASSWORD: adminPassword,
      }),
      options.root,
    );
    await waitForHttp(`http://127.0.0.1:${options.apiPort}/health/ready`, api, 180_000);
    worker = await startWorker(options, s3.endpoint, 'worker');
    log(`api pid ${api.process.pid}, worker pid ${worker.process.pid}`);

    const baseUrl = `http://127.0.0.1:${options.apiPort}`;
    const client = new ApiClient(baseUrl);
    const adminToken = await client.login(adminUsername, adminPassword);
    const agency = await client.call<{ id: string }>('POST', '/api/v1/agencies', adminToken, {
      code: 'BENCH-IMPORT',
      name: 'Sở Thử nghiệm Chuyển đổi ISO',
      level: 'DEPARTMENT',
    });
    const userPassword = `Nhap-${randomBytes(9).toString('base64url')}`;
    await client.call('POST', '/api/v1/users', adminToken, {
      username: 'benchimport.qtdv',
      password: userPassword,
      fullName: 'Quản trị đơn vị Thử nghiệm',
      memberships: [{ agencyId: agency.id, roles: ['AGENCY_ADMIN'] }],
    });
    const token = await client.login('benchimport.qtdv', userPassword);

    const rss = new PeakRss({ api: api.process.pid!, worker: worker.process.pid! }).start();
    rss.phase('idle');
    await sleep(2000);
    rss.phase('dryRun');
    const archiveMiB = plan.archiveBytes / MiB;
    const importsUrl = `${baseUrl}/api/v1/agencies/${agency.id}/imports`;

    const dry = await postArchive(`${importsUrl}?dryRun=true`, token, archivePath);
    if (dry.status !== 200) throw new Error(`dry run answered ${dry.status}: ${dry.body.slice(0, 2000)}`);
    const report = JSON.parse(dry.body) as { ok: boolean; total: number; errors: unknown[] };
    log(
      `dry run: ${round(dry.seconds)} s, ok ${report.ok}, ${report.total} rows, ${report.errors.length} errors`,
    );
    if (!report.ok) throw new Error(`dry run found problems: ${JSON.stringify(report.errors.slice(0, 10))}`);

    rss.phase('upload');
    const upload = await postArchive(importsUrl, token, archivePath);
    if (upload.status !== 202)
      throw new Error(`import answered ${upload.status}: ${upload.body.slice(0, 2000)}`);
    const queued = JSON.parse(upload.body) as { id: string; total: number };
    log(
      `upload: ${round(upload.seconds)} s (${round(archiveMiB / upload.seconds)} MiB/s), import ${queued.id}`,
    );

    rss.phase('job');
    const tJob = Date.now();
    let view: { status: string; done: number; total: number; errors: unknown[] };
    let lastLog = 0;
    for (;;) {
      view = await client.call('GET', `/api/v1/imports/${queued.id}`, token);
      if (view.status === 'COMPLETED' || view.status === 'FAILED') break;
      if (worker.process.exitCode !== null) throw new Error(`worker exited:\n${worker.output()}`);
      // a job that has given up leaves the import RUNNING: say why instead of polling for ever
      const failed = await jobFailure(options, queued.id);
      if (failed)
        throw new Error(
          `the import's job failed (import still ${view.status} ${view.done}/${view.total}): ${failed}`,
        );
      if (Date.now() - lastLog > 15_000) {
        lastLog = Date.now();
        log(`job: ${view.status} ${view.done}/${view.total}`);
      }
      await sleep(1000);
    }
    const jobSeconds = (Date.now() - tJob) / 1000;
    rss.stop();
    log(`job: ${view.status} after ${round(jobSeconds)} s, ${view.errors.length} errors`);
    if (view.status !== 'COMPLETED') log(`errors: ${JSON.stringify(view.errors.slice(0, 10))}`);

    const db = new Client({ connectionString: options.databaseUrl });
    await db.connect();
    const counts = await db
      .query<{ documents: string; versions: string; effective: string; superseded: string }>(
        `SELECT (SELECT count(*) FROM documents WHERE agency_id = $1) AS documents,
                count(*) AS versions,
                count(*) FILTER (WHERE v.status = 'EFFECTIVE') AS effective,
                count(*) FILTER (WHERE v.status = 'SUPERSEDED') AS superseded
           FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE d.agency_id = $1`,
        [agency.id],
      )
      .finally(() => db.end());
    const c = counts.rows[0];
    const check = {
      documentsInRegister: plan.documents,
      documentsInAgency: Number(c.documents),
      versionsInRegister: plan.rows,
      versionsInAgency: Number(c.versions),
      effective: Number(c.effective),
      superseded: Number(c.superseded),
      ok: false,
    };
    check.ok =
      check.documentsInAgency === check.documentsInRegister &&
      check.versionsInAgency === check.versionsInRegister &&
      check.effective === check.documentsInRegister;

    const result: ImportResult = {
      at: new Date().toISOString(),
      command: `BENCH_IMPORT_DOCS=${documents} BENCH_IMPORT_MB=${megabytes} npm run bench:import`,
      machine: { cpus: (await import('node:os')).cpus().length, loadAverageAtStart, node: process.version },
      requested: { documents, megabytes },
      archive: { ...plan, archiveMiB: round(archiveMiB, 1) },
      dryRun: {
        seconds: round(dry.seconds),
        ok: report.ok,
        total: report.total,
        errors: report.errors.length,
        mibPerSecond: round(archiveMiB / dry.seconds),
      },
      upload: {
        seconds: round(upload.seconds),
        mibPerSecond: round(archiveMiB / upload.seconds),
        status: upload.status,
      },
      job: {
        seconds: round(jobSeconds),
        rowsPerSecond: round(plan.rows / jobSeconds),
        mibPerSecond: round(plan.fileBytes / MiB / jobSeconds),
        status: view.status,
        errors: view.errors.length,
      },
      totalSeconds: round(dry.seconds + upload.seconds + jobSeconds),
      peakRssMiB: {
        api: rss.peakMiB('api'),
        worker: rss.peakMiB('worker'),
        samples: rss.samples,
        byPhase: rss.byPhase(),
      },
      check,
    };
    writeFileSync(join(options.resultsDir, 'import-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(
      `${table(
        ['measure', 'value'],
        [
          ['archive', `${result.archive.archiveMiB} MiB, ${plan.documents} documents, ${plan.rows} rows`],
          ['dry run', `${result.dryRun.seconds} s (${result.dryRun.mibPerSecond} MiB/s)`],
          ['upload (202)', `${result.upload.seconds} s (${result.upload.mibPerSecond} MiB/s)`],
          [
            'job',
            `${result.job.seconds} s (${result.job.rowsPerSecond} rows/s, ${result.job.mibPerSecond} MiB/s) ${view.status}`,
          ],
          ['total', `${result.totalSeconds} s`],
          ['peak RSS api / worker', `${result.peakRssMiB.api} / ${result.peakRssMiB.worker} MiB`],
          ...Object.entries(result.peakRssMiB.byPhase).map(([phase, peak]): [string, string] => [
            `  during ${phase}`,
            `${peak.api} / ${peak.worker} MiB`,
          ]),
          [
            'documents / versions',
            `${check.documentsInAgency}/${check.documentsInRegister}, ${check.versionsInAgency}/${check.versionsInRegister} ${check.ok ? 'match' : 'MISMATCH'}`,
          ],
        ],
      )}\n`,
    );
    log(`done in ${round((Date.now() - t0) / 1000)} s`);
    if (!check.ok || view.status !== 'COMPLETED') process.exitCode = 1;
  } finally {
    await stopChild(worker);
    await stopChild(api);
    await s3.close();
    await clearRedis(options.redisUrl, options.queuePrefix).catch(() => undefined);
    rmSync(archivePath, { force: true });
    // the bucket's copy of a 2 GB import: not worth keeping in /tmp
    rmSync(options.s3Directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log(`import bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
