import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig, IdempotencyKeys, JobHandlers, JobName } from '@app/platform';

/** Periodically: Idempotency-Keys past IDEMPOTENCY_TTL_HOURS are deleted (lookups already ignore them). */
@Injectable()
export class IdempotencyKeysHandler implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly keys: IdempotencyKeys,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.handlers.register(JobName.SweepIdempotencyKeys, async () => {
      await this.keys.sweepExpired();
    });
    this.handlers.every(JobName.SweepIdempotencyKeys, this.config.IDEMPOTENCY_SWEEP_INTERVAL_MS);
  }
}
