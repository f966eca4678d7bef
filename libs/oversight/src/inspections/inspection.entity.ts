import { Entity } from 'typeorm';
import {
  Pg,
  VersionedEntity,
  defineLifecycle,
  domainEvent,
  AgencyPart,
  VersionedAgencyPart,
} from '@app/platform';

/** A yearly inspection plan of the Department of Science and Technology for its province. */
@Entity('inspection_plans')
export class InspectionPlan extends VersionedEntity {
  @Pg.uuid()
  provinceAgencyId: string;

  @Pg.int()
  year: number;

  @Pg.text()
  title: string;

  @Pg.uuid({ nullable: true })
  createdBy: string | null;
}

/** An agency of the plan: its dossier is always checked; `onSite` when it is also visited. */
@Entity('inspection_plan_items')
export class InspectionPlanItem extends AgencyPart {
  @Pg.uuid()
  planId: string;

  @Pg.boolean()
  onSite: boolean;

  @Pg.int({ nullable: true })
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
  @Pg.uuid()
  provinceAgencyId: string;

  @Pg.uuid({ nullable: true })
  planId: string | null;

  @Pg.text()
  kind: InspectionKind;

  @Pg.date()
  inspectedOn: string;

  @Pg.text({ array: true })
  inspectors: string[];

  @Pg.text()
  conclusion: string;

  @Pg.text()
  status: InspectionStatus;

  @Pg.date({ nullable: true })
  reportDue: string | null;

  /** Which corrective-action report is expected (a rejected one is followed by the next round). */
  @Pg.int({ default: 1 })
  round: number;

  @Pg.uuid({ nullable: true })
  recordedBy: string | null;
}

export const INSPECTION_FINDING_TYPES = ['NONCONFORMITY', 'RECOMMENDATION'] as const;
export type InspectionFindingType = (typeof INSPECTION_FINDING_TYPES)[number];

@Entity('inspection_findings')
export class InspectionFinding extends AgencyPart {
  @Pg.uuid()
  inspectionId: string;

  @Pg.int()
  position: number;

  @Pg.text()
  type: InspectionFindingType;

  @Pg.text({ nullable: true })
  clause: string | null;

  @Pg.text()
  description: string;

  /** Of a NONCONFORMITY finding: MAJOR or MINOR (the nonconformity it opened). */
  @Pg.text({ nullable: true })
  severity: 'MAJOR' | 'MINOR' | null;

  /** The nonconformity the finding opened in the agency's log; capa owns it. */
  @Pg.uuid({ nullable: true })
  nonconformityId: string | null;
}

/** The inspected agency's report on its corrective action, and the inspector's decision on it. */
@Entity('inspection_reports')
export class InspectionReport extends AgencyPart {
  @Pg.uuid()
  inspectionId: string;

  @Pg.int()
  round: number;

  @Pg.text()
  content: string;

  @Pg.uuid({ nullable: true })
  submittedBy: string | null;

  @Pg.timestamptz()
  submittedAt: Date;

  @Pg.text({ nullable: true })
  decision: 'ACCEPTED' | 'REJECTED' | null;

  @Pg.text({ nullable: true })
  decisionComment: string | null;

  @Pg.uuid({ nullable: true })
  decidedBy: string | null;

  @Pg.timestamptz({ nullable: true })
  decidedAt: Date | null;
}
