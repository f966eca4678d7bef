import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express, Request, Response } from 'express';

/**
 * Express as Nest drives it, with two changes at the edges:
 * - requests and responses are born with the app's prototypes (see `bornWithPrototype`);
 * - a resource with an optimistic-concurrency `version` is sent with `ETag: "<version>"`, so the
 *   ETag a client receives is what it sends back in If-Match (express's own ETag, a hash of the
 *   body, could not be: the API compares versions). Done where every handler's answer is
 *   written rather than in an interceptor, so a read pays for no interceptor at all (see
 *   write-interceptors.ts). Other answers keep express's ETag.
 */
export class ApiHttpAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    // neither is used by the API (TLS ends at the load balancer; main.ts drains connections itself)
    if (options?.httpsOptions || options?.forceCloseConnections) return super.initHttpServer(options);
    const app = this.getInstance<Express>();
    this.httpServer = createServer(
      {
        IncomingMessage: bornWithPrototype(IncomingMessage, app.request),
        ServerResponse: bornWithPrototype(ServerResponse, app.response),
      },
      app,
    );
  }

  override reply(response: Response, body: unknown, statusCode?: number): unknown {
    sendVersionAsEtag(response, body);
    return super.reply(response, body, statusCode);
  }
}

/**
 * Express gives each request and response its app's prototype as it takes them
 * (`Object.setPrototypeOf` in app.handle). On V8 an object whose prototype changes after it is
 * made moves to a map of its own, and the whole request (every object reachable from it) then
 * outlives the young generation's collections: promoted to the old generation, collected only by
 * a full collection. Measured on Node 20: a bare express route answered 2.4 times faster, and
 * the API promoted a fifth of what it allocated (BENCHMARKS item 21). Made by Node's server with
 * the app's prototypes from the start, express's setPrototypeOf finds them in place and does
 * nothing. The constructors are Node's own, run on the new object as a subclass would.
 */
function bornWithPrototype<T extends typeof IncomingMessage | typeof ServerResponse>(
  base: T,
  prototype: object,
): T {
  function Born(this: object, ...args: unknown[]) {
    (base as unknown as (...a: unknown[]) => void).apply(this, args);
  }
  Born.prototype = prototype;
  return Born as unknown as T;
}

function sendVersionAsEtag(response: Response, body: unknown): void {
  const version = (body as { version?: unknown } | null | undefined)?.version;
  if (!Number.isInteger(version) || response.headersSent) return;
  response.setHeader('ETag', `"${String(version)}"`);
  // express answers 304 when If-None-Match equals the ETag; a version does not cover the
  // embedded parts (a document's draft and its files), so it must never validate a cache
  delete (response.req as Request).headers['if-none-match'];
}
