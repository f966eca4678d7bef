import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventSubscribers } from './event-subscribers';

const BATCH = 200;

/**
 * Moves committed domain events to their subscribers. Rows are claimed with SKIP LOCKED, so
 * several workers relay in parallel without taking the same event; an event is marked
 * published in the same transaction that dispatched it, and is dispatched again if that
 * transaction fails (subscribers are idempotent).
 */
@Injectable()
export class OutboxRelay {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subscribers: EventSubscribers,
  ) {}

  /** Relays one batch; returns how many events it published. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const events = await manager.query<{ id: string; type: string; payload: unknown; created_at: Date }[]>(
        `SELECT id, type, payload, created_at FROM outbox_events
          WHERE published_at IS NULL ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      await this.subscribers.dispatch(
        events.map((event) => ({
          id: event.id,
          type: event.type,
          payload: event.payload,
          createdAt: event.created_at,
        })),
      );
      if (events.length > 0) {
        await manager.query('UPDATE outbox_events SET published_at = now() WHERE id = ANY($1::uuid[])', [
          events.map((e) => e.id),
        ]);
      }
      return events.length;
    });
  }

  /** Relays until nothing is left (bounded), for a job run. */
  async relayAll(maxBatches = 50): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxBatches; i++) {
      const relayed = await this.relayBatch();
      total += relayed;
      if (relayed < BATCH) break;
    }
    return total;
  }
}
