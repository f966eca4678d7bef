import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import {
  Pg,
  BaseEntity,
  defineLifecycle,
  domainEvent,
  TransitionChange,
  Role,
  VersionedAgencyPart,
} from '@app/platform';
import type { StepSignatureSummary } from './step-signature.entity';

/**
 * What a request decides: a document's issue, revision or withdrawal, an agency's yearly list of
 * records (RECORD_LIST) or the disposal of records whose retention has ended (DISPOSAL). Each
 * subject type accepts its own kinds (ApprovalSubjectHandler.kinds).
 */
export const APPROVAL_KINDS = ['ISSUE', 'REVISION', 'WITHDRAWAL', 'RECORD_LIST', 'DISPOSAL'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

export const REQUEST_STATUSES = [
  'DRAFT',
  'IN_PROGRESS',
  'APPROVED',
  'REJECTED',
  'RETURNED',
  'CANCELLED',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Every status change of a request is one of these; each writes one audit entry and its event. */
export const REQUEST_LIFECYCLE = defineLifecycle<RequestStatus, ApprovalRequest>({
  subject: 'approvalRequest',
  entity: () => ApprovalRequest,
  states: REQUEST_STATUSES,
  initial: ['DRAFT'],
  transitions: [
    { from: 'DRAFT', to: 'IN_PROGRESS', action: 'submit' },
    { from: 'IN_PROGRESS', to: 'APPROVED', action: 'approved' },
    { from: 'IN_PROGRESS', to: 'REJECTED', action: 'rejected' },
    { from: 'IN_PROGRESS', to: 'RETURNED', action: 'returned' },
    { from: ['DRAFT', 'IN_PROGRESS'], to: 'CANCELLED', action: 'cancelled' },
  ],
  emit: ({ subject, to }) =>
    to === 'DRAFT'
      ? null
      : domainEvent(`approvalRequest.${to.toLowerCase() as Lowercase<Exclude<RequestStatus, 'DRAFT'>>}`, {
          requestId: subject.id,
          agencyId: subject.agencyId,
          subjectType: subject.subjectType,
          subjectId: subject.subjectId,
          documentId: subject.subjectType === 'document' ? subject.subjectId : null,
        }),
});

export const STEP_STATUSES = ['WAITING', 'PENDING', 'APPROVED', 'REJECTED', 'RETURNED', 'CANCELLED'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/**
 * A step waits for the one before it, is pending while it is the current one, and is decided
 * once; the steps left open when the request ends are cancelled. Opening and cancelling a step
 * are consequences of the decision that caused them (recorded there), so they write no entry.
 */
export const STEP_LIFECYCLE = defineLifecycle<StepStatus, ApprovalStep>({
  subject: 'approvalStep',
  entity: () => ApprovalStep,
  states: STEP_STATUSES,
  initial: ['WAITING', 'PENDING'],
  versioned: false,
  transitions: [
    { from: 'WAITING', to: 'PENDING', action: 'open', history: false },
    { from: 'PENDING', to: 'APPROVED', action: 'approve' },
    { from: 'PENDING', to: 'REJECTED', action: 'reject' },
    { from: 'PENDING', to: 'RETURNED', action: 'return' },
    { from: ['WAITING', 'PENDING'], to: 'CANCELLED', action: 'cancel', history: false },
  ],
});

/** What a decision means: a review on the way, or the final approval by the head of agency. */
export type DecisionMeaning = 'REVIEWED' | 'APPROVED' | 'REJECTED' | 'RETURNED';

export interface TemplateStep {
  role: Role;
  assigneeId?: string | null;
  slaDays: number;
  /** The step is decided by uploading the approved PDF signed by the approver (PAdES). */
  requiresSignature?: boolean;
}

/** Generic over its subject: the engine knows "a subject of type X with id Y", never a document. */
@Entity('approval_requests')
export class ApprovalRequest extends VersionedAgencyPart {
  @Pg.text()
  kind: ApprovalKind;

  @Pg.text()
  subjectType: string;

  @Pg.uuid()
  subjectId: string;

  /** The version of the subject under approval (none for a withdrawal). */
  @Pg.uuid({ nullable: true })
  subjectVersionId: string | null;

  @Pg.text({ default: 'DRAFT' })
  status: RequestStatus;

  @Pg.text()
  reason: string;

  @Pg.date({ nullable: true })
  effectiveDate: string | null;

  @Pg.uuid({ nullable: true })
  requestedBy: string | null;

  /** Who drafted the subject: never one of its approvers. */
  @Pg.uuid({ nullable: true })
  drafterId: string | null;

  /**
   * Everyone who wrote what is under decision: opened or submitted the request, drafted the
   * version, uploaded a file to it. Fixed at submission; none of them decides a step.
   */
  @Pg.uuid({ array: true, default: () => "'{}'" })
  authorIds: string[];

  @Pg.int({ nullable: true })
  currentStep: number | null;

  @Pg.timestamptz({ nullable: true })
  decidedAt: Date | null;
}

@Entity('approval_steps')
export class ApprovalStep extends BaseEntity {
  @Pg.uuid()
  requestId: string;

  @Column({ name: 'step_order', type: 'int' })
  order: number;

  @Pg.text()
  role: Role;

  @Pg.uuid({ nullable: true })
  assigneeId: string | null;

  @Pg.int()
  slaDays: number;

  @Pg.text()
  status: StepStatus;

  @Pg.timestamptz({ nullable: true })
  dueAt: Date | null;

  @Pg.uuid({ nullable: true })
  decidedBy: string | null;

  @Pg.timestamptz({ nullable: true })
  decidedAt: Date | null;

  @Pg.text({ nullable: true })
  comment: string | null;

  @Pg.text({ nullable: true })
  meaning: DecisionMeaning | null;

  /** sha256 of every file the decision was made on: an approval cannot move to other bytes. */
  @Pg.text({ array: true, nullable: true })
  fileHashes: string[] | null;

  /** Approved only by uploading the approved PDF with the approver's signature (copied from the template). */
  @Column({ name: 'requires_signature', type: 'boolean', default: false })
  requiresSignature: boolean;

  /** The signer and the check of the signed PDF that decided this step (ApprovalStepSignature keeps the file). */
  @Pg.jsonb({ nullable: true })
  signature: StepSignatureSummary | null;
}

/** The ordered steps an agency uses for one kind of approval. */
@Entity('workflow_templates')
export class WorkflowTemplate {
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @PrimaryColumn({ type: 'text' })
  kind: ApprovalKind;

  @Pg.jsonb()
  steps: TemplateStep[];

  @Pg.int({ default: 1 })
  version: number;

  @Pg.uuid({ nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** ISO secretary review, then approval by the head of agency (who alone can make a document effective). */
export const DEFAULT_STEPS: TemplateStep[] = [
  { role: 'ISO_SECRETARY', slaDays: 3 },
  { role: 'APPROVER', slaDays: 5 },
];

/**
 * The steps a kind uses until the agency sets its own: a list of records and a disposal are
 * drawn up by the ISO secretary and approved by the head of agency alone (Nghị định 30/2020).
 */
export function defaultSteps(kind: ApprovalKind): TemplateStep[] {
  return kind === 'RECORD_LIST' || kind === 'DISPOSAL' ? [{ role: 'APPROVER', slaDays: 5 }] : DEFAULT_STEPS;
}

/** A move of a request, as its subject's @OnTransition hooks receive it. */
export type ApprovalRequestChange = TransitionChange<RequestStatus, ApprovalRequest>;
