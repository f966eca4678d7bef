import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

/**
 * On a public route: reads a bearer token when one is sent (request.user = its RequestContext)
 * and lets the request through without one, or with an invalid one, as anonymous (user null).
 */
@Injectable()
export class OptionalAuthGuard extends AuthGuard('jwt') {
  override handleRequest<T>(_error: unknown, user: T): T | null {
    return user || null;
  }
}
