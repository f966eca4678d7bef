import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { languageOf, renderMessage } from '@app/platform';

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** Uploads have their own rule: the file intake cuts one that sends nothing for UPLOAD_IDLE_TIMEOUT_MS. */
function isMultipart(request: IncomingMessage): boolean {
  return /^multipart\//i.test(request.headers['content-type'] ?? '');
}

/** 408 in the API's error shape, then the connection closes (Connection: close). */
function refuseSlowBody(request: Request, response: Response, timeoutMs: number): void {
  if (request.socket.destroyed) return;
  if (response.headersSent) {
    request.socket.destroy();
    return;
  }
  const params = { seconds: Math.round(timeoutMs / 100) / 10 };
  response
    .status(408)
    .set('Connection', 'close')
    .json({
      statusCode: 408,
      code: 'REQUEST_BODY_TIMEOUT',
      message: renderMessage('REQUEST_BODY_TIMEOUT', params, languageOf(request)),
      details: [],
    });
}

/**
 * Slow-body guard (Node's own requestTimeout is switched off so that long uploads that keep
 * flowing are not cut at 300 s):
 * - a body other than an upload must arrive completely within `timeoutMs`, else 408 and the
 *   connection is closed: one byte a second cannot hold a connection and a parser for minutes;
 * - after the answer, the rest of a body nobody read (a refused upload, say) gets `timeoutMs`
 *   more to arrive, then the connection is closed.
 */
export function bodyDeadline(timeoutMs: number): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (!hasBody(request)) return next();
    let timer: NodeJS.Timeout | undefined;
    const arm = (onExpiry: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!request.complete) onExpiry();
      }, timeoutMs).unref();
    };
    const stop = () => clearTimeout(timer);
    if (!isMultipart(request)) arm(() => refuseSlowBody(request, response, timeoutMs));
    response.once('finish', () => {
      if (request.complete) stop();
      else arm(() => request.socket.destroy());
    });
    request.once('end', stop);
    next();
  };
}
