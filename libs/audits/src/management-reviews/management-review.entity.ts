import { Column, Entity } from 'typeorm';
import { BaseEntity, defineHistory, defineLifecycle, domainEvent } from '@app/platform';
import type { ReviewInputs } from './review-inputs';

export const REVIEW_STATUSES = ['PLANNED', 'HELD'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A review is planned (its inputs gathered live), then held: its inputs are frozen as presented. */
export const REVIEW_LIFECYCLE = defineLifecycle<ReviewStatus, ManagementReview>({
  subject: 'managementReview',
  entity: () => ManagementReview,
  states: REVIEW_STATUSES,
  initial: ['PLANNED'],
  transitions: [{ from: 'PLANNED', to: 'HELD', action: 'hold' }],
  emit: ({ subject }) =>
    domainEvent('managementReview.held', { reviewId: subject.id, agencyId: subject.agencyId }),
});

/** Edits of a review that are not status changes (the secretary's notes on the inputs). */
export const REVIEW_HISTORY = defineHistory<ManagementReview>({
  subject: 'managementReview',
  entity: () => ManagementReview,
});

/** What may be written to a review in which state (not transitions): otherwise 409 MANAGEMENT_REVIEW_IS_<STATE>. */
export const REVIEW_WRITABLE = {
  /** The secretary's notes on the inputs, until the meeting. */
  notes: ['PLANNED'],
  /** Decisions and actions, once it is held. */
  outputs: ['HELD'],
} as const satisfies Record<string, readonly ReviewStatus[]>;

export const OUTPUT_KINDS = ['DECISION', 'ACTION'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];
/** TCVN ISO 9001:2015 9.3.3: a) improvement, b) changes to the QMS, c) resources needed. */
export const OUTPUT_CATEGORIES = ['IMPROVEMENT', 'QMS_CHANGE', 'RESOURCES'] as const;
export type OutputCategory = (typeof OUTPUT_CATEGORIES)[number];
export const OUTPUT_STATUSES = ['RECORDED', 'OPEN', 'DONE'] as const;
export type OutputStatus = (typeof OUTPUT_STATUSES)[number];

/** A decision is recorded and never moves; an action is open until done. */
export const OUTPUT_LIFECYCLE = defineLifecycle<OutputStatus, ManagementReviewOutput>({
  subject: 'managementReviewOutput',
  entity: () => ManagementReviewOutput,
  states: OUTPUT_STATUSES,
  initial: ['RECORDED', 'OPEN'],
  transitions: [{ from: 'OPEN', to: 'DONE', action: 'complete' }],
  emit: ({ subject }) =>
    domainEvent('managementReview.actionCompleted', { reviewId: subject.reviewId, outputId: subject.id }),
});

/** A management review (xem xét của lãnh đạo) of a QMS. */
@Entity('management_reviews')
export class ManagementReview extends BaseEntity {
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'quality_system_id', type: 'uuid' })
  qualitySystemId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'planned_date', type: 'date' })
  plannedDate: string;

  @Column({ name: 'held_on', type: 'date', nullable: true })
  heldOn: string | null;

  @Column({ name: 'chair_id', type: 'uuid' })
  chairId: string;

  @Column({ name: 'participant_ids', type: 'uuid', array: true, default: () => "'{}'" })
  participantIds: string[];

  /** Since the previous review of the QMS (or twelve months before the planned date). */
  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Column({ name: 'period_to', type: 'date', nullable: true })
  periodTo: string | null;

  @Column({ type: 'text', default: 'PLANNED' })
  status: ReviewStatus;

  /** What the secretary writes for the inputs the system cannot fill in, by section key. */
  @Column({ name: 'input_notes', type: 'jsonb', default: () => "'{}'" })
  inputNotes: Record<string, string>;

  /** The inputs as presented at the meeting, frozen when the review is held. */
  @Column({ type: 'jsonb', nullable: true })
  inputs: ReviewInputs | null;

  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'held_by', type: 'uuid', nullable: true })
  heldBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** A decision or an action decided by a review; an action has an owner and a due date. */
@Entity('management_review_outputs')
export class ManagementReviewOutput extends BaseEntity {
  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  kind: OutputKind;

  @Column({ type: 'text' })
  category: OutputCategory;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'text' })
  status: OutputStatus;

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
