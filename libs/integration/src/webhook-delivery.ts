import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { DataSource } from 'typeorm';
import { AppConfig, Clock } from '@app/platform';
import { FeedRow, toFeedItem } from './event-feed';
import { AddressRefusedError, guardedLookup, hostOf, isInternalAddress } from './webhook-address';
import { signWebhook } from './webhook-signature';
import { webhookPrivateAddressesAllowed } from './webhook-policy';

interface DeliveryRow extends FeedRow {
  delivery_id: string;
  status: string;
  url: string;
  secret: string;
  active: boolean;
}

/**
 * Sends one planned delivery: a POST of the feed item, signed (webhook-signature.ts), with
 * `X-ISO-Event-Id` (the item's cursor) so a receiver can drop a repeat. A 2xx marks it
 * DELIVERED; anything else is recorded (attempts, last status code, error) and thrown so BullMQ
 * retries with exponential backoff, until WEBHOOK_MAX_ATTEMPTS marks it FAILED. Delivery is at
 * least once: a receiver that answered 2xx just before a crash may get the event again.
 */
@Injectable()
export class WebhookDelivery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async deliver(deliveryId: string, attempt: { made: number; max: number }): Promise<void> {
    const [row] = await this.dataSource.query<DeliveryRow[]>(
      `SELECT d.id AS delivery_id, d.status, w.url, w.secret, w.active,
              e.id::text AS id, e.type, e.occurred_at, e.agency_ids, e.subject_type, e.subject_id, e.payload
         FROM webhook_deliveries d
         JOIN webhooks w ON w.id = d.webhook_id
         JOIN domain_events e ON e.id = d.event_id
        WHERE d.id = $1`,
      [deliveryId],
    );
    if (!row || row.status !== 'PENDING') return;
    if (!row.active) return this.record(deliveryId, 'FAILED', null, 'webhook deactivated', false);
    const item = toFeedItem(row);
    const body = JSON.stringify(item);
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'iso-dien-tu-webhooks/1',
      'x-iso-event-id': item.cursor,
      'x-iso-event-type': item.type,
      'x-iso-timestamp': String(timestamp),
      'x-iso-signature': signWebhook(row.secret, timestamp, body),
    };
    const final = attempt.made + 1 >= attempt.max;
    let status: number;
    try {
      status = await this.post(row.url, body, headers);
    } catch (error) {
      if (error instanceof AddressRefusedError) {
        await this.record(deliveryId, 'FAILED', null, error.message, true);
        throw new UnrecoverableError(error.message);
      }
      const message = error instanceof Error ? error.message : String(error);
      await this.record(deliveryId, final ? 'FAILED' : 'PENDING', null, message, true);
      throw error;
    }
    if (status >= 200 && status < 300) return this.record(deliveryId, 'DELIVERED', status, null, true);
    await this.record(deliveryId, final ? 'FAILED' : 'PENDING', status, `receiver answered ${status}`, true);
    throw new Error(`webhook receiver answered ${status}`);
  }

  private async record(
    deliveryId: string,
    status: 'PENDING' | 'DELIVERED' | 'FAILED',
    statusCode: number | null,
    error: string | null,
    attempted: boolean,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries
          SET status = $2, last_status_code = COALESCE($3, last_status_code), last_error = $4,
              attempts = attempts + $5, last_attempt_at = CASE WHEN $5 = 1 THEN now() ELSE last_attempt_at END,
              delivered_at = CASE WHEN $2 = 'DELIVERED' THEN now() ELSE NULL END
        WHERE id = $1 AND status = 'PENDING'`,
      [deliveryId, status, statusCode, error === null ? null : error.slice(0, 500), attempted ? 1 : 0],
    );
  }

  /** POSTs without following redirects (a redirect is not a 2xx: it is retried, then failed). */
  private post(raw: string, body: string, headers: Record<string, string>): Promise<number> {
    const url = new URL(raw);
    const allowInternal = webhookPrivateAddressesAllowed(this.config);
    const host = hostOf(url);
    // an IP literal is connected to without a lookup: check it here
    if (!allowInternal && isIP(host) && isInternalAddress(host))
      return Promise.reject(new AddressRefusedError(host));
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send(
        url,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          lookup: guardedLookup(allowInternal),
          timeout: this.config.WEBHOOK_TIMEOUT_MS,
        },
        (res) => {
          // the answer's body is not needed: drain it so the socket is released
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        },
      );
      req.on('timeout', () =>
        req.destroy(new Error(`no answer within ${this.config.WEBHOOK_TIMEOUT_MS} ms`)),
      );
      req.on('error', reject);
      req.end(body);
    });
  }
}
