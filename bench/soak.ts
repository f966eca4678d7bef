/**
 * Soak: a bounded mixed workload against a RUNNING system (as `npm run dev` starts it), then
 * integrity checks. Loopback only; bounded by SOAK_MINUTES and SOAK_USERS.
 *
 *   npm run soak                          (40 virtual users, 10 minutes, http://127.0.0.1:3000)
 *   SOAK_USERS=10 SOAK_MINUTES=2 npm run soak
 *
 * Environment: SOAK_URL, SOAK_USERS, SOAK_MINUTES, SEED_PASSWORD (the demo accounts' password),
 * ADMIN_USERNAME / ADMIN_PASSWORD, DATABASE_URL, REDIS_URL, QUEUE_PREFIX, S3_ENDPOINT,
 * S3_ACCESS_KEY, S3_SECRET_KEY, S3_BUCKET (the same values as the running system; dev.sh's
 * defaults otherwise), SOAK_API_PID / SOAK_WORKER_PID (found with pgrep when unset).
 * Writes bench/results/soak-latest.{json,md}; exits non-zero on any 5xx, unexpected answer or
 * failed check.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import * as Minio from 'minio';
import { Client } from 'pg';
import { integrityChecks } from './lib/soak-checks';
import { Recorder, SoakClient } from './lib/soak-client';
import { findPid, Sampler } from './lib/soak-sampler';
import { soakReport } from './lib/soak-report';
import { AUDITOR, Shared, TEAMS, VirtualUser } from './lib/soak-workload';

const env = process.env;
const options = {
  url: env.SOAK_URL ?? 'http://127.0.0.1:3000',
  users: Number(env.SOAK_USERS ?? 40),
  minutes: Number(env.SOAK_MINUTES ?? 10),
  password: env.SEED_PASSWORD ?? 'Demo@12345',
  admin: { username: env.ADMIN_USERNAME ?? 'admin', password: env.ADMIN_PASSWORD ?? 'Admin@12345' },
  databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/iso_dev',
  redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  queuePrefix: env.QUEUE_PREFIX ?? 'iso',
  s3: new URL(env.S3_ENDPOINT ?? 'http://127.0.0.1:9000'),
  bucket: env.S3_BUCKET ?? 'iso-documents',
};
const SAMPLE_EVERY_MS = 15_000;
const RELOGIN_EVERY_MS = 10 * 60_000;

function log(message: string): void {
  process.stderr.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function assertBounded(): void {
  const host = new URL(options.url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host))
    throw new Error(`SOAK_URL must be loopback, not ${host}`);
  if (!(options.users >= 1 && options.users <= 200)) throw new Error('SOAK_USERS must be 1–200');
  if (!(options.minutes > 0 && options.minutes <= 120))
    throw new Error('SOAK_MINUTES must be within (0, 120]');
}

async function must<T>(answer: Promise<{ body: T } | undefined>, what: string): Promise<T> {
  const result = await answer;
  if (!result) throw new Error(`setup: ${what} failed (see the error above)`);
  return result.body;
}

/** Logs every demo account in and finds the two agencies and an internal audit in progress to record findings in. */
async function setUp(api: SoakClient, tokens: Map<string, string>, runId: string): Promise<Shared> {
  const usernames = [
    ...new Set(TEAMS.flatMap((t) => [t.drafter, t.secretary, t.approver, t.staff]).concat(AUDITOR)),
  ];
  for (const username of [...usernames, options.admin.username]) {
    const password = username === options.admin.username ? options.admin.password : options.password;
    const { accessToken } = await must(
      api.call<{ accessToken: string }>('login', 'POST', '/api/v1/auth/login', {
        json: { username, password },
      }),
      `login of ${username}`,
    );
    tokens.set(username, accessToken);
  }
  const me = (username: string) =>
    must(
      api.call<{ id: string; memberships: { agencyId: string }[] }>('setup', 'GET', '/api/v1/me', {
        token: tokens.get(username),
      }),
      `/me of ${username}`,
    );
  const teams = [];
  for (const team of TEAMS)
    teams.push({ ...team, agencyId: (await me(team.secretary)).memberships[0].agencyId });
  const auditId = await auditInProgress(api, tokens, teams[0].agencyId, (await me(AUDITOR)).id, runId);
  return { teams, auditId, effective: new Map(), approvedRequests: [], files: new Map(), runId };
}

async function auditInProgress(
  api: SoakClient,
  tokens: Map<string, string>,
  agencyId: string,
  auditorId: string,
  runId: string,
): Promise<string> {
  const secretary = tokens.get(TEAMS[0].secretary);
  const year = new Date().getFullYear();
  await must(
    api.call('setup', 'PUT', `/api/v1/agencies/${agencyId}/auditors/${auditorId}`, {
      token: secretary,
      json: { unit: 'Văn phòng Sở' },
    }),
    'registering the auditor',
  );
  const programmes = await must(
    api.call<{ items: { id: string; year: number }[] }>(
      'setup',
      'GET',
      `/api/v1/audit-programmes?agencyId=${agencyId}&pageSize=100`,
      {
        token: secretary,
      },
    ),
    'listing audit programmes',
  );
  const programme =
    programmes.items.find((p) => p.year === year) ??
    (await must(
      api.call<{ id: string }>('setup', 'POST', '/api/v1/audit-programmes', {
        token: secretary,
        json: { agencyId, year, objectives: 'Đánh giá hiệu lực HTQLCL (thử tải)' },
      }),
      'creating the audit programme',
    ));
  const audit = await must(
    api.call<{ id: string }>('setup', 'POST', '/api/v1/audits', {
      token: secretary,
      json: {
        programmeId: programme.id,
        title: `Đánh giá nội bộ thử tải ${runId}`,
        scope: {
          processes: ['Quy trình chứng thực'],
          clauses: ['7.5.3', '8.5.1', '9.1.2'],
          units: ['Phòng Hành chính tư pháp'],
        },
        criteria: 'TCVN ISO 9001:2015',
        plannedStart: `${year}-01-02`,
        plannedEnd: `${year}-12-30`,
        leadAuditorId: auditorId,
        auditorIds: [],
        auditeeAgencyIds: [agencyId],
      },
    }),
    'creating the audit',
  );
  await must(
    api.call('setup', 'POST', `/api/v1/audits/${audit.id}/start`, { token: tokens.get(AUDITOR), json: {} }),
    'starting the audit',
  );
  return audit.id;
}

async function main(): Promise<void> {
  assertBounded();
  const runId = Date.now().toString(36).toUpperCase();
  const recorder = new Recorder();
  const api = new SoakClient(options.url, recorder);
  const health = await fetch(`${options.url}/health`).catch(() => undefined);
  if (!health?.ok)
    throw new Error(`nothing answers ${options.url}/health: start the system first (npm run dev)`);

  const pg = new Client({ connectionString: options.databaseUrl });
  await pg.connect();
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1 });
  const s3 = new Minio.Client({
    endPoint: options.s3.hostname,
    port: Number(options.s3.port || 80),
    useSSL: options.s3.protocol === 'https:',
    accessKey: env.S3_ACCESS_KEY ?? 'S3RVER',
    secretKey: env.S3_SECRET_KEY ?? 'S3RVER',
    region: env.S3_REGION ?? 'us-east-1',
  });
  const pids = {
    api: findPid(env.SOAK_API_PID, 'dist/apps/api/src/main.js', options.databaseUrl),
    worker: findPid(env.SOAK_WORKER_PID, 'dist/apps/worker/src/main.js', options.databaseUrl),
  };
  const sampler = new Sampler(pg, redis, options.queuePrefix, pids);

  const tokens = new Map<string, string>();
  const shared = await setUp(api, tokens, runId);
  log(
    `${options.users} virtual users for ${options.minutes} min against ${options.url} (api pid ${pids.api ?? '?'}, worker pid ${pids.worker ?? '?'})`,
  );

  const started = Date.now();
  const until = started + options.minutes * 60_000;
  await sampler.sample();
  const sampling = setInterval(() => {
    sampler
      .sample()
      .then((s) =>
        log(
          `${recorder.samples.length} requests, ${recorder.errors.length} errors; api ${s.apiRssMb} MB, worker ${s.workerRssMb} MB, ` +
            `${s.dbConnections} db connections, redis ${s.redisUsedMb} MB, ${s.queued} jobs queued, ${s.kept} kept`,
        ),
      )
      .catch((error: unknown) => log(`sampling failed: ${(error as Error).message}`));
  }, SAMPLE_EVERY_MS);
  // access tokens last 15 minutes: everyone logs in again now and then
  const relogin = setInterval(() => {
    for (const username of tokens.keys()) {
      const password = username === options.admin.username ? options.admin.password : options.password;
      void api
        .call<{
          accessToken: string;
        }>('login', 'POST', '/api/v1/auth/login', { json: { username, password } })
        .then((a) => a && tokens.set(username, a.body.accessToken));
    }
  }, RELOGIN_EVERY_MS);

  const iterations = await Promise.all(
    Array.from({ length: options.users }, (_, i) =>
      new VirtualUser(i, api, tokens, shared, options.password).run(until),
    ),
  );
  const finished = Date.now();
  clearInterval(sampling);
  clearInterval(relogin);
  await sampler.sample();
  log(
    `load done: ${recorder.samples.length} requests in ${((finished - started) / 1000).toFixed(0)} s; checking integrity`,
  );

  const checks = await integrityChecks({
    api,
    adminToken: tokens.get(options.admin.username) ?? '',
    pg,
    s3,
    bucket: options.bucket,
    approvedRequests: shared.approvedRequests,
  });
  const report = soakReport({
    options: { url: options.url, users: options.users, minutes: options.minutes },
    started,
    finished,
    iterations: iterations.reduce((a, b) => a + b, 0),
    recorder,
    system: sampler.samples,
    checks,
    approvedRequests: shared.approvedRequests.length,
  });
  process.stdout.write(report.text + '\n');
  const dir = join(__dirname, '..', '..', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'soak-latest.json'), JSON.stringify(report.json, null, 2) + '\n');
  writeFileSync(join(dir, 'soak-latest.md'), report.markdown + '\n');
  await pg.end();
  redis.disconnect();
  const failed = recorder.errors.length > 0 || checks.some((c) => !c.ok);
  log(failed ? 'SOAK FAILED' : 'soak passed');
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  log(`SOAK FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
