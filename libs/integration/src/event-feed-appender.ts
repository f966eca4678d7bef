import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, JobName, JobQueue, RelayedPayloadEvent } from '@app/platform';
import { toFeedRecord } from './feed-catalog';

/** pg_advisory_xact_lock key of the feed's appends ("feed" in ASCII). */
const FEED_APPEND_LOCK = 0x66656564;

/**
 * Appends relayed outbox events to the feed (`domain_events`) and plans their webhook deliveries.
 *
 * Why the cursor is safe: a bigserial id is taken at insert, not at commit, so if two writers
 * appended concurrently a reader could see id 8 committed while id 7 is still in flight, move
 * its cursor past 7 and never see it. Appends therefore run under one transaction-scoped
 * advisory lock: the next append takes its id only after the previous one committed, so ids
 * become visible in increasing order and `id > cursor` never skips. The lock covers only this
 * short insert (the relay, which runs on several workers, calls it once per relayed batch), not
 * the business transactions, which stay free of any global lock. Events reach the feed at relay
 * time (OUTBOX_RELAY_INTERVAL_MS after commit, about a second). Appending is idempotent by the
 * outbox id, so an event the relay dispatches twice is recorded once.
 */
@Injectable()
export class EventFeedAppender {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  /**
   * Appends a batch in one transaction, in the batch's order, with set-based statements (one
   * transaction per event was six statements an event, most of a decision's work in the worker).
   */
  async append(events: RelayedPayloadEvent[]): Promise<void> {
    const rows = events.flatMap((event) => {
      const record = toFeedRecord(event.type, event.payload);
      return record ? [{ outboxId: event.id, type: event.type, occurredAt: event.createdAt, ...record }] : [];
    });
    if (rows.length === 0) return;
    const deliveries = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [FEED_APPEND_LOCK]);
      const inserted = await manager.query<{ id: string }[]>(
        `INSERT INTO domain_events (outbox_id, type, occurred_at, agency_ids, subject_type, subject_id, payload)
         SELECT (e->>'outboxId')::uuid, e->>'type', (e->>'occurredAt')::timestamptz,
                ARRAY(SELECT jsonb_array_elements_text(e->'agencyIds'))::uuid[], e->>'subjectType',
                (e->>'subjectId')::uuid, e->'payload'
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(e, n) ORDER BY n
         ON CONFLICT (outbox_id) DO NOTHING
         RETURNING id::text AS id`,
        [JSON.stringify(rows)],
      );
      // deliveries are planned once, with the event: a webhook created later starts from then on
      if (inserted.length > 0)
        await manager.query(
          `INSERT INTO webhook_deliveries (webhook_id, event_id)
           SELECT w.id, e.id FROM domain_events e
             JOIN webhooks w ON w.active AND w.agency_id = ANY(e.agency_ids)
                            AND (w.event_types IS NULL OR e.type = ANY(w.event_types))
            WHERE e.id = ANY($1::bigint[])
           ON CONFLICT (webhook_id, event_id) DO NOTHING`,
          [inserted.map((row) => row.id)],
        );
      // an event relayed again re-adds its deliveries still pending (the job ids collapse them)
      return manager.query<{ id: string; webhook_id: string; event_id: string }[]>(
        `SELECT w.id, w.webhook_id, w.event_id::text AS event_id
           FROM domain_events e JOIN webhook_deliveries w ON w.event_id = e.id AND w.status = 'PENDING'
          WHERE e.outbox_id = ANY($1::uuid[])`,
        [rows.map((row) => row.outboxId)],
      );
    });
    // after the commit, so the job finds its row; a failed add fails the relay, which dispatches
    // the events again and re-adds the pending deliveries (the job id collapses duplicates)
    for (const delivery of deliveries) {
      await this.jobs.add(
        JobName.DeliverWebhook,
        { deliveryId: delivery.id },
        {
          jobId: `webhook-${delivery.webhook_id}-${delivery.event_id}`,
          attempts: this.config.WEBHOOK_MAX_ATTEMPTS,
          backoff: { type: 'exponential', delay: this.config.WEBHOOK_RETRY_BASE_MS },
        },
      );
    }
  }
}
