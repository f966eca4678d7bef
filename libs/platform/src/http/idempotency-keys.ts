import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';

/** A key whose first request never finished (its process died) may be used again after this. */
const ABANDONED_AFTER_SECONDS = 300;
const SWEEP_BATCH = 10_000;

/** What the first request with a key answered. */
export interface KeptAnswer {
  status: number;
  body: unknown;
}

/**
 * What identifies a request behind a key: its method, its URL and its body. `kind` says how the
 * body was read (`json`: the parsed JSON; `stream`: the content its handler streamed and hashed).
 */
export function requestFingerprint(
  method: string,
  url: string,
  kind: 'json' | 'stream',
  body: string,
): string {
  return createHash('sha256').update(`${method} ${url}\n${kind}\n`).update(body).digest('hex');
}

/**
 * The `idempotency_keys` table: one row per (caller, key) holding the request's fingerprint and,
 * once it succeeded, its answer. A key lives IDEMPOTENCY_TTL_HOURS; an expired row counts as
 * absent on lookup and is deleted by the sweep job. A caller holds at most
 * IDEMPOTENCY_MAX_KEYS_PER_USER live keys.
 */
@Injectable()
export class IdempotencyKeys {
  private readonly logger = new Logger('IdempotencyKeys');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * Takes the key for a request with this fingerprint (undefined: the caller runs the request),
   * or gives back the answer kept under it. The same key on another request is a 422, on a request
   * still running a 409, and a new key past the caller's cap a 429.
   */
  claim(owner: string, key: string, fingerprint: string): Promise<KeptAnswer | undefined> {
    return this.dataSource.transaction(async (manager) => {
      // one claim at a time per caller, so the cap cannot be overrun by parallel requests
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`idempotency:${owner}`]);
      const [kept] = await manager.query<
        {
          request_hash: string;
          status: string;
          response_status: number | null;
          response_body: unknown;
          reusable: boolean;
        }[]
      >(
        `SELECT request_hash, status, response_status, response_body,
                created_at < now() - make_interval(hours => $3)
                  OR (status = 'IN_PROGRESS' AND created_at < now() - make_interval(secs => $4)) AS reusable
           FROM idempotency_keys WHERE owner = $1 AND key = $2`,
        [owner, key, this.config.IDEMPOTENCY_TTL_HOURS, ABANDONED_AFTER_SECONDS],
      );
      if (kept && !kept.reusable) {
        if (kept.request_hash !== fingerprint) throw new DomainError('IDEMPOTENCY_KEY_MISMATCH');
        if (kept.status !== 'DONE') throw new DomainError('IDEMPOTENCY_IN_PROGRESS');
        return { status: kept.response_status ?? 200, body: kept.response_body };
      }
      const [live] = await manager.query<{ n: number; retry_after: number | null }[]>(
        `SELECT count(*)::int AS n,
                ceil(extract(epoch FROM min(created_at) + make_interval(hours => $3) - now()))::int AS retry_after
           FROM idempotency_keys
          WHERE owner = $1 AND key <> $2 AND created_at >= now() - make_interval(hours => $3)`,
        [owner, key, this.config.IDEMPOTENCY_TTL_HOURS],
      );
      const limit = this.config.IDEMPOTENCY_MAX_KEYS_PER_USER;
      if (live.n >= limit) {
        throw new DomainError('TOO_MANY_IDEMPOTENCY_KEYS', {
          limit,
          retryAfter: Math.max(live.retry_after ?? 1, 1),
        });
      }
      await manager.query(
        `INSERT INTO idempotency_keys (owner, key, request_hash) VALUES ($1, $2, $3)
         ON CONFLICT (owner, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, status = 'IN_PROGRESS',
           response_status = NULL, response_body = NULL, created_at = now()`,
        [owner, key, fingerprint],
      );
      return undefined;
    });
  }

  async complete(owner: string, key: string, answer: KeptAnswer): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET status = 'DONE', response_status = $3, response_body = $4::jsonb
        WHERE owner = $1 AND key = $2`,
      [owner, key, answer.status, JSON.stringify(answer.body ?? null)],
    );
  }

  /** A request that failed gives its key back, so the corrected retry can run. */
  async release(owner: string, key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM idempotency_keys WHERE owner = $1 AND key = $2', [owner, key]);
  }

  /** Deletes expired keys in batches (the sweep job); returns how many. */
  async sweepExpired(): Promise<number> {
    let removed = 0;
    for (;;) {
      const result: unknown = await this.dataSource.query(
        `DELETE FROM idempotency_keys WHERE ctid IN (
           SELECT ctid FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1) LIMIT $2)`,
        [this.config.IDEMPOTENCY_TTL_HOURS, SWEEP_BATCH],
      );
      // TypeORM's postgres driver answers a DELETE with [rows, count]
      const count = Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
      removed += count;
      if (count < SWEEP_BATCH) break;
    }
    if (removed > 0) this.logger.log({ removed }, 'removed expired idempotency keys');
    return removed;
  }
}
