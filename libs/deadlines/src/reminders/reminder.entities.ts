import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '@app/platform';
import { EscalationLevel, ReminderKind } from './cadence';

/** An agency's reminder cadence; agencies without a row use DEFAULT_REMINDER_POLICY. */
@Entity('reminder_policies')
export class ReminderPolicy {
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'days_before', type: 'int' })
  daysBefore: number;

  @Column({ name: 'remind_on_due', type: 'boolean' })
  remindOnDue: boolean;

  @Column({ name: 'overdue_every_days', type: 'int' })
  overdueEveryDays: number;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** One reminder step that fired: the deadline's reminder history (unique per deadline, due date and step). */
@Entity('deadline_reminders')
export class DeadlineReminder extends BaseEntity {
  @Column({ name: 'deadline_id', type: 'uuid' })
  deadlineId: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'int' })
  step: number;

  @Column({ type: 'text' })
  kind: ReminderKind;

  @Column({ type: 'int' })
  level: EscalationLevel;

  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt: Date;

  @Column({ name: 'recipient_user_ids', type: 'uuid', array: true })
  recipientUserIds: string[];
}

/** An in-app notification; one per recipient and reminder step. */
@Entity('notifications')
export class Notification extends BaseEntity {
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'deadline_id', type: 'uuid', nullable: true })
  deadlineId: string | null;

  @Column({ name: 'reminder_id', type: 'uuid', nullable: true })
  reminderId: string | null;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}

export type EmailStatus = 'PENDING' | 'SENDING' | 'SENT' | 'FAILED' | 'SKIPPED';

/** The e-mail copy of a notification: claimed by one worker at a time, sent at most once when all goes well. */
@Entity('email_deliveries')
export class EmailDelivery extends BaseEntity {
  @Column({ name: 'notification_id', type: 'uuid' })
  notificationId: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'message_id', type: 'text' })
  messageId: string;

  @Column({ type: 'text' })
  status: EmailStatus;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
