import { MigrationInterface, QueryRunner } from 'typeorm';

/** Counting a caller's live Idempotency-Keys (the per-user cap) reads this index only. */
export class IdempotencyKeysPerOwner1795002500000 implements MigrationInterface {
  name = 'IdempotencyKeysPerOwner1795002500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX idempotency_keys_owner_created ON idempotency_keys (owner, created_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS idempotency_keys_owner_created');
  }
}
