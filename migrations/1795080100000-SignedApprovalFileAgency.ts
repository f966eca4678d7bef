import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The signed PDFs of approval steps name their agency, like every table that owns stored files
 * (a `storage_key` column): the integrity check audits and alerts each owner's agency, and
 * approval_step_signatures (issue 16) had none, so any integrity failure (scrub, download of a
 * missing object) failed on "column agency_id does not exist". Filled from the request.
 */
export class SignedApprovalFileAgency1795080100000 implements MigrationInterface {
  name = 'SignedApprovalFileAgency1795080100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE approval_step_signatures ADD COLUMN agency_id uuid REFERENCES agencies(id)');
    await q.query(`
      UPDATE approval_step_signatures s SET agency_id = r.agency_id
        FROM approval_requests r WHERE r.id = s.request_id`);
    await q.query('ALTER TABLE approval_step_signatures ALTER COLUMN agency_id SET NOT NULL');
    // an integrity failure looks up the owners of an object by its key
    await q.query(
      'CREATE INDEX approval_step_signatures_storage_key ON approval_step_signatures (storage_key)',
    );
    await q.query('CREATE INDEX training_certificates_storage_key ON training_certificates (storage_key)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS training_certificates_storage_key');
    await q.query('DROP INDEX IF EXISTS approval_step_signatures_storage_key');
    await q.query('ALTER TABLE approval_step_signatures DROP COLUMN IF EXISTS agency_id');
  }
}
