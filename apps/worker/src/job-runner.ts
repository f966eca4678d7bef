import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import Redis from 'ioredis';
import {
  AppConfig,
  createRedis,
  EventSubscribers,
  EVENTS_AWAITING_CONSUMER,
  INTEGRATION_EVENTS,
  JobHandlers,
  JobQueue,
  QUEUE_CONCURRENCY,
  queueRedisOptions,
  QueueName,
} from '@app/platform';

const SCHEDULER_REFRESH_MS = 60_000;

/**
 * One BullMQ worker per queue, dispatching each job to its `@OnJob` handler. Start-up fails
 * if a job has no handler, or an event neither a consumer nor a place in the integration feed; shutdown lets running jobs finish (or hands them back on timeout).
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobRunner');
  private readonly workers: Worker[] = [];
  // BullMQ leaves connections it was handed open on close(): we quit them ourselves
  private readonly connections: Redis[] = [];
  private refresh?: NodeJS.Timeout;

  constructor(
    private readonly handlers: JobHandlers,
    private readonly events: EventSubscribers,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.handlers.assertComplete();
    this.events.assertCovered([...INTEGRATION_EVENTS, ...EVENTS_AWAITING_CONSUMER]);
    for (const queueName of Object.values(QueueName)) {
      const connection = createRedis(this.config.REDIS_URL, queueRedisOptions());
      this.connections.push(connection);
      const worker = new Worker(
        queueName,
        async (job) => {
          const handler = this.handlers.get(job.name);
          if (!handler) throw new Error(`no handler for job ${job.name}`);
          await handler(job.data, job);
        },
        {
          connection,
          prefix: this.config.QUEUE_PREFIX,
          concurrency: QUEUE_CONCURRENCY[queueName] ?? 8,
          // a job whose worker died is picked up by another once its lock lapses
          lockDuration: this.config.JOB_LOCK_MS,
          stalledInterval: this.config.JOB_LOCK_MS,
        },
      );
      worker.on('failed', (job, error) =>
        this.logger.warn({ job: job?.id, name: job?.name, err: error }, 'job failed'),
      );
      worker.on('error', (error) => this.logger.error({ err: error }, 'worker error'));
      this.workers.push(worker);
    }
    await this.ensureSchedulers();
    // re-asserted on a timer: upserting is idempotent (one scheduler per name however many
    // workers), and it brings the schedulers back if Redis lost them
    this.refresh = setInterval(() => {
      this.ensureSchedulers().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'could not refresh the job schedulers'),
      );
    }, SCHEDULER_REFRESH_MS);
    this.refresh.unref();
    this.logger.log(`consuming ${this.workers.length} queue(s)`);
  }

  async ensureSchedulers(): Promise<void> {
    for (const [name, intervalMs] of this.handlers.scheduled())
      await this.jobs.schedule(name, intervalMs, {});
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.refresh);
    await Promise.all(this.workers.map((w) => this.closeWithin(w, this.config.SHUTDOWN_GRACE_MS)));
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())));
  }

  /**
   * Stops taking jobs at once and lets the running ones finish for up to `graceMs`. A job still
   * running then is left behind (the process exits without completing it), and another worker
   * takes it over once its lock lapses (JOB_LOCK_MS): every handler is safe to run again.
   */
  private async closeWithin(worker: Worker, graceMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const finished = worker.close().then(() => true);
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
    const inTime = await Promise.race([finished, late]);
    clearTimeout(timer);
    // BullMQ has no way to cut a close() under way short: the connections are quit after this
    if (!inTime)
      this.logger.warn(
        { queue: worker.name, graceMs },
        'jobs still running after the grace: left to another worker',
      );
  }
}
