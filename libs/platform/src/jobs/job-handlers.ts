import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobName, JobPayloads } from './job-names';

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], job: Job) => Promise<void>;

/**
 * The job handlers of one application: the `@OnJob` methods found at start-up. A job with two
 * handlers throws at once; a job without one fails the worker's start-up (`assertComplete`), so
 * a worker never silently drops a job.
 */
@Injectable()
export class JobHandlers {
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();
  private readonly schedules = new Map<JobName, number>();

  register<N extends JobName>(name: N, handler: JobHandler<N>): void {
    if (this.handlers.has(name)) throw new Error(`job handler for "${name}" registered twice`);
    this.handlers.set(name, handler as JobHandler<JobName>);
  }

  /** Asks the runner to keep a BullMQ job scheduler for this job (one per name across all workers). */
  every(name: JobName, intervalMs: number): void {
    this.schedules.set(name, intervalMs);
  }

  scheduled(): [JobName, number][] {
    return [...this.schedules.entries()];
  }

  get(name: string): JobHandler<JobName> | undefined {
    return this.handlers.get(name as JobName);
  }

  assertComplete(): void {
    const missing = Object.values(JobName).filter((name) => !this.handlers.has(name));
    if (missing.length > 0) throw new Error(`no handler registered for job(s): ${missing.join(', ')}`);
  }
}
