import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig, JobHandlers, JobName } from '@app/platform';
import { AuditCheckpoints } from '@app/storage';

/** At an interval: the audit trail's last id and hash, MAC'd, to object storage and the log. */
@Injectable()
export class AuditCheckpointHandler implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly checkpoints: AuditCheckpoints,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.handlers.register(JobName.CheckpointAuditTrail, async () => {
      await this.checkpoints.take();
    });
    this.handlers.every(JobName.CheckpointAuditTrail, this.config.AUDIT_CHECKPOINT_INTERVAL_MS);
  }
}
