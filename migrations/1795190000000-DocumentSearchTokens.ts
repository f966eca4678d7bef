import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Province-wide register search (issue 17). Neither index of 1795130000000 serves a province
 * well at full scale: documents_search_agency tests every one of the province's 60,000 search
 * keys (strpos, ~100 ms of CPU a search), and the trigram index reads the country's matches of
 * each trigram (83,000 documents for "giay phep") to keep a province's 5,000; a combined
 * btree_gin (agency_id, trigrams) index was slower still (~5 s, one GIN scan per agency).
 *
 * document_search_tokens holds each document's trigrams (pg_trgm's show_trgm of search_key)
 * prefixed by its region — the province above its agency, or the root for agencies under no
 * province — so the GIN posting list of "<province>:gia" holds that province's documents only:
 * a province search reads ~1/34 of what the trigram index reads (2 ms for 5,000 matches). The
 * match is then confirmed on search_key, so a token collision costs time, never a wrong answer.
 *
 * Kept by statement-level triggers: documents inserted or changed in key or agency (a merger
 * moves documents), and every document under an agency that moves to another parent.
 */
export class DocumentSearchTokens1795190000000 implements MigrationInterface {
  name = 'DocumentSearchTokens1795190000000';

  async up(q: QueryRunner): Promise<void> {
    // the first 8 hex digits of the region agency's id: short tokens, and 34 provinces
    // colliding would only make a search read another province's posting list too
    await q.query(`
      CREATE FUNCTION agency_region(agency uuid) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
        WITH RECURSIVE up AS (
          SELECT id, parent_id, level, 0 AS depth FROM agencies WHERE id = agency
          UNION ALL
          SELECT a.id, a.parent_id, a.level, up.depth + 1 FROM agencies a JOIN up ON a.id = up.parent_id
           WHERE up.level <> 'PROVINCE')
        SELECT left(id::text, 8) FROM up ORDER BY level = 'PROVINCE' DESC, depth DESC LIMIT 1 $$`);
    await q.query(`
      CREATE FUNCTION agency_regions(agencies uuid[]) RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT agency_region(a)), '{}') FROM unnest(agencies) a $$`);
    await q.query(`
      CREATE FUNCTION search_tokens(region text, key text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(region || ':' || t), '{}') FROM unnest(show_trgm(key)) t $$`);
    await q.query(`
      CREATE TABLE document_search_tokens (
        document_id uuid PRIMARY KEY REFERENCES documents (id),
        tokens text[] NOT NULL
      )`);
    // one region lookup per agency of the statement, not per document (imports, mergers); an
    // update rewrites the tokens of the rows whose key or agency changed only
    const write = (changed: string) => `
      INSERT INTO document_search_tokens (document_id, tokens)
      SELECT n.id, search_tokens(r.region, n.search_key)
        FROM new_rows n
        JOIN (SELECT a, agency_region(a) AS region FROM (SELECT DISTINCT agency_id AS a FROM new_rows) x) r
          ON r.a = n.agency_id
       ${changed}
      ON CONFLICT (document_id) DO UPDATE SET tokens = EXCLUDED.tokens`;
    await q.query(`
      CREATE FUNCTION documents_inserted_search_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${write('')};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION documents_updated_search_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${write(`WHERE EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id
           AND (o.search_key IS DISTINCT FROM n.search_key OR o.agency_id IS DISTINCT FROM n.agency_id))`)};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER documents_search_tokens_insert AFTER INSERT ON documents
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION documents_inserted_search_tokens()`);
    await q.query(`
      CREATE TRIGGER documents_search_tokens_update AFTER UPDATE ON documents
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION documents_updated_search_tokens()`);
    await q.query(`
      CREATE FUNCTION agency_moved_search_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE document_search_tokens t SET tokens = search_tokens(agency_region(d.agency_id), d.search_key)
          FROM documents d
         WHERE d.id = t.document_id AND d.agency_id IN (
           WITH RECURSIVE sub AS (SELECT NEW.id AS id UNION SELECT a.id FROM agencies a JOIN sub ON a.parent_id = sub.id)
           SELECT id FROM sub);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER agencies_search_tokens AFTER UPDATE OF parent_id, level ON agencies FOR EACH ROW
        WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id OR OLD.level IS DISTINCT FROM NEW.level)
        EXECUTE FUNCTION agency_moved_search_tokens()`);
    await q.query(`
      INSERT INTO document_search_tokens (document_id, tokens)
      SELECT d.id, search_tokens(r.region, d.search_key)
        FROM documents d JOIN (SELECT id, agency_region(id) AS region FROM agencies) r ON r.id = d.agency_id`);
    await q.query('CREATE INDEX document_search_tokens_gin ON document_search_tokens USING gin (tokens)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER agencies_search_tokens ON agencies');
    await q.query('DROP TRIGGER documents_search_tokens_update ON documents');
    await q.query('DROP TRIGGER documents_search_tokens_insert ON documents');
    await q.query('DROP TABLE document_search_tokens');
    await q.query('DROP FUNCTION agency_moved_search_tokens()');
    await q.query('DROP FUNCTION documents_updated_search_tokens()');
    await q.query('DROP FUNCTION documents_inserted_search_tokens()');
    await q.query('DROP FUNCTION search_tokens(text, text)');
    await q.query('DROP FUNCTION agency_regions(uuid[])');
    await q.query('DROP FUNCTION agency_region(uuid)');
  }
}
