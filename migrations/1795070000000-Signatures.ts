import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PDF signatures (issue 16): the stored results of checking a file's signatures (per content
 * and trust-anchor set), workflow steps that require a signature, and the signed PDF with which
 * such a step was approved.
 */
export class Signatures1795070000000 implements MigrationInterface {
  name = 'Signatures1795070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signature_checks (
        sha256 char(64) NOT NULL,
        anchors_fingerprint char(64) NOT NULL,
        reports jsonb NOT NULL,
        checked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (sha256, anchors_fingerprint)
      )`);
    await q.query(`ALTER TABLE approval_steps ADD COLUMN requires_signature boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE approval_steps ADD COLUMN signature jsonb`);
    await q.query(`
      CREATE TABLE approval_step_signatures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        step_id uuid NOT NULL UNIQUE REFERENCES approval_steps(id),
        request_id uuid NOT NULL REFERENCES approval_requests(id),
        approved_sha256 char(64) NOT NULL,
        sha256 char(64) NOT NULL,
        size bigint NOT NULL,
        name text NOT NULL,
        storage_key text NOT NULL,
        signer jsonb NOT NULL,
        status text NOT NULL,
        reports jsonb NOT NULL,
        signed_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX approval_step_signatures_request ON approval_step_signatures (request_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS approval_step_signatures');
    await q.query('ALTER TABLE approval_steps DROP COLUMN IF EXISTS signature');
    await q.query('ALTER TABLE approval_steps DROP COLUMN IF EXISTS requires_signature');
    await q.query('DROP TABLE IF EXISTS signature_checks');
  }
}
