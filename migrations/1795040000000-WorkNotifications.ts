import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications that follow the work (issue 14): a notification names what it is about (a
 * resource type and id, the link target) and, when an event raised it, that event (one
 * notification per event and recipient, however often the event is relayed). Each user's muted
 * kinds; the list of failed e-mails an administrator retries.
 */
export class WorkNotifications1795040000000 implements MigrationInterface {
  name = 'WorkNotifications1795040000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notifications
        ADD COLUMN resource_type text,
        ADD COLUMN resource_id uuid,
        ADD COLUMN event_id uuid`);
    await q.query(
      'CREATE UNIQUE INDEX notifications_event_user ON notifications (event_id, user_id) WHERE event_id IS NOT NULL',
    );
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        muted_kinds text[] NOT NULL DEFAULT '{}',
        email_muted_kinds text[] NOT NULL DEFAULT '{}',
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      "CREATE INDEX email_deliveries_failed ON email_deliveries (updated_at DESC, id) WHERE status = 'FAILED'",
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS email_deliveries_failed');
    await q.query('DROP TABLE IF EXISTS notification_preferences');
    await q.query('DROP INDEX IF EXISTS notifications_event_user');
    await q.query(
      'ALTER TABLE notifications DROP COLUMN event_id, DROP COLUMN resource_id, DROP COLUMN resource_type',
    );
  }
}
