import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { userEmails } from '@app/identity';
import { AppConfig, Role } from '@app/platform';
import { MembershipsService } from '@app/organization';
import { NoticeKind } from './notice-kinds';

export interface WorkNotice {
  kind: NoticeKind;
  /** The agency it concerns (its administrators see its failed e-mails). */
  agencyId: string;
  /** People told by name… */
  userIds?: (string | null)[];
  /** …and the active holders of these roles in `agencyId`. */
  roles?: Role[];
  /** Never told (the person who did the thing). */
  exceptUserIds?: (string | null)[];
  title: string;
  body: string;
  /** The link target. */
  resourceType: string;
  resourceId: string;
}

/**
 * Writes the in-app notifications (and their e-mails) of one domain event: one per recipient
 * and event however often the event is relayed, none for a recipient who muted the kind, no
 * e-mail for one who muted its e-mail or has no address. E-mails wait as PENDING (SKIPPED
 * without an SMTP server) and go through the same delivery as reminders.
 */
@Injectable()
export class WorkNotifier {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly config: AppConfig,
  ) {}

  /** Returns the ids of the e-mails to send now. */
  async notify(manager: EntityManager, eventId: string, notice: WorkNotice): Promise<string[]> {
    const byRole =
      notice.roles && notice.roles.length > 0
        ? await this.memberships.activeUserIdsWithRoles([notice.agencyId], notice.roles, manager)
        : [];
    const except = new Set(notice.exceptUserIds ?? []);
    const recipients = [
      ...new Set([...(notice.userIds ?? []), ...byRole].filter((u): u is string => !!u && !except.has(u))),
    ];
    if (recipients.length === 0) return [];
    const notified = await manager.query<{ id: string; user_id: string }[]>(
      `INSERT INTO notifications (user_id, agency_id, kind, title, body, resource_type, resource_id, event_id)
       SELECT u, $2, $3, $4, $5, $6, $7, $8 FROM unnest($1::uuid[]) AS u
        WHERE NOT EXISTS (SELECT 1 FROM notification_preferences p WHERE p.user_id = u AND $3 = ANY (p.muted_kinds))
       ON CONFLICT (event_id, user_id) WHERE event_id IS NOT NULL DO NOTHING
       RETURNING id, user_id`,
      [
        recipients,
        notice.agencyId,
        notice.kind,
        notice.title,
        notice.body,
        notice.resourceType,
        notice.resourceId,
        eventId,
      ],
    );
    if (notified.length === 0) return [];
    const emailMuted = new Set(
      (
        await manager.query<{ user_id: string }[]>(
          'SELECT user_id FROM notification_preferences WHERE user_id = ANY ($1::uuid[]) AND $2 = ANY (email_muted_kinds)',
          [notified.map((n) => n.user_id), notice.kind],
        )
      ).map((r) => r.user_id),
    );
    const addresses = await userEmails(
      manager,
      notified.map((n) => n.user_id).filter((u) => !emailMuted.has(u)),
    );
    const mailed = notified.filter((n) => addresses.has(n.user_id));
    if (mailed.length === 0) return [];
    const status = this.config.SMTP_URL ? 'PENDING' : 'SKIPPED';
    const deliveries = await manager.query<{ id: string }[]>(
      `INSERT INTO email_deliveries (notification_id, to_address, subject, body, message_id, status)
       SELECT n, a, $3, $4, '<' || n || '@iso-dien-tu>', $5 FROM unnest($1::uuid[], $2::text[]) AS m(n, a)
       RETURNING id`,
      [
        mailed.map((n) => n.id),
        mailed.map((n) => addresses.get(n.user_id)!),
        notice.title,
        `${notice.body}\n\nXem trong ISO điện tử: ${notice.resourceType}/${notice.resourceId}`,
        status,
      ],
    );
    return status === 'PENDING' ? deliveries.map((d) => d.id) : [];
  }
}
