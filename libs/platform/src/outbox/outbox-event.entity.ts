import { CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Pg } from '../database/columns';

/**
 * A domain event written in the transaction of the change that caused it; the worker relays
 * unpublished events to BullMQ (job id = event id, so a relay retried after a crash collapses).
 */
@Entity('outbox_events')
@Index('outbox_unpublished', ['createdAt'], { where: 'published_at IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Pg.text()
  type: string;

  @Pg.jsonb()
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Pg.timestamptz({ nullable: true })
  publishedAt: Date | null;
}
