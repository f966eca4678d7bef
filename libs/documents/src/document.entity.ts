import { Column, Entity } from 'typeorm';
import { BaseEntity, defineLifecycle, domainEvent } from '@app/platform';
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
  ],
});

/** A controlled document of one agency (a procedure, a form, the quality manual, …). */
@Entity('documents')
export class Document extends BaseEntity {
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  type: DocumentType;

  /** A form belongs to a procedure (BM-01/QT-05). */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ name: 'owner_unit', type: 'text', nullable: true })
  ownerUnit: string | null;

  @Column({ name: 'review_interval_months', type: 'int', default: 12 })
  reviewIntervalMonths: number;

  @Column({ name: 'next_review_date', type: 'date', nullable: true })
  nextReviewDate: string | null;

  /** TTHC codes this procedure covers. */
  @Column({ name: 'administrative_procedure_codes', type: 'text', array: true, default: () => "'{}'" })
  administrativeProcedureCodes: string[];

  /** Who must read-and-acknowledge each effective version; null = every STAFF member of the agency. */
  @Column({ name: 'distribution_user_ids', type: 'uuid', array: true, nullable: true })
  distributionUserIds: string[] | null;

  @Column({ type: 'text', default: 'DRAFT' })
  status: DocumentStatus;

  @Column({ name: 'current_version_id', type: 'uuid', nullable: true })
  currentVersionId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** One revision (lần ban hành) of a document. Only a DRAFT can change; the rest is history. */
@Entity('document_versions')
export class DocumentVersion extends BaseEntity {
  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'text', default: 'DRAFT' })
  status: VersionStatus;

  @Column({ name: 'change_summary', type: 'text', nullable: true })
  changeSummary: string | null;

  /** A new title for the document, proposed by this revision; applied when the version takes effect. */
  @Column({ name: 'proposed_title', type: 'text', nullable: true })
  proposedTitle: string | null;

  @Column({ name: 'effective_from', type: 'date', nullable: true })
  effectiveFrom: string | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  @Column({ name: 'drafted_by', type: 'uuid', nullable: true })
  draftedBy: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** A file of a version; the bytes live in object storage under their sha256. */
@Entity('document_files')
export class DocumentFile extends StoredFileEntity {
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;
}

/** A reader's confirmation of an effective version (or the debt of one, while acknowledgedAt is null). */
@Entity('acknowledgements')
export class Acknowledgement extends BaseEntity {
  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;
}
