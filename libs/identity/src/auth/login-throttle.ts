import { Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { AppConfig, DependencyUnavailableError, DomainError, InjectRedis } from '@app/platform';

/**
 * Counts failed logins per username and client address in Redis, so every API replica
 * shares the count; past the limit the pair is refused until the window ends.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  private key(username: string, ip: string): string {
    return `${this.config.QUEUE_PREFIX}:login-failures:${username.toLowerCase()}:${ip}`;
  }

  async assertAllowed(username: string, ip: string): Promise<void> {
    const key = this.key(username, ip);
    const [count, ttl] = await this.run(() => Promise.all([this.redis.get(key), this.redis.ttl(key)]));
    if (Number(count ?? 0) >= this.config.LOGIN_MAX_FAILURES) {
      throw new DomainError('TOO_MANY_LOGIN_ATTEMPTS', { retryAfter: Math.max(ttl, 1) });
    }
  }

  async recordFailure(username: string, ip: string): Promise<void> {
    const key = this.key(username, ip);
    await this.run(() =>
      this.redis.multi().incr(key).expire(key, this.config.LOGIN_THROTTLE_WINDOW_SECONDS, 'NX').exec(),
    );
  }

  async reset(username: string, ip: string): Promise<void> {
    await this.run(() => this.redis.del(this.key(username, ip)));
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      throw new DependencyUnavailableError('redis', error);
    }
  }
}
