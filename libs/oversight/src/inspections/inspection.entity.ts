import { Entity } from 'typeorm';
import {
  VersionedEntity,
  defineLifecycle,
  domainEvent,
  UuidColumn,
  TextColumn,
  IntColumn,
  BoolColumn,
  DateColumn,
  TimestampColumn,
  AgencyPart,
  VersionedAgencyPart,
} from '@app/platform';

/** A yearly inspection plan of the Department of Science and Technology for its province. */
@Entity('inspection_plans')
export class InspectionPlan extends VersionedEntity {
  @UuidColumn()
  provinceAgencyId: string;

  @IntColumn()
  year: number;

  @TextColumn()
  title: string;

  @UuidColumn({ nullable: true })
  createdBy: string | null;
}

/** An agency of the plan: its dossier is always checked; `onSite` when it is also visited. */
@Entity('inspection_plan_items')
export class InspectionPlanItem extends AgencyPart {
  @UuidColumn()
  planId: string;

  @BoolColumn()
  onSite: boolean;

  @IntColumn({ nullable: true })
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
/** The corrective-action report's steps are told to the inspected agency with the same payload. */
const reportEvent =
  (type: 'inspection.reportSubmitted' | 'inspection.reportAccepted' | 'inspection.reportRejected') =>
  ({ subject }: { subject: Inspection }) =>
    domainEvent(type, { inspectionId: subject.id, agencyId: subject.agencyId });

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
      emit: reportEvent('inspection.reportSubmitted'),
    },
    {
      from: 'REPORT_SUBMITTED',
      to: 'REPORT_ACCEPTED',
      action: 'acceptReport',
      emit: reportEvent('inspection.reportAccepted'),
    },
    {
      from: 'REPORT_SUBMITTED',
      to: 'AWAITING_REPORT',
      action: 'rejectReport',
      emit: reportEvent('inspection.reportRejected'),
    },
  ],
});

@Entity('inspections')
export class Inspection extends VersionedAgencyPart {
  /** The province whose Department of Science and Technology inspected. */
  @UuidColumn()
  provinceAgencyId: string;

  @UuidColumn({ nullable: true })
  planId: string | null;

  @TextColumn()
  kind: InspectionKind;

  @DateColumn()
  inspectedOn: string;

  @TextColumn({ array: true })
  inspectors: string[];

  @TextColumn()
  conclusion: string;

  @TextColumn()
  status: InspectionStatus;

  @DateColumn({ nullable: true })
  reportDue: string | null;

  /** Which corrective-action report is expected (a rejected one is followed by the next round). */
  @IntColumn({ default: 1 })
  round: number;

  @UuidColumn({ nullable: true })
  recordedBy: string | null;
}

export const INSPECTION_FINDING_TYPES = ['NONCONFORMITY', 'RECOMMENDATION'] as const;
export type InspectionFindingType = (typeof INSPECTION_FINDING_TYPES)[number];

@Entity('inspection_findings')
export class InspectionFinding extends AgencyPart {
  @UuidColumn()
  inspectionId: string;

  @IntColumn()
  position: number;

  @TextColumn()
  type: InspectionFindingType;

  @TextColumn({ nullable: true })
  clause: string | null;

  @TextColumn()
  description: string;

  /** Of a NONCONFORMITY finding: MAJOR or MINOR (the nonconformity it opened). */
  @TextColumn({ nullable: true })
  severity: 'MAJOR' | 'MINOR' | null;

  /** The nonconformity the finding opened in the agency's log; capa owns it. */
  @UuidColumn({ nullable: true })
  nonconformityId: string | null;
}

/** The inspected agency's report on its corrective action, and the inspector's decision on it. */
@Entity('inspection_reports')
export class InspectionReport extends AgencyPart {
  @UuidColumn()
  inspectionId: string;

  @IntColumn()
  round: number;

  @TextColumn()
  content: string;

  @UuidColumn({ nullable: true })
  submittedBy: string | null;

  @TimestampColumn()
  submittedAt: Date;

  @TextColumn({ nullable: true })
  decision: 'ACCEPTED' | 'REJECTED' | null;

  @TextColumn({ nullable: true })
  decisionComment: string | null;

  @UuidColumn({ nullable: true })
  decidedBy: string | null;

  @TimestampColumn({ nullable: true })
  decidedAt: Date | null;
}
