import { Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { hostname } from 'node:os';
import { AppConfig, heartbeatKey, InjectRedis, JobName, OnJob } from '@app/platform';

/** Proves a worker is consuming jobs: the API's readiness report shows when it last ran. */
@Injectable()
export class HeartbeatHandler {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  @OnJob(JobName.Heartbeat, { every: (config) => config.HEARTBEAT_INTERVAL_MS })
  async beat(): Promise<void> {
    const value = JSON.stringify({ at: new Date().toISOString(), worker: `${hostname()}:${process.pid}` });
    await this.redis.set(
      heartbeatKey(this.config.QUEUE_PREFIX),
      value,
      'PX',
      this.config.HEARTBEAT_INTERVAL_MS * 5,
    );
  }
}
