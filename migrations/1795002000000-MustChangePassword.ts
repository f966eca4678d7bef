import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * users.must_change_password: set when an administrator sets a user's password (a reset), so
 * that password works once — until the user chooses their own (POST /api/v1/me/password).
 */
export class MustChangePassword1795002000000 implements MigrationInterface {
  name = 'MustChangePassword1795002000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users DROP COLUMN must_change_password');
  }
}
