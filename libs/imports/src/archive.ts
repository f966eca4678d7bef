import { Readable, Transform, TransformCallback } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { DomainError } from '@app/platform';
import { ObjectStorage, RangeSource, readZipDirectory, ZipEntry } from '@app/storage';

/** Bounds on what an archive may unpack to (zip bombs), checked from its directory before anything is read. */
export interface ArchiveLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  /** Total unpacked size at most this many times the archive's size (PDFs and DOCX barely compress). */
  maxExpansionRatio: number;
}

const LOCAL_HEADER = 0x04034b50;

/** An agency archive in object storage, read by range: its directory once, each part as a stream. */
export class Archive {
  private constructor(
    private readonly source: RangeSource,
    readonly entries: Map<string, ZipEntry>,
  ) {}

  static async open(
    storage: ObjectStorage,
    key: string,
    size: number,
    limits: ArchiveLimits,
  ): Promise<Archive> {
    const source: RangeSource = { size, read: (start, end) => storage.get(key, { start, end }) };
    const invalid = (reason: string) => new DomainError('IMPORT_ARCHIVE_INVALID', { reason });
    const { entries } = await readZipDirectory(source, invalid, limits.maxEntries).catch((error: unknown) => {
      if (error instanceof DomainError && /more than \d+ parts/.test(String(error.params.reason)))
        throw new DomainError('IMPORT_ARCHIVE_TOO_LARGE', { reason: String(error.params.reason) });
      throw error;
    });
    const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    const limit = Math.min(limits.maxUncompressedBytes, limits.maxExpansionRatio * size);
    if (declared > limit)
      throw new DomainError('IMPORT_ARCHIVE_TOO_LARGE', {
        reason: `${declared} byte > ${limit} byte`,
      });
    const byPath = new Map<string, ZipEntry>();
    for (const entry of entries) {
      if (entry.name.endsWith('/')) continue;
      const path = safePath(entry.name);
      if (path === null) throw invalid(`unsafe path "${entry.name}"`);
      byPath.set(path, entry);
    }
    return new Archive(source, byPath);
  }

  /** The part at `path` (as the register names it: "/" separated, NFC, case-insensitive fallback). */
  find(path: string): ZipEntry | undefined {
    const wanted = safePath(path);
    if (wanted === null) return undefined;
    const exact = this.entries.get(wanted);
    if (exact) return exact;
    const lower = wanted.toLowerCase();
    for (const [name, entry] of this.entries) if (name.toLowerCase() === lower) return entry;
    return undefined;
  }

  /**
   * The part's bytes as they unpack, failing as soon as it yields more than its directory entry
   * declared (the declared sizes are what the limits checked) or ends short of it.
   */
  async stream(entry: ZipEntry): Promise<Readable> {
    const header = await readAll(await this.source.read(entry.localOffset, entry.localOffset + 29));
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER)
      throw new DomainError('IMPORT_ARCHIVE_INVALID', { reason: `corrupt part header of "${entry.name}"` });
    const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const raw =
      entry.compressedSize === 0
        ? Readable.from([])
        : await this.source.read(start, start + entry.compressedSize - 1);
    const limiter = new SizeCheck(entry);
    if (entry.method === 8) {
      const inflate = createInflateRaw();
      raw.once('error', (error) => inflate.destroy(error));
      inflate.once('error', (error) =>
        limiter.destroy(
          error instanceof DomainError
            ? error
            : new DomainError('IMPORT_ARCHIVE_INVALID', {
                reason: `corrupt compressed data in "${entry.name}"`,
              }),
        ),
      );
      return raw.pipe(inflate).pipe(limiter);
    }
    raw.once('error', (error) => limiter.destroy(error));
    return raw.pipe(limiter);
  }

  /** The whole part in memory: only for the register and the small JSON files, at most `maxBytes`. */
  async read(entry: ZipEntry, maxBytes: number): Promise<Buffer> {
    if (entry.uncompressedSize > maxBytes)
      throw new DomainError('IMPORT_ARCHIVE_TOO_LARGE', { reason: `"${entry.name}" > ${maxBytes} byte` });
    return readAll(await this.stream(entry));
  }

  /** The first bytes of a part (its type is judged from them), without unpacking the rest. */
  async head(entry: ZipEntry, bytes: number): Promise<Buffer> {
    const stream = await this.stream(entry);
    const chunks: Buffer[] = [];
    let length = 0;
    try {
      for await (const chunk of stream) {
        chunks.push(chunk as Buffer);
        length += (chunk as Buffer).length;
        if (length >= bytes) break;
      }
    } finally {
      stream.destroy();
    }
    return Buffer.concat(chunks).subarray(0, bytes);
  }
}

/** A part's path made canonical, or null when it could escape the archive (.., absolute, drive, NUL). */
export function safePath(name: string): string | null {
  const path = name.normalize('NFC').replace(/\\/g, '/').replace(/^\.\//, '');
  if (path === '' || path.startsWith('/') || /^[a-zA-Z]:/.test(path) || path.includes('\0')) return null;
  const segments = path.split('/');
  if (segments.some((s) => s === '..')) return null;
  return segments.filter((s) => s !== '' && s !== '.').join('/');
}

class SizeCheck extends Transform {
  private produced = 0;

  constructor(private readonly entry: ZipEntry) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.produced += chunk.length;
    if (this.produced > this.entry.uncompressedSize) {
      callback(
        new DomainError('IMPORT_ARCHIVE_TOO_LARGE', {
          reason: `"${this.entry.name}" unpacks to more than it declares`,
        }),
      );
      return;
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.produced !== this.entry.uncompressedSize)
      callback(new DomainError('IMPORT_ARCHIVE_INVALID', { reason: `"${this.entry.name}" is truncated` }));
    else callback();
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
