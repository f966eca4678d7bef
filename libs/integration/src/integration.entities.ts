import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

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

  @Column({ name: 'outbox_id', type: 'uuid', unique: true })
  outboxId: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'agency_ids', type: 'uuid', array: true })
  agencyIds: string[];

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'appended_at', type: 'timestamptz' })
  appendedAt: Date;
}

@Entity('webhooks')
export class Webhook {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ name: 'event_types', type: 'text', array: true, nullable: true })
  eventTypes: string[] | null;

  /** The HMAC key; it has to be kept readable to sign, so it is never returned after creation. */
  @Column({ type: 'text', select: false })
  secret: string;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('webhook_deliveries')
export class WebhookDeliveryRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'webhook_id', type: 'uuid' })
  webhookId: string;

  @Column({ name: 'event_id', type: 'bigint' })
  eventId: string;

  @Column({ type: 'text' })
  status: 'PENDING' | 'DELIVERED' | 'FAILED';

  @Column({ type: 'int' })
  attempts: number;

  @Column({ name: 'last_status_code', type: 'int', nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const INTEGRATION_ENTITIES = [DomainEventRecord, Webhook, WebhookDeliveryRecord];
