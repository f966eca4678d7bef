import { MigrationInterface, QueryRunner } from 'typeorm';

/** Partitions of document_search_keys: with 34 provinces, few share one. */
const PARTITIONS = 64;

/** The subtree of the agency a trigger fires for (NEW.id), itself included: SQL for `IN (…)`. */
const MOVED_SUBTREE = `WITH RECURSIVE sub AS (SELECT NEW.id AS id UNION SELECT a.id FROM agencies a JOIN sub ON a.parent_id = sub.id)
           SELECT id FROM sub`;

/** The columns a province-wide register search filters and ranks by. */
const KEY_COLUMNS = 'document_id, region, agency_id, type, status, search_key, updated_at';

/**
 * Province-wide register search from a table of its own (issue 17). The region-prefixed
 * trigrams on documents (documents.search_tokens, 1795190000000) find only the province's
 * matches, but each match is then read from the documents heap to confirm and rank it: one heap
 * page per match (4,745 pages for "giay phep" in a 300-agency province), and a heap of 1.8 GB that
 * shared buffers cannot hold, so 20 searches at once read most of their pages from the OS.
 *
 * document_search_keys holds what that search reads of each document — its key (search_key),
 * region (agencies.search_region), agency, type, status and last update — hash-partitioned by
 * region: a province's rows lie together in one partition of ~10 MB (with at most a few other
 * provinces'), whose GIN index over the region-prefixed trigrams of each key (search_tokens(), as
 * documents.search_tokens held them, now an expression: the row stays small) reads that province's
 * posting lists only; the match is confirmed on the key. The tokens and their index leave
 * documents (1.8 → 0.4 GB of heap at full scale). A trigram index over (region, search_key) with
 * btree_gin was tried first: its region entry (every row of the province) cost ~1 ms a search
 * and the LIKE had to use every trigram of the query.
 *
 * Kept by triggers: a document's row when it is written with a new key, type, status, agency or
 * update time; the rows of every document under an agency whose region changes (the trigger of
 * 1795190000000 on agencies, rewritten here).
 */
export class DocumentSearchKeys1795250000000 implements MigrationInterface {
  name = 'DocumentSearchKeys1795250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_search_keys (
        document_id uuid NOT NULL,
        region text NOT NULL,
        agency_id uuid NOT NULL,
        type text NOT NULL,
        status text NOT NULL,
        search_key text NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (region, document_id)
      ) PARTITION BY HASH (region)`);
    for (let i = 0; i < PARTITIONS; i++) {
      await q.query(
        `CREATE TABLE document_search_keys_${i} PARTITION OF document_search_keys FOR VALUES WITH (MODULUS ${PARTITIONS}, REMAINDER ${i})`,
      );
    }
    // now behind an index: schema-qualified, as pg_restore runs index expressions with an empty
    // search_path (f_unaccent does the same)
    await q.query(`
      CREATE OR REPLACE FUNCTION search_tokens(region text, key text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(region || ':' || t), '{}') FROM unnest(public.show_trgm(key)) t $$`);
    await q.query(`
      INSERT INTO document_search_keys (${KEY_COLUMNS})
      SELECT d.id, a.search_region, d.agency_id, d.type, d.status, d.search_key, d.updated_at
        FROM documents d JOIN agencies a ON a.id = d.agency_id`);
    await q.query(
      'CREATE INDEX document_search_keys_match ON document_search_keys USING gin (search_tokens(region, search_key))',
    );
    // a document's row, by its id alone: a document that moves to an agency of another region
    await q.query('CREATE INDEX document_search_keys_document ON document_search_keys (document_id)');

    await q.query(`
      CREATE FUNCTION documents_search_keys() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        new_region text := (SELECT search_region FROM agencies WHERE id = NEW.agency_id);
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.agency_id IS DISTINCT FROM NEW.agency_id THEN
          DELETE FROM document_search_keys WHERE document_id = NEW.id AND region <> new_region;
        END IF;
        INSERT INTO document_search_keys (${KEY_COLUMNS})
        VALUES (NEW.id, new_region, NEW.agency_id, NEW.type, NEW.status, NEW.search_key, NEW.updated_at)
        ON CONFLICT (region, document_id) DO UPDATE SET agency_id = EXCLUDED.agency_id, type = EXCLUDED.type,
          status = EXCLUDED.status, search_key = EXCLUDED.search_key, updated_at = EXCLUDED.updated_at;
        RETURN NULL;
      END $$`);
    // after the row is final (search_key is set by a BEFORE trigger on code and title)
    await q.query(`
      CREATE TRIGGER documents_search_keys AFTER INSERT ON documents
        FOR EACH ROW EXECUTE FUNCTION documents_search_keys()`);
    await q.query(`
      CREATE TRIGGER documents_search_keys_changed AFTER UPDATE ON documents FOR EACH ROW
        WHEN (OLD.search_key IS DISTINCT FROM NEW.search_key OR OLD.status IS DISTINCT FROM NEW.status
          OR OLD.type IS DISTINCT FROM NEW.type OR OLD.agency_id IS DISTINCT FROM NEW.agency_id
          OR OLD.updated_at IS DISTINCT FROM NEW.updated_at)
        EXECUTE FUNCTION documents_search_keys()`);
    // an agency that moves or changes level: its subtree's regions, then their documents' rows
    await q.query(`
      CREATE OR REPLACE FUNCTION agency_moved_search_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE agencies SET search_region = agency_region(id) WHERE id IN (${MOVED_SUBTREE});
        UPDATE document_search_keys k SET region = a.search_region
          FROM agencies a WHERE a.id = k.agency_id AND k.region <> a.search_region AND a.id IN (${MOVED_SUBTREE});
        RETURN NULL;
      END $$`);

    await q.query('DROP TRIGGER documents_search_tokens ON documents');
    await q.query('DROP FUNCTION documents_search_tokens()');
    await q.query('DROP INDEX documents_search_tokens');
    await q.query('ALTER TABLE documents DROP COLUMN search_tokens');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE documents ADD COLUMN search_tokens text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE documents d SET search_tokens = search_tokens(a.search_region, d.search_key)
        FROM agencies a WHERE a.id = d.agency_id`);
    await q.query('CREATE INDEX documents_search_tokens ON documents USING gin (search_tokens)');
    await q.query(`
      CREATE FUNCTION documents_search_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_tokens := search_tokens((SELECT search_region FROM agencies WHERE id = NEW.agency_id), NEW.search_key);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER documents_search_tokens BEFORE INSERT OR UPDATE OF code, title, search_key, agency_id
        ON documents FOR EACH ROW EXECUTE FUNCTION documents_search_tokens()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION agency_moved_search_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE agencies SET search_region = agency_region(id) WHERE id IN (${MOVED_SUBTREE});
        UPDATE documents d SET search_tokens = search_tokens(a.search_region, d.search_key)
          FROM agencies a WHERE a.id = d.agency_id AND a.id IN (${MOVED_SUBTREE});
        RETURN NULL;
      END $$`);
    await q.query('DROP TRIGGER documents_search_keys_changed ON documents');
    await q.query('DROP TRIGGER documents_search_keys ON documents');
    await q.query('DROP FUNCTION documents_search_keys()');
    await q.query('DROP TABLE document_search_keys');
  }
}
