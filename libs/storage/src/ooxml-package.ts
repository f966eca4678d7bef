import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import { DomainError } from '@app/platform';
import { AcceptedType } from './file-type';

/** Reads a stored object by byte range (inclusive end), so a package is checked without buffering it. */
export interface RangeSource {
  size: number;
  read(start: number, end: number): Promise<Readable>;
}

export interface OoxmlLimits {
  maxUncompressedBytes: number;
  maxExpansionRatio: number;
}

/** A DOCX has a few dozen parts, a large XLSX a few thousand. */
const MAX_ENTRIES = 20_000;
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;
const MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
const CONTENT_TYPES = '[content_types].xml';

const EOCD = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/**
 * Checks that an upload named .docx or .xlsx is an Office Open XML package that is safe to
 * open: a single-volume, unencrypted ZIP whose central directory lists [Content_Types].xml
 * giving the main part of the named format, no two parts with one name, no overlapping parts,
 * and a total unpacked size within the limits (bytes, and times the file's size). The
 * directory's sizes are only what the file declares, so every part is then inflated — streamed
 * from storage and discarded — and a part that unpacks to more than it declared is refused the
 * moment it does: inflation never exceeds the declared total that passed the limits.
 */
export async function checkOoxmlPackage(
  source: RangeSource,
  type: AcceptedType,
  limits: OoxmlLimits,
): Promise<void> {
  const invalid = (reason: string) =>
    new DomainError('FILE_PACKAGE_INVALID', { extension: type.extension, reason });
  const { entries, directoryOffset } = await readZipDirectory(source, invalid);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const limit = Math.min(limits.maxUncompressedBytes, limits.maxExpansionRatio * source.size);
  if (declared > limit) {
    throw new DomainError('FILE_PACKAGE_TOO_LARGE', {
      extension: type.extension,
      size: declared,
      limit: limits.maxUncompressedBytes,
      ratio: limits.maxExpansionRatio,
    });
  }
  const contentTypes = entries.find((e) => e.name.toLowerCase() === CONTENT_TYPES);
  if (!contentTypes) throw invalid('[Content_Types].xml is missing');
  if (contentTypes.uncompressedSize > MAX_CONTENT_TYPES_BYTES)
    throw invalid('[Content_Types].xml is too large');
  const kept = await inflateAll(source, entries, directoryOffset, contentTypes, invalid);
  const mainPart = new RegExp(`ContentType\\s*=\\s*["']${escapeRegExp(type.ooxmlMainPart ?? '')}["']`);
  if (!mainPart.test(kept.toString('utf8'))) {
    throw invalid(`[Content_Types].xml names no main part of a .${type.extension} document`);
  }
}

/**
 * The parts a ZIP archive's central directory lists (any archive, not only OOXML: the agency
 * archive of libs/imports is read the same way), each checked to lie inside the archive, with
 * the directory's offset (where the parts end). At most `maxEntries` parts.
 */
export async function readZipDirectory(
  source: RangeSource,
  invalid: (reason: string) => DomainError,
  maxEntries = MAX_ENTRIES,
): Promise<{ entries: ZipEntry[]; directoryOffset: number }> {
  const directory = await readDirectory(source, invalid, maxEntries);
  return {
    entries: parseDirectory(directory.bytes, directory.count, directory.offset, invalid),
    directoryOffset: directory.offset,
  };
}

/** Finds the end-of-central-directory record (ZIP64 too) and reads the directory it points to. */
async function readDirectory(
  source: RangeSource,
  invalid: (reason: string) => DomainError,
  maxEntries = MAX_ENTRIES,
): Promise<{ bytes: Buffer; count: number; offset: number }> {
  if (source.size < EOCD_SIZE) throw invalid('too short to be a ZIP archive');
  const tailStart = Math.max(0, source.size - EOCD_SIZE - 0xffff);
  const tail = await readRange(source, tailStart, source.size - 1);
  let at = -1;
  // the record ends the file, followed only by its comment
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && tail.readUInt16LE(i + 20) === tail.length - i - EOCD_SIZE) {
      at = i;
      break;
    }
  }
  if (at < 0) throw invalid('no end of central directory');
  if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0)
    throw invalid('multi-volume archive');
  let count = tail.readUInt16LE(at + 10);
  let size = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  let end = tailStart + at;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    if (at < 20 || tail.readUInt32LE(at - 20) !== ZIP64_LOCATOR) throw invalid('ZIP64 locator missing');
    const recordAt = safeNumber(tail.readBigUInt64LE(at - 20 + 8), invalid);
    if (recordAt + 56 > end - 20) throw invalid('ZIP64 record outside the archive');
    const record = await readRange(source, recordAt, recordAt + 55);
    if (record.readUInt32LE(0) !== ZIP64_EOCD) throw invalid('ZIP64 record missing');
    count = safeNumber(record.readBigUInt64LE(32), invalid);
    size = safeNumber(record.readBigUInt64LE(40), invalid);
    offset = safeNumber(record.readBigUInt64LE(48), invalid);
    end = recordAt;
  }
  if (count === 0) throw invalid('empty archive');
  if (count > maxEntries) throw invalid(`more than ${maxEntries} parts`);
  if (size > MAX_DIRECTORY_BYTES) throw invalid('central directory too large');
  if (offset + size > end) throw invalid('central directory outside the archive');
  return { bytes: await readRange(source, offset, offset + size - 1), count, offset };
}

function parseDirectory(
  bytes: Buffer,
  count: number,
  directoryOffset: number,
  invalid: (reason: string) => DomainError,
): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let pos = 0;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > bytes.length || bytes.readUInt32LE(pos) !== DIRECTORY_ENTRY) {
      throw invalid('corrupt central directory');
    }
    const flags = bytes.readUInt16LE(pos + 8);
    const method = bytes.readUInt16LE(pos + 10);
    let compressedSize = bytes.readUInt32LE(pos + 20);
    let uncompressedSize = bytes.readUInt32LE(pos + 24);
    const nameLength = bytes.readUInt16LE(pos + 28);
    const extraLength = bytes.readUInt16LE(pos + 30);
    const commentLength = bytes.readUInt16LE(pos + 32);
    let localOffset = bytes.readUInt32LE(pos + 42);
    const next = pos + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.length) throw invalid('corrupt central directory');
    const name = bytes.toString('utf8', pos + 46, pos + 46 + nameLength);
    // ZIP64: the sizes and offset that do not fit 32 bits follow, in this order, in extra field 0x0001
    const wide = [uncompressedSize, compressedSize, localOffset].map((v) => v === 0xffffffff);
    if (wide.some(Boolean)) {
      const values = zip64Values(bytes.subarray(pos + 46 + nameLength, pos + 46 + nameLength + extraLength));
      const take = () => {
        const value = values.shift();
        if (value === undefined) throw invalid('ZIP64 sizes missing');
        return safeNumber(value, invalid);
      };
      if (wide[0]) uncompressedSize = take();
      if (wide[1]) compressedSize = take();
      if (wide[2]) localOffset = take();
    }
    if (flags & 0x1) throw invalid('encrypted parts');
    if (method !== STORED && method !== DEFLATED) throw invalid(`compression method ${method}`);
    if (method === STORED && compressedSize !== uncompressedSize) throw invalid('corrupt stored part');
    if (localOffset + 30 + compressedSize > directoryOffset) throw invalid('a part lies outside the archive');
    const key = name.toLowerCase();
    if (names.has(key)) throw invalid('two parts with the same name');
    names.add(key);
    entries.push({ name, method, compressedSize, uncompressedSize, localOffset });
    pos = next;
  }
  return entries;
}

function zip64Values(extra: Buffer): bigint[] {
  for (let pos = 0; pos + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(pos);
    const size = extra.readUInt16LE(pos + 2);
    if (id === 0x0001) {
      const values: bigint[] = [];
      for (let at = pos + 4; at + 8 <= Math.min(pos + 4 + size, extra.length); at += 8)
        values.push(extra.readBigUInt64LE(at));
      return values;
    }
    pos += 4 + size;
  }
  return [];
}

/**
 * Inflates every part in file order from one read of the object, counting what comes out; gives
 * back the bytes of `keep` ([Content_Types].xml).
 */
async function inflateAll(
  source: RangeSource,
  entries: ZipEntry[],
  directoryOffset: number,
  keep: ZipEntry,
  invalid: (reason: string) => DomainError,
): Promise<Buffer> {
  const ordered = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  const start = ordered[0].localOffset;
  const reader = new SequentialReader(await source.read(start, directoryOffset - 1), start, invalid);
  let kept: Buffer = Buffer.alloc(0);
  try {
    for (const entry of ordered) {
      await reader.skipTo(entry.localOffset);
      const header = await reader.read(30);
      if (header.readUInt32LE(0) !== LOCAL_HEADER) throw invalid('corrupt part header');
      await reader.skip(header.readUInt16LE(26) + header.readUInt16LE(28));
      const chunks: Buffer[] = [];
      let produced = 0;
      const sink = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          produced += chunk.length;
          if (produced > entry.uncompressedSize) {
            callback(invalid(`part ${entry.name} unpacks to more than its declared size`));
            return;
          }
          if (entry === keep) chunks.push(chunk);
          callback();
        },
      });
      const data = Readable.from(reader.take(entry.compressedSize));
      if (entry.method === DEFLATED) await pipeline(data, createInflateRaw(), sink);
      else await pipeline(data, sink);
      if (produced !== entry.uncompressedSize)
        throw invalid(`part ${entry.name} differs from its declared size`);
      if (entry === keep) kept = Buffer.concat(chunks);
    }
  } catch (error) {
    // zlib's own errors (Z_DATA_ERROR, Z_BUF_ERROR…) mean bad data; anything else (storage) passes on
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Z_')) throw invalid('corrupt compressed data');
    throw error;
  } finally {
    reader.close();
  }
  return kept;
}

/** Walks a stream forward by absolute offsets; never buffers more than one chunk plus a header. */
class SequentialReader {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly chunks: AsyncIterator<Buffer>;

  constructor(
    private readonly stream: Readable,
    private position: number,
    private readonly invalid: (reason: string) => DomainError,
  ) {
    this.chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  async skipTo(offset: number): Promise<void> {
    if (offset < this.position) throw this.invalid('parts overlap');
    await this.skip(offset - this.position);
  }

  async skip(bytes: number): Promise<void> {
    let left = bytes;
    while (left > 0) {
      if (this.buffer.length === 0 && !(await this.fill())) throw this.invalid('truncated archive');
      const n = Math.min(left, this.buffer.length);
      this.consume(n);
      left -= n;
    }
  }

  async read(bytes: number): Promise<Buffer> {
    while (this.buffer.length < bytes) if (!(await this.fill())) throw this.invalid('truncated archive');
    return this.consume(bytes);
  }

  async *take(bytes: number): AsyncGenerator<Buffer> {
    let left = bytes;
    while (left > 0) {
      if (this.buffer.length === 0 && !(await this.fill())) throw this.invalid('truncated archive');
      const chunk = this.consume(Math.min(left, this.buffer.length));
      left -= chunk.length;
      yield chunk;
    }
  }

  close(): void {
    this.stream.destroy();
  }

  private consume(bytes: number): Buffer {
    const out = this.buffer.subarray(0, bytes);
    this.buffer = this.buffer.subarray(bytes);
    this.position += bytes;
    return out;
  }

  private async fill(): Promise<boolean> {
    const next = await this.chunks.next();
    if (next.done) return false;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    this.buffer = this.buffer.length > 0 ? Buffer.concat([this.buffer, chunk]) : chunk;
    return true;
  }
}

async function readRange(source: RangeSource, start: number, end: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await source.read(start, end)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function safeNumber(value: bigint, invalid: (reason: string) => DomainError): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw invalid('size out of range');
  return Number(value);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
