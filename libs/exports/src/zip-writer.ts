import archiver, { Archiver, EntryData } from 'archiver';
import { createHash } from 'node:crypto';
import { PassThrough, Readable, Transform, TransformCallback } from 'node:stream';

/** A file of the archive, as manifest.json lists it. */
export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

/** Passes bytes through, counting and hashing them. */
export class DigestingStream extends Transform {
  private readonly hash = createHash('sha256');
  size = 0;
  private digest?: string;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    this.hash.update(chunk);
    callback(null, chunk);
  }

  get sha256(): string {
    this.digest ??= this.hash.digest('hex');
    return this.digest;
  }
}

/**
 * Writes one ZIP as a stream (never the whole archive in memory): entries are added one at a
 * time, each waiting until the archiver has consumed the previous one, so at most one source
 * stream is open. Every entry's sha256 and size are kept for the manifest; the ZIP's own are
 * counted on the way out (`output`).
 */
export class ZipWriter {
  private readonly archive: Archiver = archiver('zip', { zlib: { level: 6 } });
  private readonly digest = new DigestingStream();
  readonly output: Readable;
  readonly files: ManifestFile[] = [];
  private failure: Error | undefined;
  private readonly failed: Promise<never>;

  constructor(private readonly date: Date) {
    this.output = this.archive.pipe(this.digest).pipe(new PassThrough());
    this.failed = new Promise<never>((_, reject) => {
      const fail = (error: Error) => {
        this.failure ??= error;
        reject(error);
      };
      this.archive.on('error', fail);
      this.archive.on('warning', fail);
    });
    this.failed.catch(() => undefined);
  }

  /** The ZIP's sha256 and size, once `finish` has resolved and the output has been read to its end. */
  get sha256(): string {
    return this.digest.sha256;
  }

  get size(): number {
    return this.digest.size;
  }

  async addBuffer(path: string, body: Buffer): Promise<void> {
    await this.append(path, body, { store: false });
    this.files.push({ path, sha256: createHash('sha256').update(body).digest('hex'), size: body.length });
  }

  async addJson(path: string, value: unknown): Promise<void> {
    await this.addBuffer(path, Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8'));
  }

  /**
   * Adds a stream; gives back what it read. Stored as it is by default (documents' files are
   * mostly compressed already: PDF, DOCX, images).
   */
  async addStream(path: string, body: Readable, store = true): Promise<ManifestFile> {
    const digest = new DigestingStream();
    body.on('error', (error) => digest.destroy(error));
    await this.append(path, body.pipe(digest), { store });
    const file = { path, sha256: digest.sha256, size: digest.size };
    this.files.push(file);
    return file;
  }

  /** Writes the central directory; resolves when the archiver has emitted its last byte. */
  async finish(): Promise<void> {
    await Promise.race([this.archive.finalize(), this.failed]);
  }

  abort(error: Error): void {
    this.archive.abort();
    this.output.destroy(error);
  }

  private async append(path: string, body: Readable | Buffer, options: Partial<EntryData>): Promise<void> {
    if (this.failure) throw this.failure;
    const written = new Promise<void>((resolve, reject) => {
      const onEntry = (entry: EntryData) => {
        if (entry.name !== path) return;
        this.archive.off('entry', onEntry);
        resolve();
      };
      this.archive.on('entry', onEntry);
      if (!Buffer.isBuffer(body)) body.once('error', reject);
    });
    this.archive.append(body, { name: path, date: this.date, ...options });
    await Promise.race([written, this.failed]);
  }
}
