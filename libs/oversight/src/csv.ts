import busboy from 'busboy';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import {
  bilingualDetail,
  claimStreamedBody,
  DomainError,
  looksLikeXlsx,
  ParsedTable,
  parseCsv,
  parseXlsx,
} from '@app/platform';

/** Imports are small spreadsheets (CSV or XLSX): a few thousand rows at most. */
export const CSV_MAX_BYTES = 2 * 1024 * 1024;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A column an import needs, with the header names it accepts (English and Vietnamese). */
export interface RequiredColumn {
  column: string;
  accepted: string[];
}

/** The 400 for a file whose header lacks columns: one detail per missing column, naming the accepted headers. */
export function missingColumnsError(missing: RequiredColumn[]): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    {},
    missing.map(({ column, accepted }) =>
      bilingualDetail(
        column,
        `Tệp thiếu cột "${column}" (tên cột được chấp nhận: ${accepted.join(', ')})`,
        `the file has no column "${column}" (accepted headers: ${accepted.join(', ')})`,
        'missingColumn',
      ),
    ),
  );
}

/**
 * The table of a spreadsheet sent as the request body or as the field `file` of a
 * multipart/form-data body: XLSX (first worksheet, header row first) or CSV in UTF-8 — with a
 * BOM, CRLF and `;` separators as Excel saves it in a Vietnamese locale. At most CSV_MAX_BYTES.
 */
export async function readTableBody(request: Request, maxBytes = CSV_MAX_BYTES): Promise<ParsedTable> {
  const type = request.headers['content-type'] ?? '';
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes + 64 * 1024) {
    throw new DomainError('PAYLOAD_TOO_LARGE', { limit: maxBytes });
  }
  let bytes: Buffer;
  if (/^multipart\/form-data/i.test(type)) {
    bytes = await readMultipartFile(request, maxBytes);
  } else if (
    /^(text\/csv|text\/plain|application\/csv|application\/vnd\.ms-excel)/i.test(type) ||
    type.toLowerCase().startsWith(XLSX_TYPE)
  ) {
    bytes = await readStream(request, maxBytes);
  } else {
    throw new DomainError('UPLOAD_MALFORMED', {
      reason:
        'send the CSV as text/csv, the XLSX as its type, or either as the field "file" of multipart/form-data',
    });
  }
  const xlsx = looksLikeXlsx(bytes);
  const text = xlsx ? '' : bytes.toString('utf8');
  if (text.includes('\uFFFD')) {
    throw new DomainError('UPLOAD_MALFORMED', { reason: 'the CSV must be encoded in UTF-8' });
  }
  // a retry under the same Idempotency-Key with another file is refused here, before it is imported
  await claimStreamedBody(request, `csv ${createHash('sha256').update(bytes).digest('hex')}`);
  if (xlsx) return parseXlsx(bytes);
  try {
    return parseCsv(text);
  } catch {
    throw new DomainError('UPLOAD_MALFORMED', { reason: 'the CSV is malformed (an unclosed quote?)' });
  }
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
