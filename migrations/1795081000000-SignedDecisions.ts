import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issued decisions with their two signatures (issue 16): the decision PDF as first printed for a
 * request (the bytes the agency signs), and the signed copy the agency's văn thư uploads.
 */
export class SignedDecisions1795081000000 implements MigrationInterface {
  name = 'SignedDecisions1795081000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['decision_prints', 'signed_decisions']) {
      const extra =
        table === 'signed_decisions' ? 'printed_sha256 char(64) NOT NULL, reports jsonb NOT NULL,' : '';
      await q.query(`
        CREATE TABLE ${table} (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          agency_id uuid NOT NULL REFERENCES agencies(id),
          request_id uuid NOT NULL UNIQUE REFERENCES approval_requests(id),
          name text NOT NULL,
          size bigint NOT NULL,
          content_type text NOT NULL,
          sha256 char(64) NOT NULL,
          storage_key text NOT NULL,
          ${extra}
          uploaded_by uuid REFERENCES users(id),
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now()
        )`);
      await q.query(`CREATE INDEX ${table}_agency ON ${table} (agency_id)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS signed_decisions');
    await q.query('DROP TABLE IF EXISTS decision_prints');
  }
}
