import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Remote signing of the decision to issue (issue 16): the printed decision signed once, by the
 * competent person, kept until the agency signs on top of it (then the result is filed in
 * signed_decisions). One per request.
 */
export class DecisionSigningStages1795082000000 implements MigrationInterface {
  name = 'DecisionSigningStages1795082000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE decision_signing_stages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        request_id uuid NOT NULL REFERENCES approval_requests(id),
        stage text NOT NULL CHECK (stage IN ('PERSON')),
        name text NOT NULL,
        size bigint NOT NULL,
        content_type text NOT NULL,
        sha256 char(64) NOT NULL,
        storage_key text NOT NULL,
        printed_sha256 char(64) NOT NULL,
        uploaded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (request_id, stage)
      )`);
    await q.query('CREATE INDEX decision_signing_stages_agency ON decision_signing_stages (agency_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS decision_signing_stages');
  }
}
