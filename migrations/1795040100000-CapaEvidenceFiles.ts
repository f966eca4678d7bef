import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files of nonconformities and of their corrective actions (issue 14): stored like
 * documents' files (object key from the sha256), never deleted.
 */
export class CapaEvidenceFiles1795040100000 implements MigrationInterface {
  name = 'CapaEvidenceFiles1795040100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE capa_evidence_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nonconformity_id uuid NOT NULL REFERENCES nonconformities(id),
        corrective_action_id uuid REFERENCES corrective_actions(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        name text NOT NULL,
        size bigint NOT NULL CHECK (size >= 0),
        content_type text NOT NULL,
        sha256 char(64) NOT NULL,
        storage_key text NOT NULL,
        uploaded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      'CREATE INDEX capa_evidence_files_nonconformity ON capa_evidence_files (nonconformity_id, created_at)',
    );
    await q.query(
      'CREATE INDEX capa_evidence_files_action ON capa_evidence_files (corrective_action_id) WHERE corrective_action_id IS NOT NULL',
    );
    await q.query('CREATE INDEX capa_evidence_files_storage_key ON capa_evidence_files (storage_key)');
    await q.query(
      'CREATE TRIGGER capa_evidence_files_no_delete BEFORE DELETE ON capa_evidence_files FOR EACH ROW EXECUTE FUNCTION refuse_delete()',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS capa_evidence_files');
  }
}
