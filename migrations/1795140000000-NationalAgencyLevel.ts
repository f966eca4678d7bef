import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A national level above the provinces (issue 17): the Ministry of Science and Technology is an
 * agency of level MINISTRY at the root of the tree; OVERSIGHT there reads the national dashboard.
 */
export class NationalAgencyLevel1795140000000 implements MigrationInterface {
  name = 'NationalAgencyLevel1795140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE agencies DROP CONSTRAINT agencies_level_check');
    await q.query(
      `ALTER TABLE agencies ADD CONSTRAINT agencies_level_check
         CHECK (level IN ('MINISTRY','PROVINCE','DEPARTMENT','BRANCH','DISTRICT','COMMUNE','OTHER'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE agencies DROP CONSTRAINT agencies_level_check');
    await q.query(
      `ALTER TABLE agencies ADD CONSTRAINT agencies_level_check
         CHECK (level IN ('PROVINCE','DEPARTMENT','BRANCH','DISTRICT','COMMUNE','OTHER'))`,
    );
  }
}
