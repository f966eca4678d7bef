import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A declaration lapses when its QMS is suspended (issue 14): status LAPSED, which is no longer
 * the QMS's current declaration (the next one, once the QMS is applied again, is not blocked).
 */
export class DeclarationLapse1795040300000 implements MigrationInterface {
  name = 'DeclarationLapse1795040300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE declarations DROP CONSTRAINT declarations_status_check');
    await q.query(
      `ALTER TABLE declarations ADD CONSTRAINT declarations_status_check
         CHECK (status IN ('IN_FORCE','REDECLARATION_REQUIRED','SUPERSEDED','LAPSED'))`,
    );
    await q.query('ALTER TABLE declarations ADD COLUMN lapsed_at timestamptz');
    await q.query('DROP INDEX declarations_current');
    await q.query(
      `CREATE UNIQUE INDEX declarations_current ON declarations (quality_system_id) WHERE status NOT IN ('SUPERSEDED', 'LAPSED')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX declarations_current');
    await q.query(
      `CREATE UNIQUE INDEX declarations_current ON declarations (quality_system_id) WHERE status <> 'SUPERSEDED'`,
    );
    await q.query('ALTER TABLE declarations DROP COLUMN lapsed_at');
    await q.query('ALTER TABLE declarations DROP CONSTRAINT declarations_status_check');
    await q.query(
      `ALTER TABLE declarations ADD CONSTRAINT declarations_status_check
         CHECK (status IN ('IN_FORCE','REDECLARATION_REQUIRED','SUPERSEDED'))`,
    );
  }
}
