import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain becomes keyed (HMAC-SHA256 with AUDIT_HMAC_KEY, which the database never
 * holds). Rows written before keep their plain sha256 and say so: nothing is re-hashed or
 * rewritten. Adding a column with a constant default touches no row, so the append-only
 * triggers do not fire. The default also labels any row inserted without naming its scheme as
 * legacy, which the verifier refuses after the first keyed row.
 */
export class AuditTrailKeyedChain1795002200000 implements MigrationInterface {
  name = 'AuditTrailKeyedChain1795002200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE audit_trail ADD COLUMN hash_alg text NOT NULL DEFAULT 'sha256'
        CONSTRAINT audit_trail_hash_alg CHECK (hash_alg IN ('sha256', 'hmac-sha256'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE audit_trail DROP COLUMN hash_alg');
  }
}
