import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import helmet from 'helmet';
import { AppConfig, corsOrigins, httpsConfigured } from '@app/platform';

/** Headers a browser front-end may read from an answer (everything else stays hidden by CORS). */
const EXPOSED_HEADERS = ['X-Request-Id', 'Content-Disposition', 'ETag', 'Retry-After', 'Idempotent-Replayed'];

/** Headers a front-end may send. */
const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'If-Match',
  'Idempotency-Key',
  'Accept-Language',
  'X-Request-Id',
];

/**
 * CORS for the origins in CORS_ORIGINS only; undefined (no CORS at all) when none is set. Tokens
 * travel in the Authorization header, never in cookies, so credentials stay off.
 */
export function corsOptions(config: AppConfig): CorsOptions | undefined {
  const allowed = new Set(corsOrigins(config));
  if (allowed.size === 0) return undefined;
  return {
    origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
  };
}

/**
 * helmet with a policy that holds on plain HTTP inside a government network: every resource
 * from this server only (Swagger UI and Bull Board are served locally, no CDN, no web fonts),
 * and HSTS / upgrade-insecure-requests only when HTTPS is configured (on plain HTTP they
 * make browsers ask for https:// addresses that do not answer, and the pages stay blank).
 */
export function securityHeaders(config: AppConfig) {
  const https = httpsConfigured(config);
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'connect-src': ["'self'"],
        'font-src': ["'self'", 'data:'],
        'form-action': ["'self'"],
        'frame-ancestors': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'object-src': ["'none'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        // Swagger UI and Bull Board set inline styles
        'style-src': ["'self'", "'unsafe-inline'"],
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
