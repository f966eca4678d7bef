import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, JobName, JobQueue } from '@app/platform';
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
 * short insert (the relay, which runs on several workers, calls it once per event), not the
 * business transactions, which stay free of any global lock. Events reach the feed at relay
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

  async append(
    event: { id: string; type: string; createdAt: Date },
    payload: Readonly<Record<string, unknown>>,
  ): Promise<void> {
    const record = toFeedRecord(event.type, payload);
    if (!record) return;
    const { eventId, deliveries } = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [FEED_APPEND_LOCK]);
      const inserted = await manager.query<{ id: string }[]>(
        `INSERT INTO domain_events (outbox_id, type, occurred_at, agency_ids, subject_type, subject_id, payload)
         VALUES ($1, $2, $3, $4::uuid[], $5, $6, $7)
         ON CONFLICT (outbox_id) DO NOTHING
         RETURNING id::text AS id`,
        [
          event.id,
          event.type,
          event.createdAt,
          record.agencyIds,
          record.subjectType,
          record.subjectId,
          JSON.stringify(record.payload),
        ],
      );
      const id =
        inserted[0]?.id ??
        (
          await manager.query<{ id: string }[]>(
            'SELECT id::text AS id FROM domain_events WHERE outbox_id = $1',
            [event.id],
          )
        )[0].id;
      // deliveries are planned once, with the event: a webhook created later starts from then on
      if (inserted.length > 0)
        await manager.query(
          `INSERT INTO webhook_deliveries (webhook_id, event_id)
           SELECT w.id, $1::bigint FROM webhooks w
            WHERE w.active AND w.agency_id = ANY($2::uuid[])
              AND (w.event_types IS NULL OR $3 = ANY(w.event_types))
           ON CONFLICT (webhook_id, event_id) DO NOTHING`,
          [id, record.agencyIds, event.type],
        );
      const pending = await manager.query<{ id: string; webhook_id: string }[]>(
        `SELECT id, webhook_id FROM webhook_deliveries WHERE event_id = $1::bigint AND status = 'PENDING'`,
        [id],
      );
      return { eventId: id, deliveries: pending };
    });
    // after the commit, so the job finds its row; a failed add fails the relay, which dispatches
    // the event again and re-adds the pending deliveries (the job id collapses duplicates)
    for (const delivery of deliveries) {
      await this.jobs.add(
        JobName.DeliverWebhook,
        { deliveryId: delivery.id },
        {
          jobId: `webhook-${delivery.webhook_id}-${eventId}`,
          attempts: this.config.WEBHOOK_MAX_ATTEMPTS,
          backoff: { type: 'exponential', delay: this.config.WEBHOOK_RETRY_BASE_MS },
        },
      );
    }
  }
}
