import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { EmailStatus } from '../reminders/reminder.entities';
import { PageQuery, OptionalFlag } from '@app/platform';

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

export class ReminderPolicyDto {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 60,
    default: 3,
    description: 'days before the due date (0: none)',
  })
  @IsInt()
  @Min(0)
  @Max(60)
  daysBefore: number;

  @ApiPropertyOptional({ default: true, description: 'remind on the due date itself' })
  @IsBoolean()
  remindOnDue: boolean;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 30,
    default: 2,
    description: 'days between reminders while overdue',
  })
  @IsInt()
  @Min(1)
  @Max(30)
  overdueEveryDays: number;

  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
