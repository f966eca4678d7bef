import { createHash, createHmac } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so jsonb's key reordering cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface HashedFields {
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  agencyId: string | null;
  subjectType: string;
  subjectId: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  data: Record<string, unknown> | null;
  requestId: string | null;
}

/**
 * How an entry's hash was made. `sha256` is the legacy, unkeyed chain of rows written before
 * the key existed (anyone able to write the database could recompute it); `hmac-sha256` is
 * keyed with AUDIT_HMAC_KEY, which the database never holds.
 */
export type AuditHashAlg = 'sha256' | 'hmac-sha256';

export const CURRENT_HASH_ALG: AuditHashAlg = 'hmac-sha256';

function hashedBody(entry: HashedFields): string {
  return canonicalJson({
    occurredAt: entry.occurredAt.toISOString(),
    actorId: entry.actorId,
    actorName: entry.actorName,
    agencyId: entry.agencyId,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    action: entry.action,
    fromState: entry.fromState,
    toState: entry.toState,
    reason: entry.reason,
    data: entry.data,
    requestId: entry.requestId,
  });
}

/** The legacy link: sha256(previous hash, newline, canonical entry). */
export function chainHash(prevHash: string, entry: HashedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(hashedBody(entry)).digest('hex');
}

/** The keyed link: HMAC-SHA256 over the same bytes as the legacy link. */
export function keyedChainHash(key: string, prevHash: string, entry: HashedFields): string {
  return createHmac('sha256', key).update(prevHash).update('\n').update(hashedBody(entry)).digest('hex');
}

export function entryHash(alg: AuditHashAlg, key: string, prevHash: string, entry: HashedFields): string {
  return alg === 'hmac-sha256' ? keyedChainHash(key, prevHash, entry) : chainHash(prevHash, entry);
}
