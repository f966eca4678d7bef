import { Readable } from 'node:stream';

/**
 * A stream's bytes in memory, for parsers that need all of them, read only up to `maxBytes`: as
 * soon as the stream proves larger it is let go and `tooLarge()` is thrown. `destroy` (default)
 * closes the source; `drain` lets it flow on unread, for a part of a request's upload, which must
 * still be consumed for the request to finish.
 */
export async function readBounded(
  stream: Readable,
  maxBytes: number,
  tooLarge: () => Error,
  overflow: 'destroy' | 'drain' = 'destroy',
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) {
      if (overflow === 'drain') stream.resume();
      else stream.destroy();
      throw tooLarge();
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
