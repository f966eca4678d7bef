import {
  eachIn,
  ListField,
  OptionalEnum,
  OptionalList,
  OptionalUuid,
  OptionalVersion,
  PageQuery,
} from '@app/platform';
import { NOTICE_KIND_NAMES, NoticeKind } from './notice-kinds';
import { EmailStatus } from '../reminders/reminder.entities';

/** Distinct notice kinds. */
const KINDS = { max: NOTICE_KIND_NAMES.length, unique: true };
const kindsDoc = (description: string) => ({
  enum: NOTICE_KIND_NAMES,
  enumName: 'NoticeKind',
  isArray: true,
  description,
});

export class NotificationPreferencesDto {
  @ListField(
    KINDS,
    eachIn(NOTICE_KIND_NAMES),
    kindsDoc('kinds the user receives no notification of at all (in the app or by e-mail)'),
  )
  mutedKinds: NoticeKind[];

  @OptionalList(KINDS, eachIn(NOTICE_KIND_NAMES), kindsDoc('kinds shown in the app but not sent by e-mail'))
  emailMutedKinds?: NoticeKind[];

  @OptionalVersion({ min: 1 })
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
  @OptionalEnum(EMAIL_STATUSES, { default: 'FAILED' })
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
