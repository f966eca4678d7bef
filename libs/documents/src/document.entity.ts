import { Entity } from 'typeorm';
import {
  AgencyRecord,
  defineHistory,
  DomainError,
  defineLifecycle,
  domainEvent,
  UuidColumn,
  TextColumn,
  IntColumn,
  DateColumn,
  TimestampColumn,
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
  @TextColumn()
  code: string;

  @TextColumn()
  title: string;

  @TextColumn()
  type: DocumentType;

  /** A form belongs to a procedure (BM-01/QT-05). */
  @UuidColumn({ nullable: true })
  parentId: string | null;

  @TextColumn({ nullable: true })
  ownerUnit: string | null;

  @IntColumn({ default: 12 })
  reviewIntervalMonths: number;

  @DateColumn({ nullable: true })
  nextReviewDate: string | null;

  /** TTHC codes this procedure covers. */
  @TextColumn({ array: true, default: () => "'{}'" })
  administrativeProcedureCodes: string[];

  /** Who must read-and-acknowledge each effective version; null = every STAFF member of the agency. */
  @UuidColumn({ array: true, nullable: true })
  distributionUserIds: string[] | null;

  @TextColumn({ default: 'DRAFT' })
  status: DocumentStatus;

  @UuidColumn({ nullable: true })
  currentVersionId: string | null;
}

/** One revision (lần ban hành) of a document. Only a DRAFT can change; the rest is history. */
@Entity('document_versions')
export class DocumentVersion extends VersionedAgencyPart {
  @UuidColumn()
  documentId: string;

  @IntColumn()
  revision: number;

  @TextColumn({ default: 'DRAFT' })
  status: VersionStatus;

  @TextColumn({ nullable: true })
  changeSummary: string | null;

  /** A new title for the document, proposed by this revision; applied when the version takes effect. */
  @TextColumn({ nullable: true })
  proposedTitle: string | null;

  @DateColumn({ nullable: true })
  effectiveFrom: string | null;

  @TimestampColumn({ nullable: true })
  supersededAt: Date | null;

  @UuidColumn({ nullable: true })
  draftedBy: string | null;

  @UuidColumn({ nullable: true })
  reviewedBy: string | null;

  @TimestampColumn({ nullable: true })
  reviewedAt: Date | null;

  @UuidColumn({ nullable: true })
  approvedBy: string | null;

  @TimestampColumn({ nullable: true })
  approvedAt: Date | null;
}

/** A file of a version; the bytes live in object storage under their sha256. */
@Entity('document_files')
export class DocumentFile extends StoredFileEntity {
  @UuidColumn()
  versionId: string;

  @UuidColumn()
  documentId: string;

  /** Taken off its draft (DELETE …/files/:fileId): the row and the bytes stay, for history. */
  @TimestampColumn({ nullable: true })
  removedAt: Date | null;

  @UuidColumn({ nullable: true })
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
  @UuidColumn()
  documentId: string;

  @UuidColumn()
  versionId: string;

  @UuidColumn()
  userId: string;

  @TimestampColumn({ nullable: true })
  acknowledgedAt: Date | null;
}

/** A code a document had before a merger or a dissolution renamed it; the register's search still finds it. */
@Entity('document_code_aliases')
export class DocumentCodeAlias extends AgencyPart {
  @UuidColumn()
  documentId: string;

  @TextColumn()
  code: string;

  /** The agency whose register used the code. */
  @UuidColumn()
  formerAgencyId: string;

  @TextColumn({ nullable: true })
  reason: string | null;
}

export const PERIODIC_REVIEW_OUTCOMES = ['NO_CHANGE', 'REVISION_NEEDED'] as const;
export type PeriodicReviewOutcome = (typeof PERIODIC_REVIEW_OUTCOMES)[number];

/** One periodic review (xem xét định kỳ) of a document in force: who, when, what was decided. */
@Entity('document_periodic_reviews')
export class DocumentPeriodicReview extends AgencyPart {
  @UuidColumn()
  documentId: string;

  /** The version in force that was reviewed. */
  @UuidColumn({ nullable: true })
  versionId: string | null;

  @TextColumn()
  outcome: PeriodicReviewOutcome;

  @TextColumn({ nullable: true })
  comment: string | null;

  @UuidColumn({ nullable: true })
  reviewedBy: string | null;

  @TimestampColumn()
  reviewedAt: Date;

  /** The review date it set (no change), or null (a revision is needed). */
  @DateColumn({ nullable: true })
  nextReviewDate: string | null;
}

/** A periodic review is part of its document's history. */
export const PERIODIC_REVIEW_HISTORY = defineHistory<DocumentPeriodicReview>({
  subject: 'document',
  entity: () => DocumentPeriodicReview,
  subjectId: (review) => review.documentId,
  createAction: 'periodicReview',
});
