import { applyDecorators } from '@nestjs/common';

/**
 * Several property decorators as one, written top-down like a decorator stack and applied
 * bottom-up as TypeScript applies a stack, so validators run, and report, in the same order.
 */
export function stack(...decorators: PropertyDecorator[]): PropertyDecorator {
  return applyDecorators(...decorators.reverse());
}
