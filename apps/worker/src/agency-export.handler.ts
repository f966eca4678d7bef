import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { EventMap, JobName, JobPayloads, JobQueue, OnEvent, OnJob } from '@app/platform';
import { AgencyArchiveJob, exportJobId } from '@app/exports';

/**
 * An agency's export (issue 18): one job per export (id derived from it, so a re-relayed event
 * or a re-added job collapses) writes the archive; a periodic sweep expires old archives and adds
 * again the job of an export still waiting (its job lost with Redis).
 */
@Injectable()
export class AgencyExportHandler {
  constructor(
    private readonly jobs: JobQueue,
    private readonly archives: AgencyArchiveJob,
  ) {}

  @OnEvent('agencyExport.requested')
  async plan({ exportId }: EventMap['agencyExport.requested']): Promise<void> {
    await this.enqueue(exportId);
  }

  @OnJob(JobName.RunAgencyExport)
  async run({ exportId }: JobPayloads[JobName.RunAgencyExport], job: Job): Promise<void> {
    await this.archives.run(exportId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
  }

  @OnJob(JobName.SweepAgencyExports, { every: (config) => config.EXPORT_SWEEP_INTERVAL_MS })
  async sweep(): Promise<void> {
    for (const exportId of await this.archives.sweep()) await this.enqueue(exportId);
  }

  private async enqueue(exportId: string): Promise<void> {
    await this.jobs.add(JobName.RunAgencyExport, { exportId }, { jobId: exportJobId(exportId) });
  }
}
