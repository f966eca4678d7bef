import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The integration feed (GET /events) and per-agency webhooks. `domain_events` is append-only and
 * kept: the outbox is a relay queue, the feed is the record other systems page through. Its id is
 * the cursor; rows are appended under one advisory lock, so ids become visible in commit order.
 */
export class IntegrationFeed1795003300000 implements MigrationInterface {
  name = 'IntegrationFeed1795003300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE domain_events (
        id bigserial PRIMARY KEY,
        outbox_id uuid NOT NULL UNIQUE,
        type text NOT NULL,
        occurred_at timestamptz NOT NULL,
        agency_ids uuid[] NOT NULL CHECK (cardinality(agency_ids) > 0),
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        payload jsonb NOT NULL,
        appended_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX domain_events_agencies ON domain_events USING gin (agency_ids)');
    await q.query(`
      CREATE TABLE webhooks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        url text NOT NULL,
        event_types text[] NULL,
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        version int NOT NULL DEFAULT 1,
        created_by uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX webhooks_agency ON webhooks (agency_id) WHERE active');
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL REFERENCES webhooks(id),
        event_id bigint NOT NULL REFERENCES domain_events(id),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        last_status_code int NULL,
        last_error text NULL,
        last_attempt_at timestamptz NULL,
        delivered_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (webhook_id, event_id)
      )`);
    await q.query('CREATE INDEX webhook_deliveries_event ON webhook_deliveries (event_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS webhook_deliveries');
    await q.query('DROP TABLE IF EXISTS webhooks');
    await q.query('DROP TABLE IF EXISTS domain_events');
  }
}
