import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { createRedis, queueRedisOptions } from '../redis/redis';
import { JOB_QUEUE, JobName, JobPayloads, QueueName } from './job-names';

/**
 * How long finished jobs stay in Redis, per queue. Redis runs with `noeviction`, so this is what
 * bounds its memory: the outbox relay alone completes a job a second (86,400 a day). Completed
 * jobs are kept an hour and at most 1,000 (enough to look at in Bull Board), failed ones a week and
 * at most 5,000. Nothing relies on a finished job staying: a job id derived from its subject may
 * be added again once removed, and reminders and e-mails are delivered once by the database
 * (`deadline_reminders`, `email_deliveries`), not by Redis remembering the job.
 */
export const JOB_RETENTION = {
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
} as const;

/** Adds jobs to their queues. Job ids are derived from the subject, so a retried add collapses. */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly queues = new Map<QueueName, Queue>();
  // BullMQ leaves connections it was handed open on close(): we quit them ourselves
  private readonly connections: Redis[] = [];

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      const connection = createRedis(this.config.REDIS_URL, queueRedisOptions());
      this.connections.push(connection);
      queue = new Queue(name, {
        connection,
        prefix: this.config.QUEUE_PREFIX,
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          ...JOB_RETENTION,
        },
      });
      // connection errors surface on the calls that fail; without a listener BullMQ prints each one
      queue.on('error', (error) => this.logger.warn({ err: error, queue: name }, 'queue connection error'));
      this.queues.set(name, queue);
    }
    return queue;
  }

  add<N extends JobName>(name: N, payload: JobPayloads[N], options: JobsOptions = {}): Promise<unknown> {
    return this.queue(JOB_QUEUE[name]).add(name, payload, options);
  }

  /** Repeating work: idempotent per scheduler id, so every replica may call it at start. */
  schedule<N extends JobName>(name: N, everyMs: number, payload: JobPayloads[N]): Promise<unknown> {
    return this.queue(JOB_QUEUE[name]).upsertJobScheduler(name, { every: everyMs }, { name, data: payload });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())));
  }
}
