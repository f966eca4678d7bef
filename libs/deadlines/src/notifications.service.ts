import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, Page, RequestContext } from '@app/platform';
import { ListNotificationsQuery, NotificationView } from './dto/notification.dto';
import { EmailStatus } from './reminders/reminder.entities';

const COLUMNS = `n.id, n.user_id, n.agency_id, n.deadline_id, n.reminder_id, n.kind, n.title, n.body,
  n.resource_type, n.resource_id, n.read_at, n.created_at, n.updated_at,
  e.status AS email_status, e.attempts AS email_attempts, e.sent_at AS email_sent_at, e.last_error AS email_last_error`;

interface NotificationRow {
  id: string;
  user_id: string;
  agency_id: string;
  deadline_id: string | null;
  reminder_id: string | null;
  kind: string;
  title: string;
  body: string;
  resource_type: string | null;
  resource_id: string | null;
  read_at: Date | null;
  created_at: Date;
  updated_at: Date;
  email_status: EmailStatus | null;
  email_attempts: number | null;
  email_sent_at: Date | null;
  email_last_error: string | null;
}

function toView(r: NotificationRow): NotificationView {
  return {
    id: r.id,
    userId: r.user_id,
    agencyId: r.agency_id,
    deadlineId: r.deadline_id,
    reminderId: r.reminder_id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    // the link target: what the notification is about (a deadline's reminder: the deadline)
    resource: r.resource_type
      ? { type: r.resource_type, id: r.resource_id! }
      : r.deadline_id
        ? { type: 'deadline', id: r.deadline_id }
        : null,
    readAt: r.read_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    email: r.email_status
      ? {
          status: r.email_status,
          attempts: r.email_attempts ?? 0,
          sentAt: r.email_sent_at,
          lastError: r.email_last_error,
        }
      : null,
  };
}

/** A user's own in-app notifications: nobody reads or marks another user's. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(
    ctx: RequestContext,
    query: ListNotificationsQuery,
  ): Promise<Page<NotificationView> & { unread: number }> {
    const { column, direction } = query.orderBy({ createdAt: 'n.created_at' }, 'createdAt');
    const user = this.userOf(ctx);
    const where = `n.user_id = $1${query.unread ? ' AND n.read_at IS NULL' : ''}${query.kind ? ' AND n.kind = $2' : ''}`;
    const params: unknown[] = query.kind ? [user, query.kind] : [user];
    const [rows, [{ total }], [{ count }]] = await Promise.all([
      this.dataSource.query<NotificationRow[]>(
        `SELECT ${COLUMNS} FROM notifications n LEFT JOIN email_deliveries e ON e.notification_id = n.id
          WHERE ${where} ORDER BY ${column} ${query.sort ? direction : 'DESC'}, n.id
          LIMIT ${query.pageSize} OFFSET ${query.offset}`,
        params,
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM notifications n WHERE ${where}`,
        params,
      ),
      this.dataSource.query<{ count: number }[]>(
        'SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL',
        [user],
      ),
    ]);
    return { ...query.result(rows.map(toView), total), unread: count };
  }

  /** Marks one of the caller's notifications read (again: no change). */
  async markRead(ctx: RequestContext, id: string): Promise<NotificationView> {
    await this.dataSource.query(
      'UPDATE notifications SET read_at = now(), updated_at = now() WHERE id = $1 AND user_id = $2 AND read_at IS NULL',
      [id, this.userOf(ctx)],
    );
    const [row] = await this.dataSource.query<NotificationRow[]>(
      `SELECT ${COLUMNS} FROM notifications n LEFT JOIN email_deliveries e ON e.notification_id = n.id
        WHERE n.id = $1 AND n.user_id = $2`,
      [id, this.userOf(ctx)],
    );
    if (!row) throw DomainError.notFound('notification');
    return toView(row);
  }

  async markAllRead(ctx: RequestContext): Promise<{ updated: number }> {
    const [, updated] = await this.dataSource.query<[unknown, number]>(
      'UPDATE notifications SET read_at = now(), updated_at = now() WHERE user_id = $1 AND read_at IS NULL',
      [this.userOf(ctx)],
    );
    return { updated };
  }

  private userOf(ctx: RequestContext): string {
    if (!ctx.userId) throw DomainError.forbidden();
    return ctx.userId;
  }
}
