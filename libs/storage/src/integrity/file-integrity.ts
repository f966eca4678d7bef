import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext, Transaction, UnitOfWork } from '@app/platform';
import { AdministratorAlerts } from '@app/deadlines';
import { ObjectStorage } from '../object-storage';
import { digestStream } from './checksum-streams';

export type IntegrityStatus = 'OK' | 'CORRUPT' | 'MISSING';
export type IntegrityProbe = 'download' | 'scrub' | 'check';

/** A stored object as its owning rows recorded it at upload. */
export interface BlobRef {
  key: string;
  sha256: string;
  size: number;
}

export interface IntegrityReport {
  sha256: string;
  status: IntegrityStatus;
  checkedAt: Date;
}

export interface ScrubResult {
  checked: number;
  failed: string[];
  skipped?: 'already running';
}

/** Per-object lock namespace (with hashtext of the key): two detections of one object record once. */
const INTEGRITY_LOCK_NS = 7_271_011;
/** One scrub at a time across workers. */
const SCRUB_LOCK_KEY = 7_271_011_001;

const PROBE_TEXT: Record<IntegrityProbe, string> = {
  download: 'khi tải xuống',
  scrub: 'khi quét định kỳ kho lưu trữ',
  check: 'khi kiểm tra theo yêu cầu',
};

/**
 * Whether stored objects still hold the bytes recorded at upload. A mismatch (or a missing
 * object) is recorded once per object, with an audit entry for every row that owns it and a
 * notification to the administrators; downloads of a failed object are refused from then on.
 * A later check that finds the bytes restored clears it (audited too).
 */
@Injectable()
export class FileIntegrity {
  private readonly logger = new Logger('FileIntegrity');

  constructor(
    private readonly storage: ObjectStorage,
    private readonly uow: UnitOfWork,
    private readonly alerts: AdministratorAlerts,
  ) {}

  /** The last recorded outcome for an object; undefined when it was never checked. */
  async statusOf(key: string): Promise<IntegrityStatus | undefined> {
    const [row] = await this.uow.dataSource.query<{ status: IntegrityStatus }[]>(
      'SELECT status FROM blob_integrity WHERE object_key = $1',
      [key],
    );
    return row?.status;
  }

  /** Re-hashes an object now and records the outcome. */
  async check(
    ctx: RequestContext,
    blob: BlobRef,
    probe: IntegrityProbe,
    bytesPerSecond?: number,
  ): Promise<IntegrityReport> {
    const digest = await this.digest(blob.key, bytesPerSecond);
    const status: IntegrityStatus = !digest
      ? 'MISSING'
      : digest.sha256 === blob.sha256 && digest.size === blob.size
        ? 'OK'
        : 'CORRUPT';
    return this.record(ctx, blob, status, digest?.sha256 ?? null, probe);
  }

  /** Records what a probe found; the first failure of an object is audited and alerted. */
  async record(
    ctx: RequestContext,
    blob: BlobRef,
    status: IntegrityStatus,
    actualSha256: string | null,
    probe: IntegrityProbe,
  ): Promise<IntegrityReport> {
    const checkedAt = await this.uow.run(ctx, async (tx) => {
      await tx.manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [INTEGRITY_LOCK_NS, blob.key]);
      const [before] = await tx.manager.query<{ status: IntegrityStatus }[]>(
        'SELECT status FROM blob_integrity WHERE object_key = $1',
        [blob.key],
      );
      const [saved] = await tx.manager.query<{ checked_at: Date }[]>(
        `INSERT INTO blob_integrity (object_key, sha256, size, status, actual_sha256, checked_at, failed_at, detected_by)
         VALUES ($1, $2, $3, $4, $5, now(), CASE WHEN $4 <> 'OK' THEN now() END, CASE WHEN $4 <> 'OK' THEN $6 END)
         ON CONFLICT (object_key) DO UPDATE SET
           status = EXCLUDED.status, actual_sha256 = EXCLUDED.actual_sha256, checked_at = EXCLUDED.checked_at,
           failed_at = CASE WHEN EXCLUDED.status = 'OK' THEN NULL ELSE coalesce(blob_integrity.failed_at, now()) END,
           detected_by = CASE WHEN EXCLUDED.status = 'OK' THEN NULL ELSE coalesce(blob_integrity.detected_by, $6) END
         RETURNING checked_at`,
        [blob.key, blob.sha256, blob.size, status, actualSha256, probe],
      );
      const previous = before?.status ?? 'OK';
      if (previous !== status) await this.report(tx, blob, previous, status, actualSha256, probe);
      return saved.checked_at;
    });
    return { sha256: blob.sha256, status, checkedAt };
  }

  /**
   * Re-hashes objects, never-checked first, then the longest unchecked, at a bounded read rate,
   * until `maxFiles` or the time budget is spent. One run at a time across workers.
   */
  async scrub(options: { maxFiles: number; bytesPerSecond: number; budgetMs: number }): Promise<ScrubResult> {
    const runner = this.uow.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [
        SCRUB_LOCK_KEY,
      ])) as {
        locked: boolean;
      }[];
      if (!locked) return { checked: 0, failed: [], skipped: 'already running' };
      try {
        const stopAt = Date.now() + options.budgetMs;
        const result: ScrubResult = { checked: 0, failed: [] };
        for (const blob of await this.dueForCheck(options.maxFiles)) {
          if (Date.now() >= stopAt) break;
          const report = await this.check(
            RequestContext.system('scrub'),
            blob,
            'scrub',
            options.bytesPerSecond,
          );
          result.checked += 1;
          if (report.status !== 'OK') result.failed.push(blob.key);
        }
        if (result.failed.length > 0) this.logger.warn(result, 'scrub found stored files that changed');
        return result;
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [SCRUB_LOCK_KEY]);
      }
    } finally {
      await runner.release();
    }
  }

  /** Objects owned by a row and never checked, then the ones checked longest ago. */
  private async dueForCheck(limit: number): Promise<BlobRef[]> {
    const due = new Map<string, BlobRef>();
    for (const table of await fileOwnerTables(this.uow.manager)) {
      if (due.size >= limit) break;
      const rows = await this.uow.dataSource.query<{ storage_key: string; sha256: string; size: string }[]>(
        `SELECT DISTINCT ON (f.storage_key) f.storage_key, f.sha256, f.size FROM "${table}" f
          WHERE f.storage_key IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM blob_integrity b WHERE b.object_key = f.storage_key)
          ORDER BY f.storage_key LIMIT $1`,
        [limit - due.size],
      );
      for (const r of rows)
        due.set(r.storage_key, { key: r.storage_key, sha256: r.sha256, size: Number(r.size) });
    }
    if (due.size < limit) {
      const rows = await this.uow.dataSource.query<{ object_key: string; sha256: string; size: string }[]>(
        'SELECT object_key, sha256, size FROM blob_integrity ORDER BY checked_at, object_key LIMIT $1',
        [limit - due.size],
      );
      for (const r of rows)
        due.set(r.object_key, { key: r.object_key, sha256: r.sha256, size: Number(r.size) });
    }
    return [...due.values()];
  }

  private async digest(
    key: string,
    bytesPerSecond?: number,
  ): Promise<{ sha256: string; size: number } | undefined> {
    let body;
    try {
      body = await this.storage.get(key);
    } catch (error) {
      if (isMissingObject(error)) return undefined;
      throw error;
    }
    return digestStream(body, bytesPerSecond);
  }

  /** An audit entry for each row that owns the object; the administrators of each agency alerted of a failure. */
  private async report(
    tx: Transaction,
    blob: BlobRef,
    from: IntegrityStatus,
    to: IntegrityStatus,
    actualSha256: string | null,
    probe: IntegrityProbe,
  ): Promise<void> {
    const owners = await fileOwners(tx.manager, blob.key);
    const failed = to !== 'OK';
    for (const owner of owners) {
      tx.audit({
        subjectType: owner.subjectType,
        subjectId: owner.id,
        agencyId: owner.agencyId,
        action: failed ? 'integrity.failed' : 'integrity.restored',
        from,
        to,
        data: {
          objectKey: blob.key,
          expectedSha256: blob.sha256,
          actualSha256,
          detectedBy: probe,
          name: owner.name,
        },
      });
    }
    if (!failed) return;
    this.logger.error(
      { objectKey: blob.key, status: to, probe, owners: owners.length },
      'stored file integrity failure',
    );
    const byAgency = new Map<string, FileOwner[]>();
    owners.forEach((o) => byAgency.set(o.agencyId, [...(byAgency.get(o.agencyId) ?? []), o]));
    for (const [agencyId, files] of byAgency) {
      const name = files[0].name;
      const what = to === 'MISSING' ? 'đã mất khỏi kho lưu trữ' : 'đã bị thay đổi trong kho lưu trữ';
      await this.alerts.notify(tx.manager, {
        agencyId,
        kind: 'FILE_INTEGRITY',
        title: `Tệp lưu trữ không còn nguyên vẹn: ${name}`,
        body:
          `Tệp "${name}"${files.length > 1 ? ` (và ${files.length - 1} bản ghi khác dùng cùng nội dung)` : ''} ${what}, ` +
          `không còn khớp mã SHA-256 ghi khi tải lên; phát hiện ${PROBE_TEXT[probe]}. ` +
          'Hệ thống đã ngừng cung cấp tệp này. Hãy khôi phục tệp từ bản sao lưu rồi kiểm tra lại.',
      });
    }
  }
}

interface FileOwner {
  subjectType: string;
  id: string;
  agencyId: string;
  name: string;
}

/**
 * The columns every table that owns stored files must have (those of StoredFileEntity that the
 * integrity check reads): the scrub re-hashes `storage_key` against `sha256` and `size`, and a
 * failure is audited on each owning row (`id`, `name`) in its agency (`agency_id`), whose
 * administrators are alerted.
 */
export const FILE_OWNER_COLUMNS = ['id', 'agency_id', 'name', 'sha256', 'size', 'storage_key', 'created_at'];

/**
 * Tables whose rows own stored files: by convention (StoredFileEntity) they name the column
 * `storage_key`. A table that has it without the other owner columns is a programming error
 * (a migration that broke the convention), reported by name rather than as a failed query.
 */
export async function fileOwnerTables(manager: EntityManager): Promise<string[]> {
  const rows = await manager.query<{ table_name: string; columns: string[] }[]>(
    `SELECT table_name, array_agg(column_name::text) AS columns FROM information_schema.columns
      WHERE table_schema = current_schema()
      GROUP BY table_name HAVING bool_or(column_name = 'storage_key') ORDER BY table_name`,
  );
  const broken = rows
    .map((r) => ({ table: r.table_name, missing: FILE_OWNER_COLUMNS.filter((c) => !r.columns.includes(c)) }))
    .filter((r) => r.missing.length > 0);
  if (broken.length > 0)
    throw new Error(
      'tables owning stored files (storage_key) without the owner columns of StoredFileEntity: ' +
        broken.map((b) => `${b.table} lacks ${b.missing.join(', ')}`).join('; '),
    );
  return rows.map((r) => r.table_name);
}

async function fileOwners(manager: EntityManager, key: string): Promise<FileOwner[]> {
  const owners: FileOwner[] = [];
  for (const table of await fileOwnerTables(manager)) {
    const rows = await manager.query<{ id: string; agency_id: string; name: string }[]>(
      `SELECT id, agency_id, name FROM "${table}" WHERE storage_key = $1 ORDER BY created_at, id`,
      [key],
    );
    const subjectType = table.replace(/s$/, '').replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    owners.push(...rows.map((r) => ({ subjectType, id: r.id, agencyId: r.agency_id, name: r.name })));
  }
  return owners;
}

export function isMissingObject(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'NoSuchKey' || code === 'NotFound';
}
