import type { Request } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { DomainError } from '@app/platform';
import { cleanFileName, multipartParser, ObjectStorage, readBounded } from '@app/storage';

/** A register sent beside the archive is a spreadsheet: small. */
export const REGISTER_MAX_BYTES = 20 * 1024 * 1024;

export interface ReceivedArchive {
  /** A temporary object holding the archive; the caller keeps it (copies to its content key) or removes it. */
  tmpKey: string;
  name: string;
  sha256: string;
  size: number;
  register: { name: string; bytes: Buffer } | null;
  dryRun: boolean;
}

/**
 * Reads the import's multipart body: `archive` (the ZIP, streamed to a temporary object and
 * hashed on the way, never held in memory, at most `maxBytes`), optionally `register` (the
 * spreadsheet sent beside it) and `dryRun`.
 */
export function receiveArchive(
  request: Request,
  storage: ObjectStorage,
  maxBytes: number,
): Promise<ReceivedArchive> {
  if (!/^multipart\/form-data/i.test(request.headers['content-type'] ?? ''))
    return Promise.reject(
      new DomainError('UPLOAD_MALFORMED', { reason: 'expected multipart/form-data with a field "archive"' }),
    );
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes + REGISTER_MAX_BYTES + 64 * 1024)
    return Promise.reject(new DomainError('PAYLOAD_TOO_LARGE', { limit: maxBytes }));
  return new Promise<ReceivedArchive>((resolve, reject) => {
    const parser = multipartParser(request, { files: 2, fileSize: maxBytes + 1, fields: 10 });
    const tmpKey = `tmp/${randomUUID()}`;
    let archive: Promise<{ name: string; sha256: string; size: number }> | null = null;
    let register: Promise<{ name: string; bytes: Buffer }> | null = null;
    let dryRun = false;
    let failed: unknown = null;
    parser.on('field', (name, value) => {
      if (name === 'dryRun') dryRun = value === 'true' || value === '1';
    });
    parser.on('file', (field, stream, info) => {
      stream.on('error', () => undefined);
      if (field === 'archive' && !archive)
        archive = storeArchive(storage, tmpKey, stream, info.filename, maxBytes);
      else if (field === 'register' && !register) register = readRegisterPart(stream, info.filename);
      else stream.resume();
      // settled below; an early failure must not be unhandled meanwhile
      (archive ?? Promise.resolve()).catch((error) => (failed ??= error));
      (register ?? Promise.resolve()).catch((error) => (failed ??= error));
    });
    parser.on('error', () =>
      reject(new DomainError('UPLOAD_MALFORMED', { reason: 'the multipart body is malformed' })),
    );
    parser.on('close', () => {
      if (!archive) {
        reject(new DomainError('UPLOAD_MALFORMED', { reason: 'no field "archive" in the body' }));
        return;
      }
      Promise.all([archive, register])
        .then(([stored, beside]) => resolve({ tmpKey, ...stored, register: beside, dryRun }))
        .catch(async (error) => {
          await storage.remove(tmpKey).catch(() => undefined);
          reject((failed ?? error) as Error);
        });
    });
    request.pipe(parser);
  });
}

async function storeArchive(
  storage: ObjectStorage,
  key: string,
  stream: Readable,
  fileName: string | undefined,
  maxBytes: number,
): Promise<{ name: string; sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const body = new PassThrough();
  stream.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    size += chunk.length;
  });
  stream.on('limit', () => body.destroy(new DomainError('PAYLOAD_TOO_LARGE', { limit: maxBytes })));
  stream.pipe(body);
  await storage.put(key, body, 'application/zip', maxBytes);
  if (body.errored) throw body.errored;
  return { name: cleanFileName(fileName ?? 'archive.zip'), sha256: hash.digest('hex'), size };
}

async function readRegisterPart(
  stream: Readable,
  fileName: string | undefined,
): Promise<{ name: string; bytes: Buffer }> {
  const bytes = await readBounded(
    stream,
    REGISTER_MAX_BYTES,
    () => new DomainError('PAYLOAD_TOO_LARGE', { limit: REGISTER_MAX_BYTES }),
    'drain',
  );
  return { name: cleanFileName(fileName ?? 'register'), bytes };
}
