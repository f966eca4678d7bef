import { Column, Entity } from 'typeorm';
import { BaseEntity, defineHistory, defineLifecycle, domainEvent } from '@app/platform';
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
export class AuditProgramme extends BaseEntity {
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'quality_system_id', type: 'uuid' })
  qualitySystemId: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'text' })
  objectives: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** One internal audit of a programme: its scope, dates, team and audited agencies. */
@Entity('audits')
export class Audit extends BaseEntity {
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'quality_system_id', type: 'uuid' })
  qualitySystemId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'jsonb' })
  scope: AuditScope;

  @Column({ type: 'text' })
  criteria: string;

  @Column({ name: 'planned_start', type: 'date' })
  plannedStart: string;

  @Column({ name: 'planned_end', type: 'date' })
  plannedEnd: string;

  @Column({ name: 'lead_auditor_id', type: 'uuid' })
  leadAuditorId: string;

  /** The other members of the team (the lead auditor is not repeated here). */
  @Column({ name: 'auditor_ids', type: 'uuid', array: true, default: () => "'{}'" })
  auditorIds: string[];

  @Column({ name: 'auditee_agency_ids', type: 'uuid', array: true })
  auditeeAgencyIds: string[];

  @Column({ type: 'text', default: 'PLANNED' })
  status: AuditStatus;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'started_by', type: 'uuid', nullable: true })
  startedBy: string | null;

  @Column({ name: 'reported_at', type: 'timestamptz', nullable: true })
  reportedAt: Date | null;

  @Column({ name: 'reported_by', type: 'uuid', nullable: true })
  reportedBy: string | null;

  @Column({ name: 'report_summary', type: 'text', nullable: true })
  reportSummary: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedBy: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** A checklist question tied to a clause, and its answer. Replaced items are kept, inactive. */
@Entity('audit_checklist_items')
export class AuditChecklistItem extends BaseEntity {
  @Column({ name: 'audit_id', type: 'uuid' })
  auditId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  clause: string;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'text', nullable: true })
  result: ChecklistResult | null;

  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'copied_from_id', type: 'uuid', nullable: true })
  copiedFromId: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** A finding (phát hiện) of an audit. Written once while the audit runs, never changed. */
@Entity('audit_findings')
export class AuditFinding extends BaseEntity {
  @Column({ name: 'audit_id', type: 'uuid' })
  auditId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'auditee_agency_id', type: 'uuid' })
  auditeeAgencyId: string;

  @Column({ type: 'text' })
  type: FindingType;

  @Column({ type: 'text' })
  clause: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  evidence: string;

  @Column({ name: 'checklist_item_id', type: 'uuid', nullable: true })
  checklistItemId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}

/** A file attached to a finding as evidence; the bytes live in object storage under their sha256. */
@Entity('finding_attachments')
export class FindingAttachment extends StoredFileEntity {
  @Column({ name: 'finding_id', type: 'uuid' })
  findingId: string;

  @Column({ name: 'audit_id', type: 'uuid' })
  auditId: string;
}

/**
 * The register of internal auditors' home units (đơn vị công tác) in an agency, kept by the
 * ISO secretary: memberships carry no unit, and independence is judged against it.
 */
@Entity('auditor_units')
export class AuditorUnit extends BaseEntity {
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

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
