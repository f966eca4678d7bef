import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '@app/platform';
import { LoginDto } from './dto/auth.dto';

const IS_PUBLIC = 'isPublic';
/** Marks a route that needs no access token (login, refresh, health, public listings). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Global guard: every route needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    return isPublic ? true : super.canActivate(context);
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error as Error;
    if (!user) throw new DomainError('UNAUTHENTICATED');
    return user;
  }
}

/** Validates the login body (400 with details, like every other route) before passport checks it. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body: unknown = context.switchToHttp().getRequest<{ body: unknown }>().body ?? {};
    const dto = plainToInstance(LoginDto, body);
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) {
      throw new DomainError(
        'VALIDATION_FAILED',
        {},
        errors.flatMap((e) =>
          Object.values(e.constraints ?? {}).map((message) => ({ field: e.property, message })),
        ),
      );
    }
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error as Error;
    if (!user) throw new DomainError('INVALID_CREDENTIALS');
    return user;
  }
}
