import { randomBytes } from 'node:crypto';
import type { Response } from 'superagent';

export interface MultipartFile {
  field?: string;
  /** Written as raw UTF-8 bytes in the part header, exactly as browsers do (no normalisation). */
  filename: string;
  content: Buffer;
  contentType?: string;
}

/**
 * A multipart/form-data body built by hand, so a test controls every byte: the file name's
 * exact Unicode form, and how many bytes surround the file (the envelope is a few hundred bytes).
 */
export function multipartBody(file: MultipartFile): { body: Buffer; contentType: string } {
  const boundary = `----iso-test-${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\n` +
      `Content-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\n` +
      `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return {
    body: Buffer.concat([head, file.content, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Parses any response body into a Buffer (supertest's `.buffer(true).parse(binary)`). */
export function binary(response: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('error', (error: Error) => callback(error, Buffer.alloc(0)));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}
