import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface Drain {
  /** Requests being answered right now. */
  inFlight(): number;
  /**
   * Stops accepting connections at once, lets the requests in flight finish (each answered with
   * `Connection: close`, so no keep-alive connection carries another request), and cuts whatever
   * is still open after `graceMs`. Resolves with how many requests were cut.
   */
  close(graceMs: number): Promise<number>;
}

/**
 * Graceful shutdown of an HTTP server. Node's `server.close()` alone stops listening but keeps
 * serving every keep-alive connection for as long as its client sends requests on it (a busy
 * client never lets the process go), and waits forever for a request that never ends.
 * Call before `listen`, so every request is tracked.
 */
export function trackForShutdown(server: Server): Drain {
  const responses = new Set<ServerResponse>();
  let draining = false;
  const closeAfter = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  // before the application's own listener, so the header is set before anything is answered
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    responses.add(res);
    res.once('close', () => responses.delete(res));
    if (draining) closeAfter(res);
  });
  return {
    inFlight: () => responses.size,
    close(graceMs) {
      draining = true;
      responses.forEach(closeAfter);
      return new Promise((resolve) => {
        let cut = 0;
        const timer = setTimeout(() => {
          cut = responses.size;
          server.closeAllConnections();
        }, graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve(cut);
        });
        // idle keep-alive connections are closed now (close() does too since Node 19: kept explicit)
        server.closeIdleConnections();
      });
    },
  };
}
