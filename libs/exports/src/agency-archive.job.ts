import { Inject, Injectable, Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
import { LessThanOrEqual } from 'typeorm';
import { AppConfig, DomainError, RequestContext, UnitOfWork } from '@app/platform';
import { AgencySummary, findAgency } from '@app/organization';
import {
  ArchiveFile,
  ArchiveHistoryEvent,
  ArchiveRevision,
  archiveAuditEntries,
  archiveFiles,
  archiveQualityRecords,
  archiveRevisions,
  archiveVersionHistory,
  QUALITY_RECORD_SETS,
} from '@app/reporting';
import {
  ListRecordFilesQuery,
  ListRecordListsQuery,
  RECORD_FILES_EXPORT_LIMIT,
  RecordFilesService,
  RecordListsService,
  recordFilesWorkbook,
} from '@app/records';
import { AuditCheckpoints, ObjectStorage } from '@app/storage';
import { AgencyExport, EXPORT_LIFECYCLE } from './agency-export.entity';
import { registerStatus, registerWorkbook, rowsWorkbook } from './archive-sheets';
import { ZipWriter } from './zip-writer';

export const ARCHIVE_FORMAT = 'iso-dien-tu/agency-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
const AUDIT_PAGE = 5000;
/** Progress is written every this many files (one UPDATE, no audit entry: not a change of state). */
const PROGRESS_EVERY = 10;
/** Parts written after the files: register, documents, history, records, quality sets, audit trail, manifest. */
const FIXED_PARTS = 6 + QUALITY_RECORD_SETS.length;

export function exportJobId(exportId: string): string {
  return `agency-export-${exportId}`;
}

/** A path segment from a code or file name: no separators, no control characters, never empty or a dot name. */
function segment(text: string): string {
  const cleaned = text
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f/\\]/g, '_')
    .trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? '_' : cleaned;
}

/** `path`, or `path` with ` (2)`, ` (3)`… before its extension when already used. */
function uniquePath(path: string, used: Set<string>): string {
  let candidate = path;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    const dot = path.lastIndexOf('.');
    const slash = path.lastIndexOf('/');
    candidate = dot > slash ? `${path.slice(0, dot)} (${n})${path.slice(dot)}` : `${path} (${n})`;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

/**
 * The worker side of agency exports: writes the agency's archive (the format of
 * /tmp/brief/archive-format.md, read back by the import) as ONE ZIP streamed to object storage,
 * and expires old ones. Idempotent: the object key is the export's, so a re-run after a crash
 * overwrites the same object and the row ends COMPLETED once.
 */
@Injectable()
export class AgencyArchiveJob {
  private readonly logger = new Logger('AgencyArchiveJob');
  private readonly system = RequestContext.system('agency-export');

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly storage: ObjectStorage,
    private readonly checkpoints: AuditCheckpoints,
    private readonly recordLists: RecordListsService,
    private readonly recordFiles: RecordFilesService,
  ) {}

  /**
   * Runs one export. A failure is retried by the queue, unless it is the last attempt or a
   * domain refusal (a stored file no longer matching its sha256): then the export is FAILED.
   */
  async run(exportId: string, lastAttempt: boolean): Promise<void> {
    const row = await this.claim(exportId);
    if (!row) return;
    try {
      const written = await this.write(row);
      await this.uow.run(this.system, async (tx) => {
        const current = await tx.manager.findOneOrFail(AgencyExport, {
          where: { id: exportId },
          lock: { mode: 'pessimistic_write' },
        });
        if (current.status !== 'RUNNING') return;
        const finishedAt = new Date();
        await EXPORT_LIFECYCLE.transition(tx, current, 'COMPLETED', {
          set: {
            objectKey: written.key,
            size: String(written.size),
            sha256: written.sha256,
            filesDone: current.filesTotal,
            finishedAt,
            expiresAt: new Date(finishedAt.getTime() + this.config.EXPORT_TTL_HOURS * 3600_000),
            error: null,
          },
          data: { sha256: written.sha256, size: written.size },
        });
      });
    } catch (error) {
      if (!lastAttempt && !(error instanceof DomainError)) throw error;
      this.logger.warn({ err: error, exportId }, 'agency export failed');
      await this.fail(exportId, error);
    }
  }

  /**
   * Expires exports whose time has passed: the object is removed, the row stays (EXPIRED).
   * Gives back the exports still waiting (QUEUED or RUNNING for longer than a job lock), whose
   * job the caller adds again (a lost Redis loses no export; the job id collapses duplicates).
   */
  async sweep(now = new Date()): Promise<string[]> {
    const repository = this.uow.dataSource.getRepository(AgencyExport);
    const due = await repository.find({
      where: { status: 'COMPLETED', expiresAt: LessThanOrEqual(now) },
      order: { expiresAt: 'ASC' },
      take: 500,
    });
    for (const row of due) {
      if (row.objectKey) await this.storage.remove(row.objectKey);
      await this.uow.run(this.system, async (tx) => {
        const current = await tx.manager.findOneOrFail(AgencyExport, {
          where: { id: row.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (current.status !== 'COMPLETED') return;
        await EXPORT_LIFECYCLE.transition(tx, current, 'EXPIRED', {
          set: { objectKey: null },
          data: { removedKey: row.objectKey },
        });
      });
    }
    const waiting = await this.uow.dataSource.query<{ id: string }[]>(
      `SELECT id FROM agency_exports
        WHERE status IN ('QUEUED', 'RUNNING') AND updated_at < now() - make_interval(secs => $1)
        ORDER BY created_at LIMIT 500`,
      [Math.ceil((2 * this.config.JOB_LOCK_MS) / 1000)],
    );
    return waiting.map((w) => w.id);
  }

  /** QUEUED → RUNNING (or a RUNNING export taken over after a crash); null when there is nothing to do. */
  private claim(exportId: string): Promise<AgencyExport | null> {
    return this.uow.run(this.system, async (tx) => {
      const row = await tx.manager.findOne(AgencyExport, {
        where: { id: exportId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || (row.status !== 'QUEUED' && row.status !== 'RUNNING')) return null;
      if (row.status === 'QUEUED') {
        await EXPORT_LIFECYCLE.transition(tx, row, 'RUNNING', {
          set: { startedAt: new Date(), attempts: row.attempts + 1 },
        });
      } else {
        // taken over: the previous run's object is overwritten under the same key
        await tx.manager.update(AgencyExport, row.id, { attempts: row.attempts + 1, filesDone: 0 });
        row.attempts += 1;
      }
      return row;
    });
  }

  private async fail(exportId: string, error: unknown): Promise<void> {
    const message =
      error instanceof DomainError
        ? `${error.code} ${JSON.stringify(error.params)}`
        : 'Lỗi khi ghi bản xuất; xem nhật ký của worker';
    await this.uow.run(this.system, async (tx) => {
      const current = await tx.manager.findOne(AgencyExport, {
        where: { id: exportId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current || (current.status !== 'RUNNING' && current.status !== 'QUEUED')) return;
      await EXPORT_LIFECYCLE.transition(tx, current, 'FAILED', {
        set: { error: message, finishedAt: new Date(), objectKey: null },
        reason: message,
      });
    });
  }

  private async write(row: AgencyExport): Promise<{ key: string; size: number; sha256: string }> {
    const manager = this.uow.manager;
    const agency = await findAgency(manager, row.agencyId);
    if (!agency) throw DomainError.notFound('agency');
    const [revisions, files, history] = await Promise.all([
      archiveRevisions(manager, row.agencyId),
      archiveFiles(manager, row.agencyId),
      archiveVersionHistory(manager, row.agencyId),
    ]);
    const filesTotal = files.length + FIXED_PARTS;
    await this.uow.dataSource.getRepository(AgencyExport).update(row.id, { filesTotal, filesDone: 0 });

    const exportedAt = new Date();
    const key = `exports/${row.agencyId}/${row.id}.zip`;
    const zip = new ZipWriter(exportedAt);
    const upload = this.storage.put(key, zip.output, 'application/zip');
    upload.catch(() => undefined);
    let done = 0;
    const advance = async (parts = 1) => {
      done += parts;
      if (done % PROGRESS_EVERY === 0 || parts > 1)
        await this.uow.dataSource.getRepository(AgencyExport).update(row.id, { filesDone: done });
    };
    try {
      const paths = await this.addDocumentFiles(zip, revisions, files, advance);
      await zip.addBuffer('register.xlsx', await registerWorkbook(revisions, paths));
      await zip.addJson('documents/documents.json', documentsJson(revisions, files, paths));
      await zip.addJson('history/documents.json', historyJson(revisions, history));
      await advance(3);
      await this.addRecords(zip, row.agencyId);
      await advance();
      for (const set of QUALITY_RECORD_SETS) {
        const rows = await archiveQualityRecords(manager, set, row.agencyId);
        await zip.addJson(`${set}.json`, rows);
        await zip.addBuffer(`${set}.xlsx`, await rowsWorkbook(set.split('/')[1], rows));
        await advance();
      }
      const trail = await this.addAuditTrail(zip, row.agencyId);
      await zip.addJson('manifest.json', {
        format: ARCHIVE_FORMAT,
        formatVersion: ARCHIVE_FORMAT_VERSION,
        installation: this.config.PUBLIC_URL ?? this.config.QUEUE_PREFIX,
        agency: agencyJson(agency),
        exportId: row.id,
        exportedAt: exportedAt.toISOString(),
        counts: {
          documents: new Set(revisions.map((r) => r.documentId)).size,
          revisions: revisions.length,
          files: files.length,
          auditTrailEntries: trail,
        },
        files: [...zip.files],
      });
      await zip.finish();
      await upload;
    } catch (error) {
      zip.abort(error instanceof Error ? error : new Error(String(error)));
      await upload.catch(() => undefined);
      await this.storage.remove(key).catch(() => undefined);
      throw error;
    }
    return { key, size: zip.size, sha256: zip.sha256 };
  }

  /** files/<code>/<revision>/<name>, each checked against its stored sha256 while it is copied. */
  private async addDocumentFiles(
    zip: ZipWriter,
    revisions: ArchiveRevision[],
    files: ArchiveFile[],
    advance: () => Promise<void>,
  ): Promise<Map<string, string[]>> {
    const byVersion = new Map(revisions.map((r) => [r.versionId, r]));
    const paths = new Map<string, string[]>();
    const used = new Set<string>();
    for (const file of files) {
      const revision = byVersion.get(file.versionId);
      if (!revision) continue;
      const path = uniquePath(
        `files/${segment(revision.code)}/${revision.revision}/${segment(file.name)}`,
        used,
      );
      const written = await zip.addStream(path, await this.storage.get(file.storageKey));
      if (written.sha256 !== file.sha256 || written.size !== file.size)
        throw new DomainError('AGENCY_EXPORT_FILE_CHANGED', { name: file.name, code: revision.code });
      paths.set(file.versionId, [...(paths.get(file.versionId) ?? []), path]);
      await advance();
    }
    return paths;
  }

  /** records/: each yearly list of records (Phụ lục V, as the records lib prints it) and the record files. */
  private async addRecords(zip: ZipWriter, agencyId: string): Promise<void> {
    const lists = [];
    for (let page = 1; ; page++) {
      const query = Object.assign(new ListRecordListsQuery(), { agencyId, page, pageSize: 100 });
      const result = await this.recordLists.list(this.system, query);
      for (const item of result.items) lists.push(await this.recordLists.get(this.system, item.id));
      if (page * result.pageSize >= result.total) break;
    }
    for (const list of lists) {
      const { body } = await this.recordLists.xlsx(list);
      await zip.addBuffer(`records/danh-muc-ho-so-${list.year}-${list.id.slice(0, 8)}.xlsx`, body);
    }
    await zip.addJson('records/record-lists.json', lists);
    const filesQuery = Object.assign(new ListRecordFilesQuery(), { agencyId });
    const recordFiles = await this.recordFiles.list(this.system, filesQuery, {
      limit: RECORD_FILES_EXPORT_LIMIT,
    });
    await zip.addJson('records/record-files.json', recordFiles.items);
    await zip.addBuffer('records/ho-so.xlsx', await recordFilesWorkbook(recordFiles.items));
  }

  /**
   * audit-trail/entries.jsonl (the agency's entries, chain order, each with its link) and
   * audit-trail/proof.json: the chain's head, a fresh MAC'd checkpoint and the whole chain's
   * verification at export time, and how to check the entries. Gives back the number of entries.
   */
  private async addAuditTrail(zip: ZipWriter, agencyId: string): Promise<number> {
    const manager = this.uow.manager;
    let count = 0;
    let first: string | null = null;
    let last: { id: string; hash: string } | null = null;
    async function* lines(): AsyncGenerator<Buffer> {
      for (let afterId = '0'; ; ) {
        const page = await archiveAuditEntries(manager, agencyId, afterId, AUDIT_PAGE);
        if (page.length === 0) return;
        first ??= page[0].id;
        const tail = page[page.length - 1];
        last = { id: tail.id, hash: tail.hash };
        count += page.length;
        yield Buffer.from(page.map((entry) => `${JSON.stringify(entry)}\n`).join(''), 'utf8');
        afterId = tail.id;
      }
    }
    await zip.addStream('audit-trail/entries.jsonl', Readable.from(lines()), false);
    const checkpoint = await this.checkpoints.take();
    const verification = await this.checkpoints.verify(this.system);
    await zip.addJson('audit-trail/proof.json', {
      algorithm: 'hmac-sha256',
      agencyEntries: { count, firstId: first, last },
      chainHead: checkpoint
        ? { lastId: checkpoint.lastId, lastHash: checkpoint.lastHash, count: checkpoint.count }
        : null,
      checkpoint: checkpoint ?? null,
      verificationAtExport: verification,
      howToVerify: [
        'Mỗi dòng của entries.jsonl là một bản ghi nhật ký: hash = HMAC-SHA256(AUDIT_HMAC_KEY, prevHash + "\\n" + JSON chuẩn hóa của bản ghi) (hashAlg "sha256": SHA-256 không khóa, các bản ghi cũ).',
        'Các bản ghi của cơ quan là một phần của chuỗi chung: prevHash là hash của bản ghi liền trước trong chuỗi của hệ thống (có thể thuộc cơ quan khác).',
        'checkpoint là đầu chuỗi tại thời điểm xuất, ký bằng MAC với cùng khóa; GET /api/v1/audit-trail/verify của hệ thống nguồn kiểm tra lại toàn bộ chuỗi và so với checkpoint.',
        'verificationAtExport là kết quả kiểm tra toàn bộ chuỗi khi xuất (ok = true: không bản ghi nào bị sửa, xóa hay chèn).',
      ],
    });
    return count;
  }
}

function agencyJson(agency: AgencySummary) {
  return { id: agency.id, code: agency.code, name: agency.name, level: agency.level, status: agency.status };
}

/** Every revision (drafts included), with its files' paths and sha256. */
function documentsJson(revisions: ArchiveRevision[], files: ArchiveFile[], paths: Map<string, string[]>) {
  const filesOf = groupBy(files, (f) => f.versionId);
  return revisions.map((revision) => {
    const own = filesOf.get(revision.versionId) ?? [];
    const ownPaths = paths.get(revision.versionId) ?? [];
    return {
      code: revision.code,
      title: revision.title,
      type: revision.type,
      parentCode: revision.parentCode,
      ownerUnit: revision.ownerUnit,
      reviewIntervalMonths: revision.reviewIntervalMonths,
      administrativeProcedureCodes: revision.administrativeProcedureCodes,
      documentStatus: revision.documentStatus,
      revision: revision.revision,
      versionStatus: revision.status,
      registerStatus: registerStatus(revision),
      effectiveFrom: revision.effectiveFrom,
      changeSummary: revision.changeSummary,
      approverName: revision.approverName,
      approvedAt: revision.approvedAt,
      files: own.map((file, index) => ({
        path: ownPaths[index],
        name: file.name,
        size: file.size,
        sha256: file.sha256,
        contentType: file.contentType,
      })),
    };
  });
}

/** history/documents.json: per code and revision, the approval history as it was. */
function historyJson(revisions: ArchiveRevision[], history: ArchiveHistoryEvent[]) {
  const eventsOf = groupBy(history, (e) => e.versionId);
  return revisions.map((revision) => ({
    code: revision.code,
    revision: revision.revision,
    events: (eventsOf.get(revision.versionId) ?? []).map((event) => ({
      at: event.at,
      action: event.action,
      actorName: event.actorName,
      comment: event.comment,
    })),
  }));
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
