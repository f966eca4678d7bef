import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig, JobHandlers, JobName } from '@app/platform';
import { OrphanBlobs } from '@app/storage';

const SWEEP_INTERVAL_MS = 3600_000;

/** Hourly: objects that no row owns (an upload whose transaction never committed) are removed. */
@Injectable()
export class OrphanBlobsHandler implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly orphans: OrphanBlobs,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.handlers.register(JobName.SweepOrphanBlobs, async () => {
      await this.orphans.sweep(this.config.ORPHAN_BLOB_GRACE_MS);
    });
    this.handlers.every(JobName.SweepOrphanBlobs, SWEEP_INTERVAL_MS);
  }
}
