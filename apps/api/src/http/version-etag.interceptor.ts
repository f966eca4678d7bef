import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable, tap } from 'rxjs';

/**
 * A resource with an optimistic-concurrency `version` is sent with `ETag: "<version>"`, so the
 * ETag a client receives is what it sends back in If-Match (express's own ETag, a hash of the
 * body, could not be: the API compares versions). It is never used for a 304. Other answers
 * keep express's ETag.
 */
@Injectable()
export class VersionEtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    return next.handle().pipe(
      tap((body: unknown) => {
        const version = (body as { version?: unknown } | null | undefined)?.version;
        const response = context.switchToHttp().getResponse<Response>();
        if (!Number.isInteger(version) || response.headersSent) return;
        response.setHeader('ETag', `"${String(version)}"`);
        // express answers 304 when If-None-Match equals the ETag; a version does not cover the
        // embedded parts (a document's draft and its files), so it must never validate a cache
        delete context.switchToHttp().getRequest<Request>().headers['if-none-match'];
      }),
    );
  }
}
