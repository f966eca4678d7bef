import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { Params } from 'nestjs-pino';
import { RequestContext } from '../context/request-context';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

interface RoutedRequest extends IncomingMessage {
  route?: { path?: string };
  baseUrl?: string;
  user?: unknown;
}

/**
 * Who made the request and which route answered, known once the answer is sent: user id,
 * agency ids of their memberships, route pattern.
 */
function requestIdentity(req: IncomingMessage, res: ServerResponse): Record<string, unknown> {
  // at the start the route is the logger middleware's own catch-all: bind nothing yet
  if (!res.headersSent) return {};
  const { route, baseUrl, user } = req as RoutedRequest;
  const props: Record<string, unknown> = {};
  if (route?.path) props.route = `${baseUrl ?? ''}${route.path}`;
  if (user instanceof RequestContext && user.userId) {
    props.userId = user.userId;
    props.agencyIds = user.memberships.map((m) => m.agencyId).filter((id) => id !== '*');
  }
  return props;
}

/** Structured JSON logs; each request gets an id (the client's X-Request-Id if sane) echoed back. */
export function loggerParams(level: string): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level,
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
      customProps: requestIdentity,
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
    },
  };
}
