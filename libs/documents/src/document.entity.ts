import { Entity } from 'typeorm';
import {
  Pg,
  AgencyRecord,
  defineHistory,
  DomainError,
  defineLifecycle,
  domainEvent,
  AgencyPart,
  VersionedAgencyPart,
} from '@app/platform';
import { StoredFileEntity } from '@app/storage';

export const DOCUMENT_TYPES = [
  'POLICY',
  'OBJECTIVES',
  'MANUAL',
  'PROCEDURE',
  'GUIDE',
  'FORM',
  'EXTERNAL',
  'RECORD',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
/** The Vietnamese name of each document type (registers, exports, printed decisions). */
export const DOCUMENT_TYPE_LABELS: Record<string, string> = {
  POLICY: 'Chính sách chất lượng',
  OBJECTIVES: 'Mục tiêu chất lượng',
  MANUAL: 'Sổ tay chất lượng',
  PROCEDURE: 'Quy trình',
  GUIDE: 'Hướng dẫn',
  FORM: 'Biểu mẫu',
  EXTERNAL: 'Tài liệu bên ngoài',
  RECORD: 'Hồ sơ',
};

export const DOCUMENT_STATUSES = ['DRAFT', 'EFFECTIVE', 'WITHDRAWN'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** A document is issued by its first effective version, revised by each later one, then withdrawn. */
export const DOCUMENT_LIFECYCLE = defineLifecycle<DocumentStatus, Document>({
  subject: 'document',
  entity: () => Document,
  states: DOCUMENT_STATUSES,
  initial: ['DRAFT'],
  transitions: [
    { from: 'DRAFT', to: 'EFFECTIVE', action: 'issue' },
    { from: 'EFFECTIVE', to: 'EFFECTIVE', action: 'revise' },
    { from: 'EFFECTIVE', to: 'WITHDRAWN', action: 'withdraw' },
  ],
  emit: ({ subject, to, data }) =>
    to === 'WITHDRAWN'
      ? domainEvent('document.withdrawn', { documentId: subject.id, agencyId: subject.agencyId })
      : domainEvent('document.versionEffective', {
          documentId: subject.id,
          versionId: String(data?.versionId),
          agencyId: subject.agencyId,
        }),
});

export const VERSION_STATUSES = [
  'DRAFT',
  'IN_APPROVAL',
  'APPROVED',
  'EFFECTIVE',
  'SUPERSEDED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** Audit actions are the target state in lower case (`in_approval`, `approved`, …). */
export const VERSION_LIFECYCLE = defineLifecycle<VersionStatus, DocumentVersion>({
  subject: 'documentVersion',
  entity: () => DocumentVersion,
  states: VERSION_STATUSES,
  initial: ['DRAFT'],
  transitions: [
    { from: 'DRAFT', to: 'IN_APPROVAL' },
    { from: 'IN_APPROVAL', to: 'APPROVED' },
    { from: 'IN_APPROVAL', to: 'REJECTED' },
    // back to DRAFT when the request is returned or cancelled
    { from: 'IN_APPROVAL', to: 'DRAFT' },
    { from: 'APPROVED', to: 'EFFECTIVE' },
    { from: 'EFFECTIVE', to: 'SUPERSEDED' },
    // withdrawn with its document: no version is in force any more
    { from: 'EFFECTIVE', to: 'WITHDRAWN' },
    // a revision approved on paper before the system, brought in by an import (libs/imports) with
    // its files: only an import, which names itself, takes a draft straight into force or history
    { from: 'DRAFT', to: 'EFFECTIVE', action: 'import', guard: importedOnly },
    { from: 'DRAFT', to: 'SUPERSEDED', action: 'import', guard: importedOnly },
  ],
});

function importedOnly(_tx: unknown, change: { from: string; data: Record<string, unknown> | null }): void {
  if (typeof change.data?.importId !== 'string')
    throw DomainError.stateConflict('documentVersion', change.from);
}

/** A controlled document of one agency (a procedure, a form, the quality manual, …). */
@Entity('documents')
export class Document extends AgencyRecord {
  @Pg.text()
  code: string;

  @Pg.text()
  title: string;

  @Pg.text()
  type: DocumentType;

  /** A form belongs to a procedure (BM-01/QT-05). */
  @Pg.uuid({ nullable: true })
  parentId: string | null;

  @Pg.text({ nullable: true })
  ownerUnit: string | null;

  @Pg.int({ default: 12 })
  reviewIntervalMonths: number;

  @Pg.date({ nullable: true })
  nextReviewDate: string | null;

  /** TTHC codes this procedure covers. */
  @Pg.text({ array: true, default: () => "'{}'" })
  administrativeProcedureCodes: string[];

  /** Who must read-and-acknowledge each effective version; null = every STAFF member of the agency. */
  @Pg.uuid({ array: true, nullable: true })
  distributionUserIds: string[] | null;

  @Pg.text({ default: 'DRAFT' })
  status: DocumentStatus;

  @Pg.uuid({ nullable: true })
  currentVersionId: string | null;
}

/** One revision (lần ban hành) of a document. Only a DRAFT can change; the rest is history. */
@Entity('document_versions')
export class DocumentVersion extends VersionedAgencyPart {
  @Pg.uuid()
  documentId: string;

  @Pg.int()
  revision: number;

  @Pg.text({ default: 'DRAFT' })
  status: VersionStatus;

  @Pg.text({ nullable: true })
  changeSummary: string | null;

  /** A new title for the document, proposed by this revision; applied when the version takes effect. */
  @Pg.text({ nullable: true })
  proposedTitle: string | null;

  @Pg.date({ nullable: true })
  effectiveFrom: string | null;

  @Pg.timestamptz({ nullable: true })
  supersededAt: Date | null;

  @Pg.uuid({ nullable: true })
  draftedBy: string | null;

  @Pg.uuid({ nullable: true })
  reviewedBy: string | null;

  @Pg.timestamptz({ nullable: true })
  reviewedAt: Date | null;

  @Pg.uuid({ nullable: true })
  approvedBy: string | null;

  @Pg.timestamptz({ nullable: true })
  approvedAt: Date | null;
}

/** A file of a version; the bytes live in object storage under their sha256. */
@Entity('document_files')
export class DocumentFile extends StoredFileEntity {
  @Pg.uuid()
  versionId: string;

  @Pg.uuid()
  documentId: string;

  /** Taken off its draft (DELETE …/files/:fileId): the row and the bytes stay, for history. */
  @Pg.timestamptz({ nullable: true })
  removedAt: Date | null;

  @Pg.uuid({ nullable: true })
  removedBy: string | null;
}

/** A file is part of its version's history. */
export const DOCUMENT_FILE_HISTORY = defineHistory<DocumentFile>({
  subject: 'documentVersion',
  entity: () => DocumentFile,
  subjectId: (file) => file.versionId,
  createAction: 'file.add',
});

/** Edits of a draft version's fields (its status moves through VERSION_LIFECYCLE). */
export const VERSION_HISTORY = defineHistory<DocumentVersion>({
  subject: 'documentVersion',
  entity: () => DocumentVersion,
});

/** Edits of a document's metadata (its status moves through DOCUMENT_LIFECYCLE). */
export const DOCUMENT_HISTORY = defineHistory<Document>({ subject: 'document', entity: () => Document });

/** A reader's confirmation of an effective version (or the debt of one, while acknowledgedAt is null). */
@Entity('acknowledgements')
export class Acknowledgement extends AgencyPart {
  @Pg.uuid()
  documentId: string;

  @Pg.uuid()
  versionId: string;

  @Pg.uuid()
  userId: string;

  @Pg.timestamptz({ nullable: true })
  acknowledgedAt: Date | null;
}

/** A code a document had before a merger or a dissolution renamed it; the register's search still finds it. */
@Entity('document_code_aliases')
export class DocumentCodeAlias extends AgencyPart {
  @Pg.uuid()
  documentId: string;

  @Pg.text()
  code: string;

  /** The agency whose register used the code. */
  @Pg.uuid()
  formerAgencyId: string;

  @Pg.text({ nullable: true })
  reason: string | null;
}

export const PERIODIC_REVIEW_OUTCOMES = ['NO_CHANGE', 'REVISION_NEEDED'] as const;
export type PeriodicReviewOutcome = (typeof PERIODIC_REVIEW_OUTCOMES)[number];

/** One periodic review (xem xét định kỳ) of a document in force: who, when, what was decided. */
@Entity('document_periodic_reviews')
export class DocumentPeriodicReview extends AgencyPart {
  @Pg.uuid()
  documentId: string;

  /** The version in force that was reviewed. */
  @Pg.uuid({ nullable: true })
  versionId: string | null;

  @Pg.text()
  outcome: PeriodicReviewOutcome;

  @Pg.text({ nullable: true })
  comment: string | null;

  @Pg.uuid({ nullable: true })
  reviewedBy: string | null;

  @Pg.timestamptz()
  reviewedAt: Date;

  /** The review date it set (no change), or null (a revision is needed). */
  @Pg.date({ nullable: true })
  nextReviewDate: string | null;
}

/** A periodic review is part of its document's history. */
export const PERIODIC_REVIEW_HISTORY = defineHistory<DocumentPeriodicReview>({
  subject: 'document',
  entity: () => DocumentPeriodicReview,
  subjectId: (review) => review.documentId,
  createAction: 'periodicReview',
});
