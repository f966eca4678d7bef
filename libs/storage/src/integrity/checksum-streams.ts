import { createHash } from 'node:crypto';
import { Readable, Transform, TransformCallback } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

/** The bytes read differ from the ones recorded at upload (`actualSha256` null: more bytes than recorded). */
export class IntegrityMismatch extends Error {
  constructor(
    readonly actualSha256: string | null,
    readonly size: number,
  ) {
    super('stored object does not match its recorded sha256');
  }
}

/**
 * Passes bytes through while hashing them, holding back the latest chunk until the next one
 * arrives: the last chunk is released only once the whole object has hashed to the recorded
 * sha256 and size. On a mismatch the stream fails instead, so a client reading a download
 * with a Content-Length sees a cut transfer, never a complete file with the wrong bytes.
 */
export class VerifyingStream extends Transform {
  private readonly hash = createHash('sha256');
  private held: Buffer | undefined;
  private size = 0;

  constructor(
    private readonly expectedSha256: string,
    private readonly expectedSize: number,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.expectedSize) {
      callback(new IntegrityMismatch(null, this.size));
      return;
    }
    this.hash.update(chunk);
    const previous = this.held;
    this.held = chunk;
    callback(null, previous);
  }

  override _flush(callback: TransformCallback): void {
    const actual = this.hash.digest('hex');
    if (actual !== this.expectedSha256 || this.size !== this.expectedSize) {
      callback(new IntegrityMismatch(actual, this.size));
      return;
    }
    callback(null, this.held);
  }
}

/** sha256 and size of a stream, read no faster than `bytesPerSecond` when given. */
export async function digestStream(
  body: Readable,
  bytesPerSecond?: number,
): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  const started = Date.now();
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (bytesPerSecond) {
      const ahead = (size / bytesPerSecond) * 1000 - (Date.now() - started);
      if (ahead > 0) await sleep(ahead);
    }
  }
  return { sha256: hash.digest('hex'), size };
}
