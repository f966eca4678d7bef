import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { createSubject, DomainError, Page, PageQuery, RequestContext, UnitOfWork } from '@app/platform';
import { findAgency } from '@app/organization';
import { ObjectStorage, sendDownload } from '@app/storage';
import { AgencyExport, EXPORT_LIFECYCLE, ExportStatus, exportRequested } from './agency-export.entity';
import { mayCreateExport, mayReadExports } from './exports-access';

/** An export as the API shows it. `status` is EXPIRED as soon as its time has passed. */
export interface AgencyExportView {
  id: string;
  agencyId: string;
  status: ExportStatus;
  progress: number;
  filesDone: number;
  filesTotal: number;
  size: number | null;
  sha256: string | null;
  requestedBy: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  expiresAt: Date | null;
  error: string | null;
  version: number;
}

export function exportView(row: AgencyExport, now = new Date()): AgencyExportView {
  const expired = row.status === 'COMPLETED' && row.expiresAt !== null && row.expiresAt <= now;
  const progress =
    row.status === 'COMPLETED' || row.status === 'EXPIRED'
      ? 100
      : row.filesTotal === 0
        ? 0
        : Math.min(99, Math.floor((100 * row.filesDone) / row.filesTotal));
  return {
    id: row.id,
    agencyId: row.agencyId,
    status: expired ? 'EXPIRED' : row.status,
    progress,
    filesDone: row.filesDone,
    filesTotal: row.filesTotal,
    size: row.size === null ? null : Number(row.size),
    sha256: row.sha256,
    requestedBy: row.requestedBy,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    expiresAt: row.expiresAt,
    error: row.error,
    version: row.version,
  };
}

/**
 * The API side of agency exports: ask for one (the worker writes it: AgencyArchiveJob), follow
 * it, list an agency's, download the ZIP until it expires. Creating and every download are in the
 * audit trail.
 */
@Injectable()
export class AgencyExportsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly storage: ObjectStorage,
  ) {}

  async create(ctx: RequestContext, agencyId: string): Promise<AgencyExportView> {
    const agency = await findAgency(this.uow.manager, agencyId);
    if (!agency || !ctx.canRead(agencyId)) throw DomainError.notFound('agency');
    if (!mayCreateExport(ctx, agencyId)) throw DomainError.forbidden();
    const row = await this.uow.run(ctx, (tx) => {
      const draft = tx.manager.create(AgencyExport, {
        agencyId,
        status: 'QUEUED' as const,
        requestedBy: ctx.userId,
      });
      return createSubject(tx, EXPORT_LIFECYCLE, draft, {
        data: { agencyCode: agency.code },
        event: exportRequested,
      });
    });
    return exportView(row);
  }

  async get(ctx: RequestContext, id: string): Promise<AgencyExportView> {
    return exportView(await this.readable(ctx, id));
  }

  async list(ctx: RequestContext, agencyId: string, page: PageQuery): Promise<Page<AgencyExportView>> {
    const agency = await findAgency(this.uow.manager, agencyId);
    if (!agency || !ctx.canRead(agencyId)) throw DomainError.notFound('agency');
    if (!mayReadExports(ctx, agencyId)) throw DomainError.forbidden();
    const [rows, total] = await this.uow.dataSource.getRepository(AgencyExport).findAndCount({
      where: { agencyId },
      order: { createdAt: page.sortDirection('DESC'), id: 'ASC' },
      skip: page.offset,
      take: page.pageSize,
    });
    const now = new Date();
    return page.result(
      rows.map((row) => exportView(row, now)),
      total,
    );
  }

  /**
   * Streams the ZIP, checked against its sha256 on the way (the last chunk is held back until it
   * matches). 409 AGENCY_EXPORT_IS_<STATE> unless it is completed and not yet expired.
   */
  async download(ctx: RequestContext, id: string, response: Response): Promise<void> {
    const row = await this.readable(ctx, id);
    const view = exportView(row);
    if (view.status !== 'COMPLETED' || !row.objectKey || !row.sha256 || row.size === null)
      throw DomainError.stateConflict('agencyExport', view.status);
    const agency = await findAgency(this.uow.manager, row.agencyId);
    await this.uow.run(ctx, async (tx) =>
      tx.audit({
        subjectType: 'agencyExport',
        subjectId: row.id,
        agencyId: row.agencyId,
        action: 'download',
        data: { sha256: row.sha256, size: Number(row.size) },
      }),
    );
    await sendDownload(this.storage, response, {
      key: row.objectKey,
      name: `xuat-du-lieu-${agency?.code ?? row.agencyId}-${row.createdAt.toISOString().slice(0, 10)}.zip`,
      size: Number(row.size),
      contentType: 'application/zip',
      sha256: row.sha256,
    });
  }

  /** The export, or 404 unless the caller may read exports of its agency (403 for the agency's other roles). */
  private async readable(ctx: RequestContext, id: string): Promise<AgencyExport> {
    const row = await this.uow.dataSource.getRepository(AgencyExport).findOneBy({ id });
    if (!row || !ctx.canRead(row.agencyId)) throw DomainError.notFound('agencyExport');
    if (!mayReadExports(ctx, row.agencyId)) throw DomainError.forbidden();
    return row;
  }
}
