import { Readable } from 'node:stream';

/**
 * A stream's bytes in memory, for parsers that need all of them, read only up to `maxBytes`: as
 * soon as the stream proves larger, reading stops and `tooLarge()` is thrown. `destroy` (default)
 * closes the source; `drain` lets it flow on unread to its end, for a part of a request's upload,
 * which must still be consumed for the multipart parser to reach the end of the body (a closed
 * part stalls it, and the request is never answered).
 */
export async function readBounded(
  stream: Readable,
  maxBytes: number,
  tooLarge: () => Error,
  overflow: 'destroy' | 'drain' = 'destroy',
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  // leaving a plain `for await` destroys the stream, whatever the mode
  for await (const chunk of stream.iterator({ destroyOnReturn: overflow === 'destroy' })) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) break;
    chunks.push(buffer);
  }
  if (size > maxBytes) {
    // after the iterator has let go of the stream: resuming earlier, inside the loop, is undone
    if (overflow === 'drain') stream.resume();
    throw tooLarge();
  }
  return Buffer.concat(chunks);
}
