import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Minio from 'minio';
import { BenchOptions, JWT_SECRET } from './options';
import { log, sleep } from './util';

/** Every child the benchmark started, so an interrupted run still stops them. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

export const S3_BUCKET = 'iso-bench';

export interface Child {
  name: string;
  process: ChildProcess;
  output: () => string;
}

export function startChild(name: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Child {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { name, process: child, output: () => output };
}

export async function stopChild(child: Child | undefined, timeoutMs = 15_000): Promise<void> {
  if (!child) return;
  const p = child.process;
  if (p.exitCode !== null || p.signalCode !== null) return;
  const exited = new Promise((resolve) => p.once('exit', resolve));
  p.kill('SIGTERM');
  const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** Runs the project's CLI (`migrate`) against the benchmark database. */
export async function runCli(options: BenchOptions, command: string): Promise<string> {
  const child = startChild(
    'cli',
    [join(options.root, 'dist/apps/cli/src/main.js'), command],
    { ...process.env, DATABASE_URL: options.databaseUrl, LOG_LEVEL: 'warn' },
    options.root,
  );
  const code = await new Promise<number | null>((resolve) => child.process.once('exit', resolve));
  if (code !== 0) throw new Error(`cli ${command} exited with ${code}:\n${child.output()}`);
  return child.output().trim();
}

/** Secrets the API refuses to run without in production mode, none of them written in the repository. */
const ADMIN_PASSWORD = randomBytes(18).toString('base64');
const S3_SECRET_KEY = randomBytes(24).toString('hex'); // s3rver checks no signature; a real S3 gets its own

/** The audit trail's key, kept in the work directory: the same database's chain keeps one key across runs. */
function auditKey(options: BenchOptions): string {
  const file = join(options.workDir, 'audit-hmac.key');
  if (!existsSync(file)) {
    mkdirSync(options.workDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8');
}

export function appEnv(
  options: BenchOptions,
  s3Endpoint: string,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_SIZE: String(options.poolSize),
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: options.queuePrefix,
    S3_ENDPOINT: s3Endpoint,
    S3_BUCKET,
    ...(process.env.S3_ACCESS_KEY ? { S3_ACCESS_KEY: process.env.S3_ACCESS_KEY } : {}),
    S3_SECRET_KEY: process.env.S3_SECRET_KEY ?? S3_SECRET_KEY,
    JWT_SECRET,
    AUDIT_HMAC_KEY: auditKey(options),
    ADMIN_USERNAME: 'benchadmin',
    ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
    MIGRATE_ON_START: 'false',
    HOST: '127.0.0.1',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    ...extra,
  };
}

export async function waitForHttp(url: string, child: Child, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.process.exitCode !== null) throw new Error(`${child.name} exited:\n${child.output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${child.name} did not answer ${url}:\n${child.output()}`);
    await sleep(200);
  }
}

/** Extra node options for the API and workers, e.g. BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'. */
function profilingArgs(): string[] {
  return (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

export async function startApi(options: BenchOptions, s3Endpoint: string): Promise<Child> {
  const child = startChild(
    'api',
    [...profilingArgs(), join(options.root, 'dist/apps/api/src/main.js')],
    appEnv(options, s3Endpoint, { PORT: String(options.apiPort) }),
    options.root,
  );
  await waitForHttp(`http://127.0.0.1:${options.apiPort}/health/ready`, child);
  return child;
}

export async function startWorker(
  options: BenchOptions,
  s3Endpoint: string,
  name: string,
  extra: NodeJS.ProcessEnv = {},
): Promise<Child> {
  const child = startChild(
    name,
    [...profilingArgs(), join(options.root, 'dist/apps/worker/src/main.js')],
    appEnv(options, s3Endpoint, { LOG_LEVEL: 'info', ...extra }),
    options.root,
  );
  // the worker has no HTTP port: it is up once it logs that it consumes its queues (watched on
  // the stream: the kept tail of its output may have moved past the line by the time we look)
  let consuming = false;
  child.process.stdout?.on('data', (chunk: Buffer) => {
    if (/consuming \d+ queue/.test(chunk.toString('utf8'))) consuming = true;
  });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) throw new Error(`${name} exited:\n${child.output()}`);
    if (consuming || /consuming \d+ queue/.test(child.output())) break;
    await sleep(200);
  }
  if (!consuming && !/consuming \d+ queue/.test(child.output()))
    throw new Error(`${name} did not start:\n${child.output()}`);
  return child;
}

/** The bare baseline server; given the S3 endpoint, it also serves file contents (a bare proxy). */
export async function startBaseline(options: BenchOptions, s3Endpoint?: string): Promise<Child> {
  const child = startChild(
    'baseline',
    [join(options.root, 'dist/bench/baseline-server.js')],
    {
      PATH: process.env.PATH,
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_SIZE: String(options.poolSize),
      PORT: String(options.baselinePort),
      JWT_SECRET,
      ...(s3Endpoint ? { S3_ENDPOINT: s3Endpoint, S3_BUCKET } : {}),
      ...(process.env.S3_ACCESS_KEY ? { S3_ACCESS_KEY: process.env.S3_ACCESS_KEY } : {}),
      ...(process.env.S3_SECRET_KEY ? { S3_SECRET_KEY: process.env.S3_SECRET_KEY } : {}),
    },
    options.root,
  );
  await waitForHttp(`http://127.0.0.1:${options.baselinePort}/health`, child);
  return child;
}

/**
 * The embedded S3 server (scripts/s3-server.js: s3rver behind the project's small front), as a
 * child process of its own, unless S3_ENDPOINT is given. s3rver removes a folder when its last
 * object goes, which races with a concurrent write into it (ENOENT, and s3rver dies): the API
 * stages every upload under tmp/, so a permanent object keeps that folder.
 */
export async function startS3(
  options: BenchOptions,
): Promise<{ endpoint: string; close: () => Promise<void> }> {
  if (options.s3Endpoint) return { endpoint: options.s3Endpoint, close: async () => undefined };
  const child = startChild(
    's3rver',
    [join(options.root, 'scripts/s3-server.js')],
    { PATH: process.env.PATH, S3_PORT: String(options.s3Port), S3_DIRECTORY: options.s3Directory },
    options.root,
  );
  const endpoint = `http://127.0.0.1:${options.s3Port}`;
  const deadline = Date.now() + 30_000;
  while (!/embedded S3 server/.test(child.output())) {
    if (child.process.exitCode !== null || Date.now() > deadline)
      throw new Error(`s3rver did not start:\n${child.output()}`);
    await sleep(100);
  }
  const minio = new Minio.Client({
    endPoint: '127.0.0.1',
    port: options.s3Port,
    useSSL: false,
    accessKey: 'S3RVER',
    secretKey: 'S3RVER',
    region: 'us-east-1',
  });
  if (!(await minio.bucketExists(S3_BUCKET))) await minio.makeBucket(S3_BUCKET, 'us-east-1');
  await minio.putObject(S3_BUCKET, 'tmp/.keep', Buffer.from('keeps tmp/ in place'));
  log(`s3rver (pid ${child.process.pid}) on ${endpoint}, data in ${options.s3Directory}`);
  return { endpoint, close: () => stopChild(child) };
}

/** Resident set size of a process, in bytes (Linux /proc). */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) * 1024 : NaN;
}

/** CPU time (user + system) a process has used so far, in milliseconds (Linux /proc; 10 ms ticks). */
export function cpuMsOf(pid: number): number {
  // the fields after the command name, which is in parentheses and may hold spaces
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are the stat file's 14th and 15th fields, the 12th and 13th after the name
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Samples a process's RSS every `everyMs` until stopped; reports the peak. */
export class RssSampler {
  private timer?: NodeJS.Timeout;
  samples: number[] = [];

  constructor(
    private readonly pid: number,
    private readonly everyMs = 50,
  ) {}

  start(): this {
    this.samples = [rssOf(this.pid)];
    this.timer = setInterval(() => this.samples.push(rssOf(this.pid)), this.everyMs);
    return this;
  }

  stop(): { peak: number; samples: number } {
    clearInterval(this.timer);
    this.samples.push(rssOf(this.pid));
    return { peak: Math.max(...this.samples), samples: this.samples.length };
  }
}
