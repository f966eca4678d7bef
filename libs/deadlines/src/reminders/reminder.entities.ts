import { Entity, PrimaryColumn } from 'typeorm';
import {
  BaseEntity,
  UuidColumn,
  TextColumn,
  IntColumn,
  BoolColumn,
  TimestampColumn,
  AgencyPart,
} from '@app/platform';
import { EscalationLevel, ReminderKind } from './cadence';

/** An agency's reminder cadence; agencies without a row use DEFAULT_REMINDER_POLICY. */
@Entity('reminder_policies')
export class ReminderPolicy {
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @IntColumn()
  daysBefore: number;

  @BoolColumn()
  remindOnDue: boolean;

  @IntColumn()
  overdueEveryDays: number;

  @IntColumn({ default: 1 })
  version: number;

  @TimestampColumn({ default: () => 'now()' })
  updatedAt: Date;
}

/** One reminder step that fired: the deadline's reminder history (unique per deadline, due date and step). */
@Entity('deadline_reminders')
export class DeadlineReminder extends BaseEntity {
  @UuidColumn()
  deadlineId: string;

  @TimestampColumn()
  dueAt: Date;

  @IntColumn()
  step: number;

  @TextColumn()
  kind: ReminderKind;

  @IntColumn()
  level: EscalationLevel;

  @TimestampColumn()
  scheduledAt: Date;

  @UuidColumn({ array: true })
  recipientUserIds: string[];
}

/** An in-app notification; one per recipient and reminder step. */
@Entity('notifications')
export class Notification extends AgencyPart {
  @UuidColumn()
  userId: string;

  @UuidColumn({ nullable: true })
  deadlineId: string | null;

  @UuidColumn({ nullable: true })
  reminderId: string | null;

  @TextColumn()
  kind: string;

  @TextColumn()
  title: string;

  @TextColumn()
  body: string;

  /** What it is about, for the link: a resource type (approvalRequest, nonconformity, …) and its id. */
  @TextColumn({ nullable: true })
  resourceType: string | null;

  @UuidColumn({ nullable: true })
  resourceId: string | null;

  /** The domain event that raised it (unique per recipient), for notifications that follow the work. */
  @UuidColumn({ nullable: true })
  eventId: string | null;

  @TimestampColumn({ nullable: true })
  readAt: Date | null;
}

/** A user's muted notification kinds: none in the app (and no e-mail), or no e-mail only. */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @TextColumn({ array: true, default: () => "'{}'" })
  mutedKinds: string[];

  @TextColumn({ array: true, default: () => "'{}'" })
  emailMutedKinds: string[];

  @IntColumn({ default: 1 })
  version: number;

  @TimestampColumn({ default: () => 'now()' })
  updatedAt: Date;
}

export type EmailStatus = 'PENDING' | 'SENDING' | 'SENT' | 'FAILED' | 'SKIPPED';

/** The e-mail copy of a notification: claimed by one worker at a time, sent at most once when all goes well. */
@Entity('email_deliveries')
export class EmailDelivery extends BaseEntity {
  @UuidColumn()
  notificationId: string;

  @TextColumn()
  toAddress: string;

  @TextColumn()
  subject: string;

  @TextColumn()
  body: string;

  @TextColumn()
  messageId: string;

  @TextColumn()
  status: EmailStatus;

  @IntColumn()
  attempts: number;

  @TimestampColumn({ nullable: true })
  claimedAt: Date | null;

  @TimestampColumn({ nullable: true })
  sentAt: Date | null;

  @TextColumn({ nullable: true })
  lastError: string | null;
}
