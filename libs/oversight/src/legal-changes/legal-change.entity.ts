import { Entity } from 'typeorm';
import { Pg, lifecycleHistory, defineLifecycle, domainEvent, AgencyRecord, AgencyPart } from '@app/platform';

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

/** What changes an open legal change besides its status: the documents linked to it. */
export const LEGAL_CHANGE_HISTORY = lifecycleHistory(LEGAL_CHANGE_LIFECYCLE);

/**
 * A new or amended legal text an agency must fold into its processes within 3 months of its
 * entry into force (Decision 19/2014/QĐ-TTg), with the documents it affects.
 */
@Entity('legal_changes')
export class LegalChange extends AgencyRecord {
  /** Number and symbol of the legal text, e.g. "Nghị định 07/2025/NĐ-CP". */
  @Pg.text()
  reference: string;

  @Pg.text()
  title: string;

  @Pg.date({ nullable: true })
  issuedOn: string | null;

  @Pg.date()
  effectiveFrom: string;

  /** Entry into force + 3 months: when the affected documents must be revised. */
  @Pg.date()
  reviseBy: string;

  @Pg.text({ nullable: true })
  summary: string | null;

  @Pg.text({ default: 'OPEN' })
  status: LegalChangeStatus;

  @Pg.timestamptz({ nullable: true })
  completedAt: Date | null;

  @Pg.uuid({ nullable: true })
  completedBy: string | null;
}

/** A document affected by a legal change, with the revision in force when the link was made. */
@Entity('legal_change_documents')
export class LegalChangeDocument extends AgencyPart {
  @Pg.uuid()
  legalChangeId: string;

  @Pg.uuid()
  documentId: string;

  @Pg.int({ nullable: true })
  baselineRevision: number | null;

  @Pg.uuid({ nullable: true })
  linkedBy: string | null;
}
