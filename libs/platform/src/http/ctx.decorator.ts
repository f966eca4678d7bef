import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import { DomainError } from '../errors/domain-error';

/** The caller's RequestContext, put on the request by the authentication guard. */
export const Ctx = createParamDecorator((_: unknown, host: ExecutionContext): RequestContext => {
  const request = host.switchToHttp().getRequest<{ user?: unknown }>();
  if (!(request.user instanceof RequestContext)) throw new DomainError('UNAUTHENTICATED');
  return request.user;
});
