import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  addMonths,
  Clock,
  createSubject,
  DomainError,
  Page,
  ReadReplica,
  RequestContext,
  selectEntities,
  UnitOfWork,
  bilingualDetail,
  excelDay,
  tableWorkbook,
  registerSheet,
  uniqueViolationAs,
  duplicateError,
  invalidField,
  UploadedFileView,
  uploadedFileView,
} from '@app/platform';
import { assertAgencyActive } from '@app/organization';
import { AUTHORING_ROLES, DocumentAccess, DocumentScope } from './document-access';
import {
  Document,
  DOCUMENT_HISTORY,
  DOCUMENT_LIFECYCLE,
  DOCUMENT_TYPE_LABELS,
  DocumentCodeAlias,
  DocumentFile,
  DocumentVersion,
  VERSION_LIFECYCLE,
} from './document.entity';
import { CreateDocumentDto, ListDocumentsQuery, UpdateDocumentDto } from './dto/document.dto';
import { ReviewSchedule } from './review-schedule';
import { planContentSearch } from './search/content-search';
import { chooseSearchMatch, planDocumentSearch } from './search/document-search';

export interface FileView extends UploadedFileView {
  id: string;
}

export interface VersionView {
  id: string;
  documentId: string;
  revision: number;
  status: string;
  /** True only for the effective version of a document that is itself in force. */
  inForce: boolean;
  changeSummary: string | null;
  /** The new title this revision gives the document when it takes effect. */
  proposedTitle: string | null;
  effectiveFrom: string | null;
  supersededAt: Date | null;
  draftedBy: string | null;
  draftedAt: Date;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  version: number;
  files?: FileView[];
}

export interface DocumentView {
  id: string;
  agencyId: string;
  code: string;
  title: string;
  type: string;
  parentId: string | null;
  ownerUnit: string | null;
  reviewIntervalMonths: number;
  nextReviewDate: string | null;
  administrativeProcedureCodes: string[];
  distributionUserIds: string[] | null;
  status: string;
  inForce: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  currentVersion?: VersionView | null;
  draftVersion?: VersionView | null;
  /** Codes the document had in another register before a merger or dissolution renamed it. */
  formerCodes?: { code: string; agencyId: string; until: Date }[];
}

const SORTABLE = {
  code: 'd.code',
  title: 'd.title',
  type: 'd.type',
  status: 'd.status',
  nextReviewDate: 'd.next_review_date',
  updatedAt: 'd.updated_at',
};
const EXPORT_LIMIT = 20_000;
const STATUS_NAMES: Record<string, string> = {
  DRAFT: 'Dự thảo',
  EFFECTIVE: 'Đang hiệu lực',
  WITHDRAWN: 'Đã hủy bỏ',
};

/** The register's spreadsheet (`?format=xlsx`): the columns an ISO secretary keeps, numbered. */
const REGISTER_SHEET = registerSheet<
  DocumentView & { revision: number | null; effectiveFrom: string | null }
>('Danh mục tài liệu', [
  { header: 'Mã tài liệu', width: 18, cell: (d) => d.code },
  { header: 'Tên tài liệu', width: 60, cell: (d) => d.title, wrap: true },
  { header: 'Loại', width: 22, cell: (d) => DOCUMENT_TYPE_LABELS[d.type] ?? d.type },
  { header: 'Lần ban hành', width: 12, cell: (d) => d.revision },
  { header: 'Ngày hiệu lực', width: 14, cell: (d) => excelDay(d.effectiveFrom), date: true },
  { header: 'Trạng thái', width: 16, cell: (d) => STATUS_NAMES[d.status] ?? d.status },
  { header: 'Đơn vị chủ trì', width: 24, cell: (d) => d.ownerUnit },
  { header: 'Ngày xem xét lại', width: 16, cell: (d) => excelDay(d.nextReviewDate), date: true },
]);

/** The document register of each agency: create, find, read and describe documents. */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: DocumentAccess,
    private readonly clock: Clock,
    private readonly reviews: ReviewSchedule,
    private readonly replica: ReadReplica,
  ) {}

  async list(
    ctx: RequestContext,
    query: ListDocumentsQuery,
  ): Promise<
    Page<DocumentView & { revision: number | null; effectiveFrom: string | null; snippets?: string[] }>
  > {
    const scope = await this.access.scope(ctx);
    const { column, direction } = query.orderBy(SORTABLE, 'code');
    const qb = this.uow.dataSource.getRepository(Document).createQueryBuilder('d');
    this.access.restrict(qb, 'd', scope);
    if (query.agencyId) qb.andWhere('d.agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.type) qb.andWhere('d.type = :type', { type: query.type });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.ownerUnit) qb.andWhere('d.owner_unit = :ownerUnit', { ownerUnit: query.ownerUnit });
    if (query.parentId) qb.andWhere('d.parent_id = :parentId', { parentId: query.parentId });
    if (query.administrativeProcedureCode) {
      qb.andWhere(':tthc = ANY(d.administrative_procedure_codes)', {
        tthc: query.administrativeProcedureCode,
      });
    }
    if (query.dueForReview) {
      qb.andWhere("d.status = 'EFFECTIVE' AND d.next_review_date <= :today", { today: this.clock.today() });
    }
    // a search ranks its results (search/document-search.ts) unless a sort is asked for
    const content =
      query.q && query.searchIn === 'content'
        ? await planContentSearch(this.uow.manager, qb, query, query.q, scope)
        : undefined;
    const match =
      query.q && !content
        ? await chooseSearchMatch(this.uow.manager, scope, query.q, query.agencyId)
        : undefined;
    const search =
      content ??
      (query.q && match
        ? planDocumentSearch(qb, query, query.q, scope, (sub) => this.access.restrict(sub, 's', scope), match)
        : undefined);
    if (!search || query.sort) qb.addOrderBy(column, direction);
    qb.addOrderBy('d.id');
    const exporting = query.format === 'xlsx';
    qb.skip(exporting ? 0 : query.offset).take(exporting ? EXPORT_LIMIT : query.pageSize);
    // the register and its search are heavy reads: a streaming replica may serve them
    const {
      documents,
      total,
      current: read,
    } = search
      ? await this.replica.run(ctx, (manager) => search.read(manager, qb))
      : await this.replica.select(ctx, qb, async (q) => {
          const [page, count] = await q.getManyAndCount();
          return { documents: page, total: count, current: undefined };
        });
    // a search's page comes with its documents' current versions (one statement)
    const current = read ?? (await this.currentVersions(documents));
    const items = documents.map((d) => {
      const version = d.currentVersionId ? current.get(d.currentVersionId) : undefined;
      return {
        ...toDocumentView(d),
        revision: version?.revision ?? null,
        effectiveFrom: version?.effectiveFrom ?? null,
        ...(content ? { snippets: content.snippets.get(d.id) ?? [] } : {}),
      };
    });
    return query.result(items, total);
  }

  /** The register as a spreadsheet with the columns an ISO secretary keeps. */
  async exportRegister(ctx: RequestContext, query: ListDocumentsQuery): Promise<Buffer> {
    const page = await this.list(ctx, query);
    return tableWorkbook(REGISTER_SHEET, page.items);
  }

  async get(ctx: RequestContext, id: string): Promise<DocumentView> {
    const scope = await this.access.scope(ctx);
    const document = await this.findReadable(scope, id);
    const versions = await this.versionsOf(id);
    const current = versions.find((v) => v.id === document.currentVersionId) ?? null;
    const draft = versions.find((v) => ['DRAFT', 'IN_APPROVAL', 'APPROVED'].includes(v.status)) ?? null;
    const withFiles = await this.filesOf([current?.id, draft?.id].filter((v): v is string => !!v));
    const aliases = await this.uow.dataSource
      .getRepository(DocumentCodeAlias)
      .find({ where: { documentId: id }, order: { createdAt: 'ASC' } });
    return {
      ...toDocumentView(document),
      formerCodes: aliases.map((a) => ({ code: a.code, agencyId: a.formerAgencyId, until: a.createdAt })),
      currentVersion: current ? toVersionView(current, document, withFiles.get(current.id) ?? []) : null,
      draftVersion:
        draft && this.access.canSeeVersion(scope, draft)
          ? toVersionView(draft, document, withFiles.get(draft.id) ?? [])
          : null,
    };
  }

  async create(ctx: RequestContext, dto: CreateDocumentDto): Promise<DocumentView> {
    const scope = await this.access.scope(ctx);
    if (!ctx.isSystemAdmin && !ctx.hasRole(dto.agencyId, ...AUTHORING_ROLES)) {
      if (!ctx.canRead(dto.agencyId)) throw DomainError.notFound('agency');
      throw DomainError.forbidden();
    }
    const codes = [
      ...new Set([
        ...(dto.administrativeProcedureCodes ?? []),
        ...(dto.administrativeProcedureCode ? [dto.administrativeProcedureCode] : []),
      ]),
    ];
    const created = this.uow.run(ctx, async (tx) => {
      await assertAgencyActive(tx.manager, dto.agencyId);
      if (dto.type === 'FORM' && !dto.parentId) {
        throw invalidField(
          'parentId',
          'Biểu mẫu (FORM) thuộc về một quy trình (PROCEDURE): cần nêu parentId',
          'a FORM belongs to a PROCEDURE: parentId is required',
        );
      }
      if (dto.parentId) {
        // unknown and unreadable alike: a 400 naming the field, which reveals nothing
        const parent = await tx.manager.findOneBy(Document, { id: dto.parentId });
        if (!parent || parent.agencyId !== dto.agencyId || !this.access.canRead(scope, parent)) {
          throw invalidField(
            'parentId',
            'parentId không phải là tài liệu của cùng cơ quan',
            'parentId is not a document of the same agency',
          );
        }
        if (dto.type === 'FORM' && parent.type !== 'PROCEDURE') {
          throw invalidField(
            'parentId',
            'Tài liệu cha của biểu mẫu (FORM) phải là một quy trình (PROCEDURE)',
            'the parent of a FORM must be a PROCEDURE',
          );
        }
      }
      await this.access.assertReaders(
        tx.manager,
        dto.agencyId,
        dto.distributionUserIds ?? [],
        'distributionUserIds',
      );
      const document = tx.manager.create(Document, {
        agencyId: dto.agencyId,
        code: dto.code.normalize('NFC'),
        title: dto.title.normalize('NFC'),
        type: dto.type,
        parentId: dto.parentId ?? null,
        ownerUnit: dto.ownerUnit?.normalize('NFC') ?? null,
        reviewIntervalMonths: dto.reviewIntervalMonths ?? 12,
        nextReviewDate: null,
        administrativeProcedureCodes: codes,
        distributionUserIds: dto.distributionUserIds ?? null,
        status: 'DRAFT',
        currentVersionId: null,
        createdBy: ctx.userId,
        version: 1,
      });
      await createSubject(tx, DOCUMENT_LIFECYCLE, document, {
        data: { code: document.code, title: document.title, type: document.type },
      });
      const draft = tx.manager.create(DocumentVersion, {
        documentId: document.id,
        agencyId: document.agencyId,
        revision: 1,
        status: 'DRAFT',
        changeSummary: dto.changeSummary?.normalize('NFC') ?? 'Ban hành lần đầu',
        draftedBy: ctx.userId,
        version: 1,
      });
      await createSubject(tx, VERSION_LIFECYCLE, draft, { data: { documentId: document.id, revision: 1 } });
      return {
        ...toDocumentView(document),
        currentVersion: null,
        draftVersion: toVersionView(draft, document, []),
      };
    });
    return uniqueViolationAs(created, {
      documents_agency_code: () => duplicateError('document', 'code', dto.code),
    });
  }

  async update(
    ctx: RequestContext,
    id: string,
    dto: UpdateDocumentDto,
    expectedVersion?: number,
  ): Promise<DocumentView> {
    await this.access.change(ctx, id, AUTHORING_ROLES, async (tx, document) => {
      DOCUMENT_LIFECYCLE.requireState(document.status, 'DRAFT', 'EFFECTIVE');
      await this.assertUncontrolled(tx.manager, document, dto);
      if (dto.distributionUserIds)
        await this.access.assertReaders(
          tx.manager,
          document.agencyId,
          dto.distributionUserIds,
          'distributionUserIds',
        );
      // a new review interval moves the next review of a document in force (and its deadline)
      let nextReviewDate: string | undefined;
      if (
        dto.reviewIntervalMonths !== undefined &&
        dto.reviewIntervalMonths !== document.reviewIntervalMonths &&
        document.status === 'EFFECTIVE'
      ) {
        const start = await this.reviews.cycleStart(tx, document);
        if (start) nextReviewDate = addMonths(start, dto.reviewIntervalMonths);
      }
      const changed = await DOCUMENT_HISTORY.update(
        tx,
        document,
        {
          title: dto.title?.normalize('NFC'),
          ownerUnit: dto.ownerUnit?.normalize('NFC'),
          administrativeProcedureCodes: dto.administrativeProcedureCodes,
          distributionUserIds: dto.distributionUserIds,
          reviewIntervalMonths: dto.reviewIntervalMonths,
          nextReviewDate,
        },
        { expectedVersion },
      );
      if (nextReviewDate) await this.reviews.moveDeadline(tx, document, nextReviewDate, 'reschedule');
      // a draft's TTHC codes cover nothing until it is in force (document.versionEffective then)
      if (document.status === 'EFFECTIVE' && 'administrativeProcedureCodes' in changed.after)
        tx.emit('document.coverageChanged', { documentId: id, agencyId: document.agencyId });
    });
    return this.get(ctx, id);
  }

  /**
   * The title is controlled metadata: once a version of the document has gone to approval (or
   * the document is in force) it changes only through an approved revision, which proposes the
   * new title (POST /documents/:id/revisions or PATCH of the draft version, `title`). Code, type
   * and parent never change through PATCH. The owner unit, review interval, TTHC codes and
   * distribution list are administrative and stay editable.
   */
  private async assertUncontrolled(manager: EntityManager, document: Document, dto: UpdateDocumentDto) {
    if (dto.title === undefined || dto.title.normalize('NFC') === document.title) return;
    const submitted =
      document.status !== 'DRAFT' ||
      (await manager.existsBy(DocumentVersion, {
        documentId: document.id,
        status: In(['IN_APPROVAL', 'APPROVED']),
      }));
    if (submitted) {
      throw new DomainError('DOCUMENT_METADATA_CONTROLLED', { fields: 'title' }, [
        bilingualDetail(
          'title',
          'Hãy đề xuất tiêu đề mới trong một lần sửa đổi (phiên bản dự thảo của nó)',
          'propose the new title in a revision (its draft version)',
        ),
      ]);
    }
  }

  /** Loads a document the caller may read (404 otherwise) and locks it for the transaction. */
  async findReadable(scope: DocumentScope, id: string): Promise<Document> {
    const [document] = await selectEntities(
      this.uow.manager,
      Document,
      'SELECT * FROM documents WHERE id = $1',
      [id],
    );
    if (!document || !this.access.canRead(scope, document)) throw DomainError.notFound('document');
    return document;
  }

  /** Every version of a document, newest first. */
  versionsOf(documentId: string): Promise<DocumentVersion[]> {
    return selectEntities(
      this.uow.manager,
      DocumentVersion,
      'SELECT * FROM document_versions WHERE document_id = $1 ORDER BY revision DESC',
      [documentId],
    );
  }

  async filesOf(versionIds: string[]): Promise<Map<string, FileView[]>> {
    const map = new Map<string, FileView[]>();
    if (versionIds.length === 0) return map;
    const files = await selectEntities(
      this.uow.manager,
      DocumentFile,
      'SELECT * FROM document_files WHERE version_id = ANY($1::uuid[]) AND removed_at IS NULL ORDER BY created_at',
      [versionIds],
    );
    for (const file of files) map.set(file.versionId, [...(map.get(file.versionId) ?? []), toFileView(file)]);
    return map;
  }

  private async currentVersions(documents: Document[]): Promise<Map<string, DocumentVersion>> {
    const ids = documents.map((d) => d.currentVersionId).filter((v): v is string => !!v);
    if (ids.length === 0) return new Map();
    const versions = await selectEntities(
      this.uow.manager,
      DocumentVersion,
      'SELECT * FROM document_versions WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(versions.map((v) => [v.id, v]));
  }
}

export function toDocumentView(d: Document): DocumentView {
  return {
    id: d.id,
    agencyId: d.agencyId,
    code: d.code,
    title: d.title,
    type: d.type,
    parentId: d.parentId,
    ownerUnit: d.ownerUnit,
    reviewIntervalMonths: d.reviewIntervalMonths,
    nextReviewDate: d.nextReviewDate,
    administrativeProcedureCodes: d.administrativeProcedureCodes,
    distributionUserIds: d.distributionUserIds,
    status: d.status,
    inForce: d.status === 'EFFECTIVE',
    version: d.version,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}

export function toVersionView(
  v: DocumentVersion,
  d: Pick<Document, 'status'>,
  files?: FileView[],
): VersionView {
  return {
    id: v.id,
    documentId: v.documentId,
    revision: v.revision,
    status: v.status,
    inForce: v.status === 'EFFECTIVE' && d.status === 'EFFECTIVE',
    changeSummary: v.changeSummary,
    proposedTitle: v.proposedTitle ?? null,
    effectiveFrom: v.effectiveFrom,
    supersededAt: v.supersededAt,
    draftedBy: v.draftedBy,
    draftedAt: v.createdAt,
    reviewedBy: v.reviewedBy,
    reviewedAt: v.reviewedAt,
    approvedBy: v.approvedBy,
    approvedAt: v.approvedAt,
    version: v.version,
    ...(files ? { files } : {}),
  };
}

export function toFileView(f: DocumentFile): FileView {
  return {
    id: f.id,
    ...uploadedFileView(f),
  };
}
