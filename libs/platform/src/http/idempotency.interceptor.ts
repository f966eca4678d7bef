import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { from, Observable, of } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { DataSource } from 'typeorm';
import { RequestContext } from '../context/request-context';
import { DomainError } from '../errors/domain-error';

const HEADER = 'idempotency-key';
/** A key whose first request never finished (its process died) may be used again after this. */
const ABANDONED_AFTER_SECONDS = 300;

interface StoredKey {
  request_hash: string;
  status: 'IN_PROGRESS' | 'DONE';
  response_status: number | null;
  response_body: unknown;
  fresh: boolean;
}

/**
 * `Idempotency-Key` on a POST (API.md): the first request with a key runs and its answer is
 * kept; a retry with the same key and the same request gets that answer again without running
 * anything, a retry while the first still runs gets 409, the same key on another request 422.
 * Keys belong to the caller. A request that fails releases its key, so it can be retried.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { user?: RequestContext }>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.headers[HEADER];
    // only a signed-in caller's creations: keys are theirs (login and refresh are never replayed)
    const owner = request.user instanceof RequestContext ? request.user.userId : null;
    if (request.method !== 'POST' || typeof key !== 'string' || key === '' || !owner) return next.handle();
    if (key.length > 200) {
      throw new DomainError('VALIDATION_FAILED', {}, [
        { field: 'Idempotency-Key', message: 'Idempotency-Key must be at most 200 characters' },
      ]);
    }
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.originalUrl}\n`)
      .update(
        request.is('multipart/form-data')
          ? String(request.headers['content-length'] ?? '')
          : JSON.stringify(request.body ?? null),
      )
      .digest('hex');

    return from(this.claim(owner, key, requestHash)).pipe(
      mergeMap((stored) => {
        if (stored.fresh) return this.runAndKeep(owner, key, response, next);
        if (stored.request_hash !== requestHash) throw new DomainError('IDEMPOTENCY_KEY_MISMATCH');
        if (stored.status !== 'DONE') throw new DomainError('IDEMPOTENCY_IN_PROGRESS');
        response.status(stored.response_status ?? 200);
        response.setHeader('Idempotent-Replayed', 'true');
        return of(stored.response_body);
      }),
    );
  }

  private runAndKeep(owner: string, key: string, response: Response, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        await this.dataSource.query(
          `UPDATE idempotency_keys SET status = 'DONE', response_status = $3, response_body = $4::jsonb
            WHERE owner = $1 AND key = $2`,
          [owner, key, response.statusCode, JSON.stringify(body ?? null)],
        );
        return body;
      }),
      catchError(async (error: unknown) => {
        await this.dataSource
          .query('DELETE FROM idempotency_keys WHERE owner = $1 AND key = $2', [owner, key])
          .catch(() => undefined);
        throw error;
      }),
    );
  }

  /** Takes the key for this request, or gives back what is stored under it. */
  private async claim(owner: string, key: string, requestHash: string): Promise<StoredKey> {
    const [taken] = await this.dataSource.query<{ key: string }[]>(
      `INSERT INTO idempotency_keys (owner, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (owner, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = now()
         WHERE idempotency_keys.status = 'IN_PROGRESS'
           AND idempotency_keys.created_at < now() - make_interval(secs => $4)
       RETURNING key`,
      [owner, key, requestHash, ABANDONED_AFTER_SECONDS],
    );
    if (taken)
      return {
        request_hash: requestHash,
        status: 'IN_PROGRESS',
        response_status: null,
        response_body: null,
        fresh: true,
      };
    const [stored] = await this.dataSource.query<Omit<StoredKey, 'fresh'>[]>(
      'SELECT request_hash, status, response_status, response_body FROM idempotency_keys WHERE owner = $1 AND key = $2',
      [owner, key],
    );
    return { ...stored, fresh: false };
  }
}
