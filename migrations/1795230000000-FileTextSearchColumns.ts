import { MigrationInterface, QueryRunner } from 'typeorm';

/** DocumentAccess's PUBLISHED_VERSION_STATES: versions every reader of the agency sees. */
const PUBLISHED = `('EFFECTIVE', 'SUPERSEDED', 'WITHDRAWN')`;

/**
 * Content search reads file_texts alone (issue 17). Province-wide, its page statement joined every
 * matching text to its file and version (the document, whether the file was taken off, whether
 * the version is published) and intersected the texts' index with the agency index of the
 * province's 300 agencies: ~10 of its 23 ms hot at full scale. Each text now carries its
 * document, its agency's search region (agencies.search_region, migration 1795210000000), whether
 * its version is published and whether its file was taken off, and a GIN index over the region and
 * the tsvector (btree_gin: a trusted contrib extension) finds a province's matching texts alone.
 *
 * Kept by triggers, so nothing that writes files, versions or agencies needs to know: a new text
 * (or one whose agency is written, as the extraction's upsert does) reads its file, version and
 * agency; a file taken off or moved to another agency (a merger) writes its text's agency, which
 * refills it; a version's new status its files' texts; an agency's new region its texts'.
 */
export class FileTextSearchColumns1795230000000 implements MigrationInterface {
  name = 'FileTextSearchColumns1795230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE file_texts ADD COLUMN document_id uuid, ADD COLUMN region text,
        ADD COLUMN published boolean, ADD COLUMN removed boolean`);
    // the texts' index is rebuilt with the regions below: dropped first, the backfill would
    // otherwise write every text's lexemes into it again
    await q.query('DROP INDEX file_texts_tsv');
    await q.query(`
      UPDATE file_texts t
         SET document_id = f.document_id, agency_id = f.agency_id, region = a.search_region,
             published = v.status IN ${PUBLISHED}, removed = f.removed_at IS NOT NULL
        FROM document_files f JOIN document_versions v ON v.id = f.version_id JOIN agencies a ON a.id = f.agency_id
       WHERE f.id = t.file_id`);
    await q.query(`
      ALTER TABLE file_texts ALTER COLUMN document_id SET NOT NULL, ALTER COLUMN region SET NOT NULL,
        ALTER COLUMN published SET NOT NULL, ALTER COLUMN removed SET NOT NULL`);
    await q.query(`
      CREATE FUNCTION file_texts_fill() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT f.document_id, f.agency_id, a.search_region, v.status IN ${PUBLISHED}, f.removed_at IS NOT NULL
          INTO NEW.document_id, NEW.agency_id, NEW.region, NEW.published, NEW.removed
          FROM document_files f JOIN document_versions v ON v.id = f.version_id JOIN agencies a ON a.id = f.agency_id
         WHERE f.id = NEW.file_id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER file_texts_fill BEFORE INSERT OR UPDATE OF file_id, agency_id ON file_texts
        FOR EACH ROW EXECUTE FUNCTION file_texts_fill()`);
    await q.query(`
      CREATE FUNCTION file_texts_follow_file() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE file_texts SET agency_id = NEW.agency_id WHERE file_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER file_texts_follow_file AFTER UPDATE OF agency_id, document_id, version_id, removed_at
        ON document_files FOR EACH ROW
        WHEN (OLD.agency_id IS DISTINCT FROM NEW.agency_id OR OLD.document_id IS DISTINCT FROM NEW.document_id
              OR OLD.version_id IS DISTINCT FROM NEW.version_id OR OLD.removed_at IS DISTINCT FROM NEW.removed_at)
        EXECUTE FUNCTION file_texts_follow_file()`);
    await q.query(`
      CREATE FUNCTION file_texts_follow_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE file_texts t SET published = NEW.status IN ${PUBLISHED}
          FROM document_files f WHERE f.version_id = NEW.id AND t.file_id = f.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER file_texts_follow_version AFTER UPDATE OF status ON document_versions FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION file_texts_follow_version()`);
    await q.query(`
      CREATE FUNCTION file_texts_follow_agency() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE file_texts SET region = NEW.search_region WHERE agency_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER file_texts_follow_agency AFTER UPDATE OF search_region ON agencies FOR EACH ROW
        WHEN (OLD.search_region IS DISTINCT FROM NEW.search_region) EXECUTE FUNCTION file_texts_follow_agency()`);
    // the snippets of a page's documents
    await q.query('CREATE INDEX file_texts_document ON file_texts (document_id)');
    await q.query('CREATE EXTENSION IF NOT EXISTS btree_gin');
    await q.query('CREATE INDEX file_texts_search ON file_texts USING gin (region, tsv)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX file_texts_search');
    await q.query('CREATE INDEX file_texts_tsv ON file_texts USING gin (tsv)');
    await q.query('DROP INDEX file_texts_document');
    await q.query('DROP TRIGGER file_texts_follow_agency ON agencies');
    await q.query('DROP FUNCTION file_texts_follow_agency()');
    await q.query('DROP TRIGGER file_texts_follow_version ON document_versions');
    await q.query('DROP FUNCTION file_texts_follow_version()');
    await q.query('DROP TRIGGER file_texts_follow_file ON document_files');
    await q.query('DROP FUNCTION file_texts_follow_file()');
    await q.query('DROP TRIGGER file_texts_fill ON file_texts');
    await q.query('DROP FUNCTION file_texts_fill()');
    await q.query(
      'ALTER TABLE file_texts DROP COLUMN document_id, DROP COLUMN region, DROP COLUMN published, DROP COLUMN removed',
    );
  }
}
