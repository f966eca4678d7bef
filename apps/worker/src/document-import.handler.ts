import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobName, JobPayloads, OnJob } from '@app/platform';
import { ImportRunner } from '@app/imports';

/** Runs an agency archive's import; a retry (or a job taken over from a dead worker) resumes it. */
@Injectable()
export class DocumentImportHandler {
  constructor(private readonly runner: ImportRunner) {}

  @OnJob(JobName.RunDocumentImport)
  async run({ importId }: JobPayloads[JobName.RunDocumentImport], job: Job): Promise<void> {
    const attempt = job.attemptsMade + 1;
    await this.runner.run(importId, { attempt, lastAttempt: attempt >= (job.opts.attempts ?? 1) });
  }
}
