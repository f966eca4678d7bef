import { stateConflictCode, type ErrorCode } from './error-registry';

export interface ErrorDetail {
  field?: string;
  code?: string;
  /** English; the answer carries `messages[language]` instead when the detail has both. */
  message: string;
  /** The message in both languages; the exception filter sends the one the client asked for. */
  messages?: { vi: string; en: string };
}

/** A detail written in both languages. */
export function bilingualDetail(
  field: string | undefined,
  vi: string,
  en: string,
  code?: string,
): ErrorDetail {
  return {
    ...(field === undefined ? {} : { field }),
    ...(code ? { code } : {}),
    message: en,
    messages: { vi, en },
  };
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

  /**
   * An action not allowed in the subject's current state. The code the client sees names
   * that state, e.g. APPROVAL_REQUEST_IS_APPROVED or DOCUMENT_VERSION_IS_SUPERSEDED.
   */
  static stateConflict(resource: string, state: string): DomainError {
    const error = new DomainError('STATE_CONFLICT', { resource, state });
    error.publicCode = stateConflictCode(resource, state);
    return error;
  }

  /** The code sent to clients when it differs from the catalog entry (see stateConflict). */
  publicCode?: string;
}
