import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { JobQueue, QueueName } from '@app/platform';

/** BullMQ job states reported per queue. */
const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed'] as const;

/**
 * The API's Prometheus metrics (one registry per application, so tests that boot several apps
 * in one process do not collide): HTTP latency by route pattern and status, queue depths and
 * failed jobs, outbox lag, reminder backlog, database pool, and Node's process metrics.
 * Values read from the database and Redis are gathered at scrape time.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by method, route pattern and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.gauge(
      'iso_queue_jobs',
      'BullMQ jobs per queue and state (waiting, active, delayed, prioritized, failed)',
      ['queue', 'state'],
      async (set) => {
        for (const name of Object.values(QueueName)) {
          const counts = await this.jobs.queue(name).getJobCounts(...JOB_STATES);
          for (const state of JOB_STATES) set(counts[state] ?? 0, { queue: name, state });
        }
      },
    );
    this.gauge(
      'iso_outbox_lag_seconds',
      'Age of the oldest outbox event not yet relayed (0 when none)',
      [],
      async (set) => {
        const [row] = await this.dataSource.query<{ lag: number | null; pending: number }[]>(
          `SELECT extract(epoch FROM now() - min(created_at))::float8 AS lag, count(*)::int AS pending
           FROM outbox_events WHERE published_at IS NULL`,
        );
        set(row?.lag ?? 0);
      },
    );
    this.gauge(
      'iso_reminder_backlog',
      'Open deadlines whose next reminder is due but has not fired',
      [],
      async (set) => {
        const [row] = await this.dataSource.query<{ due: number }[]>(
          'SELECT count(*)::int AS due FROM reminder_queue WHERE next_at <= now()',
        );
        set(row?.due ?? 0);
      },
    );
    this.gauge(
      'iso_db_pool_connections',
      'Database pool connections (total, idle, waiting clients)',
      ['state'],
      (set) => {
        const pool = (this.dataSource.driver as unknown as { master?: Pool }).master;
        if (!pool) return Promise.resolve();
        set(pool.totalCount, { state: 'total' });
        set(pool.idleCount, { state: 'idle' });
        set(pool.waitingCount, { state: 'waiting' });
        return Promise.resolve();
      },
    );
  }

  /** Express middleware: times every request, labelled with the route pattern it matched. */
  httpMiddleware() {
    return (request: Request, response: Response, next: NextFunction): void => {
      const end = this.httpDuration.startTimer();
      response.once('finish', () => {
        const route = (request.route as { path?: string } | undefined)?.path;
        end({
          method: request.method,
          // the pattern (/api/v1/documents/:id), never the raw URL: ids would explode the series
          route: route ? `${request.baseUrl}${route}` : 'unmatched',
          status_code: String(response.statusCode),
        });
      });
      next();
    };
  }

  /** A gauge reset and refilled by `fill` at each scrape; a failing source leaves it empty. */
  private gauge<L extends string>(
    name: string,
    help: string,
    labelNames: L[],
    fill: (set: (value: number, labels?: Partial<Record<L, string>>) => void) => Promise<void>,
  ): void {
    new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          await fill((value, labels) => (labels ? this.set(labels, value) : this.set(value)));
        } catch {
          // a scrape must not fail because Redis or the database is down (/health/ready says so)
        }
      },
    });
  }
}
