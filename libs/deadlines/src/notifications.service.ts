import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, Page, RequestContext } from '@app/platform';
import { ListNotificationsQuery } from './dto/notification.dto';
import { Notification } from './reminders/reminder.entities';

/** A user's own in-app notifications: nobody reads or marks another user's. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(
    ctx: RequestContext,
    query: ListNotificationsQuery,
  ): Promise<Page<Notification> & { unread: number }> {
    const { column, direction } = query.orderBy({ createdAt: 'n.created_at' }, 'createdAt');
    const qb = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :user', { user: this.userOf(ctx) });
    if (query.unread) qb.andWhere('n.read_at IS NULL');
    qb.orderBy(column, query.sort ? direction : 'DESC')
      .addOrderBy('n.id')
      .skip(query.offset)
      .take(query.pageSize);
    const [items, total] = await qb.getManyAndCount();
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL',
      [this.userOf(ctx)],
    );
    return { ...query.result(items, total), unread: count };
  }

  /** Marks one of the caller's notifications read (again: no change). */
  async markRead(ctx: RequestContext, id: string): Promise<Notification> {
    await this.dataSource.query(
      'UPDATE notifications SET read_at = now(), updated_at = now() WHERE id = $1 AND user_id = $2 AND read_at IS NULL',
      [id, this.userOf(ctx)],
    );
    const notification = await this.dataSource
      .getRepository(Notification)
      .findOneBy({ id, userId: this.userOf(ctx) });
    if (!notification) throw DomainError.notFound('notification');
    return notification;
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
