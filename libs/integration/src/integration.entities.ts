import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Pg, defineHistory } from '@app/platform';

/*
 * The lib's tables (migration 1795003300000-IntegrationFeed). The services query them in SQL;
 * the classes declare the ownership and the columns.
 */

/** The integration feed: append-only, kept (the outbox is a relay queue, this is the record). */
@Entity('domain_events')
export class DomainEventRecord {
  /** bigserial, the cursor: becomes visible in increasing order (EventFeedAppender). */
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @Pg.uuid({ unique: true })
  outboxId: string;

  @Pg.text()
  type: string;

  @Pg.timestamptz()
  occurredAt: Date;

  @Pg.uuid({ array: true })
  agencyIds: string[];

  @Pg.text()
  subjectType: string;

  @Pg.uuid()
  subjectId: string;

  @Pg.jsonb()
  payload: Record<string, unknown>;

  @Pg.timestamptz()
  appendedAt: Date;
}

@Entity('webhooks')
export class Webhook {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Pg.uuid()
  agencyId: string;

  @Pg.text()
  url: string;

  @Pg.text({ array: true, nullable: true })
  eventTypes: string[] | null;

  /** The HMAC key; it has to be kept readable to sign, so it is never returned after creation. */
  @Pg.text({ select: false })
  secret: string;

  @Pg.boolean()
  active: boolean;

  @Pg.int()
  version: number;

  @Pg.uuid({ nullable: true })
  createdBy: string | null;

  @Pg.timestamptz()
  createdAt: Date;

  @Pg.timestamptz()
  updatedAt: Date;
}

/** A webhook's creation and edits (deactivation included) are written by the history engine. */
export const WEBHOOK_HISTORY = defineHistory<Webhook>({ subject: 'webhook', entity: () => Webhook });

@Entity('webhook_deliveries')
export class WebhookDeliveryRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Pg.uuid()
  webhookId: string;

  @Column({ name: 'event_id', type: 'bigint' })
  eventId: string;

  @Pg.text()
  status: 'PENDING' | 'DELIVERED' | 'FAILED';

  @Pg.int()
  attempts: number;

  @Pg.int({ nullable: true })
  lastStatusCode: number | null;

  @Pg.text({ nullable: true })
  lastError: string | null;

  @Pg.timestamptz({ nullable: true })
  lastAttemptAt: Date | null;

  @Pg.timestamptz({ nullable: true })
  deliveredAt: Date | null;

  @Pg.timestamptz()
  createdAt: Date;
}

export const INTEGRATION_ENTITIES = [DomainEventRecord, Webhook, WebhookDeliveryRecord];
