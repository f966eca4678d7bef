import { Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { AppConfig, DependencyUnavailableError, DomainError, InjectRedis } from '@app/platform';
import { clientAddressKey } from './client-address';

export type ThrottleBucket = 'address' | 'username' | 'global';

/** An attempt that was counted and let through: refunded when the password turns out right. */
export interface CountedAttempt {
  keys: string[];
}

/** The attempt was refused; `firstRefusal` is true once per bucket and window (the lockout itself). */
export class LoginThrottled extends DomainError {
  constructor(
    readonly bucket: ThrottleBucket,
    readonly retryAfter: number,
    readonly firstRefusal: boolean,
  ) {
    super('TOO_MANY_LOGIN_ATTEMPTS', { retryAfter });
  }
}

/**
 * Charges each bucket in order (INCR, expiry set by the first attempt of the window) and stops at
 * the first one over its limit, which is not charged further down: an address already refused
 * does not use up the victim's or everyone's budget. Returns 0 when every bucket had room, or
 * the refusing bucket's position (1-based), its count and its remaining seconds.
 * KEYS: the buckets; ARGV: limit and window seconds of each, in the same order.
 */
const CHARGE = `
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[i * 2 - 1])
  local window = tonumber(ARGV[i * 2])
  local count = redis.call('INCR', key)
  if count == 1 then redis.call('EXPIRE', key, window) end
  if count > limit then
    local ttl = redis.call('TTL', key)
    if ttl < 0 then redis.call('EXPIRE', key, window); ttl = window end
    return {i, count, ttl}
  end
end
return {0, 0, 0}`;

/** Gives back one attempt per bucket (a correct password is not a failure). */
const REFUND = `
for _, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
end
return 0`;

const BUCKETS: ThrottleBucket[] = ['address', 'username', 'global'];

/**
 * Login throttle shared by every API replica (Redis). Each attempt is counted atomically BEFORE
 * the password is checked, per client address (an IPv6 /64), per username and globally; an
 * attempt whose password is right is refunded, so the counts are failures plus attempts in
 * flight. Parallel guesses therefore cannot all pass the check before the first failure is
 * recorded.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** Counts an attempt; throws LoginThrottled (429) when a bucket is over its limit. */
  async attempt(username: string, address: string | undefined): Promise<CountedAttempt> {
    const c = this.config;
    const keys = [
      this.key(`address:${clientAddressKey(address)}`),
      this.key(`username:${username.normalize('NFC').toLowerCase()}`),
      this.key('global'),
    ];
    const limits = [
      [c.LOGIN_MAX_FAILURES_PER_ADDRESS, c.LOGIN_THROTTLE_WINDOW_SECONDS],
      [c.LOGIN_MAX_FAILURES, c.LOGIN_THROTTLE_WINDOW_SECONDS],
      [c.LOGIN_MAX_FAILURES_GLOBAL, c.LOGIN_GLOBAL_WINDOW_SECONDS],
    ];
    const [refused, count, ttl] = (await this.run(() =>
      this.redis.eval(CHARGE, keys.length, ...keys, ...limits.flat()),
    )) as [number, number, number];
    if (refused > 0) {
      const limit = limits[refused - 1][0];
      throw new LoginThrottled(BUCKETS[refused - 1], Math.max(ttl, 1), count === limit + 1);
    }
    return { keys };
  }

  async refund(attempt: CountedAttempt): Promise<void> {
    await this.run(() => this.redis.eval(REFUND, attempt.keys.length, ...attempt.keys));
  }

  /**
   * Lockouts of single usernames and addresses written to the audit trail share one budget
   * (LOGIN_MAX_FAILURES_GLOBAL per global window): an attacker with many addresses could
   * otherwise add an entry per address. Failed logins need none — each passed the global bucket.
   */
  async takeAuditBudget(): Promise<boolean> {
    const key = this.key('audit-budget');
    const window = this.config.LOGIN_GLOBAL_WINDOW_SECONDS;
    const [[, count]] = (await this.run(() =>
      this.redis.multi().incr(key).expire(key, window, 'NX').exec(),
    )) as [[null, number]];
    return count <= this.config.LOGIN_MAX_FAILURES_GLOBAL;
  }

  private key(bucket: string): string {
    // one hash tag: the script touches several keys, which Redis Cluster needs in one slot
    return `${this.config.QUEUE_PREFIX}:{login-throttle}:${bucket}`;
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      throw new DependencyUnavailableError('redis', error);
    }
  }
}
