import { Column, Entity } from 'typeorm';
import { BaseEntity, StateMachine } from '@app/platform';

export const NC_SOURCES = ['AUDIT', 'COMPLAINT', 'PROCESS', 'INSPECTION', 'OTHER'] as const;
export type NonconformitySource = (typeof NC_SOURCES)[number];

export const NC_SEVERITIES = ['MAJOR', 'MINOR'] as const;
export type NonconformitySeverity = (typeof NC_SEVERITIES)[number];

export const ANALYSIS_METHODS = ['FIVE_WHYS', 'FISHBONE', 'OTHER'] as const;
export type AnalysisMethod = (typeof ANALYSIS_METHODS)[number];

export const NC_STATUSES = [
  'OPEN',
  'ANALYSED',
  'ACTION_PLANNED',
  'IMPLEMENTED',
  'VERIFIED',
  'CLOSED',
] as const;
export type NonconformityStatus = (typeof NC_STATUSES)[number];

/**
 * TCVN ISO 9001:2015 clause 10.2: the cause is analysed, actions are planned and implemented,
 * their effectiveness is verified; not effective sends it back to planning (a new round of
 * actions), and a closed nonconformity that recurs is reopened for a new analysis. Nothing of
 * an earlier round is ever lost.
 */
export const NC_LIFECYCLE = new StateMachine<NonconformityStatus>('nonconformity', {
  OPEN: ['ANALYSED'],
  ANALYSED: ['ACTION_PLANNED'],
  ACTION_PLANNED: ['IMPLEMENTED'],
  IMPLEMENTED: ['VERIFIED', 'ACTION_PLANNED'],
  VERIFIED: ['CLOSED'],
  CLOSED: ['OPEN'],
});

export const ACTION_STATUSES = ['PLANNED', 'DONE'] as const;
export type CorrectiveActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_LIFECYCLE = new StateMachine<CorrectiveActionStatus>('correctiveAction', {
  PLANNED: ['DONE'],
  DONE: [],
});

/** A nonconformity (điểm không phù hợp) of one agency, whatever revealed it. */
@Entity('nonconformities')
export class Nonconformity extends BaseEntity {
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  source: NonconformitySource;

  @Column({ type: 'text' })
  severity: NonconformitySeverity;

  /** The audit finding that raised it (source AUDIT); capa keeps the id, audits owns the finding. */
  @Column({ name: 'finding_id', type: 'uuid', nullable: true })
  findingId: string | null;

  @Column({ name: 'audit_id', type: 'uuid', nullable: true })
  auditId: string | null;

  @Column({ type: 'text', nullable: true })
  clause: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', default: 'OPEN' })
  status: NonconformityStatus;

  /** The immediate correction (sự khắc phục) of the latest analysis: it fixes the case, not the cause. */
  @Column({ type: 'text', nullable: true })
  correction: string | null;

  @Column({ name: 'root_cause', type: 'text', nullable: true })
  rootCause: string | null;

  @Column({ name: 'analysis_method', type: 'text', nullable: true })
  analysisMethod: AnalysisMethod | null;

  @Column({ type: 'text', nullable: true })
  analysis: string | null;

  @Column({ name: 'analysed_at', type: 'timestamptz', nullable: true })
  analysedAt: Date | null;

  @Column({ name: 'analysed_by', type: 'uuid', nullable: true })
  analysedBy: string | null;

  /** Raised each time the plan starts over (not effective, or reopened); actions belong to a round. */
  @Column({ type: 'int', default: 1 })
  round: number;

  @Column({ name: 'raised_by', type: 'uuid', nullable: true })
  raisedBy: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** Every analysis of a nonconformity, in order (a reopened one is analysed again). */
@Entity('nonconformity_analyses')
export class NonconformityAnalysis extends BaseEntity {
  @Column({ name: 'nonconformity_id', type: 'uuid' })
  nonconformityId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'int' })
  round: number;

  @Column({ type: 'text' })
  correction: string;

  @Column({ name: 'root_cause', type: 'text' })
  rootCause: string;

  @Column({ type: 'text' })
  method: AnalysisMethod;

  @Column({ type: 'text', nullable: true })
  analysis: string | null;

  @Column({ name: 'analysed_by', type: 'uuid', nullable: true })
  analysedBy: string | null;
}

/** A corrective action (hành động khắc phục): removes the cause; owned by one person, due on a date. */
@Entity('corrective_actions')
export class CorrectiveAction extends BaseEntity {
  @Column({ name: 'nonconformity_id', type: 'uuid' })
  nonconformityId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'int' })
  round: number;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ type: 'text', default: 'PLANNED' })
  status: CorrectiveActionStatus;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy: string | null;

  @Column({ name: 'completion_note', type: 'text', nullable: true })
  completionNote: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** One verification of effectiveness, effective or not, with the verifier's reasons. */
@Entity('nonconformity_verifications')
export class NonconformityVerification extends BaseEntity {
  @Column({ name: 'nonconformity_id', type: 'uuid' })
  nonconformityId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'int' })
  round: number;

  @Column({ type: 'boolean' })
  effective: boolean;

  @Column({ type: 'text' })
  comment: string;

  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedBy: string | null;
}
