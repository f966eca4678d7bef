import type { Transaction } from '@app/platform';

/**
 * The identity lib's history: the security events of an account that are not a change of its
 * record (sign-ins, sessions, passwords), each with its payload. Every audit entry identity
 * writes outside a user's creation or edit is one of these.
 */
export interface SecurityEventMap {
  login: { sessionId: string; address?: string };
  refresh: { sessionId: string };
  logout: { sessionId: string; sessionRevoked: boolean };
  /** A rotated refresh token presented again: its session is revoked. */
  'refresh.reused': { sessionId: string; sessionRevoked: boolean; refreshTokenId: string };
  'password.change': { revokedSessionIds: string[]; address?: string };
  'password.change_failed': { address?: string };
  /** Set by an administrator: must be changed at next login; the user's sessions are revoked. */
  'password.reset': { sessionsRevoked: true };
  'login.failed': LoginAttempt & { reason: string };
  'login.locked': LoginAttempt & { bucket: string; retryAfter: number };
}

export interface LoginAttempt {
  username: string;
  address: string | null;
}

export type SecurityEventName = keyof SecurityEventMap;

/** Whose event it is: a user id, or another subject (a throttled address, `login/unknown-user`). */
export type SecuritySubject = string | { subjectType: string; subjectId: string };

export const SecurityEvents = {
  /** Appends the event to the audit trail of the transaction. */
  record<K extends SecurityEventName>(
    tx: Transaction,
    subject: SecuritySubject,
    action: K,
    data: SecurityEventMap[K],
    reason: string | null = null,
  ): void {
    const { subjectType, subjectId } =
      typeof subject === 'string' ? { subjectType: 'user', subjectId: subject } : subject;
    tx.audit({ subjectType, subjectId, action, reason, data: { ...data } });
  },
};
