import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Params } from 'nestjs-pino';
import pino, { Logger as PinoLogger } from 'pino';
import pinoHttp, { HttpLogger } from 'pino-http';
import { RequestContext } from '../context/request-context';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

interface RoutedRequest extends IncomingMessage {
  route?: { path?: string };
  baseUrl?: string;
  user?: unknown;
}

/**
 * Who made the request and which route answered, known once the answer is sent: user id,
 * agency ids of their memberships, route pattern. Added to the request's one log line (not
 * bound as pino-http's customProps, which made a child logger twice a request: ~1 % of the
 * API's CPU on reads, whatever the log level).
 */
function withIdentity(req: IncomingMessage, line: Record<string, unknown>): Record<string, unknown> {
  const { route, baseUrl, user } = req as RoutedRequest;
  if (route?.path) line.route = `${baseUrl ?? ''}${route.path}`;
  if (user instanceof RequestContext && user.userId) {
    line.userId = user.userId;
    line.agencyIds = user.memberships.map((m) => m.agencyId).filter((id) => id !== '*');
  }
  return line;
}

/** Nest provider token of the root logger (PlatformModule). */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** The process's one logger: Nest's lines (through nestjs-pino's Logger) and every request's line. */
export function createRootLogger(level: string): PinoLogger {
  return pino({ level });
}

/**
 * nestjs-pino serves as Nest's LoggerService over the root logger, and nothing more: its
 * per-request middleware is not mounted (no routes). That middleware ran each request inside an
 * AsyncLocalStorage store, and on Node 20 a store in use turns on the promise hooks for every
 * promise of the process (~5 % of the bytes the API allocates on a lean read, BENCHMARKS item
 * 20). What the store gave, the request id on lines logged while a request runs, the lines that
 * need it write themselves (the error filter names the request); requestLogging, mounted before
 * every other layer, puts it on each request's own line and answer.
 */
export function loggerParams(root: PinoLogger): Params {
  return { pinoHttp: { logger: root }, useExisting: true, forRoutes: [] };
}

/** One structured line per request, with an id (the client's X-Request-Id if sane) echoed back. */
export function requestLogging(root: PinoLogger): HttpLogger {
  return pinoHttp({
    logger: root,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // one short line per request: no headers (the response's security headers alone were 1.4 KB)
    serializers: {
      req: (req: { id?: unknown; method?: string; url?: string }) => ({
        id: req.id,
        method: req.method,
        // the path only: query strings may carry search terms about people
        url: req.url?.split('?')[0],
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customSuccessObject: (req, _res, line: Record<string, unknown>) => withIdentity(req, line),
    customErrorObject: (req, _res, _error, line: Record<string, unknown>) => withIdentity(req, line),
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
  });
}
