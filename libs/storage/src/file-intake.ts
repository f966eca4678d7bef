import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform, TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { AppConfig, claimStreamedBody, DependencyUnavailableError, DomainError } from '@app/platform';
import { cleanFileName } from './file-names';
import { detectAcceptedType, nameForType, SNIFF_BYTES } from './file-type';
import { ObjectStorage } from './object-storage';
import { multipartParser } from './multipart';
import { checkOoxmlPackage } from './ooxml-package';

/** A file stored by content: the key is derived from its sha256, so identical bytes are stored once. */
export interface StoredBlob {
  key: string;
  sha256: string;
  size: number;
  contentType: string;
  /**
   * The client's file name, cleaned (cleanFileName: NFC, no control or bidirectional characters)
   * and ending in the extension of the type its bytes prove.
   */
  name: string;
}

/** Room for the multipart envelope around the file when judging a declared Content-Length. */
const ENVELOPE_ALLOWANCE = 64 * 1024;

export function blobKey(sha256: string): string {
  return `blobs/sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

/** Counts and hashes bytes as they pass; fails the stream once the limit is crossed. */
class Meter extends Transform {
  readonly hash = createHash('sha256');
  size = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      callback(new DomainError('PAYLOAD_TOO_LARGE', { limit: this.maxBytes }));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }
}

/**
 * Receives one multipart file (field `file`) and streams it to object storage: the type is
 * checked from the first bytes and against the name's extension before anything is stored, the
 * size limit is enforced while streaming, and the sha256 is computed on the way. The bytes are
 * staged on local disk (StagedFile); an OOXML package is checked there (read by range, never held
 * in memory), the request's Idempotency-Key is claimed with the content's hash, and only then is
 * the blob put, once, under its content key. Nothing refused reaches the bucket.
 */
@Injectable()
export class FileIntake {
  constructor(
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  async receive(request: Request, maxBytes = this.config.UPLOAD_MAX_BYTES): Promise<StoredBlob> {
    const declared = Number(request.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes + ENVELOPE_ALLOWANCE) {
      throw new DomainError('PAYLOAD_TOO_LARGE', { limit: maxBytes });
    }
    if (!/^multipart\/form-data/i.test(request.headers['content-type'] ?? '')) {
      throw new DomainError('UPLOAD_MALFORMED', {
        reason: 'expected multipart/form-data with a field "file"',
      });
    }
    try {
      const blob = await this.parse(request, maxBytes);
      request.setTimeout(0);
      return blob;
    } catch (error) {
      request.setTimeout(0);
      request.unpipe();
      if (error instanceof DomainError && error.code === 'UPLOAD_STALLED') {
        // answer, then hang up: a client that sends nothing keeps no socket or buffer of ours
        request.res?.once('finish', () => request.destroy());
      } else {
        // let the rest of an oversized body arrive (bounded by the Content-Length check) so the client reads our answer
        request.resume();
      }
      throw error;
    }
  }

  private parse(request: Request, maxBytes: number): Promise<StoredBlob> {
    return new Promise<StoredBlob>((resolve, reject) => {
      const parser = multipartParser(request, { files: 1, fileSize: maxBytes + 1, fields: 20 });
      let seenFile = false;
      const settle = (outcome: Promise<StoredBlob>) => outcome.then(resolve, reject);
      parser.on('file', (field, stream, info) => {
        // busboy fails the current file stream when the body ends early; one nobody reads must not crash the process
        stream.on('error', () => undefined);
        if (field !== 'file' || seenFile) {
          stream.resume();
          return;
        }
        seenFile = true;
        void settle(this.store(request, stream, info.filename ?? 'file', maxBytes));
      });
      parser.on('error', (error) =>
        reject(
          error instanceof DomainError
            ? error
            : new DomainError('UPLOAD_MALFORMED', { reason: 'the multipart body is malformed' }),
        ),
      );
      parser.on('close', () => {
        if (!seenFile) reject(new DomainError('UPLOAD_MALFORMED', { reason: 'no field "file" in the body' }));
      });
      // a client that goes away mid-upload never ends the body: fail the file stream, or the upload waits forever
      request.once('close', () => {
        if (!request.complete)
          parser.destroy(new DomainError('UPLOAD_MALFORMED', { reason: 'the upload was interrupted' }));
      });
      // a client that stops sending (slowloris) is cut off instead of holding the upload open
      const idleMs = this.config.UPLOAD_IDLE_TIMEOUT_MS;
      request.setTimeout(idleMs, () =>
        parser.destroy(new DomainError('UPLOAD_STALLED', { seconds: Math.round(idleMs / 1000) })),
      );
      request.pipe(parser);
    });
  }

  private store(request: Request, source: Readable, rawName: string, maxBytes: number): Promise<StoredBlob> {
    // the last check: a retry under the same key with other bytes stops here, before anything is kept
    return this.storeStream(source, rawName, maxBytes, (sha256, name) =>
      claimStreamedBody(request, `file ${JSON.stringify(name)} ${sha256}`),
    );
  }

  /**
   * Stores a file read from any stream exactly as an upload is stored (type from the bytes,
   * OOXML package check, size limit, sha256, content key): the import of an agency archive
   * (libs/imports) stores each file of the archive this way. `beforeKeep` may refuse the
   * content once its hash is known, before it is kept.
   */
  async storeStream(
    source: Readable,
    rawName: string,
    maxBytes: number,
    beforeKeep?: (sha256: string, name: string) => Promise<void>,
  ): Promise<StoredBlob> {
    const cleaned = cleanFileName(rawName);
    const { head, rest, ended } = await readHead(source, SNIFF_BYTES);
    const type = detectAcceptedType(head, cleaned);
    let name: string;
    try {
      if (!type) throw new DomainError('UNSUPPORTED_FILE_TYPE');
      name = nameForType(cleaned, type);
    } catch (error) {
      rest.resume();
      throw error;
    }
    const meter = new Meter(maxBytes);
    rest.on('limit', () => meter.destroy(new DomainError('PAYLOAD_TOO_LARGE', { limit: maxBytes })));
    // pipe() does not pass errors on (busboy fails the file stream when the body ends early)
    rest.once('error', (error) => meter.destroy(error));

    const staged = await StagedFile.open();
    try {
      const written = staged.write(meter);
      if (ended) {
        meter.end(head);
      } else {
        meter.write(head);
        rest.pipe(meter);
      }
      await written;
      const sha256 = meter.hash.digest('hex');
      const size = meter.size;
      if (type.ooxmlMainPart) {
        await checkOoxmlPackage(
          { size, read: (start, end) => Promise.resolve(staged.read(start, end)) },
          type,
          {
            maxUncompressedBytes: this.config.OOXML_MAX_UNCOMPRESSED_BYTES,
            maxExpansionRatio: this.config.OOXML_MAX_EXPANSION_RATIO,
          },
        );
      }
      await beforeKeep?.(sha256, name);
      const key = blobKey(sha256);
      // identical bytes already stored (content addressing): nothing to put
      if (!(await this.storage.stat(key))) {
        await this.storage.putSized(key, staged.read(0, size - 1), size, type.contentType);
      }
      return { key, sha256, size, contentType: type.contentType, name };
    } catch (error) {
      throw meter.errored ?? error;
    } finally {
      await staged.close();
    }
  }
}

/**
 * A file on local disk holding an upload while its sha256 (its address in object storage) is
 * computed, so the bytes are put once under their address instead of landing under a temporary
 * key and being copied. The file is unlinked as soon as it is opened: only its descriptor reaches
 * it, and the kernel frees its space when the descriptor closes, even if the process dies.
 */
class StagedFile {
  /** The write in flight: the descriptor is closed only after it, or it could land in whatever file reuses the number. */
  private writing: Promise<unknown> = Promise.resolve();

  // Node's file streams close their descriptor when destroyed, so the staged file has streams of its own
  private constructor(private readonly fd: number) {}

  static async open(): Promise<StagedFile> {
    const path = join(tmpdir(), `iso-upload-${randomUUID()}`);
    const fd = await stagingCall(() => openFile(path, 'w+', 0o600));
    await unlinkFile(path).catch(() => undefined);
    return new StagedFile(fd);
  }

  /** Writes everything `source` gives to the file; settles once it is all on disk, or when the source fails. */
  write(source: Readable): Promise<void> {
    const writer = new Writable({
      highWaterMark: STAGING_CHUNK,
      write: (chunk: Buffer, _encoding, done) => {
        this.writing = writeFully(this.fd, chunk);
        this.writing.then(() => done(), done);
      },
    });
    return stagingCall(() => pipeline(source, writer));
  }

  /** The bytes from `start` to `end`, both included. */
  read(start: number, end: number): Readable {
    const fd = this.fd;
    return Readable.from(
      (async function* () {
        for (let position = start; position <= end; ) {
          const length = Math.min(STAGING_CHUNK, end - position + 1);
          const { bytesRead, buffer } = await readAt(fd, Buffer.allocUnsafe(length), 0, length, position);
          if (bytesRead === 0) return;
          yield buffer.subarray(0, bytesRead);
          position += bytesRead;
        }
      })(),
      { objectMode: false },
    );
  }

  async close(): Promise<void> {
    await this.writing.catch(() => undefined);
    await closeFile(this.fd).catch(() => undefined);
  }
}

// the staged file's descriptor calls, promisified once rather than per chunk
const openFile = promisify(fs.open);
const unlinkFile = promisify(fs.unlink);
const readAt = promisify(fs.read);
const writeAt = promisify(fs.write);
const closeFile = promisify(fs.close);

/** Bytes read or written at a time on the staging disk. */
const STAGING_CHUNK = 1024 * 1024;

async function writeFully(fd: number, chunk: Buffer): Promise<void> {
  for (let offset = 0; offset < chunk.length; ) {
    offset += (await writeAt(fd, chunk, offset, chunk.length - offset, null)).bytesWritten;
  }
}

/** A full or failing staging disk is a dependency that is down (503), not a fault of the request. */
async function stagingCall<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EIO' || code === 'EROFS') {
      throw new DependencyUnavailableError('storage', error);
    }
    throw error;
  }
}

/** Reads at least `bytes` bytes (or all, if shorter) and gives back a stream of everything after them. */
function readHead(
  source: Readable,
  bytes: number,
): Promise<{ head: Buffer; rest: Readable; ended: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const finish = (ended: boolean) => {
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', reject);
      if (!ended) source.pause();
      resolve({ head: Buffer.concat(chunks), rest: source, ended });
    };
    const onEnd = () => finish(true);
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= bytes) finish(false);
    };
    source.on('data', onData);
    source.once('end', onEnd);
    source.once('error', reject);
  });
}
