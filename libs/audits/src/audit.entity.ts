import { Entity } from 'typeorm';
import {
  Pg,
  defineHistory,
  defineLifecycle,
  domainEvent,
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
  @Pg.uuid()
  qualitySystemId: string;

  @Pg.int()
  year: number;

  @Pg.text()
  objectives: string;
}

/** One internal audit of a programme: its scope, dates, team and audited agencies. */
@Entity('audits')
export class Audit extends AgencyRecord {
  @Pg.uuid()
  programmeId: string;

  @Pg.uuid()
  qualitySystemId: string;

  @Pg.text()
  title: string;

  @Pg.jsonb()
  scope: AuditScope;

  @Pg.text()
  criteria: string;

  @Pg.date()
  plannedStart: string;

  @Pg.date()
  plannedEnd: string;

  @Pg.uuid()
  leadAuditorId: string;

  /** The other members of the team (the lead auditor is not repeated here). */
  @Pg.uuid({ array: true, default: () => "'{}'" })
  auditorIds: string[];

  @Pg.uuid({ array: true })
  auditeeAgencyIds: string[];

  @Pg.text({ default: 'PLANNED' })
  status: AuditStatus;

  @Pg.timestamptz({ nullable: true })
  startedAt: Date | null;

  @Pg.uuid({ nullable: true })
  startedBy: string | null;

  @Pg.timestamptz({ nullable: true })
  reportedAt: Date | null;

  @Pg.uuid({ nullable: true })
  reportedBy: string | null;

  @Pg.text({ nullable: true })
  reportSummary: string | null;

  @Pg.timestamptz({ nullable: true })
  closedAt: Date | null;

  @Pg.uuid({ nullable: true })
  closedBy: string | null;
}

/** A checklist question tied to a clause, and its answer. Replaced items are kept, inactive. */
@Entity('audit_checklist_items')
export class AuditChecklistItem extends VersionedAgencyPart {
  @Pg.uuid()
  auditId: string;

  @Pg.int()
  position: number;

  @Pg.text()
  clause: string;

  @Pg.text()
  question: string;

  @Pg.text({ nullable: true })
  result: ChecklistResult | null;

  @Pg.text({ nullable: true })
  evidence: string | null;

  @Pg.uuid({ nullable: true })
  answeredBy: string | null;

  @Pg.timestamptz({ nullable: true })
  answeredAt: Date | null;

  @Pg.boolean({ default: true })
  active: boolean;

  @Pg.uuid({ nullable: true })
  copiedFromId: string | null;
}

/** A finding (phát hiện) of an audit. Written once while the audit runs, never changed. */
@Entity('audit_findings')
export class AuditFinding extends AgencyPart {
  @Pg.uuid()
  auditId: string;

  @Pg.uuid()
  auditeeAgencyId: string;

  @Pg.text()
  type: FindingType;

  @Pg.text()
  clause: string;

  @Pg.text()
  description: string;

  @Pg.text()
  evidence: string;

  @Pg.uuid({ nullable: true })
  checklistItemId: string | null;

  @Pg.uuid({ nullable: true })
  createdBy: string | null;
}

/** A file attached to a finding as evidence; the bytes live in object storage under their sha256. */
@Entity('finding_attachments')
export class FindingAttachment extends StoredFileEntity {
  @Pg.uuid()
  findingId: string;

  @Pg.uuid()
  auditId: string;
}

/**
 * The register of internal auditors' home units (đơn vị công tác) in an agency, kept by the
 * ISO secretary: memberships carry no unit, and independence is judged against it.
 */
@Entity('auditor_units')
export class AuditorUnit extends VersionedAgencyPart {
  @Pg.uuid()
  userId: string;

  @Pg.text()
  unit: string;

  @Pg.uuid({ nullable: true })
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
