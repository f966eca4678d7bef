import { Injectable, OnModuleInit } from '@nestjs/common';
import type Redis from 'ioredis';
import { hostname } from 'node:os';
import { AppConfig, heartbeatKey, InjectRedis, JobHandlers, JobName } from '@app/platform';

/** Proves a worker is consuming jobs: the API's readiness report shows when it last ran. */
@Injectable()
export class HeartbeatHandler implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.handlers.register(JobName.Heartbeat, async () => {
      const value = JSON.stringify({ at: new Date().toISOString(), worker: `${hostname()}:${process.pid}` });
      await this.redis.set(
        heartbeatKey(this.config.QUEUE_PREFIX),
        value,
        'PX',
        this.config.HEARTBEAT_INTERVAL_MS * 5,
      );
    });
    this.handlers.every(JobName.Heartbeat, this.config.HEARTBEAT_INTERVAL_MS);
  }
}
