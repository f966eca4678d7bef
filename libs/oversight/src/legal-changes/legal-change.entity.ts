import { Column, Entity } from 'typeorm';
import { BaseEntity, defineLifecycle, domainEvent } from '@app/platform';

export const LEGAL_CHANGE_STATUSES = ['OPEN', 'DONE'] as const;
export type LegalChangeStatus = (typeof LEGAL_CHANGE_STATUSES)[number];

/** Open until every linked document is revised; then done, and edited no more. */
export const LEGAL_CHANGE_LIFECYCLE = defineLifecycle<LegalChangeStatus, LegalChange>({
  subject: 'legalChange',
  entity: () => LegalChange,
  states: LEGAL_CHANGE_STATUSES,
  initial: ['OPEN'],
  transitions: [
    {
      from: 'OPEN',
      to: 'DONE',
      action: 'complete',
      emit: ({ subject }) =>
        domainEvent('legalChange.done', { legalChangeId: subject.id, agencyId: subject.agencyId }),
    },
  ],
});

/**
 * A new or amended legal text an agency must fold into its processes within 3 months of its
 * entry into force (Decision 19/2014/QĐ-TTg), with the documents it affects.
 */
@Entity('legal_changes')
export class LegalChange extends BaseEntity {
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  /** Number and symbol of the legal text, e.g. "Nghị định 07/2025/NĐ-CP". */
  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  /** Entry into force + 3 months: when the affected documents must be revised. */
  @Column({ name: 'revise_by', type: 'date' })
  reviseBy: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', default: 'OPEN' })
  status: LegalChangeStatus;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** A document affected by a legal change, with the revision in force when the link was made. */
@Entity('legal_change_documents')
export class LegalChangeDocument extends BaseEntity {
  @Column({ name: 'legal_change_id', type: 'uuid' })
  legalChangeId: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'baseline_revision', type: 'int', nullable: true })
  baselineRevision: number | null;

  @Column({ name: 'linked_by', type: 'uuid', nullable: true })
  linkedBy: string | null;
}
