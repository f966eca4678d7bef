import type { NextFunction, Request, Response } from 'express';
import { AppConfig, httpsConfigured } from '@app/platform';

/**
 * Bull Board's browser session: the cookie carries an ordinary access token (same signature,
 * expiry and server-side session as a bearer token, so logout and revocation apply), sent by the
 * browser only to /admin and only from this site (HttpOnly, SameSite=Strict).
 */
export const BOARD_COOKIE = 'iso_board';
export const BOARD_COOKIE_PATH = '/admin';
export const BOARD_LOGIN_PATH = '/admin/login';
/** The board's session never outlives 15 minutes, even when access tokens live longer. */
export const BOARD_SESSION_MAX_SECONDS = 900;

export function boardSessionSeconds(config: AppConfig): number {
  return Math.min(config.ACCESS_TOKEN_TTL_SECONDS, BOARD_SESSION_MAX_SECONDS);
}

export function readBoardCookie(request: Request): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === BOARD_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function setBoardCookie(response: Response, config: AppConfig, token: string): void {
  response.cookie(BOARD_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: httpsConfigured(config),
    path: BOARD_COOKIE_PATH,
    maxAge: boardSessionSeconds(config) * 1000,
  });
}

export function clearBoardCookie(response: Response, config: AppConfig): void {
  response.clearCookie(BOARD_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: httpsConfigured(config),
    path: BOARD_COOKIE_PATH,
  });
}

/** The token's `exp` without checking its signature (the guard checks it): only to redirect early. */
function expired(token: string): boolean {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      exp?: unknown;
    };
    return typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now();
  } catch {
    return true;
  }
}

/**
 * Mounted on the board's paths, before the guards: a request without an Authorization header
 * but with the board cookie is authenticated by the cookie's token; a browser page request
 * without a live session is sent to the login form instead of getting a JSON 401.
 */
export function boardCookieAuth(config: AppConfig) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.headers.authorization === undefined) {
      const token = readBoardCookie(request);
      const live = token !== undefined && !expired(token);
      if (live) request.headers.authorization = `Bearer ${token}`;
      else if (request.method === 'GET' && request.accepts(['json', 'html']) === 'html') {
        if (token !== undefined) clearBoardCookie(response, config);
        response.redirect(303, BOARD_LOGIN_PATH);
        return;
      }
    }
    next();
  };
}
