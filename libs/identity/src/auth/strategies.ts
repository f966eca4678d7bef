import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';
import { Strategy as LocalStrategyBase } from 'passport-local';
import { AppConfig, DomainError, RequestContext } from '@app/platform';
import { User } from '../users/user.entity';
import { AuthService, AccessTokenClaims } from './auth.service';
import { ContextLoader } from './context-loader';
import { AuthenticatedRequestState } from './guards';

/** Username and password → the user (or a 401/429 domain error). */
@Injectable()
export class LocalStrategy extends PassportStrategy(LocalStrategyBase, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request & { id?: string }, username: string, password: string): Promise<User> {
    // request.ip honours TRUST_PROXY (Express `trust proxy`): X-Forwarded-For only behind a configured proxy
    return this.auth.validateCredentials(username, password, request.ip, String(request.id ?? ''));
  }
}

/** Bearer token → the caller's RequestContext, loaded fresh so revoked sessions and roles apply at once. */
@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, 'jwt') {
  constructor(
    private readonly contexts: ContextLoader,
    config: AppConfig,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // a KeyObject: given a string, jsonwebtoken first tries (and fails) to parse it as a PEM key
      // on every request, about a tenth of the API's CPU in the benchmarks
      // (passport-jwt's types say string | Buffer; jsonwebtoken 9 takes a KeyObject as such)
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  async validate(
    request: Request & AuthenticatedRequestState & { id?: string },
    claims: AccessTokenClaims & { exp?: unknown },
  ): Promise<RequestContext> {
    // jsonwebtoken checks `exp` only when present: a token without one would never expire
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || typeof claims.exp !== 'number')
      throw new DomainError('UNAUTHENTICATED');
    const loaded = await this.contexts.forSession(claims.sub, claims.sid, String(request.id ?? ''));
    if (!loaded) throw new DomainError('UNAUTHENTICATED');
    request.sessionId = claims.sid;
    request.passwordChangeRequired = loaded.mustChangePassword;
    return loaded.ctx;
  }
}
