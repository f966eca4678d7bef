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

/**
 * Whose evidence a route is about: a nonconformity's (its own and its actions' files) or one
 * corrective action's.
 */
export type EvidenceOwner = { nonconformityId: string } | { actionId: string };

interface ResolvedOwner {
  nonconformityId: string;
  action?: CorrectiveAction;
  nc?: Nonconformity;
}

/** A nonconformity's files are its own and its actions'; an action's, its own. */
function filesOf({ nonconformityId, action }: ResolvedOwner) {
  return action ? { nonconformityId, correctiveActionId: action.id } : { nonconformityId };
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

  async list(ctx: RequestContext, owner: EvidenceOwner, page: PageQuery): Promise<Page<EvidenceFileView>> {
    const [rows, total] = await this.uow.manager.getRepository(CapaEvidenceFile).findAndCount({
      where: filesOf(await this.ownerOf(ctx, owner)),
      order: { createdAt: page.sortDirection('ASC'), id: 'ASC' },
      skip: page.offset,
      take: page.pageSize,
    });
    return page.result(rows.map(toView), total);
  }

  /**
   * The agency's NC managers add evidence to a nonconformity or any of its actions; an action's
   * owner, to theirs.
   */
  async upload(ctx: RequestContext, owner: EvidenceOwner, request: Request): Promise<EvidenceFileView> {
    const { nonconformityId, action, nc: named } = await this.ownerOf(ctx, owner);
    const nc =
      named ?? (await findReadable(this.uow.manager, ctx, Nonconformity, nonconformityId, 'nonconformity'));
    if (action?.ownerId !== ctx.userId) assertRole(ctx, nc.agencyId, NC_MANAGERS);
    NC_LIFECYCLE.requireState(nc.status, ...TAKES_EVIDENCE);
    return this.store(ctx, request, nc.id, action?.id ?? null);
  }

  async download(
    ctx: RequestContext,
    owner: EvidenceOwner,
    fileId: string,
    response: Response,
    redirect: boolean,
  ): Promise<void> {
    const where = { id: fileId, ...filesOf(await this.ownerOf(ctx, owner)) };
    const file = await this.uow.manager.getRepository(CapaEvidenceFile).findOneBy(where);
    if (!file) throw DomainError.notFound('evidenceFile');
    await this.downloads.send(ctx, response, file, redirect);
  }

  /**
   * The row the route names, 404 unless the caller reads it: an action (with its nonconformity's
   * id) or a nonconformity.
   */
  private async ownerOf(ctx: RequestContext, owner: EvidenceOwner): Promise<ResolvedOwner> {
    if ('actionId' in owner) {
      const action = await findReadable(
        this.uow.manager,
        ctx,
        CorrectiveAction,
        owner.actionId,
        'correctiveAction',
      );
      return { nonconformityId: action.nonconformityId, action };
    }
    const nc = await findReadable(
      this.uow.manager,
      ctx,
      Nonconformity,
      owner.nonconformityId,
      'nonconformity',
    );
    return { nonconformityId: nc.id, nc };
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
}

function toView(f: CapaEvidenceFile): EvidenceFileView {
  return {
    id: f.id,
    nonconformityId: f.nonconformityId,
    correctiveActionId: f.correctiveActionId,
    ...uploadedFileView(f),
  };
}
