import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, Observable, of } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { RequestContext } from '../context/request-context';
import { bilingualDetail, DomainError } from '../errors/domain-error';
import { IdempotencyKeys, KeptAnswer, requestFingerprint } from './idempotency-keys';

const HEADER = 'idempotency-key';

/** One request's hold on its key: taken at most once, by the interceptor or by its body's reader. */
class KeyClaim {
  taken = false;

  constructor(
    private readonly keys: IdempotencyKeys,
    readonly owner: string,
    readonly key: string,
  ) {}

  async take(fingerprint: string): Promise<KeptAnswer | undefined> {
    if (this.taken) return undefined;
    const kept = await this.keys.claim(this.owner, this.key, fingerprint);
    this.taken = kept === undefined;
    return kept;
  }
}

/** The claims of requests whose body is streamed to their handler (uploads, CSV imports). */
const streamedClaims = new WeakMap<Request, KeyClaim>();

/** Thrown by claimStreamedBody when the key already holds this request's answer. */
class IdempotentReplay extends Error {
  constructor(readonly answer: KeptAnswer) {
    super('idempotent replay');
  }
}

/**
 * For a handler that streams its request body (a file upload, a CSV import): once the body has
 * been read and hashed — and before anything is stored — claim the request's Idempotency-Key with
 * a fingerprint of that content. A different body under the same key then fails here with 422
 * (nothing stored), and a true retry ends here with the first answer. Does nothing for a request
 * without a key.
 */
export async function claimStreamedBody(request: Request, content: string): Promise<void> {
  const claim = streamedClaims.get(request);
  if (!claim) return;
  const kept = await claim.take(requestFingerprint(request.method, request.originalUrl, 'stream', content));
  if (kept) throw new IdempotentReplay(kept);
}

/** A body that no parser read before the handler: its handler streams it. */
function hasUnreadBody(request: Request): boolean {
  if (request.readableEnded) return false;
  return (
    request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0
  );
}

/**
 * `Idempotency-Key` on a POST (API.md): the first request with a key runs and its answer is
 * kept; a retry with the same key and the same request gets that answer again without running
 * anything, a retry while the first still runs gets 409, the same key on another request 422.
 * Keys belong to the caller, expire, and are capped per caller (IdempotencyKeys). A request that
 * fails releases its key, so it can be retried.
 *
 * A JSON request is fingerprinted here from its parsed body. A streamed body (multipart upload,
 * CSV) cannot be read before its handler runs, so its handler's reader claims the key once it
 * has hashed the content (claimStreamedBody); a streamed request whose handler never does so
 * keeps no answer.
 */
/** The longest Idempotency-Key accepted (a longer one is a 400); the OpenAPI header says the same. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly keys: IdempotencyKeys) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { user?: RequestContext }>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.headers[HEADER];
    // only a signed-in caller's creations: keys are theirs (login and refresh are never replayed)
    const owner = request.user instanceof RequestContext ? request.user.userId : null;
    if (request.method !== 'POST' || typeof key !== 'string' || key === '' || !owner) return next.handle();
    if (key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
      throw new DomainError('VALIDATION_FAILED', {}, [
        bilingualDetail(
          'Idempotency-Key',
          `Idempotency-Key dài tối đa ${IDEMPOTENCY_KEY_MAX_LENGTH} ký tự`,
          `Idempotency-Key must be at most ${IDEMPOTENCY_KEY_MAX_LENGTH} characters`,
        ),
      ]);
    }
    const claim = new KeyClaim(this.keys, owner, key);
    if (hasUnreadBody(request)) {
      streamedClaims.set(request, claim);
      return this.run(claim, response, next);
    }
    const fingerprint = requestFingerprint(
      request.method,
      request.originalUrl,
      'json',
      JSON.stringify(request.body ?? null),
    );
    return from(claim.take(fingerprint)).pipe(
      mergeMap((kept) => (kept ? of(replay(response, kept)) : this.run(claim, response, next))),
    );
  }

  private run(claim: KeyClaim, response: Response, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        if (claim.taken)
          await this.keys.complete(claim.owner, claim.key, { status: response.statusCode, body });
        return body;
      }),
      catchError(async (error: unknown) => {
        if (error instanceof IdempotentReplay) return replay(response, error.answer);
        if (claim.taken) await this.keys.release(claim.owner, claim.key).catch(() => undefined);
        throw error;
      }),
    );
  }
}

function replay(response: Response, kept: KeptAnswer): unknown {
  response.status(kept.status);
  response.setHeader('Idempotent-Replayed', 'true');
  return kept.body;
}
