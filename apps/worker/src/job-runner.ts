import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import {
  AppConfig,
  createRedis,
  JobHandlers,
  JobName,
  JobQueue,
  queueRedisOptions,
  QueueName,
} from '@app/platform';

/**
 * One BullMQ worker per queue, dispatching each job to its registered handler. Start-up fails
 * if a job has no handler; shutdown lets running jobs finish (or hands them back on timeout).
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobRunner');
  private readonly workers: Worker[] = [];

  constructor(
    private readonly handlers: JobHandlers,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.handlers.assertComplete();
    for (const queueName of Object.values(QueueName)) {
      const worker = new Worker(
        queueName,
        async (job) => {
          const handler = this.handlers.get(job.name);
          if (!handler) throw new Error(`no handler for job ${job.name}`);
          await handler(job.data, job);
        },
        {
          connection: createRedis(this.config.REDIS_URL, queueRedisOptions()),
          prefix: this.config.QUEUE_PREFIX,
          concurrency: 8,
        },
      );
      worker.on('failed', (job, error) =>
        this.logger.warn({ job: job?.id, name: job?.name, err: error }, 'job failed'),
      );
      worker.on('error', (error) => this.logger.error({ err: error }, 'worker error'));
      this.workers.push(worker);
    }
    await this.jobs.schedule(JobName.Heartbeat, this.config.HEARTBEAT_INTERVAL_MS, {});
    this.logger.log(`consuming ${this.workers.length} queue(s)`);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
