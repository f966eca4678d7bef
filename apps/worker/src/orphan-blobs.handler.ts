import { Injectable } from '@nestjs/common';
import { AppConfig, JobName, OnJob } from '@app/platform';
import { OrphanBlobs } from '@app/storage';

const SWEEP_INTERVAL_MS = 3600_000;

/** Hourly: objects that no row owns (an upload whose transaction never committed) are removed. */
@Injectable()
export class OrphanBlobsHandler {
  constructor(
    private readonly orphans: OrphanBlobs,
    private readonly config: AppConfig,
  ) {}

  @OnJob(JobName.SweepOrphanBlobs, { every: () => SWEEP_INTERVAL_MS })
  async sweep(): Promise<void> {
    await this.orphans.sweep(this.config.ORPHAN_BLOB_GRACE_MS);
  }
}
