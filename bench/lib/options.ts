import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/** Sizes of the generated data set. */
export interface Scale {
  name: string;
  agencies: number;
  provinces: number;
  /** Agencies of the province whose dashboard is measured (the province agency included). */
  bigProvince: number;
  documents: number;
  /** Versions are 1–5 per document (3 on average), so `versions` = 3 × `documents`. */
  versions: number;
  deadlines: number;
  /** Deadlines falling due within a minute, for the reminder-delivery run. */
  reminders: number;
  /** Approval requests pushed through both steps in the approval run. */
  approvals: number;
}

export const SCALES: Record<string, Scale> = {
  full: {
    name: 'full',
    agencies: 5000,
    provinces: 34,
    bigProvince: 300,
    documents: 1_000_000,
    versions: 3_000_000,
    deadlines: 1_000_000,
    reminders: 100_000,
    approvals: 1000,
  },
  small: {
    name: 'small',
    agencies: 50,
    provinces: 2,
    bigProvince: 30,
    documents: 10_000,
    versions: 30_000,
    deadlines: 10_000,
    reminders: 1000,
    approvals: 100,
  },
};

export interface BenchOptions {
  scale: Scale;
  /** Database the data set lives in (created and migrated if missing). */
  databaseUrl: string;
  databaseName: string;
  /** Server connection used to create the database. */
  adminUrl: string;
  redisUrl: string;
  queuePrefix: string;
  /** Seconds each endpoint is loaded for, per target (API, then baseline). */
  duration: number;
  warmup: number;
  /** Alternating API/baseline rounds per read endpoint; the median pair is reported. */
  rounds: number;
  connections: number;
  poolSize: number;
  apiPort: number;
  baselinePort: number;
  s3Endpoint?: string;
  s3Port: number;
  s3Directory: string;
  workDir: string;
  /** Size of the upload/download file, in MiB. */
  fileMiB: number;
  /** Which parts to run (all by default): reads,login,approvals,files,reminders,scaleOut. */
  only: Set<string>;
  /** BENCH_READS: only these read endpoints (keys as in bench/lib/reads.ts), to measure some again. */
  readKeys?: Set<string>;
  root: string;
  resultsDir: string;
}

export const PASSWORD = 'Bench@12345';
/** Random per run: in production mode the API refuses a secret written in the repository. */
export const JWT_SECRET = randomBytes(48).toString('base64');
export const ALL_PARTS = ['reads', 'login', 'approvals', 'files', 'reminders', 'scaleOut'];

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

export function readOptions(): BenchOptions {
  const scaleName = process.env.BENCH_SCALE ?? 'full';
  const scale = SCALES[scaleName];
  if (!scale) throw new Error(`BENCH_SCALE must be one of ${Object.keys(SCALES).join(', ')}`);
  const databaseName =
    process.env.BENCH_DB ?? (scaleName === 'full' ? 'iso_bench' : `iso_bench_${scaleName}`);
  if (!/^[a-z_][a-z0-9_]*$/.test(databaseName)) throw new Error('BENCH_DB must be a plain database name');
  const pgUrl = (database: string) => {
    const url = new URL(process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    url.pathname = `/${database}`;
    return url.toString();
  };
  const root = join(__dirname, '..', '..', '..');
  const workDir = process.env.BENCH_WORK_DIR ?? '/tmp/iso-bench';
  const only = (process.env.BENCH_ONLY ?? ALL_PARTS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const part of only) if (!ALL_PARTS.includes(part)) throw new Error(`BENCH_ONLY: unknown part ${part}`);
  return {
    scale,
    databaseName,
    databaseUrl: pgUrl(databaseName),
    adminUrl: pgUrl('postgres'),
    redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    queuePrefix: process.env.BENCH_QUEUE_PREFIX ?? 'isobench',
    duration: int('BENCH_DURATION', 10),
    warmup: int('BENCH_WARMUP', 3),
    rounds: int('BENCH_ROUNDS', 3),
    connections: int('BENCH_CONNECTIONS', 20),
    poolSize: int('BENCH_POOL_SIZE', 10),
    apiPort: int('BENCH_API_PORT', 3900),
    baselinePort: int('BENCH_BASELINE_PORT', 3901),
    s3Endpoint: process.env.S3_ENDPOINT,
    s3Port: int('BENCH_S3_PORT', 9900),
    s3Directory: join(workDir, 's3'),
    workDir,
    fileMiB: int('BENCH_FILE_MB', 200),
    only: new Set(only),
    readKeys: process.env.BENCH_READS
      ? new Set(process.env.BENCH_READS.split(',').map((s) => s.trim()))
      : undefined,
    root,
    resultsDir: join(root, 'bench', 'results'),
  };
}
