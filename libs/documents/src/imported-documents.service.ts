import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { addMonths, createSubject, DomainError, startOfBusinessDate, Transaction } from '@app/platform';
import { assertAgencyActive } from '@app/organization';
import {
  Document,
  DOCUMENT_FILE_HISTORY,
  DOCUMENT_LIFECYCLE,
  DocumentFile,
  DocumentType,
  DocumentVersion,
  VERSION_LIFECYCLE,
} from './document.entity';
import { ReviewSchedule } from './review-schedule';

/** One event of a revision's approval history as the agency kept it (free text: names, not users). */
export interface ImportedHistoryEvent {
  at: string | null;
  action: string;
  actorName: string | null;
  comment: string | null;
}

/** A file already stored by content (sha256) in object storage. */
export interface ImportedFile {
  name: string;
  size: number;
  contentType: string;
  sha256: string;
  storageKey: string;
}

export interface ImportedRevision {
  revision: number;
  /** The highest revision of a document is in force, the earlier ones superseded. */
  status: 'EFFECTIVE' | 'SUPERSEDED';
  effectiveFrom: string;
  approverName: string | null;
  /** Where it came from: the import, the register file and its row. */
  row: number;
  history: ImportedHistoryEvent[];
  files: ImportedFile[];
}

export interface ImportedDocument {
  code: string;
  title: string;
  type: DocumentType;
  /** A document of the same import or one the agency already has. */
  parentCode: string | null;
  reviewIntervalMonths: number | null;
  administrativeProcedureCodes: string[];
  /** In ascending order of revision; exactly one EFFECTIVE, the last. */
  revisions: ImportedRevision[];
}

export interface ImportSource {
  importId: string;
  registerName: string;
}

/**
 * An agency's existing documents brought in whole (issue 18, libs/imports): each document is
 * created in force with its history, without an approval request — the approvals happened on
 * paper, and are recorded as imported (who imported, from which file and row, the approver's
 * name as the register gives it). No acknowledgement is asked for history; the periodic review
 * of each document in force is planned. The caller checks the register beforehand; the checks
 * here are the backstop, and fail the whole publication (one transaction).
 */
@Injectable()
export class ImportedDocuments {
  constructor(private readonly reviews: ReviewSchedule) {}

  /** The codes the agency's register already uses, and the type of each. */
  async existingCodes(manager: EntityManager, agencyId: string): Promise<Map<string, DocumentType>> {
    const rows = await manager.query<{ code: string; type: DocumentType }[]>(
      'SELECT code, type FROM documents WHERE agency_id = $1',
      [agencyId],
    );
    return new Map(rows.map((r) => [r.code, r.type]));
  }

  /** Creates every document of `documents` (parents first) with its revisions and files; returns their ids by code. */
  async publish(
    tx: Transaction,
    agencyId: string,
    documents: ImportedDocument[],
    source: ImportSource,
  ): Promise<Map<string, string>> {
    await assertAgencyActive(tx.manager, agencyId);
    const ids = new Map<string, string>();
    const parentCodes = [...new Set(documents.map((d) => d.parentCode).filter((c): c is string => !!c))];
    if (parentCodes.length > 0) {
      const existing = await tx.manager.findBy(Document, { agencyId, code: In(parentCodes) });
      for (const parent of existing) ids.set(parent.code, parent.id);
    }
    // parents before their forms: a document without a parent in this import first
    const ordered = [...documents].sort(
      (a, b) =>
        Number(!!a.parentCode && !ids.has(a.parentCode)) - Number(!!b.parentCode && !ids.has(b.parentCode)),
    );
    for (const imported of ordered) {
      const parentId = imported.parentCode ? ids.get(imported.parentCode) : null;
      if (parentId === undefined) throw DomainError.notFound('document');
      ids.set(imported.code, await this.create(tx, agencyId, imported, parentId, source));
    }
    return ids;
  }

  private async create(
    tx: Transaction,
    agencyId: string,
    imported: ImportedDocument,
    parentId: string | null,
    source: ImportSource,
  ): Promise<string> {
    const current = imported.revisions[imported.revisions.length - 1];
    const reviewIntervalMonths = imported.reviewIntervalMonths ?? 12;
    const nextReviewDate = addMonths(current.effectiveFrom, reviewIntervalMonths);
    const document = tx.manager.create(Document, {
      agencyId,
      code: imported.code.normalize('NFC'),
      title: imported.title.normalize('NFC'),
      type: imported.type,
      parentId,
      ownerUnit: null,
      reviewIntervalMonths,
      nextReviewDate: null,
      administrativeProcedureCodes: imported.administrativeProcedureCodes,
      distributionUserIds: null,
      // created as a draft, then issued (below) once its versions exist: the document points at one
      status: 'DRAFT',
      currentVersionId: null,
      createdBy: tx.ctx.userId,
      version: 1,
    });
    await createSubject(tx, DOCUMENT_LIFECYCLE, document, {
      action: 'import',
      data: { code: document.code, title: document.title, type: document.type, importId: source.importId },
    });
    let currentVersionId: string | null = null;
    for (const [index, revision] of imported.revisions.entries()) {
      const next = imported.revisions[index + 1];
      const version = tx.manager.create(DocumentVersion, {
        documentId: document.id,
        agencyId,
        revision: revision.revision,
        status: 'DRAFT',
        changeSummary: revision.revision === 1 ? 'Ban hành lần đầu' : `Sửa đổi lần ${revision.revision - 1}`,
        proposedTitle: null,
        effectiveFrom: revision.effectiveFrom,
        draftedBy: null,
        version: 1,
      });
      await createSubject(tx, VERSION_LIFECYCLE, version, {
        data: { documentId: document.id, revision: revision.revision, importId: source.importId },
      });
      // files go on a draft (the database holds to it), then the draft takes its place in history
      for (const file of revision.files) {
        const row = tx.manager.create(DocumentFile, {
          versionId: version.id,
          documentId: document.id,
          agencyId,
          name: file.name,
          size: String(file.size),
          contentType: file.contentType,
          sha256: file.sha256,
          storageKey: file.storageKey,
          uploadedBy: tx.ctx.userId,
          removedAt: null,
          removedBy: null,
        });
        await DOCUMENT_FILE_HISTORY.create(tx, row, {
          data: { name: file.name, sha256: file.sha256, importId: source.importId },
        });
      }
      await VERSION_LIFECYCLE.transition(tx, version, revision.status, {
        action: 'import',
        data: {
          importId: source.importId,
          imported: {
            importId: source.importId,
            importedBy: tx.ctx.userId,
            register: source.registerName,
            row: revision.row,
            approverName: revision.approverName,
            files: revision.files.map((f) => f.name),
          },
          history: revision.history.map((e) => ({ ...e })),
        },
        // superseded when the next revision took effect
        set: next ? { supersededAt: startOfBusinessDate(next.effectiveFrom) } : {},
      });
      if (revision.status === 'EFFECTIVE') currentVersionId = version.id;
    }
    await DOCUMENT_LIFECYCLE.transition(tx, document, 'EFFECTIVE', {
      action: 'issue',
      data: { versionId: currentVersionId, revision: current.revision, importId: source.importId },
      set: { currentVersionId, nextReviewDate },
    });
    await this.reviews.registerDeadline(tx, document, nextReviewDate);
    if (document.administrativeProcedureCodes.length > 0)
      tx.emit('document.coverageChanged', { documentId: document.id, agencyId });
    return document.id;
  }
}
