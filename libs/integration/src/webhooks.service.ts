import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AppConfig,
  assertVersion,
  DomainError,
  RequestContext,
  UnitOfWork,
  updateReturning,
} from '@app/platform';
import { AgenciesService } from '@app/organization';
import { CreateWebhookDto, UpdateWebhookDto, WebhookDeliveriesQuery } from './dto/integration.dto';
import { encodeCursor } from './feed-cursor';
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
      const [row] = await tx.manager.query<WebhookRow[]>(
        `INSERT INTO webhooks (agency_id, url, event_types, secret, active, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
        [agencyId, dto.url, dto.eventTypes ?? null, secret, dto.active ?? true, ctx.userId],
      );
      tx.audit({
        subjectType: 'webhook',
        subjectId: row.id,
        agencyId,
        action: 'create',
        data: { url: row.url, eventTypes: row.event_types, active: row.active },
      });
      return { ...toView(row), secret };
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
      const [current] = await tx.manager.query<WebhookRow[]>(
        `SELECT ${COLUMNS} FROM webhooks WHERE id = $1 AND agency_id = $2 FOR UPDATE`,
        [id, agencyId],
      );
      if (!current) throw DomainError.notFound('webhook');
      assertVersion(expectedVersion ?? dto.version, current.version);
      const next = {
        url: dto.url ?? current.url,
        eventTypes: dto.eventTypes === undefined ? current.event_types : dto.eventTypes,
        active: dto.active ?? current.active,
      };
      const [row] = await updateReturning<WebhookRow>(
        tx.manager,
        `UPDATE webhooks SET url = $2, event_types = $3, active = $4, version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, next.url, next.eventTypes, next.active],
      );
      tx.audit({
        subjectType: 'webhook',
        subjectId: id,
        agencyId,
        action: current.active && !next.active ? 'deactivate' : 'update',
        data: {
          before: { url: current.url, eventTypes: current.event_types, active: current.active },
          after: next,
        },
      });
      return toView(row);
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

  private assertUrl(url: string): void {
    const problem = webhookUrlProblem(url, webhookPrivateAddressesAllowed(this.config));
    if (problem) throw new DomainError('VALIDATION_FAILED', {}, [{ field: 'url', message: problem }]);
  }
}
