import { ErrorCode } from './error-catalog';

export interface ErrorDetail {
  field?: string;
  code?: string;
  message: string;
}

/** A failure the caller can act on; the exception filter turns its code into status and message. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly details: ErrorDetail[] = [],
  ) {
    super(code);
  }

  static notFound(resource: string): DomainError {
    return new DomainError('NOT_FOUND', { resource });
  }

  static forbidden(): DomainError {
    return new DomainError('FORBIDDEN');
  }
}
