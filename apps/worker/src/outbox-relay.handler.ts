import { Injectable } from '@nestjs/common';
import { JobName, OnJob, OutboxRelay } from '@app/platform';

/** The relay runs as a scheduled job (never an in-process timer), so N workers relay once per tick. */
@Injectable()
export class OutboxRelayHandler {
  constructor(private readonly relay: OutboxRelay) {}

  @OnJob(JobName.RelayOutbox, { every: (config) => config.OUTBOX_RELAY_INTERVAL_MS })
  async relayAll(): Promise<void> {
    await this.relay.relayAll();
  }
}
