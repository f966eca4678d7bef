import { Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { DomainError, RequestContext, Role, Transaction, UnitOfWork, invalidField } from '@app/platform';
import { QualitySystemsService } from '@app/organization';
import { activeReaderIds } from '@app/reporting';
import { Document, DocumentFile, DocumentVersion, VersionStatus } from './document.entity';
import { DOCUMENT_SCOPE } from './search/document-search.sql';

/** Roles that work on an agency's documents and see its drafts. */
export const DOCUMENT_ROLES: Role[] = ['AGENCY_ADMIN', 'ISO_SECRETARY', 'DRAFTER', 'REVIEWER', 'APPROVER'];
/** Roles that create documents, draft versions and upload their files. */
export const AUTHORING_ROLES: Role[] = ['AGENCY_ADMIN', 'ISO_SECRETARY', 'DRAFTER'];
/** Version states anyone who reads the document may see; the others are work in progress. */
export const PUBLISHED_VERSION_STATES: VersionStatus[] = ['EFFECTIVE', 'SUPERSEDED', 'WITHDRAWN'];

export interface DocumentScope {
  all: boolean;
  /** Agencies whose documents the caller reads (membership or oversight). */
  readable: string[];
  /** Agencies sharing a QMS with the caller's: their published documents are visible too. */
  shared: string[];
  /** Agencies where the caller holds a document role and so sees drafts. */
  drafting: string[];
  /** The search regions of readable and shared (RequestContext.searchRegions), when known. */
  regions?: string[];
}

/** A file the caller may read, with the version and document it belongs to. */
export interface ReadableFile {
  file: DocumentFile;
  version: DocumentVersion;
  document: Document;
}

/**
 * Who sees which document: an agency's own members and its overseers read its published
 * documents, and so do the members of every agency in the same QMS; drafts and versions in
 * approval are seen only by the owning agency's document roles.
 */
@Injectable()
export class DocumentAccess {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly qualitySystems: QualitySystemsService,
  ) {}

  async scope(ctx: RequestContext): Promise<DocumentScope> {
    const readable = ctx.readableAgencyIds();
    if (readable === 'ALL') return { all: true, readable: [], shared: [], drafting: [] };
    const memberOf = ctx.memberships.map((m) => m.agencyId);
    return {
      all: false,
      readable,
      // read with the caller's session (ContextLoader), else asked here
      shared: ctx.sharedAgencyIds ?? (await this.qualitySystems.siblingAgencyIds(memberOf)),
      drafting: ctx.agenciesWithRole(...DOCUMENT_ROLES),
      regions: ctx.searchRegions,
    };
  }

  /** Adds the visibility condition on a query over `documents` aliased `alias`. */
  restrict<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    alias: string,
    scope: DocumentScope,
  ): SelectQueryBuilder<T> {
    if (scope.all) return qb;
    return qb.andWhere(DOCUMENT_SCOPE(alias, ':scopeReadable', ':scopeShared', ':scopeDrafting'), {
      scopeReadable: scope.readable,
      scopeShared: scope.shared,
      scopeDrafting: scope.drafting,
    });
  }

  canRead(scope: DocumentScope, document: Pick<Document, 'agencyId' | 'status'>): boolean {
    if (scope.all) return true;
    const reads = scope.readable.includes(document.agencyId) || scope.shared.includes(document.agencyId);
    return reads && (document.status !== 'DRAFT' || scope.drafting.includes(document.agencyId));
  }

  canSeeVersion(scope: DocumentScope, version: Pick<DocumentVersion, 'agencyId' | 'status'>): boolean {
    return (
      scope.all ||
      PUBLISHED_VERSION_STATES.includes(version.status) ||
      scope.drafting.includes(version.agencyId)
    );
  }

  /** A file the caller may read: its document readable and its version visible to them; else 404. */
  async readableFile(ctx: RequestContext, fileId: string): Promise<ReadableFile> {
    const file = await this.uow.dataSource.getRepository(DocumentFile).findOneBy({ id: fileId });
    if (!file) throw DomainError.notFound('file');
    const scope = await this.scope(ctx);
    const document = await this.uow.dataSource.getRepository(Document).findOneBy({ id: file.documentId });
    const version = await this.uow.dataSource
      .getRepository(DocumentVersion)
      .findOneBy({ id: file.versionId });
    if (!document || !version || !this.canRead(scope, document) || !this.canSeeVersion(scope, version))
      throw DomainError.notFound('file');
    return { file, version, document };
  }

  /**
   * Does the caller read the agency's documents as one of its readers — a member of the agency
   * or of an agency sharing its QMS — rather than as an overseer or administrator? Only readers
   * act on a document as readers (acknowledge it): oversight reads, it does not act for an agency.
   */
  async readsAsMember(ctx: RequestContext, agencyId: string): Promise<boolean> {
    const own = ctx.memberships
      .filter((m) => m.roles.some((r) => r !== 'OVERSIGHT' && r !== 'SYSTEM_ADMIN'))
      .map((m) => m.agencyId);
    if (own.includes(agencyId)) return true;
    return own.length > 0 && (await this.qualitySystems.siblingAgencyIds(own)).includes(agencyId);
  }

  /**
   * 400 naming `field` unless every user is an active member (not only an overseer) of the
   * agency or of one sharing its QMS: the people who can read its documents.
   */
  async assertReaders(
    manager: EntityManager,
    agencyId: string,
    userIds: string[],
    field: string,
  ): Promise<void> {
    if (userIds.length === 0) return;
    const agencies = [...new Set([agencyId, ...(await this.qualitySystems.siblingAgencyIds([agencyId]))])];
    const readers = new Set(await activeReaderIds(manager, userIds, agencies));
    const strangers = userIds.filter((id) => !readers.has(id));
    if (strangers.length > 0) {
      throw invalidField(
        field,
        `Không phải thành viên đang hoạt động của cơ quan hoặc của cơ quan cùng HTQLCL, nên không thể là người đọc tài liệu: ${strangers.join(', ')}`,
        `not active members of the agency or of one sharing its QMS, so not readers of the document: ${strangers.join(', ')}`,
      );
    }
  }

  /** 404 unless the caller reads it; then 403 unless they hold one of the roles in its agency. */
  assertRole(
    ctx: RequestContext,
    scope: DocumentScope,
    document: Pick<Document, 'agencyId' | 'status'>,
    roles: readonly Role[],
  ): void {
    if (!this.canRead(scope, document)) throw DomainError.notFound('document');
    if (!ctx.isSystemAdmin && !ctx.hasRole(document.agencyId, ...roles)) throw DomainError.forbidden();
  }

  /** Locks the document in the caller's transaction; 404 unless the caller reads it. */
  async lock(manager: EntityManager, scope: DocumentScope, id: string): Promise<Document> {
    const document = await manager
      .getRepository(Document)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!document || !this.canRead(scope, document)) throw DomainError.notFound('document');
    return document;
  }

  /**
   * Runs a change to a document in one transaction with the document locked: 404 unless the
   * caller reads it, then 403 unless they hold one of `roles` in its agency.
   */
  async change<T>(
    ctx: RequestContext,
    documentId: string,
    roles: readonly Role[],
    work: (tx: Transaction, document: Document, scope: DocumentScope) => Promise<T>,
  ): Promise<T> {
    const scope = await this.scope(ctx);
    return this.uow.run(ctx, async (tx) => {
      const document = await this.lock(tx.manager, scope, documentId);
      this.assertRole(ctx, scope, document, roles);
      return work(tx, document, scope);
    });
  }
}
