import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders due in bulk (issue 17): firing a step rewrote the whole deadline row and all seven of
 * its indexes (the next step's instant was itself indexed, so no update was HOT), and finding the
 * due steps walked that wide index. reminder_queue now holds, per open deadline with a next step,
 * only that instant: the due steps are read from its narrow index, and the deadline's own update
 * touches no indexed column, so with room left on each page (fillfactor 85) PostgreSQL updates it
 * in place (HOT) without index writes.
 *
 * Derived, never written by the application: statement-level triggers on deadlines keep it in
 * step in the same transaction (a row when state is OPEN and a next step is planned, none
 * otherwise), set-based over the statement's rows, so a batch of a thousand fired steps costs one
 * upsert and one delete. Its rows are removed when a deadline has nothing left to remind of: the
 * deadline and its reminder history stay as they are.
 */
export class ReminderQueue1795170000000 implements MigrationInterface {
  name = 'ReminderQueue1795170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reminder_queue (
        deadline_id uuid PRIMARY KEY REFERENCES deadlines (id),
        next_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX reminder_queue_next ON reminder_queue (next_at, deadline_id)');
    await q.query(`
      INSERT INTO reminder_queue (deadline_id, next_at)
      SELECT id, next_reminder_at FROM deadlines
       WHERE state = 'OPEN' AND next_reminder_at IS NOT NULL AND next_reminder_step IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION deadlines_sync_reminder_queue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO reminder_queue (deadline_id, next_at)
        SELECT id, next_reminder_at FROM changed
         WHERE state = 'OPEN' AND next_reminder_at IS NOT NULL AND next_reminder_step IS NOT NULL
        ON CONFLICT (deadline_id) DO UPDATE SET next_at = EXCLUDED.next_at
         WHERE reminder_queue.next_at IS DISTINCT FROM EXCLUDED.next_at;
        IF TG_OP = 'UPDATE' THEN
          DELETE FROM reminder_queue r USING changed c
           WHERE r.deadline_id = c.id
             AND NOT (c.state = 'OPEN' AND c.next_reminder_at IS NOT NULL AND c.next_reminder_step IS NOT NULL);
        END IF;
        RETURN NULL;
      END $$`);
    // transition tables admit no column list: every statement on deadlines passes, cheaply
    await q.query(`
      CREATE TRIGGER deadlines_reminder_queue_insert AFTER INSERT ON deadlines
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION deadlines_sync_reminder_queue()`);
    await q.query(`
      CREATE TRIGGER deadlines_reminder_queue_update AFTER UPDATE ON deadlines
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION deadlines_sync_reminder_queue()`);
    await q.query('DROP INDEX deadlines_next_reminder_page');
    await q.query('ALTER TABLE deadlines SET (fillfactor = 85)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE deadlines RESET (fillfactor)');
    await q.query(
      `CREATE INDEX deadlines_next_reminder_page ON deadlines (next_reminder_at, id)
        WHERE state = 'OPEN' AND next_reminder_at IS NOT NULL`,
    );
    await q.query('DROP TRIGGER deadlines_reminder_queue_update ON deadlines');
    await q.query('DROP TRIGGER deadlines_reminder_queue_insert ON deadlines');
    await q.query('DROP FUNCTION deadlines_sync_reminder_queue()');
    await q.query('DROP TABLE reminder_queue');
  }
}
