import { ExpressAdapter } from '@nestjs/platform-express';
import type { Request, Response } from 'express';

/**
 * Express as Nest drives it, with one change where every handler's answer is written: a
 * resource with an optimistic-concurrency `version` is sent with `ETag: "<version>"`, so the ETag
 * a client receives is what it sends back in If-Match (express's own ETag, a hash of the body,
 * could not be: the API compares versions). Done here rather than in an interceptor, so a read
 * pays for no interceptor at all (see write-interceptors.ts). Other answers keep express's ETag.
 */
export class ApiHttpAdapter extends ExpressAdapter {
  override reply(response: Response, body: unknown, statusCode?: number): unknown {
    sendVersionAsEtag(response, body);
    return super.reply(response, body, statusCode);
  }
}

export function sendVersionAsEtag(response: Response, body: unknown): void {
  const version = (body as { version?: unknown } | null | undefined)?.version;
  if (!Number.isInteger(version) || response.headersSent) return;
  response.setHeader('ETag', `"${String(version)}"`);
  // express answers 304 when If-None-Match equals the ETag; a version does not cover the
  // embedded parts (a document's draft and its files), so it must never validate a cache
  delete (response.req as Request).headers['if-none-match'];
}
