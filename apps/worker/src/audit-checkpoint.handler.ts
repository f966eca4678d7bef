import { Injectable } from '@nestjs/common';
import { JobName, OnJob } from '@app/platform';
import { AuditCheckpoints } from '@app/storage';

/** At an interval: the audit trail's last id and hash, MAC'd, to object storage and the log. */
@Injectable()
export class AuditCheckpointHandler {
  constructor(private readonly checkpoints: AuditCheckpoints) {}

  @OnJob(JobName.CheckpointAuditTrail, { every: (config) => config.AUDIT_CHECKPOINT_INTERVAL_MS })
  async checkpoint(): Promise<void> {
    await this.checkpoints.take();
  }
}
