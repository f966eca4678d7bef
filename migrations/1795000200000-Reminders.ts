import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders and escalation: each open deadline keeps its next reminder step (the sweep enqueues
 * from it, so Redis can always be rebuilt), every step fired is recorded once, and each
 * recipient gets one in-app notification and at most one e-mail per step.
 */
export class Reminders1795000200000 implements MigrationInterface {
  name = 'Reminders1795000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE deadlines
        ADD COLUMN next_reminder_at timestamptz,
        ADD COLUMN next_reminder_step int,
        ADD COLUMN obligation_key text`);
    // periodic obligations (yearly audit, management review, annual report) are created once
    await q.query('CREATE UNIQUE INDEX deadlines_obligation_key ON deadlines (obligation_key)');
    await q.query(
      `CREATE INDEX deadlines_next_reminder ON deadlines (next_reminder_at) WHERE state = 'OPEN' AND next_reminder_at IS NOT NULL`,
    );
    await q.query('CREATE INDEX deadlines_responsible ON deadlines USING gin (responsible_user_ids)');
    await q.query(
      `CREATE TRIGGER deadlines_no_delete BEFORE DELETE ON deadlines FOR EACH ROW EXECUTE FUNCTION refuse_delete()`,
    );

    await q.query(`
      CREATE TABLE reminder_policies (
        agency_id uuid PRIMARY KEY REFERENCES agencies(id),
        days_before int NOT NULL DEFAULT 3 CHECK (days_before BETWEEN 0 AND 60),
        remind_on_due boolean NOT NULL DEFAULT true,
        overdue_every_days int NOT NULL DEFAULT 2 CHECK (overdue_every_days BETWEEN 1 AND 30),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE deadline_reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deadline_id uuid NOT NULL REFERENCES deadlines(id),
        due_at timestamptz NOT NULL,
        step int NOT NULL CHECK (step >= 0),
        kind text NOT NULL CHECK (kind IN ('BEFORE','DUE','OVERDUE')),
        level int NOT NULL CHECK (level BETWEEN 0 AND 3),
        scheduled_at timestamptz NOT NULL,
        recipient_user_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (deadline_id, due_at, step)
      )`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        deadline_id uuid REFERENCES deadlines(id),
        reminder_id uuid REFERENCES deadline_reminders(id),
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (reminder_id, user_id)
      )`);
    await q.query('CREATE INDEX notifications_user ON notifications (user_id, created_at DESC)');
    await q.query('CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL');

    await q.query(`
      CREATE TABLE email_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id uuid NOT NULL UNIQUE REFERENCES notifications(id),
        to_address text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        message_id text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SENDING','SENT','FAILED','SKIPPED')),
        attempts int NOT NULL DEFAULT 0,
        claimed_at timestamptz,
        sent_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX email_deliveries_open ON email_deliveries (created_at) WHERE status IN ('PENDING','SENDING')`,
    );
    for (const table of ['deadline_reminders', 'notifications', 'email_deliveries']) {
      await q.query(
        `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_delete()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['email_deliveries', 'notifications', 'deadline_reminders', 'reminder_policies']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query('DROP TRIGGER IF EXISTS deadlines_no_delete ON deadlines');
    await q.query(`
      ALTER TABLE deadlines
        DROP COLUMN next_reminder_at, DROP COLUMN next_reminder_step,
        DROP COLUMN obligation_key`);
  }
}
