import { Entity } from 'typeorm';
import {
  defineHistory,
  defineLifecycle,
  domainEvent,
  UuidColumn,
  TextColumn,
  IntColumn,
  BoolColumn,
  JsonColumn,
  DateColumn,
  TimestampColumn,
  AgencyRecord,
  AgencyPart,
  VersionedAgencyPart,
} from '@app/platform';
import { StoredFileEntity } from '@app/storage';
import { teamOf } from './audit-access';

export const AUDIT_STATUSES = ['PLANNED', 'IN_PROGRESS', 'REPORTED', 'CLOSED'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/**
 * An audit is run, reported (which freezes its findings), then closed once its nonconformities
 * are. Who may ask (the lead auditor, or a closer for `close`) and the guards that need other
 * libs (team independence, open nonconformities) are in AuditsService.
 */
export const AUDIT_LIFECYCLE = defineLifecycle<AuditStatus, Audit>({
  subject: 'audit',
  entity: () => Audit,
  states: AUDIT_STATUSES,
  initial: ['PLANNED'],
  transitions: [
    { from: 'PLANNED', to: 'IN_PROGRESS', action: 'start' },
    { from: 'IN_PROGRESS', to: 'REPORTED', action: 'report' },
    { from: 'REPORTED', to: 'CLOSED', action: 'close' },
  ],
  emit: ({ subject, to }) => {
    const payload = { auditId: subject.id, agencyId: subject.agencyId, team: teamOf(subject) };
    if (to === 'IN_PROGRESS') return domainEvent('audit.started', payload);
    if (to === 'REPORTED') return domainEvent('audit.reported', payload);
    if (to === 'CLOSED') return domainEvent('audit.closed', payload);
    return null;
  },
});

/** What may be written to an audit in which states (not transitions): otherwise 409 AUDIT_IS_<STATE>. */
export const AUDIT_WRITABLE = {
  /** Team and checklist replaced, answers reset: before the audit starts. */
  plan: ['PLANNED'],
  /** Questions added. */
  checklist: ['PLANNED', 'IN_PROGRESS'],
  /** Answers, findings and evidence files: while it runs; a report freezes them. */
  fieldwork: ['IN_PROGRESS'],
  /** The report is read once written. */
  report: ['REPORTED', 'CLOSED'],
  /** A finding raises a nonconformity until the audit closes. */
  nonconformity: ['PLANNED', 'IN_PROGRESS', 'REPORTED'],
} as const satisfies Record<string, readonly AuditStatus[]>;

export const FINDING_TYPES = ['MAJOR_NC', 'MINOR_NC', 'OBSERVATION', 'OFI'] as const;
export type FindingType = (typeof FINDING_TYPES)[number];
/** Findings of these types are nonconformities and open one in capa. */
export const NONCONFORMING_FINDINGS: Partial<Record<FindingType, 'MAJOR' | 'MINOR'>> = {
  MAJOR_NC: 'MAJOR',
  MINOR_NC: 'MINOR',
};

export const CHECKLIST_RESULTS = ['CONFORMING', 'NONCONFORMING', 'NOT_APPLICABLE'] as const;
export type ChecklistResult = (typeof CHECKLIST_RESULTS)[number];

/** What an audit covers: processes (quy trình), ISO 9001:2015 clauses and organizational units. */
export interface AuditScope {
  processes: string[];
  clauses: string[];
  /** Units (phòng, ban) of the audited agencies; none means the whole agency. */
  units: string[];
}

/** The internal audit programme of a QMS for one year (one per QMS and year). */
@Entity('audit_programmes')
export class AuditProgramme extends AgencyRecord {
  @UuidColumn()
  qualitySystemId: string;

  @IntColumn()
  year: number;

  @TextColumn()
  objectives: string;
}

/** One internal audit of a programme: its scope, dates, team and audited agencies. */
@Entity('audits')
export class Audit extends AgencyRecord {
  @UuidColumn()
  programmeId: string;

  @UuidColumn()
  qualitySystemId: string;

  @TextColumn()
  title: string;

  @JsonColumn()
  scope: AuditScope;

  @TextColumn()
  criteria: string;

  @DateColumn()
  plannedStart: string;

  @DateColumn()
  plannedEnd: string;

  @UuidColumn()
  leadAuditorId: string;

  /** The other members of the team (the lead auditor is not repeated here). */
  @UuidColumn({ array: true, default: () => "'{}'" })
  auditorIds: string[];

  @UuidColumn({ array: true })
  auditeeAgencyIds: string[];

  @TextColumn({ default: 'PLANNED' })
  status: AuditStatus;

  @TimestampColumn({ nullable: true })
  startedAt: Date | null;

  @UuidColumn({ nullable: true })
  startedBy: string | null;

  @TimestampColumn({ nullable: true })
  reportedAt: Date | null;

  @UuidColumn({ nullable: true })
  reportedBy: string | null;

  @TextColumn({ nullable: true })
  reportSummary: string | null;

  @TimestampColumn({ nullable: true })
  closedAt: Date | null;

  @UuidColumn({ nullable: true })
  closedBy: string | null;
}

/** A checklist question tied to a clause, and its answer. Replaced items are kept, inactive. */
@Entity('audit_checklist_items')
export class AuditChecklistItem extends VersionedAgencyPart {
  @UuidColumn()
  auditId: string;

  @IntColumn()
  position: number;

  @TextColumn()
  clause: string;

  @TextColumn()
  question: string;

  @TextColumn({ nullable: true })
  result: ChecklistResult | null;

  @TextColumn({ nullable: true })
  evidence: string | null;

  @UuidColumn({ nullable: true })
  answeredBy: string | null;

  @TimestampColumn({ nullable: true })
  answeredAt: Date | null;

  @BoolColumn({ default: true })
  active: boolean;

  @UuidColumn({ nullable: true })
  copiedFromId: string | null;
}

/** A finding (phát hiện) of an audit. Written once while the audit runs, never changed. */
@Entity('audit_findings')
export class AuditFinding extends AgencyPart {
  @UuidColumn()
  auditId: string;

  @UuidColumn()
  auditeeAgencyId: string;

  @TextColumn()
  type: FindingType;

  @TextColumn()
  clause: string;

  @TextColumn()
  description: string;

  @TextColumn()
  evidence: string;

  @UuidColumn({ nullable: true })
  checklistItemId: string | null;

  @UuidColumn({ nullable: true })
  createdBy: string | null;
}

/** A file attached to a finding as evidence; the bytes live in object storage under their sha256. */
@Entity('finding_attachments')
export class FindingAttachment extends StoredFileEntity {
  @UuidColumn()
  findingId: string;

  @UuidColumn()
  auditId: string;
}

/**
 * The register of internal auditors' home units (đơn vị công tác) in an agency, kept by the
 * ISO secretary: memberships carry no unit, and independence is judged against it.
 */
@Entity('auditor_units')
export class AuditorUnit extends VersionedAgencyPart {
  @UuidColumn()
  userId: string;

  @TextColumn()
  unit: string;

  @UuidColumn({ nullable: true })
  updatedBy: string | null;
}

/**
 * What changes an audit besides its status (AUDIT_LIFECYCLE): its checklist replaced or copied,
 * recorded on the audit with its version raised.
 */
export const AUDIT_HISTORY = defineHistory<Audit>({ subject: 'audit', entity: () => Audit });

/** Histories of the audit records that have no status: their creations are written by the engine. */
export const PROGRAMME_HISTORY = defineHistory<AuditProgramme>({
  subject: 'auditProgramme',
  entity: () => AuditProgramme,
});
export const CHECKLIST_ITEM_HISTORY = defineHistory<AuditChecklistItem>({
  subject: 'auditChecklistItem',
  entity: () => AuditChecklistItem,
});
export const FINDING_HISTORY = defineHistory<AuditFinding>({
  subject: 'auditFinding',
  entity: () => AuditFinding,
});
/** An evidence file is part of its finding's history. */
export const FINDING_ATTACHMENT_HISTORY = defineHistory<FindingAttachment>({
  subject: 'auditFinding',
  entity: () => FindingAttachment,
  subjectId: (attachment) => attachment.findingId,
  createAction: 'file.add',
});
