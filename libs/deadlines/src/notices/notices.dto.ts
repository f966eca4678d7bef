import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { OptionalUuid, PageQuery } from '@app/platform';
import { NOTICE_KIND_NAMES, NoticeKind } from './notice-kinds';
import { EmailStatus } from '../reminders/reminder.entities';

export class NotificationPreferencesDto {
  @ApiProperty({
    enum: NOTICE_KIND_NAMES,
    enumName: 'NoticeKind',
    isArray: true,
    description: 'kinds the user receives no notification of at all (in the app or by e-mail)',
  })
  @IsArray()
  @ArrayMaxSize(NOTICE_KIND_NAMES.length)
  @ArrayUnique()
  @IsIn(NOTICE_KIND_NAMES, { each: true })
  mutedKinds: NoticeKind[];

  @ApiPropertyOptional({
    enum: NOTICE_KIND_NAMES,
    enumName: 'NoticeKind',
    isArray: true,
    description: 'kinds shown in the app but not sent by e-mail',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NOTICE_KIND_NAMES.length)
  @ArrayUnique()
  @IsIn(NOTICE_KIND_NAMES, { each: true })
  emailMutedKinds?: NoticeKind[];

  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export interface NoticeKindView {
  kind: NoticeKind;
  description: string;
}

export interface NotificationPreferencesView {
  mutedKinds: NoticeKind[];
  emailMutedKinds: NoticeKind[];
  version: number;
  /** Every kind that can be muted, with what it means. */
  kinds: NoticeKindView[];
}

export const EMAIL_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED'] as const;

export class ListEmailDeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: EMAIL_STATUSES, default: 'FAILED' })
  @IsOptional()
  @IsIn(EMAIL_STATUSES)
  status?: EmailStatus;

  @OptionalUuid({ description: 'only e-mails of notifications about this agency' })
  agencyId?: string;
}

export interface EmailDeliveryView {
  id: string;
  notificationId: string;
  agencyId: string;
  kind: string;
  toAddress: string;
  subject: string;
  status: EmailStatus;
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
