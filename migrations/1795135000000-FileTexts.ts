import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search inside document files (issue 17): file_texts holds, per document file, the text a worker
 * job extracted from it (PDF, DOCX, XLSX), normalised as the register's search key (no
 * diacritics, lower case, đ → d) and capped, or why there is none (UNSUPPORTED, FAILED,
 * TOO_LARGE). `tsv` is generated from it with the 'simple' configuration (no stemming: the
 * words are Vietnamese syllables) and a GIN index answers `tsv @@ plainto_tsquery('simple', …)`.
 * A row per file id: extraction is idempotent (upsert), and the sweep finds files without one.
 */
export class FileTexts1795135000000 implements MigrationInterface {
  name = 'FileTexts1795135000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE file_texts (
        file_id uuid PRIMARY KEY REFERENCES document_files (id) ON DELETE CASCADE,
        agency_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('EXTRACTED', 'UNSUPPORTED', 'FAILED', 'TOO_LARGE')),
        reason text,
        text text NOT NULL DEFAULT '',
        extracted_at timestamptz NOT NULL DEFAULT now(),
        tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED
      )`);
    await q.query('CREATE INDEX file_texts_tsv ON file_texts USING gin (tsv)');
    await q.query('CREATE INDEX file_texts_agency ON file_texts (agency_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE file_texts');
  }
}
