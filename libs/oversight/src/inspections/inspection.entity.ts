import { Column, Entity } from 'typeorm';
import { BaseEntity, defineLifecycle, domainEvent } from '@app/platform';

/** A yearly inspection plan of the Department of Science and Technology for its province. */
@Entity('inspection_plans')
export class InspectionPlan extends BaseEntity {
  @Column({ name: 'province_agency_id', type: 'uuid' })
  provinceAgencyId: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** An agency of the plan: its dossier is always checked; `onSite` when it is also visited. */
@Entity('inspection_plan_items')
export class InspectionPlanItem extends BaseEntity {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'on_site', type: 'boolean' })
  onSite: boolean;

  @Column({ name: 'planned_month', type: 'int', nullable: true })
  plannedMonth: number | null;
}

export const INSPECTION_KINDS = ['DOSSIER', 'ON_SITE'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const INSPECTION_STATUSES = [
  'CLOSED',
  'AWAITING_REPORT',
  'REPORT_SUBMITTED',
  'REPORT_ACCEPTED',
] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

/**
 * An inspection without nonconformities is CLOSED when recorded; otherwise the agency owes a
 * corrective-action report (2 months), which the inspector accepts or rejects (back to awaiting).
 */
export const INSPECTION_LIFECYCLE = defineLifecycle<InspectionStatus, Inspection>({
  subject: 'inspection',
  entity: () => Inspection,
  states: INSPECTION_STATUSES,
  initial: ['CLOSED', 'AWAITING_REPORT'],
  transitions: [
    {
      from: 'AWAITING_REPORT',
      to: 'REPORT_SUBMITTED',
      action: 'submitReport',
      emit: ({ subject }) =>
        domainEvent('inspection.reportSubmitted', { inspectionId: subject.id, agencyId: subject.agencyId }),
    },
    {
      from: 'REPORT_SUBMITTED',
      to: 'REPORT_ACCEPTED',
      action: 'acceptReport',
      emit: ({ subject }) =>
        domainEvent('inspection.reportAccepted', { inspectionId: subject.id, agencyId: subject.agencyId }),
    },
    {
      from: 'REPORT_SUBMITTED',
      to: 'AWAITING_REPORT',
      action: 'rejectReport',
      emit: ({ subject }) =>
        domainEvent('inspection.reportRejected', { inspectionId: subject.id, agencyId: subject.agencyId }),
    },
  ],
});

@Entity('inspections')
export class Inspection extends BaseEntity {
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  /** The province whose Department of Science and Technology inspected. */
  @Column({ name: 'province_agency_id', type: 'uuid' })
  provinceAgencyId: string;

  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId: string | null;

  @Column({ type: 'text' })
  kind: InspectionKind;

  @Column({ name: 'inspected_on', type: 'date' })
  inspectedOn: string;

  @Column({ type: 'text', array: true })
  inspectors: string[];

  @Column({ type: 'text' })
  conclusion: string;

  @Column({ type: 'text' })
  status: InspectionStatus;

  @Column({ name: 'report_due', type: 'date', nullable: true })
  reportDue: string | null;

  /** Which corrective-action report is expected (a rejected one is followed by the next round). */
  @Column({ type: 'int', default: 1 })
  round: number;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

export const INSPECTION_FINDING_TYPES = ['NONCONFORMITY', 'RECOMMENDATION'] as const;
export type InspectionFindingType = (typeof INSPECTION_FINDING_TYPES)[number];

@Entity('inspection_findings')
export class InspectionFinding extends BaseEntity {
  @Column({ name: 'inspection_id', type: 'uuid' })
  inspectionId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  type: InspectionFindingType;

  @Column({ type: 'text', nullable: true })
  clause: string | null;

  @Column({ type: 'text' })
  description: string;
}

/** The inspected agency's report on its corrective action, and the inspector's decision on it. */
@Entity('inspection_reports')
export class InspectionReport extends BaseEntity {
  @Column({ name: 'inspection_id', type: 'uuid' })
  inspectionId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'int' })
  round: number;

  @Column({ type: 'text' })
  content: string;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'text', nullable: true })
  decision: 'ACCEPTED' | 'REJECTED' | null;

  @Column({ name: 'decision_comment', type: 'text', nullable: true })
  decisionComment: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
