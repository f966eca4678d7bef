import { Inject } from '@nestjs/common';
import Redis, { RedisOptions } from 'ioredis';

export const REDIS = Symbol('REDIS');
export const InjectRedis = () => Inject(REDIS);

/** Options for connections used inside requests: fail fast (→ 503) instead of queueing while Redis is down. */
export function requestRedisOptions(): RedisOptions {
  return {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    lazyConnect: false,
  };
}

/** Options BullMQ requires for its connections (blocking commands must not be retried by ioredis). */
export function queueRedisOptions(): RedisOptions {
  return { maxRetriesPerRequest: null, retryStrategy: (attempt) => Math.min(attempt * 200, 2000) };
}

export function createRedis(url: string, options: RedisOptions): Redis {
  const redis = new Redis(url, options);
  // errors surface on commands; an unhandled 'error' event would crash the process
  redis.on('error', () => undefined);
  return redis;
}
