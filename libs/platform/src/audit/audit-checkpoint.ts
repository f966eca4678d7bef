import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './audit-hash';

/**
 * The audit trail's tail as it stood at a moment, kept outside PostgreSQL: whoever later
 * deletes or rewrites entries up to `lastId` no longer matches it. The MAC (keyed with
 * AUDIT_HMAC_KEY) means write access to the storage alone cannot forge one.
 */
export interface AuditCheckpoint {
  lastId: string;
  lastHash: string;
  /** Entries with an id up to lastId. */
  count: number;
  /** ISO-8601 time the checkpoint was taken. */
  at: string;
  mac: string;
}

export type AuditCheckpointBody = Omit<AuditCheckpoint, 'mac'>;

function macOf(key: string, body: AuditCheckpointBody): string {
  const { lastId, lastHash, count, at } = body;
  // a prefix of its own, so a checkpoint MAC can never pass for a chain link and vice versa
  return createHmac('sha256', key)
    .update('audit-checkpoint\n')
    .update(canonicalJson({ lastId, lastHash, count, at }))
    .digest('hex');
}

export function signCheckpoint(key: string, body: AuditCheckpointBody): AuditCheckpoint {
  return { ...body, mac: macOf(key, body) };
}

/** True for a well-formed checkpoint whose MAC was made with this key. */
export function isAuthenticCheckpoint(key: string, value: unknown): value is AuditCheckpoint {
  if (value === null || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  if (
    typeof c.lastId !== 'string' ||
    !/^\d{1,19}$/.test(c.lastId) ||
    typeof c.lastHash !== 'string' ||
    typeof c.count !== 'number' ||
    !Number.isSafeInteger(c.count) ||
    typeof c.at !== 'string' ||
    typeof c.mac !== 'string' ||
    !/^[0-9a-f]{64}$/.test(c.mac)
  ) {
    return false;
  }
  const expected = Buffer.from(macOf(key, c as unknown as AuditCheckpointBody), 'hex');
  return timingSafeEqual(expected, Buffer.from(c.mac, 'hex'));
}
