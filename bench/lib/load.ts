import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import { percentile, round } from './util';

export interface RequestSpec {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  requests: number;
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Queries still running 20 s after the load stopped, cancelled before the next measurement. */
  leftover?: number;
  /**
   * CPU milliseconds the server process used per 2xx answer during the run: steadier than
   * throughput on 2 shared cores, where the load generator and PostgreSQL take turns with it.
   */
  cpuMsPerRequest?: number;
  /** 1-minute load average of the machine when the run ended (the load generator, API, database and anything else). */
  loadAverage: number;
}

/**
 * Loads one target with autocannon on loopback: `connections` keep-alive connections for
 * `seconds`, each request built by `next()` (so requests spread over users, agencies and ids).
 * Throughput counts 2xx answers only; latencies (ms) are of every answer.
 */
export function load(
  baseUrl: string,
  next: () => RequestSpec,
  seconds: number,
  connections: number,
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const statuses: Record<string, number> = {};
    const started = process.hrtime.bigint();
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => {
              const spec = next();
              return {
                ...request,
                method: spec.method ?? 'GET',
                path: spec.path,
                headers: {
                  ...(spec.body ? { 'content-type': 'application/json' } : {}),
                  ...(spec.headers ?? {}),
                },
                body: spec.body,
              };
            },
          },
        ],
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
        latencies.sort((a, b) => a - b);
        const ok = Object.entries(statuses)
          .filter(([s]) => s.startsWith('2'))
          .reduce((n, [, c]) => n + c, 0);
        resolve({
          requests: latencies.length,
          ok,
          errors: result.errors + result.timeouts,
          statuses,
          seconds: round(elapsed, 2),
          rps: round(ok / Math.min(elapsed, seconds + 1), 1),
          p50: round(percentile(latencies, 50)),
          p95: round(percentile(latencies, 95)),
          p99: round(percentile(latencies, 99)),
          loadAverage: round(loadavg()[0], 1),
        });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}
