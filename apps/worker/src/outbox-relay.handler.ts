import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig, JobHandlers, JobName, OutboxRelay } from '@app/platform';

/** The relay runs as a scheduled job (never an in-process timer), so N workers relay once per tick. */
@Injectable()
export class OutboxRelayHandler implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.handlers.register(JobName.RelayOutbox, async () => {
      await this.relay.relayAll();
    });
    this.handlers.every(JobName.RelayOutbox, this.config.OUTBOX_RELAY_INTERVAL_MS);
  }
}
