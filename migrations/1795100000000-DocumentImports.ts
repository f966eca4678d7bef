import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports of an agency's existing QMS from an archive (issue 18): the import (owning the
 * archive's bytes), its rows staged one at a time (a row is staged once: the primary key), and
 * the files of each staged row (stored by content like any upload). Documents are created only
 * when the whole import is published.
 */
export class DocumentImports1795100000000 implements MigrationInterface {
  name = 'DocumentImports1795100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        name text NOT NULL,
        size bigint NOT NULL,
        content_type text NOT NULL,
        sha256 char(64) NOT NULL,
        storage_key text NOT NULL,
        uploaded_by uuid REFERENCES users(id),
        register_name text NOT NULL,
        created_by_name text,
        status text NOT NULL DEFAULT 'QUEUED'
          CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'ROLLED_BACK')),
        total int NOT NULL DEFAULT 0,
        done int NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        started_at timestamptz,
        finished_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX document_imports_agency ON document_imports (agency_id, created_at DESC)');
    await q.query('CREATE INDEX document_imports_storage_key ON document_imports (storage_key)');
    await q.query(`
      CREATE TABLE document_import_rows (
        import_id uuid NOT NULL REFERENCES document_imports(id),
        row_number int NOT NULL,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        code text NOT NULL,
        revision int NOT NULL,
        staged_at timestamptz NOT NULL DEFAULT now(),
        discarded_at timestamptz,
        PRIMARY KEY (import_id, row_number)
      )`);
    await q.query(`
      CREATE TABLE document_import_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        import_id uuid NOT NULL REFERENCES document_imports(id),
        row_number int NOT NULL,
        position int NOT NULL,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        name text NOT NULL,
        size bigint NOT NULL,
        content_type text NOT NULL,
        sha256 char(64) NOT NULL,
        storage_key text NOT NULL,
        uploaded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (import_id, row_number, position)
      )`);
    await q.query('CREATE INDEX document_import_files_storage_key ON document_import_files (storage_key)');
    await q.query('CREATE INDEX document_import_files_agency ON document_import_files (agency_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS document_import_files');
    await q.query('DROP TABLE IF EXISTS document_import_rows');
    await q.query('DROP TABLE IF EXISTS document_imports');
  }
}
