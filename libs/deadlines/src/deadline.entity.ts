import { Column, Entity } from 'typeorm';
import { Pg, defineLifecycle, domainEvent, AgencyPart } from '@app/platform';

export const DEADLINE_KINDS = [
  'APPROVAL_STEP',
  'PERIODIC_REVIEW',
  'CORRECTIVE_ACTION',
  'ACKNOWLEDGEMENT',
  'AUDIT',
  'MANAGEMENT_REVIEW',
  'ANNUAL_REPORT',
  'LEGAL_CHANGE',
  'REDECLARATION',
  'INSPECTION_REPORT',
  /** End of a closed record file's retention: it may be proposed for disposal. */
  'RECORD_RETENTION',
  // libs/qms: a risk treatment action, a risk's yearly review, an objective's measurement, an answer to feedback
  'RISK_ACTION',
  'RISK_REVIEW',
  'OBJECTIVE_MEASUREMENT',
  'FEEDBACK_ANSWER',
  /** libs/qms: a training certificate's expiry (its holder renews it). */
  'TRAINING_EXPIRY',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const DEADLINE_STATUSES = ['OPEN', 'MET', 'CANCELLED'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** One dated obligation. Reminders and escalations are derived from it, never stored only in Redis. */
@Entity('deadlines')
export class Deadline extends AgencyPart {
  @Pg.text()
  kind: DeadlineKind;

  @Pg.text()
  subjectType: string;

  @Pg.uuid()
  subjectId: string;

  @Pg.text()
  title: string;

  @Pg.timestamptz()
  dueAt: Date;

  @Pg.uuid({ array: true, default: () => "'{}'" })
  responsibleUserIds: string[];

  /** When no one is named: whoever holds this role in the agency. */
  @Pg.text({ nullable: true })
  responsibleRole: string | null;

  /** `status` in the API like every other resource; the column keeps its first name. */
  @Column({ name: 'state', type: 'text', default: 'OPEN' })
  status: DeadlineStatus;

  @Pg.timestamptz({ nullable: true })
  closedAt: Date | null;

  /** The next reminder step and when it fires; null once the deadline is met or cancelled. */
  @Pg.timestamptz({ nullable: true })
  nextReminderAt: Date | null;

  @Pg.int({ nullable: true })
  nextReminderStep: number | null;

  /** Set on periodic obligations (`AUDIT:<qmsId>:2026`), so each is created once. */
  @Pg.text({ nullable: true, select: false })
  obligationKey: string | null;
}

/**
 * A deadline is open until its subject meets it or no longer owes it. Closing one is the
 * consequence of the subject's own change (recorded there), so it writes no audit entry.
 */
export const DEADLINE_LIFECYCLE = defineLifecycle<DeadlineStatus, Deadline>({
  subject: 'deadline',
  entity: () => Deadline,
  states: DEADLINE_STATUSES,
  initial: ['OPEN'],
  versioned: false,
  transitions: [
    {
      from: 'OPEN',
      to: 'MET',
      action: 'meet',
      history: false,
      emit: ({ subject }) =>
        domainEvent('deadline.met', {
          deadlineId: subject.id,
          agencyId: subject.agencyId,
          kind: subject.kind,
        }),
    },
    {
      from: 'OPEN',
      to: 'CANCELLED',
      action: 'cancel',
      history: false,
      emit: ({ subject }) =>
        domainEvent('deadline.cancelled', {
          deadlineId: subject.id,
          agencyId: subject.agencyId,
          kind: subject.kind,
        }),
    },
  ],
});
