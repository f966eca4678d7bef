import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  addMonths,
  assertVersion,
  Clock,
  createSubject,
  domainEvent,
  DomainError,
  Page,
  pickFields,
  RequestContext,
  scopeList,
  Transaction,
  UnitOfWork,
  fetchPage,
  invalidField,
  bilingualDetail,
} from '@app/platform';
import { DeadlinesService, secretaryDeadline } from '@app/deadlines';
import { DocumentSummary, documentSummaries } from '@app/documents';
import { AGENCY_MANAGERS, assertAgencyActive, assertMayActIn } from '../oversight-access';
import { readableRecord } from '../readable-records';
import { CreateLegalChangeDto, LinkDocumentsDto, ListLegalChangesQuery } from './dto/legal-change.dto';
import {
  LEGAL_CHANGE_HISTORY,
  LEGAL_CHANGE_LIFECYCLE,
  LegalChange,
  LegalChangeDocument,
} from './legal-change.entity';

/** Months after entry into force within which the affected processes must be revised. */
export const LEGAL_CHANGE_MONTHS = 3;

export interface LegalChangeView {
  id: string;
  agencyId: string;
  reference: string;
  title: string;
  issuedOn: string | null;
  effectiveFrom: string;
  reviseBy: string;
  summary: string | null;
  status: string;
  overdue: boolean;
  completedAt: Date | null;
  completedBy: string | null;
  createdAt: Date;
  version: number;
}

export interface AffectedDocumentView {
  documentId: string;
  code: string;
  title: string;
  type: string;
  status: string;
  /** The revision in force when the document was linked. */
  baselineRevision: number | null;
  currentRevision: number | null;
  /** Revised (a later revision took effect) or withdrawn since it was linked. */
  revised: boolean;
}

export interface LegalChangeDetail extends LegalChangeView {
  documents: AffectedDocumentView[];
}

const SORTABLE = {
  effectiveFrom: 'c.effective_from',
  reviseBy: 'c.revise_by',
  createdAt: 'c.created_at',
  reference: 'c.reference',
};

/**
 * Legal changes (văn bản pháp luật mới, sửa đổi) and the documents they affect: recorded by the
 * agency's ISO secretary with a LEGAL_CHANGE deadline at entry into force + 3 months; done when
 * every linked document has been revised (or withdrawn) through the documents' own approval.
 */
@Injectable()
export class LegalChangesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
  ) {}

  async list(ctx: RequestContext, query: ListLegalChangesQuery): Promise<Page<LegalChangeView>> {
    const qb = this.uow.dataSource.getRepository(LegalChange).createQueryBuilder('c');
    scopeList(qb, ctx, { agency_id: query.agencyId, status: query.status });
    if (query.overdue) {
      qb.andWhere("c.status = 'OPEN' AND c.revise_by < :today", { today: this.clock.today() });
    }
    const [items, total] = await fetchPage(qb, query, SORTABLE, 'reviseBy');
    return query.result(
      items.map((c) => this.toView(c)),
      total,
    );
  }

  async get(ctx: RequestContext, id: string): Promise<LegalChangeDetail> {
    const change = await this.findReadable(ctx, id);
    return this.detail(this.uow.manager, change);
  }

  async create(ctx: RequestContext, dto: CreateLegalChangeDto): Promise<LegalChangeDetail> {
    assertMayActIn(ctx, dto.agencyId, AGENCY_MANAGERS);
    if (dto.issuedOn && dto.issuedOn > dto.effectiveFrom) {
      throw invalidField(
        'issuedOn',
        'Ngày ban hành (issuedOn) không được sau ngày có hiệu lực (effectiveFrom)',
        'issuedOn must not be after effectiveFrom',
      );
    }
    const change = await this.uow.run(ctx, async (tx) => {
      await assertAgencyActive(tx.manager, dto.agencyId);
      const reviseBy = addMonths(dto.effectiveFrom, LEGAL_CHANGE_MONTHS);
      const change = tx.manager.create(LegalChange, {
        agencyId: dto.agencyId,
        reference: dto.reference.normalize('NFC').trim(),
        title: dto.title.normalize('NFC').trim(),
        issuedOn: dto.issuedOn ?? null,
        effectiveFrom: dto.effectiveFrom,
        reviseBy,
        summary: dto.summary?.normalize('NFC').trim() ?? null,
        status: 'OPEN',
        completedAt: null,
        completedBy: null,
        createdBy: ctx.userId,
        version: 1,
      });
      // link() refuses (and rolls back) any document it cannot link: the entry names them all
      const documentIds = [...new Set(dto.documentIds ?? [])];
      await createSubject(tx, LEGAL_CHANGE_LIFECYCLE, change, {
        data: { reference: change.reference, effectiveFrom: change.effectiveFrom, reviseBy, documentIds },
        event: (row) =>
          domainEvent('legalChange.recorded', { legalChangeId: row.id, agencyId: row.agencyId }),
      });
      await this.link(tx, change, documentIds);
      await this.deadlines.register(
        tx,
        secretaryDeadline(
          change,
          'legalChange',
          'LEGAL_CHANGE',
          `Cập nhật tài liệu theo ${change.reference} (hiệu lực ${change.effectiveFrom})`,
          reviseBy,
        ),
      );
      return change;
    });
    return this.detail(this.uow.manager, change);
  }

  async linkDocuments(
    ctx: RequestContext,
    id: string,
    dto: LinkDocumentsDto,
    expectedVersion?: number,
  ): Promise<LegalChangeDetail> {
    const change = await this.uow.run(ctx, async (tx) => {
      const change = await this.lockToManage(tx, ctx, id, expectedVersion);
      // documents are linked while the change is open
      LEGAL_CHANGE_LIFECYCLE.requireState(change.status, 'OPEN');
      const linked = await this.link(tx, change, dto.documentIds);
      await LEGAL_CHANGE_HISTORY.update(
        tx,
        change,
        {},
        { action: 'linkDocuments', data: { documentIds: linked } },
      );
      return change;
    });
    return this.detail(this.uow.manager, change);
  }

  /** Closes the change once every linked document is revised; 409 naming those that are not. */
  async complete(ctx: RequestContext, id: string, expectedVersion?: number): Promise<LegalChangeDetail> {
    const change = await this.uow.run(ctx, async (tx) => {
      const change = await this.lockToManage(tx, ctx, id, expectedVersion);
      LEGAL_CHANGE_LIFECYCLE.assert(change.status, 'DONE');
      const documents = await this.affected(tx.manager, change.id);
      const pending = documents.filter((d) => !d.revised);
      if (pending.length > 0) {
        throw new DomainError(
          'LEGAL_CHANGE_DOCUMENTS_NOT_REVISED',
          { count: pending.length },
          pending.map((d) =>
            bilingualDetail(
              d.documentId,
              `${d.code} ${d.title}: lần ban hành ${d.currentRevision ?? '-'} chưa được sửa đổi`,
              `${d.code} ${d.title}: revision ${d.currentRevision ?? '-'} has not been revised`,
            ),
          ),
        );
      }
      await LEGAL_CHANGE_LIFECYCLE.transition(tx, change, 'DONE', {
        data: {
          documents: documents.map((d) => ({ documentId: d.documentId, revision: d.currentRevision })),
        },
        set: { completedAt: this.clock.now(), completedBy: ctx.userId },
      });
      await this.deadlines.meet(tx, 'legalChange', id, 'LEGAL_CHANGE');
      return change;
    });
    return this.detail(this.uow.manager, change);
  }

  /** Links documents in force of the change's agency (404 for any other), skipping those already linked. */
  private async link(tx: Transaction, change: LegalChange, documentIds: string[]): Promise<string[]> {
    if (documentIds.length === 0) return [];
    const documents = await documentSummaries(tx.manager, documentIds);
    const byId = new Map(documents.map((d) => [d.id, d]));
    for (const id of documentIds) {
      const document = byId.get(id);
      if (!document || document.agencyId !== change.agencyId || !tx.ctx.canRead(document.agencyId))
        throw DomainError.notFound('document');
      if (document.status !== 'EFFECTIVE') throw DomainError.stateConflict('document', document.status);
    }
    const inserted = await tx.manager.query<{ document_id: string }[]>(
      `INSERT INTO legal_change_documents (legal_change_id, document_id, agency_id, baseline_revision, linked_by)
       SELECT $1, d.id, $2, d.revision, $5
         FROM unnest($3::uuid[], $4::int[]) AS d(id, revision)
       ON CONFLICT (legal_change_id, document_id) DO NOTHING
       RETURNING document_id`,
      [
        change.id,
        change.agencyId,
        documentIds,
        documentIds.map((id) => byId.get(id)!.revision),
        tx.ctx.userId,
      ],
    );
    return inserted.map((r) => r.document_id);
  }

  private async affected(manager: EntityManager, legalChangeId: string): Promise<AffectedDocumentView[]> {
    const links = await manager.find(LegalChangeDocument, {
      where: { legalChangeId },
      order: { createdAt: 'ASC' },
    });
    const summaries = new Map<string, DocumentSummary>(
      (
        await documentSummaries(
          manager,
          links.map((l) => l.documentId),
        )
      ).map((d) => [d.id, d]),
    );
    return links
      .map((link) => {
        const d = summaries.get(link.documentId)!;
        return {
          documentId: d.id,
          ...pickFields(d, ['code', 'title', 'type', 'status']),
          baselineRevision: link.baselineRevision,
          currentRevision: d.revision,
          revised: d.status === 'WITHDRAWN' || (d.revision ?? 0) > (link.baselineRevision ?? 0),
        };
      })
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  private async detail(manager: EntityManager, change: LegalChange): Promise<LegalChangeDetail> {
    return { ...this.toView(change), documents: await this.affected(manager, change.id) };
  }

  private async findReadable(ctx: RequestContext, id: string): Promise<LegalChange> {
    return readableRecord(this.uow.manager, ctx, LegalChange, 'legalChange', id);
  }

  /** Locks a change its agency's managers are to act on, at the version the caller read. */
  private async lockToManage(
    tx: Transaction,
    ctx: RequestContext,
    id: string,
    expectedVersion: number | undefined,
  ): Promise<LegalChange> {
    const change = await readableRecord(tx.manager, ctx, LegalChange, 'legalChange', id, true);
    assertMayActIn(ctx, change.agencyId, AGENCY_MANAGERS, 'legalChange');
    assertVersion(expectedVersion, change.version);
    return change;
  }

  private toView(c: LegalChange): LegalChangeView {
    return {
      ...pickFields(c, [
        'id',
        'agencyId',
        'reference',
        'title',
        'issuedOn',
        'effectiveFrom',
        'reviseBy',
        'summary',
        'status',
      ]),
      overdue: c.status === 'OPEN' && c.reviseBy < this.clock.today(),
      ...pickFields(c, ['completedAt', 'completedBy', 'createdAt', 'version']),
    };
  }
}
