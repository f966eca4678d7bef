import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exports of an agency as one archive (issue 18, libs/exports): the row stays for good (who
 * exported what, when, its sha256); the ZIP's object is removed when the export expires.
 */
export class AgencyExports1795110000000 implements MigrationInterface {
  name = 'AgencyExports1795110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency_exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        status text NOT NULL DEFAULT 'QUEUED'
          CHECK (status IN ('QUEUED','RUNNING','COMPLETED','FAILED','EXPIRED')),
        requested_by uuid REFERENCES users(id),
        files_done int NOT NULL DEFAULT 0,
        files_total int NOT NULL DEFAULT 0,
        object_key text,
        size bigint,
        sha256 char(64),
        attempts int NOT NULL DEFAULT 0,
        started_at timestamptz,
        finished_at timestamptz,
        expires_at timestamptz,
        error text,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX agency_exports_agency ON agency_exports (agency_id, created_at DESC)');
    // the sweep looks for completed exports past their time and for exports still waiting
    await q.query(
      `CREATE INDEX agency_exports_open ON agency_exports (status, expires_at)
        WHERE status IN ('QUEUED', 'RUNNING', 'COMPLETED')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS agency_exports');
  }
}
