import busboy from 'busboy';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { claimStreamedBody, DomainError } from '@app/platform';

/** Imports are small spreadsheets exported as CSV: a few thousand rows at most. */
export const CSV_MAX_BYTES = 2 * 1024 * 1024;

/** Refuses a CSV whose header lacks one of the columns. */
export function requireColumns(header: string[], columns: string[]): void {
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {},
      missing.map((c) => ({ field: c, code: 'missingColumn', message: `the CSV has no column "${c}"` })),
    );
  }
}

/**
 * The text of a CSV sent as the request body (`text/csv`) or as the field `file` of a
 * multipart/form-data body. UTF-8; at most CSV_MAX_BYTES.
 */
export async function readCsvBody(request: Request, maxBytes = CSV_MAX_BYTES): Promise<string> {
  const type = request.headers['content-type'] ?? '';
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes + 64 * 1024) {
    throw new DomainError('PAYLOAD_TOO_LARGE', { limit: maxBytes });
  }
  let bytes: Buffer;
  if (/^multipart\/form-data/i.test(type)) {
    bytes = await readMultipartFile(request, maxBytes);
  } else if (/^(text\/csv|text\/plain|application\/csv|application\/vnd\.ms-excel)/i.test(type)) {
    bytes = await readStream(request, maxBytes);
  } else {
    throw new DomainError('UPLOAD_MALFORMED', {
      reason: 'send the CSV as text/csv, or as the field "file" of multipart/form-data',
    });
  }
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) {
    throw new DomainError('UPLOAD_MALFORMED', { reason: 'the CSV must be encoded in UTF-8' });
  }
  // a retry under the same Idempotency-Key with another CSV is refused here, before it is imported
  await claimStreamedBody(request, `csv ${createHash('sha256').update(bytes).digest('hex')}`);
  return text;
}

function readStream(request: Request, maxBytes: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    request.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > maxBytes) {
        failed = true;
        reject(new DomainError('PAYLOAD_TOO_LARGE', { limit: maxBytes }));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    request.on('error', () => {
      if (!failed) reject(new DomainError('UPLOAD_MALFORMED', { reason: 'the upload was interrupted' }));
    });
  });
}

function readMultipartFile(request: Request, maxBytes: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { files: 1, fileSize: maxBytes + 1, fields: 20 } });
    } catch {
      reject(new DomainError('UPLOAD_MALFORMED', { reason: 'bad multipart headers' }));
      return;
    }
    let seen = false;
    let settled = false;
    const settle = (error: DomainError | null, value?: Buffer) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve(value!);
    };
    parser.on('file', (field, stream) => {
      stream.on('error', () => undefined);
      if (field !== 'file' || seen) {
        stream.resume();
        return;
      }
      seen = true;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBytes) chunks.push(chunk);
      });
      stream.on('end', () => {
        if (size > maxBytes) settle(new DomainError('PAYLOAD_TOO_LARGE', { limit: maxBytes }));
        else settle(null, Buffer.concat(chunks));
      });
    });
    parser.on('error', () =>
      settle(new DomainError('UPLOAD_MALFORMED', { reason: 'the multipart body is malformed' })),
    );
    parser.on('close', () => {
      if (!seen) settle(new DomainError('UPLOAD_MALFORMED', { reason: 'no field "file" in the body' }));
    });
    request.pipe(parser);
  });
}
