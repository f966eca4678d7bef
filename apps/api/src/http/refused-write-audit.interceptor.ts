import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { from, Observable, throwError } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { DomainError, errorStatus, RequestContext, UnitOfWork } from '@app/platform';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A write the service refused (403) to a signed-in caller is a security event: it goes to the
 * audit trail as `access.denied` on the caller (subject `user`), in a transaction of its own —
 * the refused one wrote nothing. The caller is authenticated, so every entry is attributable.
 */
@Injectable()
export class RefusedWriteAuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('RefusedWriteAudit');

  constructor(private readonly uow: UnitOfWork) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    if (READS.has(request.method)) return next.handle();
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          from(this.record(request, error)).pipe(mergeMap(() => throwError(() => error))),
        ),
      );
  }

  private async record(request: Request & { user?: unknown }, error: unknown): Promise<void> {
    const ctx = request.user;
    if (!(error instanceof DomainError) || errorStatus(error.code) !== 403) return;
    if (!(ctx instanceof RequestContext) || !ctx.userId) return;
    const path = request.originalUrl.split('?')[0].slice(0, 500);
    try {
      await this.uow.run(ctx, async (tx) =>
        tx.audit({
          subjectType: 'user',
          subjectId: ctx.userId!,
          action: 'access.denied',
          reason: error.publicCode ?? error.code,
          data: { method: request.method, path },
        }),
      );
    } catch (failure) {
      // the refusal itself must still reach the caller; the log keeps the event
      this.logger.warn(
        `request ${ctx.requestId}: access.denied ${ctx.userId} ${request.method} ${path} not audited: ${String(failure)}`,
      );
    }
  }
}
