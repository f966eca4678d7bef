import { Entity } from 'typeorm';
import {
  Pg,
  lifecycleHistory,
  defineLifecycle,
  domainEvent,
  AgencyRecord,
  ActionRecord,
} from '@app/platform';
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
export const REVIEW_HISTORY = lifecycleHistory(REVIEW_LIFECYCLE);

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
    domainEvent('managementReview.actionCompleted', {
      reviewId: subject.reviewId,
      outputId: subject.id,
      agencyId: subject.agencyId,
    }),
});

/** A management review (xem xét của lãnh đạo) of a QMS. */
@Entity('management_reviews')
export class ManagementReview extends AgencyRecord {
  @Pg.uuid()
  qualitySystemId: string;

  @Pg.text()
  title: string;

  @Pg.date()
  plannedDate: string;

  @Pg.date({ nullable: true })
  heldOn: string | null;

  @Pg.uuid()
  chairId: string;

  @Pg.uuid({ array: true, default: () => "'{}'" })
  participantIds: string[];

  /** Since the previous review of the QMS (or twelve months before the planned date). */
  @Pg.date()
  periodFrom: string;

  @Pg.date({ nullable: true })
  periodTo: string | null;

  @Pg.text({ default: 'PLANNED' })
  status: ReviewStatus;

  /** What the secretary writes for the inputs the system cannot fill in, by section key. */
  @Pg.jsonb({ default: () => "'{}'" })
  inputNotes: Record<string, string>;

  /** The inputs as presented at the meeting, frozen when the review is held. */
  @Pg.jsonb({ nullable: true })
  inputs: ReviewInputs | null;

  @Pg.text({ nullable: true })
  minutes: string | null;

  @Pg.uuid({ nullable: true })
  heldBy: string | null;
}

/** A decision or an action decided by a review; an action has an owner and a due date. */
@Entity('management_review_outputs')
export class ManagementReviewOutput extends ActionRecord {
  @Pg.uuid()
  reviewId: string;

  @Pg.text()
  kind: OutputKind;

  @Pg.text()
  category: OutputCategory;

  @Pg.uuid({ nullable: true })
  ownerId: string | null;

  @Pg.date({ nullable: true })
  dueDate: string | null;

  @Pg.text()
  status: OutputStatus;
}
