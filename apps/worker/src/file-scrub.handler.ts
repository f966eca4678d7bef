import { Injectable } from '@nestjs/common';
import { AppConfig, JobName, OnJob } from '@app/platform';
import { FileIntegrity } from '@app/storage';

/**
 * At an interval: stored files re-hashed (never-checked, then longest-unchecked first) at
 * SCRUB_BYTES_PER_SECOND, at most SCRUB_MAX_FILES_PER_RUN files and about half the interval
 * per run, so runs do not pile up. A mismatch is flagged, audited and alerted.
 */
@Injectable()
export class FileScrubHandler {
  constructor(
    private readonly integrity: FileIntegrity,
    private readonly config: AppConfig,
  ) {}

  @OnJob(JobName.ScrubStoredFiles, { every: (config) => config.SCRUB_INTERVAL_MS })
  async scrub(): Promise<void> {
    await this.integrity.scrub({
      maxFiles: this.config.SCRUB_MAX_FILES_PER_RUN,
      bytesPerSecond: this.config.SCRUB_BYTES_PER_SECOND,
      budgetMs: this.config.SCRUB_INTERVAL_MS / 2,
    });
  }
}
