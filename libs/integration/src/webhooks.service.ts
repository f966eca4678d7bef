import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig, DomainError, Page, RequestContext, UnitOfWork, invalidField } from '@app/platform';
import { AgenciesService } from '@app/organization';
import {
  CreateWebhookDto,
  UpdateWebhookDto,
  WebhookDeliveriesQuery,
  WebhooksQuery,
} from './dto/integration.dto';
import { encodeCursor } from './feed-cursor';
import { Webhook, WEBHOOK_HISTORY } from './integration.entities';
import { webhookUrlProblem } from './webhook-address';
import { webhookPrivateAddressesAllowed } from './webhook-policy';
import { newWebhookSecret } from './webhook-signature';

export interface WebhookView {
  id: string;
  agencyId: string;
  url: string;
  /** null: every event of the feed */
  eventTypes: string[] | null;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

interface WebhookRow {
  id: string;
  agency_id: string;
  url: string;
  event_types: string[] | null;
  active: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface WebhookDeliveryView {
  id: string;
  /** The delivered event's position in the feed (its `cursor`). */
  eventCursor: string;
  eventType: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

interface DeliveryRow {
  id: string;
  event_id: string;
  type: string;
  status: WebhookDeliveryView['status'];
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  last_attempt_at: Date | null;
  delivered_at: Date | null;
  created_at: Date;
}

const toDeliveryView = (r: DeliveryRow): WebhookDeliveryView => ({
  id: r.id,
  eventCursor: encodeCursor(r.event_id),
  eventType: r.type,
  status: r.status,
  attempts: r.attempts,
  lastStatusCode: r.last_status_code,
  lastError: r.last_error,
  lastAttemptAt: r.last_attempt_at,
  deliveredAt: r.delivered_at,
  createdAt: r.created_at,
});

const COLUMNS = 'id, agency_id, url, event_types, active, version, created_at, updated_at';

const toView = (row: WebhookRow): WebhookView => ({
  id: row.id,
  agencyId: row.agency_id,
  url: row.url,
  eventTypes: row.event_types,
  active: row.active,
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The reasons webhookUrlProblem gives, in Vietnamese. */
const URL_PROBLEMS_VI: Record<string, string> = {
  'url must be an absolute URL': 'Địa chỉ (url) phải là một URL đầy đủ',
  'url must use http or https': 'Địa chỉ (url) phải dùng http hoặc https',
  'url must not carry a user name or password': 'Địa chỉ (url) không được chứa tên đăng nhập hay mật khẩu',
  'url must not point to a loopback, private or link-local address':
    'Địa chỉ (url) không được trỏ tới địa chỉ nội bộ (loopback, mạng riêng hoặc link-local)',
};

/**
 * An agency's webhooks, kept by its AGENCY_ADMIN (or a system administrator). A webhook is never
 * deleted, only deactivated, so its delivery log stays. The secret is shown once, when created.
 * A webhook receives the feed events of its own agency (those naming it in `agencyIds`).
 */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly agencies: AgenciesService,
    private readonly config: AppConfig,
  ) {}

  async list(ctx: RequestContext, agencyId: string, query: WebhooksQuery): Promise<Page<WebhookView>> {
    await this.assertManager(ctx, agencyId);
    const { column, direction } = query.orderBy({ createdAt: 'created_at', url: 'url' }, 'createdAt');
    const rows = await this.uow.dataSource.query<(WebhookRow & { total: number })[]>(
      `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM webhooks WHERE agency_id = $1
        ORDER BY ${column} ${direction}, id LIMIT $2 OFFSET $3`,
      [agencyId, query.pageSize, query.offset],
    );
    return query.result(rows.map(toView), rows[0]?.total ?? (await this.countWebhooks(agencyId)));
  }

  /** The total when the page asked for lies past the end (no row carries it). */
  private async countWebhooks(agencyId: string): Promise<number> {
    const [{ n }] = await this.uow.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM webhooks WHERE agency_id = $1',
      [agencyId],
    );
    return n;
  }

  async create(
    ctx: RequestContext,
    agencyId: string,
    dto: CreateWebhookDto,
  ): Promise<WebhookView & { secret: string }> {
    await this.assertManager(ctx, agencyId);
    this.assertUrl(dto.url);
    const secret = newWebhookSecret();
    return this.uow.run(ctx, async (tx) => {
      const webhook = tx.manager.create(Webhook, {
        agencyId,
        url: dto.url,
        eventTypes: dto.eventTypes ?? null,
        secret,
        active: dto.active ?? true,
        createdBy: ctx.userId,
      });
      await WEBHOOK_HISTORY.create(tx, webhook, {
        data: { url: webhook.url, eventTypes: webhook.eventTypes, active: webhook.active },
      });
      return { ...(await this.row(tx.manager, webhook.id)), secret };
    });
  }

  async update(
    ctx: RequestContext,
    agencyId: string,
    id: string,
    dto: UpdateWebhookDto,
  ): Promise<WebhookView> {
    await this.assertManager(ctx, agencyId);
    if (dto.url !== undefined) this.assertUrl(dto.url);
    return this.uow.run(ctx, async (tx) => {
      const current = await tx.manager.findOne(Webhook, {
        where: { id, agencyId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw DomainError.notFound('webhook');
      const deactivated = current.active && dto.active === false;
      await WEBHOOK_HISTORY.update(
        tx,
        current,
        { url: dto.url, eventTypes: dto.eventTypes, active: dto.active },
        {
          expectedVersion: dto.version,
          action: deactivated ? 'deactivate' : 'update',
          set: { updatedAt: () => 'now()' },
        },
      );
      return this.row(tx.manager, id);
    });
  }

  /** The delivery log of one webhook, page by page, newest event first unless `sort=createdAt`. */
  async deliveries(
    ctx: RequestContext,
    agencyId: string,
    id: string,
    query: WebhookDeliveriesQuery,
  ): Promise<Page<WebhookDeliveryView>> {
    await this.assertManager(ctx, agencyId);
    const [webhook] = await this.uow.dataSource.query<{ id: string }[]>(
      'SELECT id FROM webhooks WHERE id = $1 AND agency_id = $2',
      [id, agencyId],
    );
    if (!webhook) throw DomainError.notFound('webhook');
    // events are numbered in order, so the event id orders deliveries by time
    const { column } = query.orderBy({ createdAt: 'd.event_id' }, 'createdAt');
    const direction = query.sortDirection('DESC');
    const where = 'd.webhook_id = $1 AND ($2::text IS NULL OR d.status = $2)';
    const rows = await this.uow.dataSource.query<DeliveryRow[]>(
      `SELECT d.id, d.event_id::text AS event_id, e.type, d.status, d.attempts, d.last_status_code, d.last_error,
              d.last_attempt_at, d.delivered_at, d.created_at
         FROM webhook_deliveries d JOIN domain_events e ON e.id = d.event_id
        WHERE ${where}
        ORDER BY ${column} ${direction}, d.id LIMIT $3 OFFSET $4`,
      [id, query.status ?? null, query.pageSize, query.offset],
    );
    const [{ n: total }] = await this.uow.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM webhook_deliveries d WHERE ${where}`,
      [id, query.status ?? null],
    );
    return query.result(rows.map(toDeliveryView), total);
  }

  /** 404 when the caller cannot read the agency (or it does not exist), 403 without AGENCY_ADMIN. */
  private async assertManager(ctx: RequestContext, agencyId: string): Promise<void> {
    if (!ctx.canRead(agencyId)) throw DomainError.notFound('agency');
    if (!ctx.isSystemAdmin && !ctx.hasRole(agencyId, 'AGENCY_ADMIN')) throw DomainError.forbidden();
    await this.agencies.get(ctx, agencyId);
  }

  private async row(manager: EntityManager, id: string): Promise<WebhookView> {
    const [row] = await manager.query<WebhookRow[]>(`SELECT ${COLUMNS} FROM webhooks WHERE id = $1`, [id]);
    return toView(row);
  }

  private assertUrl(url: string): void {
    const problem = webhookUrlProblem(url, webhookPrivateAddressesAllowed(this.config));
    if (problem) throw invalidField('url', URL_PROBLEMS_VI[problem] ?? 'Địa chỉ (url) không hợp lệ', problem);
  }
}
