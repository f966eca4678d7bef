/*
 * The `scaleOut` section of `npm run bench` (alone: `npm run bench:scale-out`): two API processes
 * behind nginx (Debian's, running the repository's deploy/nginx/conf.d/iso-api.conf) and four
 * workers on one database and one Redis. It measures
 *  - mixed traffic through the load balancer (register, search, create then read back, an
 *    Idempotency-Key retry, the province dashboard, logins): every answer must be a success;
 *  - what is shared between nodes: an idempotent retry answered by the other node replays the
 *    first answer, failed logins spread over both nodes lock the account on both;
 *  - approval races: approve and reject of the same step sent at the same instant to the two
 *    nodes directly: exactly one decision wins, the other is a 409, and the winners fall on both;
 *  - reminders due within a minute delivered exactly once by four workers.
 * Sizes: BENCH_SCALE_OUT_SECONDS (30), BENCH_SCALE_OUT_USERS (16), BENCH_SCALE_OUT_RACES (40),
 * BENCH_SCALE_OUT_REMINDERS (2,000); ports BENCH_API_PORT + 10, + 11 and BENCH_LB_PORT (3920).
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ApiClient, pool } from './lib/client';
import { agencyIdOf, oversightUsernameOf, SECRETARY, DRAFTER, usernameOf } from './lib/datagen';
import { BenchOptions } from './lib/options';
import { appEnv, Child, startChild, startWorker, stopChild, waitForHttp } from './lib/procs';
import { ReminderResult, runReminders } from './lib/reminders';
import { log, percentile, round, sleep, table } from './lib/util';

export interface OperationFigures {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
}

export interface ScaleOutResult {
  apiNodes: number;
  workers: number;
  loadBalancer: string;
  traffic: {
    seconds: number;
    users: number;
    requests: number;
    errors: number;
    requestsPerSecond: number;
    operations: Record<string, OperationFigures>;
    /** Requests each API node answered, from nginx's access log. */
    byNode: Record<string, number>;
    /** Unexpected answers, by operation and status (empty when there was no error). */
    errorSamples: string[];
  };
  shared: {
    /** The retry with the same Idempotency-Key, answered by the other node, replayed the first answer. */
    /** A POST with an Idempotency-Key on api-1, then the same on api-2: the retry replayed the first answer. */
    idempotentRetryReplayed: boolean;
    /** Statuses of wrong-password logins for one user through the load balancer, then the right password. */
    loginLockout: number[];
    /** Nodes that answered those logins. */
    loginLockoutNodes: number;
  };
  races: {
    races: number;
    oneWinner: number;
    twoWinners: number;
    noWinner: number;
    loserStatuses: Record<string, number>;
    winsByNode: Record<string, number>;
    /** Requests whose state in the database matches the decision that won. */
    consistentInDatabase: number;
    p95: number;
  };
  reminders?: ReminderResult;
  totalSeconds: number;
}

function int(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

/** Debian's nginx running the repository's server block, with its upstream pointed at `nodes`. */
async function startNginx(
  options: BenchOptions,
  port: number,
  nodes: string[],
): Promise<{ process: ChildProcess; accessLog: string; version: string }> {
  const probe = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  if (probe.error) throw new Error('nginx is not installed: apt-get install -y nginx (README, "Benchmarks")');
  const version = (probe.stderr || probe.stdout).trim().replace('nginx version: ', '');
  const dir = join(options.workDir, 'nginx');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'temp'), { recursive: true, mode: 0o777 });
  const accessLog = join(dir, 'access.log');
  const serverBlock = readFileSync(join(options.root, 'deploy/nginx/conf.d/iso-api.conf'), 'utf8');
  const local = serverBlock
    .replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replace('/var/log/nginx/access.log', accessLog);
  if (local === serverBlock || !local.includes(accessLog))
    throw new Error('deploy/nginx/conf.d/iso-api.conf: listen 8080 / access_log lines not found');
  writeFileSync(join(dir, 'iso-api.conf'), local);
  // deploy/nginx/conf.d/upstream.conf with its `server` lines naming the local nodes
  const upstream = readFileSync(join(options.root, 'deploy/nginx/conf.d/upstream.conf'), 'utf8');
  const servers = nodes.map((n) => `    server ${n} max_fails=3 fail_timeout=10s;`).join('\n');
  const localUpstream = upstream.replace(/(^\s*server .*;\n)+/m, `${servers}\n`);
  if (localUpstream === upstream) throw new Error('deploy/nginx/conf.d/upstream.conf: no server lines');
  writeFileSync(join(dir, 'upstream.conf'), localUpstream);
  const temp = join(dir, 'temp');
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      // one worker: the machine's two cores are the APIs', the workers' and PostgreSQL's
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 2048; }',
      'http {',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${temp}/${t};`),
      `  include ${dir}/upstream.conf;`,
      `  include ${dir}/iso-api.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  process.once('exit', () => child.kill('SIGKILL'));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/lb/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`nginx did not start: ${output}`);
    await sleep(100);
  }
  return { process: child, accessLog, version };
}

async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGQUIT');
  await exited;
}

/** Requests each upstream answered, from the access log (`upstream=<address>`). */
function requestsByNode(accessLog: string, names: Map<string, string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const match of readFileSync(accessLog, 'utf8').matchAll(/upstream=(\S+)/g)) {
    // a retried request lists every node it tried ("a, b"): the last one answered
    const address = match[1].split(',').pop()!.trim();
    const name = names.get(address) ?? 'none (answered by nginx)';
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

interface Person {
  agency: number;
  drafter: string;
  secretary: string;
}

async function send(
  base: string,
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown; ms: number }> {
  const t0 = performance.now();
  const response = await fetch(base + path, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const ms = performance.now() - t0;
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, json, ms };
}

/** Mixed traffic of `users` agencies' staff through the load balancer for `seconds`. */
async function mixedTraffic(
  lb: string,
  people: Person[],
  oversight: string,
  seconds: number,
): Promise<Omit<ScaleOutResult['traffic'], 'byNode'>> {
  const latencies = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const samples: string[] = [];
  const record = (operation: string, ok: boolean, ms: number, detail: string) => {
    const list = latencies.get(operation) ?? [];
    list.push(ms);
    latencies.set(operation, list);
    if (!ok) {
      errors.set(operation, (errors.get(operation) ?? 0) + 1);
      if (samples.length < 20) samples.push(`${operation}: ${detail.slice(0, 300)}`);
    }
  };
  const province = agencyIdOf(0);
  const runId = Date.now().toString(36);
  const end = Date.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    people.map(async (p, u) => {
      const agencyId = agencyIdOf(p.agency);
      for (let i = 0; Date.now() < end; i++) {
        const register = await send(
          lb,
          'GET',
          `/api/v1/documents?agencyId=${agencyId}&pageSize=20`,
          p.secretary,
        );
        record('register', register.status === 200, register.ms, `${register.status}`);
        const search = await send(
          lb,
          'GET',
          `/api/v1/documents?agencyId=${agencyId}&q=quy%20trinh`,
          p.drafter,
        );
        record('search', search.status === 200, search.ms, `${search.status}`);
        // a write, then its read: the two usually land on different nodes
        const code = `QT-SO-${runId}-${u}-${i}`;
        const created = await send(lb, 'POST', '/api/v1/documents', p.drafter, {
          agencyId,
          code,
          title: `Quy trình mở rộng quy mô ${code}`,
          type: 'PROCEDURE',
        });
        record(
          'create',
          created.status === 201,
          created.ms,
          `${created.status} ${JSON.stringify(created.json)}`,
        );
        if (created.status === 201) {
          const id = (created.json as { id: string }).id;
          const readBack = await send(lb, 'GET', `/api/v1/documents/${id}`, p.drafter);
          record('read own write', readBack.status === 200, readBack.ms, `${readBack.status}`);
        }
        if (i % 5 === 0) {
          const dashboard = await send(
            lb,
            'GET',
            `/api/v1/dashboards/province?provinceAgencyId=${province}`,
            oversight,
          );
          record('dashboard', dashboard.status === 200, dashboard.ms, `${dashboard.status}`);
        }
        if (i % 10 === 0) {
          const login = await send(lb, 'POST', '/api/v1/auth/login', undefined, {
            username: usernameOf(p.agency, 3),
            password: 'Bench@12345',
          });
          record('login', login.status === 200, login.ms, `${login.status}`);
        }
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  const operations: Record<string, OperationFigures> = {};
  let requests = 0;
  let errorCount = 0;
  for (const [operation, list] of latencies) {
    list.sort((a, b) => a - b);
    const failed = errors.get(operation) ?? 0;
    operations[operation] = {
      requests: list.length,
      errors: failed,
      p50: round(percentile(list, 50)),
      p95: round(percentile(list, 95)),
    };
    requests += list.length;
    errorCount += failed;
  }
  return {
    seconds: round(elapsed, 1),
    users: people.length,
    requests,
    errors: errorCount,
    requestsPerSecond: round(requests / elapsed, 1),
    operations,
    errorSamples: samples,
  };
}

/** State kept in Redis, not in a node: an idempotent retry and a login lockout, each spread over both nodes. */
async function sharedState(
  lb: string,
  person: Person,
  lockoutUser: string,
  nodes: string[],
  accessLog: string,
  names: Map<string, string>,
): Promise<ScaleOutResult['shared']> {
  writeFileSync(accessLog, '');
  const key = randomUUID();
  const body = {
    agencyId: agencyIdOf(person.agency),
    code: `QT-IDEM-${key.slice(0, 8)}`,
    title: 'Quy trình thử khóa lặp lại',
    type: 'PROCEDURE',
  };
  // the request on one node, its retry on the other (straight to each: round robin does not promise it)
  const first = await send(nodes[0], 'POST', '/api/v1/documents', person.drafter, body, {
    'idempotency-key': key,
  });
  const retry = await send(nodes[1], 'POST', '/api/v1/documents', person.drafter, body, {
    'idempotency-key': key,
  });
  const idempotentRetryReplayed =
    first.status === 201 &&
    retry.status === 201 &&
    (first.json as { id: string }).id === (retry.json as { id: string }).id;
  const loginLockout: number[] = [];
  for (let i = 0; i < 6; i++) {
    const wrong = await send(lb, 'POST', '/api/v1/auth/login', undefined, {
      username: lockoutUser,
      password: `sai-mat-khau-${i}`,
    });
    loginLockout.push(wrong.status);
  }
  const right = await send(lb, 'POST', '/api/v1/auth/login', undefined, {
    username: lockoutUser,
    password: 'Bench@12345',
  });
  loginLockout.push(right.status);
  const loginLockoutNodes = Object.keys(requestsByNode(accessLog, names)).length;
  return { idempotentRetryReplayed, loginLockout, loginLockoutNodes };
}

/** A submitted ISSUE request awaiting its first step (the ISO secretary's), made through the load balancer. */
async function submittedRequest(api: ApiClient, person: Person, label: string): Promise<string> {
  const doc = await api.call<{ id: string; draftVersion: { id: string } }>(
    'POST',
    '/api/v1/documents',
    person.drafter,
    {
      agencyId: agencyIdOf(person.agency),
      code: `QT-RACE-${label}`,
      title: `Quy trình thử tranh chấp phê duyệt ${label}`,
      type: 'PROCEDURE',
    },
  );
  const pdf = Buffer.from(`%PDF-1.4\n% race ${label}\n${' '.repeat(2000)}\n%%EOF\n`);
  await api.uploadPdf(person.drafter, doc, pdf, `race-${label}.pdf`);
  const request = await api.call<{ id: string }>('POST', '/api/v1/approval-requests', person.drafter, {
    kind: 'ISSUE',
    documentId: doc.id,
    reason: 'Ban hành (thử tranh chấp giữa hai nút)',
  });
  await api.call('POST', `/api/v1/approval-requests/${request.id}/submit`, person.drafter, {});
  return request.id;
}

/**
 * Approve and reject of the same step at the same instant, one on each node (which node gets
 * which alternates), each from its own session of the agency's ISO secretary.
 */
async function approvalRaces(
  options: BenchOptions,
  lbApi: ApiClient,
  nodes: string[],
  people: Person[],
  count: number,
): Promise<ScaleOutResult['races']> {
  const runId = Date.now().toString(36);
  const requests = await pool(
    Array.from({ length: count }, (_, i) => i),
    4,
    async (i) => {
      const person = people[i % people.length];
      return { id: await submittedRequest(lbApi, person, `${runId}-${i}`), person };
    },
  );
  const result: ScaleOutResult['races'] = {
    races: count,
    oneWinner: 0,
    twoWinners: 0,
    noWinner: 0,
    loserStatuses: {},
    winsByNode: {},
    consistentInDatabase: 0,
    p95: 0,
  };
  const latencies: number[] = [];
  const winners = new Map<string, 'approve' | 'reject'>();
  for (const [i, r] of requests.entries()) {
    const approveNode = i % 2;
    const rejectNode = 1 - approveNode;
    const [approve, reject] = await Promise.all([
      send(nodes[approveNode], 'POST', `/api/v1/approval-requests/${r.id}/approve`, r.person.secretary, {
        stepOrder: 1,
        comment: 'Đạt',
      }),
      send(nodes[rejectNode], 'POST', `/api/v1/approval-requests/${r.id}/reject`, r.person.secretary, {
        stepOrder: 1,
        comment: 'Chưa đạt',
      }),
    ]);
    latencies.push(approve.ms, reject.ms);
    const won = [approve, reject].filter((x) => x.status === 200);
    if (won.length === 1) {
      result.oneWinner += 1;
      const approveWon = approve.status === 200;
      winners.set(r.id, approveWon ? 'approve' : 'reject');
      const node = `api-${(approveWon ? approveNode : rejectNode) + 1}`;
      result.winsByNode[node] = (result.winsByNode[node] ?? 0) + 1;
      const loser = approveWon ? reject : approve;
      result.loserStatuses[loser.status] = (result.loserStatuses[loser.status] ?? 0) + 1;
    } else if (won.length === 2) result.twoWinners += 1;
    else result.noWinner += 1;
  }
  latencies.sort((a, b) => a - b);
  result.p95 = round(percentile(latencies, 95));
  const db = new Client({ connectionString: options.databaseUrl, application_name: 'iso-bench-scale-out' });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string; status: string; decided: string; approved: string }>(
      `SELECT r.id, r.status,
              (SELECT count(*) FROM approval_steps s WHERE s.request_id = r.id AND s.step_order = 1 AND s.decided_at IS NOT NULL) AS decided,
              (SELECT count(*) FROM approval_steps s WHERE s.request_id = r.id AND s.step_order = 1 AND s.status = 'APPROVED') AS approved
         FROM approval_requests r WHERE r.id = ANY($1::uuid[])`,
      [requests.map((r) => r.id)],
    );
    for (const row of rows) {
      const winner = winners.get(row.id);
      const approvedInDb = Number(row.approved) === 1 && row.status !== 'REJECTED';
      const rejectedInDb = Number(row.approved) === 0 && row.status === 'REJECTED';
      if (
        Number(row.decided) === 1 &&
        ((winner === 'approve' && approvedInDb) || (winner === 'reject' && rejectedInDb))
      )
        result.consistentInDatabase += 1;
    }
  } finally {
    await db.end();
  }
  return result;
}

export async function runScaleOut(options: BenchOptions, s3Endpoint: string): Promise<ScaleOutResult> {
  const t0 = Date.now();
  const seconds = int('BENCH_SCALE_OUT_SECONDS', 30);
  const users = int('BENCH_SCALE_OUT_USERS', 16);
  const raceCount = int('BENCH_SCALE_OUT_RACES', 40);
  const reminderCount = int('BENCH_SCALE_OUT_REMINDERS', 2000);
  const lbPort = int('BENCH_LB_PORT', 3920);
  const ports = [options.apiPort + 10, options.apiPort + 11];
  const nodes = ports.map((p) => `http://127.0.0.1:${p}`);
  const names = new Map(ports.map((p, i) => [`127.0.0.1:${p}`, `api-${i + 1}`]));
  const children: Child[] = [];
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
  try {
    const apis = ports.map((port, i) =>
      startChild(
        `api-${i + 1}`,
        [join(options.root, 'dist/apps/api/src/main.js')],
        // X-Forwarded-For from nginx on this host names the client (login throttle per address)
        appEnv(options, s3Endpoint, { PORT: String(port), TRUST_PROXY: 'loopback' }),
        options.root,
      ),
    );
    children.push(...apis);
    // two APIs start at once on a busy machine: give them longer than one
    await Promise.all(apis.map((api, i) => waitForHttp(`${nodes[i]}/health/ready`, api, 180_000)));
    for (let i = 1; i <= 4; i++) children.push(await startWorker(options, s3Endpoint, `worker-${i}`));
    nginx = await startNginx(options, lbPort, [...names.keys()]);
    const lb = `http://127.0.0.1:${lbPort}`;
    log(`scale-out: nginx on ${lb} → ${nodes.join(', ')}; 4 workers`);

    const lbApi = new ApiClient(lb);
    const s = options.scale;
    const agencies = Array.from({ length: users }, (_, j) => 1 + ((j * 7) % (s.bigProvince - 1)));
    const people = await pool(agencies, 4, async (agency) => ({
      agency,
      drafter: await lbApi.login(usernameOf(agency, DRAFTER)),
      secretary: await lbApi.login(usernameOf(agency, SECRETARY)),
    }));
    const oversight = await lbApi.login(oversightUsernameOf(0));

    const shared = await sharedState(
      lb,
      people[0],
      usernameOf(s.bigProvince - 2, 4),
      nodes,
      nginx.accessLog,
      names,
    );
    log(`scale-out: shared state ${JSON.stringify(shared)}`);
    writeFileSync(nginx.accessLog, '');
    const traffic = await mixedTraffic(lb, people, oversight, seconds);
    const byNode = requestsByNode(nginx.accessLog, names);
    log(
      `scale-out: traffic ${traffic.requests} requests, ${traffic.errors} errors, by node ${JSON.stringify(byNode)}`,
    );
    const races = await approvalRaces(options, lbApi, nodes, people, raceCount);
    log(`scale-out: races ${JSON.stringify(races)}`);

    await stopProcess(nginx.process);
    await Promise.all(children.map((c) => stopChild(c)));
    children.length = 0;
    const reminders = await runReminders(options, s3Endpoint, 4, reminderCount);
    log(`scale-out: reminders ${JSON.stringify(reminders)}`);
    return {
      apiNodes: 2,
      workers: 4,
      loadBalancer: nginx.version,
      traffic: { ...traffic, byNode },
      shared,
      races,
      reminders,
      totalSeconds: Math.round((Date.now() - t0) / 1000),
    };
  } catch (error) {
    for (const child of children)
      process.stderr.write(`--- last output of ${child.name}:\n${child.output().slice(-3000)}\n`);
    throw error;
  } finally {
    await stopProcess(nginx?.process);
    await Promise.all(children.map((c) => stopChild(c)));
  }
}

/** The section as text, for the console and bench/results/<scale>-latest.md. */
export function renderScaleOut(r: ScaleOutResult): string {
  const t = r.traffic;
  const lines = [
    `## Scale-out: ${r.apiNodes} API nodes behind ${r.loadBalancer}, ${r.workers} workers`,
    '',
    `Mixed traffic: ${t.users} users for ${t.seconds} s through the load balancer: ${t.requests} requests ` +
      `(${t.requestsPerSecond}/s), ${t.errors} errors; answered by ${Object.entries(t.byNode)
        .map(([n, c]) => `${n} ${c}`)
        .join(', ')}.`,
    '',
    table(
      ['operation', 'requests', 'errors', 'p50 ms', 'p95 ms'],
      Object.entries(t.operations).map(([name, o]) => [name, o.requests, o.errors, o.p50, o.p95]),
    ),
    '',
    `Shared between nodes: an Idempotency-Key retry replayed the first answer: ` +
      `${r.shared.idempotentRetryReplayed ? 'yes' : 'NO'} (sent to api-1, retried on api-2); ` +
      `six wrong passwords then the right one, answered by ${r.shared.loginLockoutNodes} nodes: ` +
      `${r.shared.loginLockout.join(', ')}.`,
    '',
    `Approval races (approve and reject of one step at once, one on each node): ${r.races.races} races, ` +
      `${r.races.oneWinner} with exactly one winner, ${r.races.twoWinners} with two, ${r.races.noWinner} with none; ` +
      `losers answered ${JSON.stringify(r.races.loserStatuses)}; wins by node ${JSON.stringify(r.races.winsByNode)}; ` +
      `${r.races.consistentInDatabase} consistent in the database; p95 ${r.races.p95} ms.`,
  ];
  const m = r.reminders;
  if (m)
    lines.push(
      '',
      `Reminders with ${m.workers} workers: ${m.deadlines} due within ${m.dueWindowSeconds} s, ${m.delivered} delivered, ` +
        `${m.notifications} in-app notifications; lag p50 ${m.lagP50} s, p99 ${m.lagP99} s, max ${m.lagMax} s.`,
    );
  return lines.join('\n');
}
