import { Injectable } from '@nestjs/common';
import { IdempotencyKeys, JobName, OnJob } from '@app/platform';

/** Periodically: Idempotency-Keys past IDEMPOTENCY_TTL_HOURS are deleted (lookups already ignore them). */
@Injectable()
export class IdempotencyKeysHandler {
  constructor(private readonly keys: IdempotencyKeys) {}

  @OnJob(JobName.SweepIdempotencyKeys, { every: (config) => config.IDEMPOTENCY_SWEEP_INTERVAL_MS })
  async sweep(): Promise<void> {
    await this.keys.sweepExpired();
  }
}
