import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, Page, pickFields, RequestContext } from '@app/platform';
import { ListNotificationsQuery, NotificationView } from './dto/notification.dto';
import { EmailStatus } from './reminders/reminder.entities';

/** Named as the view names them, so a row's own fields pass through as they are. */
const COLUMNS = `n.id, n.user_id AS "userId", n.agency_id AS "agencyId", n.deadline_id AS "deadlineId",
  n.reminder_id AS "reminderId", n.kind, n.title, n.body, n.resource_type, n.resource_id,
  n.read_at AS "readAt", n.created_at AS "createdAt", n.updated_at AS "updatedAt",
  e.status AS email_status, e.attempts AS email_attempts, e.sent_at AS email_sent_at, e.last_error AS email_last_error`;

/** The view's own fields as selected, with the link and the e-mail still in columns. */
type NotificationRow = Omit<NotificationView, 'resource' | 'email'> & {
  resource_type: string | null;
  resource_id: string | null;
  email_status: EmailStatus | null;
  email_attempts: number | null;
  email_sent_at: Date | null;
  email_last_error: string | null;
};

function toView(r: NotificationRow): NotificationView {
  return {
    ...pickFields(r, ['id', 'userId', 'agencyId', 'deadlineId', 'reminderId', 'kind', 'title', 'body']),
    // the link target: what the notification is about (a deadline's reminder: the deadline)
    resource: r.resource_type
      ? { type: r.resource_type, id: r.resource_id! }
      : r.deadlineId
        ? { type: 'deadline', id: r.deadlineId }
        : null,
    ...pickFields(r, ['readAt', 'createdAt', 'updatedAt']),
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
