import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lookups of document files by content (issue 17, found in the full-scale benchmark): the text
 * extraction reuses the text of identical bytes (by sha256), the integrity scrub finds a missing
 * object's owners (by storage_key), and the extraction sweep walks the files without text oldest
 * first (by created_at, id). Without indexes each was a sequential scan of the 3 million
 * document_files rows, about a second of database time per job, taken from every request.
 */
export class DocumentFileLookups1795180000000 implements MigrationInterface {
  name = 'DocumentFileLookups1795180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX document_files_sha256 ON document_files (sha256)');
    await q.query('CREATE INDEX document_files_storage_key ON document_files (storage_key)');
    await q.query('CREATE INDEX document_files_created ON document_files (created_at, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX document_files_created');
    await q.query('DROP INDEX document_files_storage_key');
    await q.query('DROP INDEX document_files_sha256');
  }
}
