import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { EmailStatus } from '../reminders/reminder.entities';
import { IntField, OptionalFlag, OptionalVersion, PageQuery } from '@app/platform';

export class ListNotificationsQuery extends PageQuery {
  @OptionalFlag({ description: 'only notifications not yet read' })
  unread?: boolean;

  @ApiPropertyOptional({
    description: 'only notifications of this kind (APPROVAL_RETURNED, REMINDER_OVERDUE, …)',
  })
  @IsOptional()
  @Matches(/^[A-Z_]{1,60}$/)
  kind?: string;
}

/** The e-mail copy of a notification: where it stands. */
export interface NotificationEmailView {
  /** PENDING or SENDING: on its way; SENT; FAILED: gave up (an administrator may retry); SKIPPED: no mail server. */
  status: EmailStatus;
  attempts: number;
  sentAt: Date | null;
  lastError: string | null;
}

/** What a notification is about, for the link: a resource type (approvalRequest, nonconformity, …) and its id. */
export interface NotificationResourceView {
  type: string;
  id: string;
}

export interface NotificationView {
  id: string;
  userId: string;
  agencyId: string;
  deadlineId: string | null;
  reminderId: string | null;
  kind: string;
  title: string;
  body: string;
  resource: NotificationResourceView | null;
  readAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** null: no e-mail (no address, or its e-mail muted). */
  email: NotificationEmailView | null;
}

/**
 * A number of days of the policy: required, though documented as optional (each has a default
 * the policy starts with).
 */
const ReminderDays = (range: { min: number; max: number }, doc: { default: number; description: string }) =>
  IntField(range, { required: false, minimum: range.min, maximum: range.max, ...doc });

export class ReminderPolicyDto {
  @ReminderDays({ min: 0, max: 60 }, { default: 3, description: 'days before the due date (0: none)' })
  daysBefore: number;

  @ApiPropertyOptional({ default: true, description: 'remind on the due date itself' })
  @IsBoolean()
  remindOnDue: boolean;

  @ReminderDays({ min: 1, max: 30 }, { default: 2, description: 'days between reminders while overdue' })
  overdueEveryDays: number;

  @OptionalVersion({ min: 1 })
  version?: number;
}
