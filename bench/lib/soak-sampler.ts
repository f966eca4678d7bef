import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Redis from 'ioredis';
import { Client } from 'pg';

/** One look at the running system: memory of its processes, database connections, Redis and the queues. */
export interface SystemSample {
  at: number;
  apiRssMb: number | null;
  workerRssMb: number | null;
  dbConnections: number;
  redisUsedMb: number;
  /** waiting + active + delayed jobs over every queue */
  queued: number;
  /** completed + failed jobs kept over every queue */
  kept: number;
}

const QUEUES = ['maintenance', 'documents', 'reminders', 'email'];

/**
 * The pid given, or the process whose command line matches and whose environment names the same
 * database (several systems may run on one machine); unknown when there is not exactly one.
 */
export function findPid(given: string | undefined, pattern: string, databaseUrl: string): number | undefined {
  if (given) return Number(given);
  let candidates: number[];
  try {
    candidates = execFileSync('pgrep', ['-f', pattern], { encoding: 'utf8' }).trim().split('\n').map(Number);
  } catch {
    return undefined;
  }
  const ours = candidates.filter((pid) => {
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      const url = environ.find((e) => e.startsWith('DATABASE_URL='))?.slice('DATABASE_URL='.length);
      return url === databaseUrl;
    } catch {
      return false;
    }
  });
  return ours.length === 1 ? ours[0] : undefined;
}

function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Math.round(kb / 102.4) / 10;
  } catch {
    return null;
  }
}

export class Sampler {
  readonly samples: SystemSample[] = [];

  constructor(
    private readonly pg: Client,
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly pids: { api?: number; worker?: number },
  ) {}

  async sample(): Promise<SystemSample> {
    const [{ n }] = (
      await this.pg.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()',
      )
    ).rows;
    const info = await this.redis.info('memory');
    const used = Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
    const pipeline = this.redis.pipeline();
    for (const q of QUEUES) {
      const key = `${this.prefix}:${q}`;
      pipeline.llen(`${key}:wait`).llen(`${key}:active`).zcard(`${key}:delayed`).zcard(`${key}:prioritized`);
      pipeline.zcard(`${key}:completed`).zcard(`${key}:failed`);
    }
    const counts = ((await pipeline.exec()) ?? []).map(([, v]) => Number(v));
    let queued = 0;
    let kept = 0;
    counts.forEach((v, i) => (i % 6 < 4 ? (queued += v) : (kept += v)));
    const sample = {
      at: Date.now(),
      apiRssMb: rssMb(this.pids.api),
      workerRssMb: rssMb(this.pids.worker),
      dbConnections: n,
      redisUsedMb: Math.round(used / 104857.6) / 10,
      queued,
      kept,
    };
    this.samples.push(sample);
    return sample;
  }
}
