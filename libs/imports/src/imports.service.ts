import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { ImportedDocuments } from '@app/documents';
import {
  AppConfig,
  claimStreamedBody,
  Clock,
  createSubject,
  DomainError,
  JobName,
  JobQueue,
  Page,
  PageQuery,
  RequestContext,
  Role,
  selectEntities,
  UnitOfWork,
} from '@app/platform';
import { blobKey, ObjectStorage } from '@app/storage';
import { receiveArchive } from './archive-upload';
import { RowReport } from './check';
import {
  DocumentImport,
  DocumentImportFile,
  DocumentImportRow,
  IMPORT_LIFECYCLE,
  RowProblem,
} from './import.entity';
import { IMPORT_LIMITS, planImport } from './import-plan';

/** Who may import into an agency: its administrator and its ISO secretary (they keep the register). */
export const IMPORT_ROLES: Role[] = ['AGENCY_ADMIN', 'ISO_SECRETARY'];

export interface ImportView {
  id: string;
  agencyId: string;
  status: DocumentImport['status'];
  total: number;
  done: number;
  errors: RowProblem[];
  archive: { name: string; size: number; sha256: string };
  registerName: string;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  version: number;
}

export interface DryRunReport {
  dryRun: true;
  ok: boolean;
  total: number;
  rows: RowReport[];
  errors: RowProblem[];
}

/** Imports of an agency's existing QMS: checked at once (dry run or not), then run by the worker. */
@Injectable()
export class ImportsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly documents: ImportedDocuments,
    private readonly clock: Clock,
  ) {}

  /**
   * Receives the archive (streamed to storage), checks every row; a dry run answers the report
   * and keeps nothing; otherwise a register with errors is a 422 with the same report (nothing
   * kept), and a clean one becomes a QUEUED import whose job is enqueued.
   */
  async submit(
    ctx: RequestContext,
    agencyId: string,
    request: Request,
    dryRunQuery: boolean,
  ): Promise<DryRunReport | ImportView> {
    this.assertMayImport(ctx, agencyId);
    const received = await receiveArchive(request, this.storage, IMPORT_LIMITS.maxArchiveBytes);
    try {
      const plan = await planImport(
        this.storage,
        this.documents,
        this.uow.manager,
        this.config,
        agencyId,
        this.clock.today(),
        { key: received.tmpKey, size: received.size, register: received.register },
      );
      if (dryRunQuery || received.dryRun) {
        return {
          dryRun: true,
          ok: plan.problems.length === 0,
          total: plan.report.length,
          rows: plan.report,
          errors: plan.problems,
        };
      }
      if (plan.problems.length > 0) {
        const rows = new Set(plan.problems.map((p) => p.row)).size;
        throw new DomainError(
          'IMPORT_INVALID',
          { count: rows },
          plan.problems.map((p) => ({
            field: `rows[${p.row}]${p.field ? `.${p.field}` : ''}`,
            code: p.code,
            message: p.messages.en,
            messages: p.messages,
          })),
        );
      }
      await claimStreamedBody(request, `import ${agencyId} ${received.sha256}`);
      const key = blobKey(received.sha256);
      if (!(await this.storage.stat(key))) await this.storage.copy(received.tmpKey, key);
      const created = await this.uow.run(ctx, async (tx) => {
        const row = tx.manager.create(DocumentImport, {
          agencyId,
          name: received.name,
          size: String(received.size),
          contentType: 'application/zip',
          sha256: received.sha256,
          storageKey: key,
          uploadedBy: ctx.userId,
          registerName: plan.registerName,
          createdByName: ctx.actor?.username ?? null,
          status: 'QUEUED',
          total: plan.rows.length,
          done: 0,
          errors: [],
          startedAt: null,
          finishedAt: null,
          version: 1,
        });
        await createSubject(tx, IMPORT_LIFECYCLE, row, {
          data: { archive: received.name, sha256: received.sha256, rows: plan.rows.length },
        });
        if (received.register) {
          // the register sent beside the archive is kept with the import (row 0), for the job to read
          const registerKey = await this.keepRegister(received.register.bytes);
          await tx.manager.insert(DocumentImportFile, {
            importId: row.id,
            rowNumber: 0,
            position: 0,
            agencyId,
            name: received.register.name,
            size: String(received.register.bytes.length),
            contentType: 'application/octet-stream',
            sha256: registerKey.sha256,
            storageKey: registerKey.key,
            uploadedBy: ctx.userId,
          });
        }
        return row;
      });
      await this.jobs.add(
        JobName.RunDocumentImport,
        { importId: created.id },
        { jobId: importJobId(created.id) },
      );
      return toImportView(created);
    } finally {
      // the archive was copied to its content key (or refused): the temporary object goes either way
      await this.storage.remove(received.tmpKey).catch(() => undefined);
    }
  }

  async get(ctx: RequestContext, id: string): Promise<ImportView> {
    return toImportView(await this.findReadable(ctx, id));
  }

  async list(ctx: RequestContext, agencyId: string, query: PageQuery): Promise<Page<ImportView>> {
    if (!ctx.canRead(agencyId)) throw DomainError.notFound('agency');
    const [items, total] = await this.uow.dataSource.getRepository(DocumentImport).findAndCount({
      where: { agencyId },
      order: { createdAt: query.sortDirection('DESC'), id: 'ASC' },
      skip: query.offset,
      take: query.pageSize,
    });
    return { items: items.map(toImportView), page: query.page, pageSize: query.pageSize, total };
  }

  /**
   * A FAILED import is rolled back as a whole: it published nothing (documents are created only
   * when it completes), so its staged rows are marked discarded and never published; their
   * files stay (nothing is deleted). A COMPLETED import is not rolled back: its documents are
   * the agency's records, withdrawn one by one through the approval of a withdrawal.
   */
  async rollback(ctx: RequestContext, id: string, reason?: string): Promise<ImportView> {
    const found = await this.findReadable(ctx, id);
    this.assertMayImport(ctx, found.agencyId);
    await this.uow.run(ctx, async (tx) => {
      const current = await tx.manager
        .getRepository(DocumentImport)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      await IMPORT_LIFECYCLE.transition(tx, current!, 'ROLLED_BACK', {
        reason: reason ?? null,
        set: { finishedAt: this.clock.now() },
      });
      await tx.manager.update(DocumentImportRow, { importId: id }, { discardedAt: this.clock.now() });
    });
    return this.get(ctx, id);
  }

  private async keepRegister(bytes: Buffer): Promise<{ key: string; sha256: string }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = blobKey(sha256);
    if (!(await this.storage.stat(key)))
      await this.storage.put(key, bytes, 'application/octet-stream', bytes.length);
    return { key, sha256 };
  }

  private assertMayImport(ctx: RequestContext, agencyId: string): void {
    if (ctx.isSystemAdmin || ctx.hasRole(agencyId, ...IMPORT_ROLES)) return;
    if (!ctx.canRead(agencyId)) throw DomainError.notFound('agency');
    throw DomainError.forbidden();
  }

  private async findReadable(ctx: RequestContext, id: string): Promise<DocumentImport> {
    const [found] = await selectEntities(
      this.uow.manager,
      DocumentImport,
      'SELECT * FROM document_imports WHERE id = $1',
      [id],
    );
    if (!found || !ctx.canRead(found.agencyId)) throw DomainError.notFound('documentImport');
    return found;
  }
}

export function importJobId(importId: string): string {
  return `import-${importId}`;
}

export function toImportView(i: DocumentImport): ImportView {
  return {
    id: i.id,
    agencyId: i.agencyId,
    status: i.status,
    total: i.total,
    done: i.done,
    errors: i.errors,
    archive: { name: i.name, size: Number(i.size), sha256: i.sha256 },
    registerName: i.registerName,
    createdBy: i.uploadedBy,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    startedAt: i.startedAt,
    finishedAt: i.finishedAt,
    version: i.version,
  };
}
