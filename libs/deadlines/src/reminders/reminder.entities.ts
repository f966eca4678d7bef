import { Entity, PrimaryColumn } from 'typeorm';
import { Pg, BaseEntity, AgencyPart } from '@app/platform';
import { EscalationLevel, ReminderKind } from './cadence';

/** An agency's reminder cadence; agencies without a row use DEFAULT_REMINDER_POLICY. */
@Entity('reminder_policies')
export class ReminderPolicy {
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Pg.int()
  daysBefore: number;

  @Pg.boolean()
  remindOnDue: boolean;

  @Pg.int()
  overdueEveryDays: number;

  @Pg.int({ default: 1 })
  version: number;

  @Pg.timestamptz({ default: () => 'now()' })
  updatedAt: Date;
}

/** One reminder step that fired: the deadline's reminder history (unique per deadline, due date and step). */
@Entity('deadline_reminders')
export class DeadlineReminder extends BaseEntity {
  @Pg.uuid()
  deadlineId: string;

  @Pg.timestamptz()
  dueAt: Date;

  @Pg.int()
  step: number;

  @Pg.text()
  kind: ReminderKind;

  @Pg.int()
  level: EscalationLevel;

  @Pg.timestamptz()
  scheduledAt: Date;

  @Pg.uuid({ array: true })
  recipientUserIds: string[];
}

/** An in-app notification; one per recipient and reminder step. */
@Entity('notifications')
export class Notification extends AgencyPart {
  @Pg.uuid()
  userId: string;

  @Pg.uuid({ nullable: true })
  deadlineId: string | null;

  @Pg.uuid({ nullable: true })
  reminderId: string | null;

  @Pg.text()
  kind: string;

  @Pg.text()
  title: string;

  @Pg.text()
  body: string;

  /** What it is about, for the link: a resource type (approvalRequest, nonconformity, …) and its id. */
  @Pg.text({ nullable: true })
  resourceType: string | null;

  @Pg.uuid({ nullable: true })
  resourceId: string | null;

  /** The domain event that raised it (unique per recipient), for notifications that follow the work. */
  @Pg.uuid({ nullable: true })
  eventId: string | null;

  @Pg.timestamptz({ nullable: true })
  readAt: Date | null;
}

/** A user's muted notification kinds: none in the app (and no e-mail), or no e-mail only. */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Pg.text({ array: true, default: () => "'{}'" })
  mutedKinds: string[];

  @Pg.text({ array: true, default: () => "'{}'" })
  emailMutedKinds: string[];

  @Pg.int({ default: 1 })
  version: number;

  @Pg.timestamptz({ default: () => 'now()' })
  updatedAt: Date;
}

export type EmailStatus = 'PENDING' | 'SENDING' | 'SENT' | 'FAILED' | 'SKIPPED';

/** The e-mail copy of a notification: claimed by one worker at a time, sent at most once when all goes well. */
@Entity('email_deliveries')
export class EmailDelivery extends BaseEntity {
  @Pg.uuid()
  notificationId: string;

  @Pg.text()
  toAddress: string;

  @Pg.text()
  subject: string;

  @Pg.text()
  body: string;

  @Pg.text()
  messageId: string;

  @Pg.text()
  status: EmailStatus;

  @Pg.int()
  attempts: number;

  @Pg.timestamptz({ nullable: true })
  claimedAt: Date | null;

  @Pg.timestamptz({ nullable: true })
  sentAt: Date | null;

  @Pg.text({ nullable: true })
  lastError: string | null;
}
