import { createHash, createHmac } from 'node:crypto';
import {
  canonicalJson,
  chainHash,
  entryHash,
  GENESIS_HASH,
  HashedFields,
  keyedChainHash,
} from './audit-hash';

const entry: HashedFields = {
  occurredAt: new Date('2026-03-01T08:00:00.000Z'),
  actorId: 'u1',
  actorName: 'Nguyễn Văn A',
  agencyId: 'a1',
  subjectType: 'document',
  subjectId: 'd1',
  action: 'issue',
  fromState: 'DRAFT',
  toState: 'EFFECTIVE',
  reason: null,
  data: { versionNo: 2, files: ['a.pdf'] },
  requestId: 'r1',
};
const KEY = 'k'.repeat(32);

describe('canonical JSON', () => {
  it('sorts object keys at every depth, so jsonb reordering keys cannot change a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 2 } })).toBe(
      '{"a":{"c":2,"d":[{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });

  it('keeps array order, drops undefined properties, writes dates as ISO strings and undefined as null', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson(new Date('2026-01-02T03:04:05.000Z'))).toBe('"2026-01-02T03:04:05.000Z"');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('escapes strings as JSON does (quotes, Vietnamese text, control characters)', () => {
    expect(canonicalJson({ 'k"': 'Đã "ban hành"\n' })).toBe('{"k\\"":"Đã \\"ban hành\\"\\n"}');
  });
});

describe('audit chain hashes', () => {
  // the date spelled out as the stored text, so the hash's date format is checked independently
  const body = canonicalJson({ ...entry, occurredAt: '2026-03-01T08:00:00.000Z' });

  it('legacy link: sha256 of the previous hash, a newline and the canonical entry', () => {
    const expected = createHash('sha256').update(`${GENESIS_HASH}\n${body}`).digest('hex');
    expect(chainHash(GENESIS_HASH, entry)).toBe(expected);
    expect(entryHash('sha256', KEY, GENESIS_HASH, entry)).toBe(expected);
  });

  it('keyed link: HMAC-SHA256 with AUDIT_HMAC_KEY over the same bytes', () => {
    const expected = createHmac('sha256', KEY).update(`${GENESIS_HASH}\n${body}`).digest('hex');
    expect(keyedChainHash(KEY, GENESIS_HASH, entry)).toBe(expected);
    expect(entryHash('hmac-sha256', KEY, GENESIS_HASH, entry)).toBe(expected);
    expect(expected).not.toBe(chainHash(GENESIS_HASH, entry));
  });

  it('without the key the keyed hash cannot be recomputed: another key gives another hash', () => {
    expect(keyedChainHash('x'.repeat(32), GENESIS_HASH, entry)).not.toBe(
      keyedChainHash(KEY, GENESIS_HASH, entry),
    );
  });

  it('changes when any hashed field or the previous hash changes (tampering shows)', () => {
    const base = keyedChainHash(KEY, GENESIS_HASH, entry);
    const edits: Partial<HashedFields>[] = [
      { occurredAt: new Date('2026-03-01T08:00:00.001Z') },
      { actorId: 'u2' },
      { actorName: 'Nguyễn Văn B' },
      { agencyId: null },
      { subjectType: 'audit' },
      { subjectId: 'd2' },
      { action: 'withdraw' },
      { fromState: null },
      { toState: 'WITHDRAWN' },
      { reason: 'x' },
      { data: { versionNo: 3, files: ['a.pdf'] } },
      { data: null },
      { requestId: 'r2' },
    ];
    for (const edit of edits) expect(keyedChainHash(KEY, GENESIS_HASH, { ...entry, ...edit })).not.toBe(base);
    expect(keyedChainHash(KEY, 'f'.repeat(64), entry)).not.toBe(base);
  });

  it('does not change when jsonb hands the data back with its keys in another order', () => {
    const reordered = { ...entry, data: { files: ['a.pdf'], versionNo: 2 } };
    expect(keyedChainHash(KEY, GENESIS_HASH, reordered)).toBe(keyedChainHash(KEY, GENESIS_HASH, entry));
  });
});
