import { createHash } from 'node:crypto';
import { DomainError, RequestContext } from '@app/platform';
import type { FileIntegrity } from '@app/storage';

/** A kept object and what its bytes must be. */
export interface KeptObject {
  storageKey: string;
  sha256: string;
  size: string;
}

/**
 * The bytes `read` gets of a kept object, refused with 409 FILE_INTEGRITY_FAILED unless they hash
 * to the recorded sha256 and size; an object gone or changed is recorded in the integrity
 * register (probe `download`) first. A domain error of `read` itself passes through.
 */
export async function verifiedBytes(
  integrity: FileIntegrity,
  ctx: RequestContext,
  file: KeptObject,
  read: (key: string) => Promise<Buffer>,
): Promise<Buffer> {
  const blob = { key: file.storageKey, sha256: file.sha256, size: Number(file.size) };
  let bytes: Buffer;
  try {
    bytes = await read(blob.key);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    await integrity.record(ctx, blob, 'MISSING', null, 'download');
    throw new DomainError('FILE_INTEGRITY_FAILED');
  }
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== blob.sha256 || bytes.length !== blob.size) {
    await integrity.record(ctx, blob, 'CORRUPT', actual, 'download');
    throw new DomainError('FILE_INTEGRITY_FAILED');
  }
  return bytes;
}
