import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ObjectStorage } from './object-storage';

const BATCH = 1000;

/**
 * Removes objects no row owns: a blob whose upload succeeded but whose row was never committed
 * (the database went down in between, the request failed validation afterwards), temporary
 * objects of a process that died mid-upload, and multipart uploads such a process left
 * unfinished. A blob is owned when any table has it in a column
 * named `storage_key` — the convention every lib that stores files follows — so a new lib's
 * files are protected without registering anything. Objects younger than the grace period are
 * left alone: their row may still be on its way.
 */
@Injectable()
export class OrphanBlobs {
  private readonly logger = new Logger('OrphanBlobs');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
  ) {}

  async sweep(graceMs: number, now = new Date()): Promise<{ removed: string[]; abortedUploads: number }> {
    const cutoff = now.getTime() - graceMs;
    // the worker may start before the API on a fresh data folder: listing a missing bucket fails
    await this.storage.ensureBucket();
    const abortedUploads = await this.abortUnfinishedUploads(cutoff);
    const old = (await this.storage.list(''))
      .filter((o) => o.lastModified.getTime() <= cutoff)
      .map((o) => o.key);
    const removed = old.filter((key) => key.startsWith('tmp/'));
    const blobs = old.filter((key) => key.startsWith('blobs/'));
    const owners = await this.ownerColumns();
    for (let i = 0; i < blobs.length; i += BATCH) {
      const batch = blobs.slice(i, i + BATCH);
      const owned = new Set<string>();
      for (const table of owners) {
        const rows = await this.dataSource.query<{ storage_key: string }[]>(
          `SELECT DISTINCT storage_key FROM "${table}" WHERE storage_key = ANY($1::text[])`,
          [batch],
        );
        rows.forEach((r) => owned.add(r.storage_key));
      }
      removed.push(...batch.filter((key) => !owned.has(key)));
    }
    for (const key of removed) await this.storage.remove(key);
    if (removed.length > 0) this.logger.log({ removed: removed.length }, 'removed objects no row owns');
    return { removed, abortedUploads };
  }

  /**
   * Removes the given blobs at once when no row owns them any more (a disposal of records whose
   * rows gave them up in a committed transaction). A blob another row still owns (the same bytes
   * kept elsewhere: content addressing) is kept, and so is one written after `notModifiedAfter`
   * (an upload of the same bytes whose row may still be on its way; the orphan sweep judges it later).
   */
  async removeUnowned(
    keys: string[],
    notModifiedAfter: Date,
  ): Promise<{ removed: string[]; kept: { key: string; reason: 'OWNED' | 'REWRITTEN' }[] }> {
    const unique = [...new Set(keys)];
    const owned = new Set<string>();
    for (const table of await this.ownerColumns()) {
      const rows = await this.dataSource.query<{ storage_key: string }[]>(
        `SELECT DISTINCT storage_key FROM "${table}" WHERE storage_key = ANY($1::text[])`,
        [unique],
      );
      rows.forEach((r) => owned.add(r.storage_key));
    }
    const removed: string[] = [];
    const kept: { key: string; reason: 'OWNED' | 'REWRITTEN' }[] = [];
    for (const key of unique) {
      if (owned.has(key)) {
        kept.push({ key, reason: 'OWNED' });
        continue;
      }
      const listed = (await this.storage.list(key)).find((o) => o.key === key);
      if (listed && listed.lastModified.getTime() > notModifiedAfter.getTime()) {
        kept.push({ key, reason: 'REWRITTEN' });
        continue;
      }
      await this.storage.remove(key);
      removed.push(key);
    }
    return { removed, kept };
  }

  /** Multipart uploads begun before the cutoff and never completed (a process died mid-upload). */
  private async abortUnfinishedUploads(cutoff: number): Promise<number> {
    const stale = (await this.storage.listUnfinishedUploads()).filter((u) => u.initiated.getTime() <= cutoff);
    for (const upload of stale) await this.storage.abortUpload(upload);
    if (stale.length > 0) this.logger.log({ aborted: stale.length }, 'aborted unfinished multipart uploads');
    return stale.length;
  }

  private async ownerColumns(): Promise<string[]> {
    const rows = await this.dataSource.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND column_name = 'storage_key' ORDER BY table_name`,
    );
    return rows.map((r) => r.table_name);
  }
}
