import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  DomainError,
  findReadable,
  Page,
  PageQuery,
  RequestContext,
  UnitOfWork,
  uploadedFileColumns,
  UploadedFileView,
  uploadedFileView,
} from '@app/platform';
import { FileDownloads, FileIntake } from '@app/storage';
import { assertRole, NC_MANAGERS } from './capa-access';
import {
  ACTION_EVIDENCE_HISTORY,
  CapaEvidenceFile,
  NONCONFORMITY_EVIDENCE_HISTORY,
} from './evidence-file.entity';
import { CorrectiveAction, NC_LIFECYCLE, Nonconformity, NonconformityStatus } from './nonconformity.entity';
import { NonconformitiesService } from './nonconformities.service';

export interface EvidenceFileView extends UploadedFileView {
  id: string;
  nonconformityId: string;
  /** null: evidence of the nonconformity itself. */
  correctiveActionId: string | null;
}

/** Evidence is added while the nonconformity is being handled; a closed one is read only. */
const TAKES_EVIDENCE: readonly NonconformityStatus[] = [
  'OPEN',
  'ANALYSED',
  'ACTION_PLANNED',
  'IMPLEMENTED',
  'VERIFIED',
];

/**
 * Evidence files of nonconformities and corrective actions, stored like documents' files
 * (streamed to object storage under their sha256, type checked by their bytes). Those who read
 * the nonconformity read its evidence (another agency's: 404); the agency's ISO secretaries and
 * administrators add evidence, and an action's owner adds evidence of their action.
 */
@Injectable()
export class EvidenceFilesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly nonconformities: NonconformitiesService,
    private readonly intake: FileIntake,
    private readonly downloads: FileDownloads,
  ) {}

  async listForNonconformity(
    ctx: RequestContext,
    id: string,
    page: PageQuery,
  ): Promise<Page<EvidenceFileView>> {
    const nc = await this.readableNonconformity(ctx, id);
    return this.page({ nonconformityId: nc.id }, page);
  }

  async listForAction(
    ctx: RequestContext,
    actionId: string,
    page: PageQuery,
  ): Promise<Page<EvidenceFileView>> {
    const action = await this.readableAction(ctx, actionId);
    return this.page({ nonconformityId: action.nonconformityId, correctiveActionId: action.id }, page);
  }

  async uploadToNonconformity(ctx: RequestContext, id: string, request: Request): Promise<EvidenceFileView> {
    const nc = await this.readableNonconformity(ctx, id);
    assertRole(ctx, nc.agencyId, NC_MANAGERS);
    NC_LIFECYCLE.requireState(nc.status, ...TAKES_EVIDENCE);
    return this.store(ctx, request, nc.id, null);
  }

  async uploadToAction(ctx: RequestContext, actionId: string, request: Request): Promise<EvidenceFileView> {
    const action = await this.readableAction(ctx, actionId);
    if (action.ownerId !== ctx.userId) assertRole(ctx, action.agencyId, NC_MANAGERS);
    const nc = await this.readableNonconformity(ctx, action.nonconformityId);
    NC_LIFECYCLE.requireState(nc.status, ...TAKES_EVIDENCE);
    return this.store(ctx, request, nc.id, action.id);
  }

  async downloadOfNonconformity(
    ctx: RequestContext,
    id: string,
    fileId: string,
    response: Response,
    redirect: boolean,
  ): Promise<void> {
    const nc = await this.readableNonconformity(ctx, id);
    await this.send(ctx, { id: fileId, nonconformityId: nc.id }, response, redirect);
  }

  async downloadOfAction(
    ctx: RequestContext,
    actionId: string,
    fileId: string,
    response: Response,
    redirect: boolean,
  ): Promise<void> {
    const action = await this.readableAction(ctx, actionId);
    await this.send(ctx, { id: fileId, correctiveActionId: action.id }, response, redirect);
  }

  /** Sends the bytes of the file `where` finds (of a nonconformity, or of one of its actions). */
  private async send(
    ctx: RequestContext,
    where: { id: string; nonconformityId: string } | { id: string; correctiveActionId: string },
    response: Response,
    redirect: boolean,
  ): Promise<void> {
    const file = await this.uow.dataSource.getRepository(CapaEvidenceFile).findOneBy(where);
    if (!file) throw DomainError.notFound('evidenceFile');
    await this.downloads.send(ctx, response, file, redirect);
  }

  /** Streams the bytes to storage first, then records the file under the nonconformity's lock. */
  private async store(
    ctx: RequestContext,
    request: Request,
    nonconformityId: string,
    correctiveActionId: string | null,
  ): Promise<EvidenceFileView> {
    const blob = await this.intake.receive(request);
    return this.uow.run(ctx, async (tx) => {
      // checked again under the lock: the nonconformity may have been closed while the bytes streamed
      const nc = await this.nonconformities.lock(tx, nonconformityId);
      NC_LIFECYCLE.requireState(nc.status, ...TAKES_EVIDENCE);
      const file = tx.manager.create(CapaEvidenceFile, {
        nonconformityId,
        correctiveActionId,
        agencyId: nc.agencyId,
        ...uploadedFileColumns(blob, ctx.userId),
      });
      await (correctiveActionId ? ACTION_EVIDENCE_HISTORY : NONCONFORMITY_EVIDENCE_HISTORY).create(tx, file, {
        data: (row) => ({ fileId: row.id, name: row.name, size: blob.size, sha256: blob.sha256 }),
      });
      return toView(file);
    });
  }

  private async page(
    where: { nonconformityId: string; correctiveActionId?: string },
    page: PageQuery,
  ): Promise<Page<EvidenceFileView>> {
    const [rows, total] = await this.uow.dataSource.getRepository(CapaEvidenceFile).findAndCount({
      where,
      order: { createdAt: page.sortDirection('ASC'), id: 'ASC' },
      skip: page.offset,
      take: page.pageSize,
    });
    return page.result(rows.map(toView), total);
  }

  private async readableNonconformity(ctx: RequestContext, id: string): Promise<Nonconformity> {
    const nc = await findReadable(this.uow.manager, ctx, Nonconformity, id, 'nonconformity');
    return nc;
  }

  private async readableAction(ctx: RequestContext, id: string): Promise<CorrectiveAction> {
    const action = await findReadable(this.uow.manager, ctx, CorrectiveAction, id, 'correctiveAction');
    return action;
  }
}

function toView(f: CapaEvidenceFile): EvidenceFileView {
  return {
    id: f.id,
    nonconformityId: f.nonconformityId,
    correctiveActionId: f.correctiveActionId,
    ...uploadedFileView(f),
  };
}
