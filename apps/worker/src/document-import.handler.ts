import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads, OnJob } from '@app/platform';
import { ImportRunner } from '@app/imports';

/** Runs an agency archive's import; a retry (or a job taken over from a dead worker) resumes it. */
@Injectable()
export class DocumentImportHandler {
  constructor(private readonly runner: ImportRunner) {}

  @OnJob(JobName.RunDocumentImport)
  async run({ importId }: JobPayloads[JobName.RunDocumentImport]): Promise<void> {
    await this.runner.run(importId);
  }
}
