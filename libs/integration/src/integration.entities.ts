import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import {
  UuidColumn,
  TextColumn,
  IntColumn,
  BoolColumn,
  JsonColumn,
  TimestampColumn,
  defineHistory,
} from '@app/platform';

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

  @UuidColumn({ unique: true })
  outboxId: string;

  @TextColumn()
  type: string;

  @TimestampColumn()
  occurredAt: Date;

  @UuidColumn({ array: true })
  agencyIds: string[];

  @TextColumn()
  subjectType: string;

  @UuidColumn()
  subjectId: string;

  @JsonColumn()
  payload: Record<string, unknown>;

  @TimestampColumn()
  appendedAt: Date;
}

@Entity('webhooks')
export class Webhook {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @UuidColumn()
  agencyId: string;

  @TextColumn()
  url: string;

  @TextColumn({ array: true, nullable: true })
  eventTypes: string[] | null;

  /** The HMAC key; it has to be kept readable to sign, so it is never returned after creation. */
  @TextColumn({ select: false })
  secret: string;

  @BoolColumn()
  active: boolean;

  @IntColumn()
  version: number;

  @UuidColumn({ nullable: true })
  createdBy: string | null;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}

/** A webhook's creation and edits (deactivation included) are written by the history engine. */
export const WEBHOOK_HISTORY = defineHistory<Webhook>({ subject: 'webhook', entity: () => Webhook });

@Entity('webhook_deliveries')
export class WebhookDeliveryRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @UuidColumn()
  webhookId: string;

  @Column({ name: 'event_id', type: 'bigint' })
  eventId: string;

  @TextColumn()
  status: 'PENDING' | 'DELIVERED' | 'FAILED';

  @IntColumn()
  attempts: number;

  @IntColumn({ nullable: true })
  lastStatusCode: number | null;

  @TextColumn({ nullable: true })
  lastError: string | null;

  @TimestampColumn({ nullable: true })
  lastAttemptAt: Date | null;

  @TimestampColumn({ nullable: true })
  deliveredAt: Date | null;

  @TimestampColumn()
  createdAt: Date;
}

export const INTEGRATION_ENTITIES = [DomainEventRecord, Webhook, WebhookDeliveryRecord];
