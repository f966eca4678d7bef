import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inspection findings open nonconformities in the inspected agency's log (issue 14): the
 * nonconformity names the inspection and the finding (source INSPECTION), the finding names its
 * nonconformity, and a finding may say how serious it is.
 */
export class InspectionNonconformities1795040200000 implements MigrationInterface {
  name = 'InspectionNonconformities1795040200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE nonconformities
        ADD COLUMN inspection_id uuid REFERENCES inspections(id),
        ADD COLUMN inspection_finding_id uuid UNIQUE REFERENCES inspection_findings(id)`);
    await q.query(
      'CREATE INDEX nonconformities_inspection ON nonconformities (inspection_id) WHERE inspection_id IS NOT NULL',
    );
    await q.query(`
      ALTER TABLE inspection_findings
        ADD COLUMN severity text CHECK (severity IN ('MAJOR', 'MINOR')),
        ADD COLUMN nonconformity_id uuid UNIQUE REFERENCES nonconformities(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE inspection_findings DROP COLUMN nonconformity_id, DROP COLUMN severity');
    await q.query('DROP INDEX IF EXISTS nonconformities_inspection');
    await q.query('ALTER TABLE nonconformities DROP COLUMN inspection_finding_id, DROP COLUMN inspection_id');
  }
}
