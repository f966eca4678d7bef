import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { createValidationPipe, DomainError } from '@app/platform';
import { LoginDto } from './dto/auth.dto';

const IS_PUBLIC = 'isPublic';
/** Marks a route that needs no access token (login, refresh, health, public listings). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
/** Whether a route is @Public(), read as JwtAuthGuard reads it (the OpenAPI document marks such routes `security: []`). */
export function isPublicRoute(handler: object, controller: object): boolean {
  return Boolean(Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller));
}

const ALLOWED_WITH_PASSWORD_CHANGE_PENDING = 'allowedWithPasswordChangePending';
/**
 * Marks a route a user whose password was set by an administrator may still call (/me,
 * /me/password, logout); every other route answers 403 PASSWORD_CHANGE_REQUIRED until they change it.
 */
export const AllowedWithPasswordChangePending = () => SetMetadata(ALLOWED_WITH_PASSWORD_CHANGE_PENDING, true);

/** What JwtStrategy leaves on the request besides the RequestContext. */
export interface AuthenticatedRequestState {
  /** The `sid` claim of the verified access token. */
  sessionId?: string;
  passwordChangeRequired?: boolean;
}

/** Global guard: every route needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const allowed = (await super.canActivate(context)) as boolean;
    const request = context.switchToHttp().getRequest<AuthenticatedRequestState>();
    if (
      allowed &&
      request.passwordChangeRequired &&
      !this.reflector.getAllAndOverride<boolean>(ALLOWED_WITH_PASSWORD_CHANGE_PENDING, targets)
    ) {
      throw new DomainError('PASSWORD_CHANGE_REQUIRED');
    }
    return allowed;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error as Error;
    if (!user) throw new DomainError('UNAUTHENTICATED');
    return user;
  }
}

const LOGIN_BODY = createValidationPipe();

/** Validates the login body (400 with details, like every other route) before passport checks it. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body: unknown = context.switchToHttp().getRequest<{ body: unknown }>().body ?? {};
    // the global pipe's rules and messages (Vietnamese by default, English on request)
    await LOGIN_BODY.transform(body, { type: 'body', metatype: LoginDto });
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error as Error;
    if (!user) throw new DomainError('INVALID_CREDENTIALS');
    return user;
  }
}
