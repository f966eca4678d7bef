import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  RequestMethod,
  Type,
} from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { MetadataScanner } from '@nestjs/core';
import { defer, Observable } from 'rxjs';
import { IdempotencyInterceptor } from '@app/platform';
import { RefusedWriteAuditInterceptor } from './refused-write-audit.interceptor';

/** An interceptor that answers with an Observable at once (both write interceptors do). */
interface ImmediateInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown>;
}

/**
 * The interceptors of a write, outermost first, registered with Nest as one: Nest wraps each
 * interceptor of a route in a layer of its own (a deferred, async-context-bound call and a
 * mergeAll). Each still runs when the one outside it calls next.handle(), as under Nest, so
 * their order and behaviour are those of two interceptors.
 */
@Injectable()
export class WriteInterceptors implements NestInterceptor {
  private readonly chain: ImmediateInterceptor[];

  constructor(idempotency: IdempotencyInterceptor, refusedWriteAudit: RefusedWriteAuditInterceptor) {
    this.chain = [idempotency, refusedWriteAudit];
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const handler = this.chain.reduceRight<CallHandler>(
      (inner, interceptor) => ({ handle: () => defer(() => interceptor.intercept(context, inner)) }),
      next,
    );
    return handler.handle();
  }
}

const READS = new Set([RequestMethod.GET, RequestMethod.HEAD]);

/**
 * Binds WriteInterceptors to every route of `controllers` that is not a read (GET, HEAD), as the
 * outermost of the route's own interceptors; must run before Nest scans the module. Neither
 * interceptor does anything for a read (idempotency keys are for POST, refused-write audit for
 * writes), and a route with no interceptor skips Nest's Observable pipeline (the deferred,
 * async-context-bound call, a ReplaySubject and lastValueFrom per request) that a global
 * interceptor made every read pay. Bound by HTTP method, a new write route gets them as a
 * global interceptor would.
 */
export function interceptWrites(controllers: Type[]): void {
  const scanner = new MetadataScanner();
  for (const controller of controllers) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const method = Reflect.getMetadata(METHOD_METADATA, handler as object) as RequestMethod | undefined;
      if (method === undefined || READS.has(method)) continue;
      const bound = (Reflect.getMetadata(INTERCEPTORS_METADATA, handler as object) as unknown[]) ?? [];
      if (bound.includes(WriteInterceptors)) continue;
      Reflect.defineMetadata(INTERCEPTORS_METADATA, [WriteInterceptors, ...bound], handler as object);
    }
  }
}
