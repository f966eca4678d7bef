import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { createSubject, DomainError, RequestContext, UnitOfWork, uploadedFileColumns } from '@app/platform';
import { FileDownloads, FileIntake, FileIntegrity, IntegrityReport, IntegrityStatus } from '@app/storage';
import { FileSignaturesService } from './file-signatures.service';
import { AUTHORING_ROLES, DocumentAccess, ReadableFile } from './document-access';
import {
  DOCUMENT_FILE_HISTORY,
  DOCUMENT_LIFECYCLE,
  DocumentFile,
  DocumentVersion,
  VERSION_HISTORY,
  VERSION_LIFECYCLE,
} from './document.entity';
import { DocumentsService, FileView, toFileView, toVersionView, VersionView } from './documents.service';
import { CreateRevisionDto, UpdateVersionDto } from './dto/document.dto';

/** Versions of a document, their files, and new revisions. Only a DRAFT version ever changes. */
@Injectable()
export class DocumentVersionsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: DocumentAccess,
    private readonly documents: DocumentsService,
    private readonly intake: FileIntake,
    private readonly downloads: FileDownloads,
    private readonly integrity: FileIntegrity,
    private readonly fileSignatures: FileSignaturesService,
  ) {}

  async list(ctx: RequestContext, documentId: string): Promise<VersionView[]> {
    const scope = await this.access.scope(ctx);
    const document = await this.documents.findReadable(scope, documentId);
    const versions = await this.documents.versionsOf(documentId);
    const visible = versions.filter((v) => this.access.canSeeVersion(scope, v));
    const files = await this.documents.filesOf(visible.map((v) => v.id));
    return visible.map((v) => toVersionView(v, document, files.get(v.id) ?? []));
  }

  async get(ctx: RequestContext, documentId: string, versionId: string): Promise<VersionView> {
    const scope = await this.access.scope(ctx);
    const document = await this.documents.findReadable(scope, documentId);
    const version = await this.uow.dataSource
      .getRepository(DocumentVersion)
      .findOneBy({ id: versionId, documentId });
    if (!version || !this.access.canSeeVersion(scope, version)) throw DomainError.notFound('documentVersion');
    const files = await this.documents.filesOf([version.id]);
    return toVersionView(version, document, files.get(version.id) ?? []);
  }

  async update(
    ctx: RequestContext,
    documentId: string,
    versionId: string,
    dto: UpdateVersionDto,
    expectedVersion?: number,
  ): Promise<VersionView> {
    await this.access.change(ctx, documentId, AUTHORING_ROLES, async (tx, document) => {
      const version = await this.draftOf(tx.manager, documentId, versionId);
      await VERSION_HISTORY.update(
        tx,
        version,
        { changeSummary: dto.changeSummary?.normalize('NFC'), proposedTitle: dto.title?.normalize('NFC') },
        { expectedVersion, agencyId: document.agencyId },
      );
    });
    return this.get(ctx, documentId, versionId);
  }

  /**
   * A new draft revision (n+1), copied from the effective version (or from a rejected first
   * draft), with the same files; the reason becomes its change summary.
   */
  async createRevision(
    ctx: RequestContext,
    documentId: string,
    dto: CreateRevisionDto,
  ): Promise<VersionView> {
    const created = await this.access.change(ctx, documentId, AUTHORING_ROLES, async (tx, document) => {
      DOCUMENT_LIFECYCLE.requireState(document.status, 'DRAFT', 'EFFECTIVE');
      const versions = await tx.manager.find(DocumentVersion, {
        where: { documentId },
        order: { revision: 'DESC' },
      });
      const open = versions.find((v) => ['DRAFT', 'IN_APPROVAL', 'APPROVED'].includes(v.status));
      if (open) throw DomainError.stateConflict('documentVersion', open.status);
      const source = versions.find((v) => v.id === document.currentVersionId) ?? versions[0];
      const draft = tx.manager.create(DocumentVersion, {
        documentId,
        agencyId: document.agencyId,
        revision: versions[0].revision + 1,
        status: 'DRAFT',
        changeSummary: dto.reason.normalize('NFC'),
        proposedTitle: dto.title?.normalize('NFC') ?? null,
        draftedBy: ctx.userId,
        version: 1,
      });
      await createSubject(tx, VERSION_LIFECYCLE, draft, {
        agencyId: document.agencyId,
        reason: dto.reason,
        data: {
          documentId,
          revision: draft.revision,
          copiedFrom: source.id,
          ...(draft.proposedTitle ? { proposedTitle: draft.proposedTitle } : {}),
        },
      });
      await tx.manager.query(
        `INSERT INTO document_files (version_id, document_id, agency_id, name, size, content_type, sha256, storage_key, uploaded_by)
         SELECT $1, document_id, agency_id, name, size, content_type, sha256, storage_key, $3 FROM document_files
          WHERE version_id = $2 AND removed_at IS NULL ORDER BY created_at, id`,
        [draft.id, source.id, ctx.userId],
      );
      return draft;
    });
    return this.get(ctx, documentId, created.id);
  }

  /** Streams a file into storage, then records it on the draft version. */
  async upload(
    ctx: RequestContext,
    documentId: string,
    versionId: string,
    request: Request,
  ): Promise<FileView> {
    const scope = await this.access.scope(ctx);
    const document = await this.documents.findReadable(scope, documentId);
    this.access.assertRole(ctx, scope, document, AUTHORING_ROLES);
    await this.draftOf(this.uow.manager, documentId, versionId);
    const blob = await this.intake.receive(request);
    const uploaded = await this.uow.run(ctx, async (tx) => {
      // checked again under the lock: the version may have gone to approval while the bytes streamed
      await this.access.lock(tx.manager, scope, documentId);
      await this.draftOf(tx.manager, documentId, versionId);
      const file = tx.manager.create(DocumentFile, {
        versionId,
        documentId,
        agencyId: document.agencyId,
        ...uploadedFileColumns(blob, ctx.userId),
      });
      await DOCUMENT_FILE_HISTORY.create(tx, file, {
        data: (row) => ({ fileId: row.id, name: blob.name, size: blob.size, sha256: blob.sha256 }),
      });
      await tx.manager.query(
        'UPDATE document_versions SET version = version + 1, updated_at = now() WHERE id = $1',
        [versionId],
      );
      // its text is extracted later by the worker (content search); the upload never waits for it
      tx.emit('document.fileAdded', { fileId: file.id, documentId, agencyId: document.agencyId });
      return toFileView(file);
    });
    // a PDF's signatures are checked now (unless large) and the result kept (GET /files/:fileId/signatures)
    await this.fileSignatures.checkUploaded(uploaded.id);
    return uploaded;
  }

  /**
   * Takes a file off a draft version (never once it is in approval). Nothing is lost: the row and
   * the stored bytes stay (GET /files/:fileId/content still serves it to those who read the
   * version), it is only detached from the draft, with an entry in the version's history.
   */
  async removeFile(
    ctx: RequestContext,
    documentId: string,
    versionId: string,
    fileId: string,
  ): Promise<void> {
    await this.access.change(ctx, documentId, AUTHORING_ROLES, async (tx, document, scope) => {
      const version = await tx.manager.findOneBy(DocumentVersion, { id: versionId, documentId });
      if (!version || !this.access.canSeeVersion(scope, version))
        throw DomainError.notFound('documentVersion');
      const file = await tx.manager.findOneBy(DocumentFile, { id: fileId, versionId });
      if (!file || file.removedAt) throw DomainError.notFound('file');
      VERSION_LIFECYCLE.requireState(version.status, 'DRAFT');
      await tx.manager.update(
        DocumentFile,
        { id: fileId },
        { removedAt: () => 'now()', removedBy: ctx.userId },
      );
      // the version's history: its version moves on, the entry names the file removed
      await VERSION_HISTORY.update(
        tx,
        version,
        {},
        {
          action: 'file.remove',
          agencyId: document.agencyId,
          data: { fileId, name: file.name, size: Number(file.size), sha256: file.sha256 },
        },
      );
    });
  }

  async download(ctx: RequestContext, fileId: string, response: Response, redirect: boolean): Promise<void> {
    const file = await this.readableFile(ctx, fileId);
    await this.downloads.send(ctx, response, file, redirect);
  }

  /** Re-hashes the file's stored bytes now (anyone who may read the file may ask). */
  async checkIntegrity(
    ctx: RequestContext,
    fileId: string,
  ): Promise<{ fileId: string; sha256: string; status: IntegrityStatus; checkedAt: Date }> {
    const file = await this.readableFile(ctx, fileId);
    const report: IntegrityReport = await this.integrity.check(
      ctx,
      { key: file.storageKey, sha256: file.sha256, size: Number(file.size) },
      'check',
    );
    return { fileId, sha256: report.sha256, status: report.status, checkedAt: report.checkedAt };
  }

  /** A file of a version the caller may see; any other answers 404. */
  private async readableFile(ctx: RequestContext, fileId: string): Promise<DocumentFile> {
    return (await this.access.readableFile(ctx, fileId)).file;
  }

  /** A file the caller may read, with its version and document (a controlled copy prints them); else 404. */
  readableFileOf(ctx: RequestContext, fileId: string): Promise<ReadableFile> {
    return this.access.readableFile(ctx, fileId);
  }

  private async draftOf(
    manager: DataSource['manager'],
    documentId: string,
    versionId: string,
  ): Promise<DocumentVersion> {
    const version = await manager.findOneBy(DocumentVersion, { id: versionId, documentId });
    if (!version) throw DomainError.notFound('documentVersion');
    VERSION_LIFECYCLE.requireState(version.status, 'DRAFT');
    return version;
  }
}
