import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { bilingualDetail, DomainError } from '../errors/domain-error';

/**
 * The version a client expects (If-Match: "3" header, or `version` in the body);
 * undefined when the client sends neither. Services compare it and answer 409 when stale.
 */
export const ExpectedVersion = createParamDecorator(
  (_: unknown, host: ExecutionContext): number | undefined => {
    const request = host
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; body?: { version?: unknown } }>();
    const header = request.headers['if-match'];
    const raw = header !== undefined ? header.replace(/^W\//, '').replace(/"/g, '') : request.body?.version;
    if (raw === undefined || raw === null) return undefined;
    const version = Number(raw);
    if (!Number.isInteger(version) || version < 1) {
      throw new DomainError('VALIDATION_FAILED', {}, [
        bilingualDetail('version', 'Phiên bản phải là số nguyên dương', 'version must be a positive integer'),
      ]);
    }
    return version;
  },
);

export function assertVersion(expected: number | undefined, current: number): void {
  if (expected !== undefined && expected !== current) {
    throw new DomainError('STALE_VERSION', { current });
  }
}

/**
 * The body of a change with the version the client expects set as its `version` (the
 * ExpectedVersion parameter: If-Match, else the body's own), so the service reads one field.
 */
export function withVersion<T extends { version?: number }>(dto: T, version: number | undefined): T {
  dto.version = version;
  return dto;
}
