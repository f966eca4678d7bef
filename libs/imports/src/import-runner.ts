import { Injectable, Logger } from '@nestjs/common';
import { basename } from 'node:path/posix';
import { ImportedDocuments } from '@app/documents';
import {
  AppConfig,
  Clock,
  DomainError,
  RequestContext,
  UnitOfWork,
  uploadedFileColumns,
} from '@app/platform';
import { FileIntake, ObjectStorage } from '@app/storage';
import { problem } from './check';
import { DocumentImport, DocumentImportFile, IMPORT_LIFECYCLE, RowProblem } from './import.entity';
import { planImport } from './import-plan';

/**
 * The import job: stages the rows one at a time (each row's files stored as any upload is, then
 * the row recorded once — the primary key (import, row) — so a job that crashed and runs again
 * continues after the last staged row and never stores a row twice), then publishes every
 * document in one transaction with the move to COMPLETED. A row that fails at this stage (a file
 * that does not unpack, or does not match its manifest checksum) fails the import, which then
 * published nothing.
 */
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger('ImportRunner');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly storage: ObjectStorage,
    private readonly intake: FileIntake,
    private readonly documents: ImportedDocuments,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Runs (or resumes) an import; `rowLimit` stops after staging that many rows (a crash, in tests).
   * An unexpected error is thrown for the queue to retry; on the last attempt the import becomes
   * FAILED (it published nothing: publishing is one transaction), so it can be rolled back rather
   * than stay RUNNING for ever.
   */
  async run(importId: string, options: { rowLimit?: number; attempt?: number; lastAttempt?: boolean } = {}) {
    try {
      await this.runOnce(importId, options);
    } catch (error) {
      if (!options.lastAttempt) throw error;
      const job = await this.uow.dataSource.getRepository(DocumentImport).findOneBy({ id: importId });
      if (job) {
        const reason = error instanceof Error ? error.message.slice(0, 300) : String(error);
        await this.fail(this.contextOf(job), job, [
          problem(0, null, 'jobFailed', { value: options.attempt ?? 1, other: reason }),
        ]);
      }
      throw error;
    }
  }

  private async runOnce(importId: string, options: { rowLimit?: number }): Promise<void> {
    let job = await this.uow.dataSource.getRepository(DocumentImport).findOneBy({ id: importId });
    if (!job || !['QUEUED', 'RUNNING'].includes(job.status)) return;
    const ctx = this.contextOf(job);
    if (job.status === 'QUEUED')
      job = await this.uow.run(ctx, async (tx) => {
        const row = await tx.manager.findOneByOrFail(DocumentImport, { id: importId });
        await IMPORT_LIFECYCLE.transition(tx, row, 'RUNNING', { set: { startedAt: this.clock.now() } });
        return row;
      });
    const register = await this.uow.dataSource
      .getRepository(DocumentImportFile)
      .findOneBy({ importId, rowNumber: 0, position: 0 });
    let plan;
    try {
      plan = await planImport(
        this.storage,
        this.documents,
        this.uow.manager,
        this.config,
        job.agencyId,
        this.clock.today(),
        {
          key: job.storageKey,
          size: Number(job.size),
          register: register
            ? { name: register.name, bytes: await this.storage.readAll(register.storageKey) }
            : null,
        },
        // each file's type is judged again as it is stored
        false,
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await this.fail(ctx, job, [problem(0, null, 'fileRejected', { value: job.name, other: error.code })]);
      return;
    }
    // checked again: the agency may have created one of the codes since the import was accepted
    if (plan.problems.length > 0) {
      await this.fail(ctx, job, plan.problems);
      return;
    }
    const staged = new Set(
      (
        await this.uow.dataSource.query<{ row_number: number }[]>(
          'SELECT row_number FROM document_import_rows WHERE import_id = $1',
          [importId],
        )
      ).map((r) => r.row_number),
    );
    const errors: RowProblem[] = [...job.errors];
    let stagedNow = 0;
    for (const row of plan.rows) {
      if (staged.has(row.row)) continue;
      if (options.rowLimit !== undefined && stagedNow >= options.rowLimit) return;
      const files: Omit<DocumentImportFile, 'id' | 'createdAt' | 'updatedAt'>[] = [];
      let rowProblem: RowProblem | null = null;
      for (const [position, file] of row.files.entries()) {
        try {
          const blob = await this.intake.storeStream(
            await plan.archive.stream(file.entry),
            basename(file.entry.name),
            this.config.UPLOAD_MAX_BYTES,
            async (sha256) => {
              if (file.sha256 && file.sha256 !== sha256)
                throw new DomainError('IMPORT_ARCHIVE_INVALID', { reason: 'sha256' });
            },
          );
          files.push({
            importId,
            rowNumber: row.row,
            position: position + 1,
            agencyId: job.agencyId,
            ...uploadedFileColumns(blob, job.uploadedBy),
          });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          rowProblem =
            error.code === 'IMPORT_ARCHIVE_INVALID' && error.params.reason === 'sha256'
              ? problem(row.row, 'fileName', 'fileChecksum', { value: file.path })
              : problem(row.row, 'fileName', 'fileRejected', { value: file.path, other: error.code });
          break;
        }
      }
      if (rowProblem) errors.push(rowProblem);
      await this.uow.run(ctx, async (tx) => {
        // once per row: a second run of the same row (a retry racing the first) inserts nothing
        const inserted = await tx.manager.query<unknown[]>(
          `INSERT INTO document_import_rows (import_id, row_number, agency_id, code, revision, staged_at)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING row_number`,
          [importId, row.row, job.agencyId, row.code, row.revision, this.clock.now()],
        );
        if (inserted.length === 0) return;
        if (files.length > 0)
          await tx.manager
            .createQueryBuilder()
            .insert()
            .into(DocumentImportFile)
            .values(files)
            .orIgnore()
            .execute();
        await tx.manager.query(
          'UPDATE document_imports SET done = (SELECT count(*) FROM document_import_rows WHERE import_id = $1), errors = $2, updated_at = now() WHERE id = $1',
          [importId, JSON.stringify(errors)],
        );
      });
      stagedNow += 1;
    }
    const current = await this.uow.dataSource.getRepository(DocumentImport).findOneByOrFail({ id: importId });
    if (current.errors.length > 0) {
      await this.fail(ctx, current, current.errors);
      return;
    }
    await this.publish(ctx, importId, plan.documents);
  }

  /** Every staged row becomes its document's revision, in one transaction with the move to COMPLETED. */
  private async publish(
    ctx: RequestContext,
    importId: string,
    documents: Awaited<ReturnType<typeof planImport>>['documents'],
  ) {
    await this.uow.run(ctx, async (tx) => {
      const job = await tx.manager
        .getRepository(DocumentImport)
        .findOne({ where: { id: importId }, lock: { mode: 'pessimistic_write' } });
      if (!job || job.status !== 'RUNNING') return;
      const files = await tx.manager.find(DocumentImportFile, {
        where: { importId },
        order: { rowNumber: 'ASC', position: 'ASC' },
      });
      for (const document of documents)
        for (const revision of document.revisions)
          revision.files = files
            .filter((f) => f.rowNumber === revision.row && f.rowNumber > 0)
            .map((f) => ({
              name: f.name,
              size: Number(f.size),
              contentType: f.contentType,
              sha256: f.sha256,
              storageKey: f.storageKey,
            }));
      await this.documents.publish(tx, job.agencyId, documents, { importId, registerName: job.registerName });
      await IMPORT_LIFECYCLE.transition(tx, job, 'COMPLETED', {
        data: { documents: documents.length },
        set: { finishedAt: this.clock.now() },
      });
    });
    this.logger.log({ importId, documents: documents.length }, 'import published');
  }

  private async fail(ctx: RequestContext, job: DocumentImport, errors: RowProblem[]): Promise<void> {
    await this.uow.run(ctx, async (tx) => {
      const row = await tx.manager.findOneByOrFail(DocumentImport, { id: job.id });
      if (!IMPORT_LIFECYCLE.can(row.status, 'FAILED')) return;
      await IMPORT_LIFECYCLE.transition(tx, row, 'FAILED', {
        data: { errors: errors.length },
        set: { errors, finishedAt: this.clock.now() },
      });
    });
  }

  /** The job acts for whoever started the import (the audit trail names them), with no other right. */
  private contextOf(job: DocumentImport): RequestContext {
    if (!job.uploadedBy) return RequestContext.system(`import-${job.id}`);
    const actor = {
      id: job.uploadedBy,
      username: job.createdByName ?? 'import',
      fullName: job.createdByName ?? '',
    };
    return new RequestContext(actor, [], [], `import-${job.id}`);
  }
}
