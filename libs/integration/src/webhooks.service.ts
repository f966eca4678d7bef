import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, DomainError, RequestContext, UnitOfWork } from '@app/platform';
import { AgenciesService } from '@app/organization';
import { CreateWebhookDto, UpdateWebhookDto, WebhookDeliveriesQuery } from './dto/integration.dto';
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

/**
 * An agency's webhooks, kept by its AGENCY_ADMIN (or a system administrator). A webhook is never
 * deleted, only deactivated, so its delivery log stays. The secret is shown once, when created.
 * A webhook receives the feed events of its own agency (those naming it in `agencyIds`).
 */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly agencies: AgenciesService,
    private readonly config: AppConfig,
  ) {}

  async list(ctx: RequestContext, agencyId: string): Promise<WebhookView[]> {
    await this.assertManager(ctx, agencyId);
    const rows = await this.dataSource.query<WebhookRow[]>(
      `SELECT ${COLUMNS} FROM webhooks WHERE agency_id = $1 ORDER BY created_at, id`,
      [agencyId],
    );
    return rows.map(toView);
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
    expectedVersion: number | undefined,
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
          expectedVersion: expectedVersion ?? dto.version,
          action: deactivated ? 'deactivate' : 'update',
          set: { updatedAt: () => 'now()' },
        },
      );
      return this.row(tx.manager, id);
    });
  }

  /** The delivery log of one webhook, newest first. */
  async deliveries(ctx: RequestContext, agencyId: string, id: string, query: WebhookDeliveriesQuery) {
    await this.assertManager(ctx, agencyId);
    const [webhook] = await this.dataSource.query<{ id: string }[]>(
      'SELECT id FROM webhooks WHERE id = $1 AND agency_id = $2',
      [id, agencyId],
    );
    if (!webhook) throw DomainError.notFound('webhook');
    const rows = await this.dataSource.query<
      {
        id: string;
        event_id: string;
        type: string;
        status: string;
        attempts: number;
        last_status_code: number | null;
        last_error: string | null;
        last_attempt_at: Date | null;
        delivered_at: Date | null;
        created_at: Date;
      }[]
    >(
      `SELECT d.id, d.event_id::text AS event_id, e.type, d.status, d.attempts, d.last_status_code, d.last_error,
              d.last_attempt_at, d.delivered_at, d.created_at
         FROM webhook_deliveries d JOIN domain_events e ON e.id = d.event_id
        WHERE d.webhook_id = $1 AND ($2::text IS NULL OR d.status = $2)
        ORDER BY d.event_id DESC LIMIT $3`,
      [id, query.status ?? null, query.limit],
    );
    return rows.map((r) => ({
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
    }));
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
    if (problem) throw new DomainError('VALIDATION_FAILED', {}, [{ field: 'url', message: problem }]);
  }
}
