import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, Page, RequestContext } from '@app/platform';
import { ReminderScheduler } from '../reminders/reminder-scheduler';
import { EmailDeliveryView, ListEmailDeliveriesQuery } from './notices.dto';

const COLUMNS = `d.id, d.notification_id AS "notificationId", n.agency_id AS "agencyId", n.kind,
  d.to_address AS "toAddress", d.subject, d.status, d.attempts, d.last_error AS "lastError",
  d.sent_at AS "sentAt", d.created_at AS "createdAt", d.updated_at AS "updatedAt"`;

/**
 * The e-mails of notifications, for administrators: a system administrator sees every agency's,
 * an AGENCY_ADMIN those of notifications about their agencies (another agency's e-mail is a 404).
 * A failed e-mail is retried by putting it back in the queue with its attempts reset.
 */
@Injectable()
export class EmailDeliveriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: ReminderScheduler,
  ) {}

  async list(ctx: RequestContext, query: ListEmailDeliveriesQuery): Promise<Page<EmailDeliveryView>> {
    const scope = this.scope(ctx, query.agencyId);
    const status = query.status ?? 'FAILED';
    // the only sort field: updatedAt (newest first by default); another one is a 400
    const { direction } = query.orderBy({ updatedAt: 'd.updated_at' }, 'updatedAt');
    const where = `d.status = $1 AND ($2::uuid[] IS NULL OR n.agency_id = ANY ($2::uuid[]))`;
    const params = [status, scope];
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query<EmailDeliveryView[]>(
        `SELECT ${COLUMNS} FROM email_deliveries d JOIN notifications n ON n.id = d.notification_id
          WHERE ${where} ORDER BY d.updated_at ${query.sort ? direction : 'DESC'}, d.id LIMIT $3 OFFSET $4`,
        [...params, query.pageSize, query.offset],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM email_deliveries d JOIN notifications n ON n.id = d.notification_id
          WHERE ${where}`,
        params,
      ),
    ]);
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  /** Sends a FAILED e-mail again (another state: 409; another agency's: 404; not an administrator: 403). */
  async retry(ctx: RequestContext, id: string): Promise<EmailDeliveryView> {
    const [found] = await this.dataSource.query<{ status: string; agency_id: string }[]>(
      `SELECT d.status, n.agency_id FROM email_deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE d.id = $1`,
      [id],
    );
    // another agency's e-mail is not the caller's to know of; their own agency's, without the role: 403
    if (!found || !ctx.canRead(found.agency_id)) throw DomainError.notFound('emailDelivery');
    if (!ctx.isSystemAdmin && !ctx.hasRole(found.agency_id, 'AGENCY_ADMIN')) throw DomainError.forbidden();
    const [, updated] = await this.dataSource.query<[unknown, number]>(
      `UPDATE email_deliveries SET status = 'PENDING', attempts = 0, claimed_at = NULL, updated_at = now()
        WHERE id = $1 AND status = 'FAILED'`,
      [id],
    );
    if (updated === 0) throw new DomainError('EMAIL_NOT_FAILED', { status: found.status });
    await this.scheduler.enqueueEmails([id]);
    const [view] = await this.dataSource.query<EmailDeliveryView[]>(
      `SELECT ${COLUMNS} FROM email_deliveries d JOIN notifications n ON n.id = d.notification_id WHERE d.id = $1`,
      [id],
    );
    return view;
  }

  /** null: every agency (system administrator); else the agencies the caller administers. */
  private scope(ctx: RequestContext, agencyId?: string): string[] | null {
    if (ctx.isSystemAdmin) return agencyId ? [agencyId] : null;
    const administered = ctx.agenciesWithRole('AGENCY_ADMIN');
    if (administered.length === 0) throw DomainError.forbidden();
    if (agencyId) {
      if (administered.includes(agencyId)) return [agencyId];
      if (!ctx.canRead(agencyId)) throw DomainError.notFound('agency');
      throw DomainError.forbidden();
    }
    return administered;
  }
}
