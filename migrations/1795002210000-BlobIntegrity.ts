import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The last integrity check of each stored object (blobs are shared by every row naming the same
 * sha256, so the check belongs to the object, not to a file row, and the frozen file rows stay
 * untouched). The key column is `object_key`, not `storage_key`: the orphan sweep treats any
 * `storage_key` column as ownership, and a check must never keep an orphan alive.
 */
export class BlobIntegrity1795002210000 implements MigrationInterface {
  name = 'BlobIntegrity1795002210000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE blob_integrity (
        object_key text PRIMARY KEY,
        sha256 char(64) NOT NULL,
        size bigint NOT NULL,
        status text NOT NULL CHECK (status IN ('OK', 'CORRUPT', 'MISSING')),
        actual_sha256 char(64),
        checked_at timestamptz NOT NULL,
        failed_at timestamptz,
        detected_by text
      )`);
    await q.query('CREATE INDEX blob_integrity_checked ON blob_integrity (checked_at, object_key)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE blob_integrity');
  }
}
