import { Injectable } from '@nestjs/common';
import { Clock, DomainError, RequestContext, UnitOfWork } from '@app/platform';
import { DeadlinesService } from '@app/deadlines';
import { acknowledgementsByName } from '@app/reporting';
import { DOCUMENT_ROLES, DocumentAccess } from './document-access';
import { DocumentsService } from './documents.service';

export interface AcknowledgementStatus {
  versionId: string | null;
  acknowledged: { userId: string; fullName: string; acknowledgedAt: Date }[];
  pending: { userId: string; fullName: string }[];
}

/** Read-and-acknowledge: who owes a confirmation of the effective version, and who gave it. */
@Injectable()
export class AcknowledgementsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: DocumentAccess,
    private readonly documents: DocumentsService,
    private readonly deadlines: DeadlinesService,
    private readonly clock: Clock,
  ) {}

  /** The caller confirms having read the effective version; confirming twice keeps the first time. */
  async acknowledge(
    ctx: RequestContext,
    documentId: string,
  ): Promise<{ versionId: string; acknowledgedAt: Date }> {
    const scope = await this.access.scope(ctx);
    const document = await this.documents.findReadable(scope, documentId);
    // overseers and administrators read the document, they are not among its readers
    if (!(await this.access.readsAsMember(ctx, document.agencyId))) throw DomainError.forbidden();
    if (document.status !== 'EFFECTIVE' || !document.currentVersionId)
      throw new DomainError('NOT_ACKNOWLEDGEABLE');
    const versionId = document.currentVersionId;
    return this.uow.run(ctx, async (tx) => {
      const now = this.clock.now();
      const [row] = await tx.manager.query<{ acknowledged_at: Date }[]>(
        `INSERT INTO acknowledgements (document_id, version_id, agency_id, user_id, acknowledged_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (version_id, user_id) DO UPDATE
           SET acknowledged_at = COALESCE(acknowledgements.acknowledged_at, EXCLUDED.acknowledged_at), updated_at = now()
         RETURNING acknowledged_at`,
        [document.id, versionId, document.agencyId, ctx.userId, now],
      );
      if (new Date(row.acknowledged_at).getTime() === now.getTime()) {
        tx.audit({
          subjectType: 'documentVersion',
          subjectId: versionId,
          agencyId: document.agencyId,
          action: 'acknowledge',
          data: { documentId },
        });
        const pending = await tx.manager.query(
          'SELECT 1 FROM acknowledgements WHERE version_id = $1 AND acknowledged_at IS NULL LIMIT 1',
          [versionId],
        );
        if (pending.length === 0)
          await this.deadlines.meet(tx, 'documentVersion', versionId, 'ACKNOWLEDGEMENT');
        // whoever has read it is not reminded again
        else await this.deadlines.release(tx, 'documentVersion', versionId, 'ACKNOWLEDGEMENT', ctx.userId!);
      }
      return { versionId, acknowledgedAt: row.acknowledged_at };
    });
  }

  /** Who has and has not read the effective version (for the agency's document roles and overseers). */
  async status(ctx: RequestContext, documentId: string): Promise<AcknowledgementStatus> {
    const scope = await this.access.scope(ctx);
    const document = await this.documents.findReadable(scope, documentId);
    const manages = ctx.isSystemAdmin || ctx.hasRole(document.agencyId, ...DOCUMENT_ROLES);
    const oversees = ctx.canRead(document.agencyId) && !ctx.isMemberOf(document.agencyId);
    if (!manages && !oversees) throw DomainError.forbidden();
    if (!document.currentVersionId) return { versionId: null, acknowledged: [], pending: [] };
    const rows = await acknowledgementsByName(this.uow.manager, document.currentVersionId);
    return {
      versionId: document.currentVersionId,
      acknowledged: rows
        .filter((r) => r.acknowledgedAt)
        .map((r) => ({ userId: r.userId, fullName: r.fullName, acknowledgedAt: r.acknowledgedAt! })),
      pending: rows.filter((r) => !r.acknowledgedAt).map((r) => ({ userId: r.userId, fullName: r.fullName })),
    };
  }
}
