import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Province-wide register search (issue 17). Neither index of 1795130000000 serves a province
 * well at full scale: documents_search_agency tests every one of the province's 60,000 search
 * keys (strpos, ~100 ms of CPU a search), and the trigram index reads the country's matches of
 * each trigram (83,000 documents for "giay phep") to keep a province's 5,000; a combined
 * btree_gin (agency_id, trigrams) index was slower still (~5 s, one GIN scan per agency).
 *
 * documents.search_tokens holds each document's trigrams (pg_trgm's show_trgm of search_key)
 * prefixed by its region — the province above its agency, or the root for agencies under no
 * province — so the GIN posting list of "<province>:gia" holds that province's documents only:
 * a province search reads ~1/34 of what the trigram index reads (2 ms for 5,000 matches). The
 * match is then confirmed on search_key, so a token collision costs time, never a wrong answer.
 * On the row itself, the index's matches are read in one bitmap heap scan (a side table cost its
 * own heap and a primary-key lookup per match: 80 ms for 5,000 matches).
 *
 * Kept by triggers: a document's own when it is written with a new key or agency (a merger moves
 * documents), and every document under an agency that moves to another parent.
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
    await q.query('ALTER TABLE documents ADD COLUMN search_tokens text[]');
    await q.query(`
      UPDATE documents d SET search_tokens = search_tokens(r.region, d.search_key)
        FROM (SELECT id, agency_region(id) AS region FROM agencies) r WHERE r.id = d.agency_id`);
    await q.query(
      `ALTER TABLE documents ALTER COLUMN search_tokens SET DEFAULT '{}', ALTER COLUMN search_tokens SET NOT NULL`,
    );
    await q.query('CREATE INDEX documents_search_tokens ON documents USING gin (search_tokens)');
    // after documents_search_key (triggers of a kind fire by name), which sets search_key
    await q.query(`
      CREATE FUNCTION documents_search_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_tokens := search_tokens(agency_region(NEW.agency_id), NEW.search_key);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER documents_search_tokens BEFORE INSERT OR UPDATE OF code, title, search_key, agency_id
        ON documents FOR EACH ROW EXECUTE FUNCTION documents_search_tokens()`);
    await q.query(`
      CREATE FUNCTION agency_moved_search_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE documents d SET search_tokens = search_tokens(agency_region(d.agency_id), d.search_key)
         WHERE d.agency_id IN (
           WITH RECURSIVE sub AS (SELECT NEW.id AS id UNION SELECT a.id FROM agencies a JOIN sub ON a.parent_id = sub.id)
           SELECT id FROM sub);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER agencies_search_tokens AFTER UPDATE OF parent_id, level ON agencies FOR EACH ROW
        WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id OR OLD.level IS DISTINCT FROM NEW.level)
        EXECUTE FUNCTION agency_moved_search_tokens()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER agencies_search_tokens ON agencies');
    await q.query('DROP TRIGGER documents_search_tokens ON documents');
    await q.query('ALTER TABLE documents DROP COLUMN search_tokens');
    await q.query('DROP FUNCTION agency_moved_search_tokens()');
    await q.query('DROP FUNCTION documents_search_tokens()');
    await q.query('DROP FUNCTION search_tokens(text, text)');
    await q.query('DROP FUNCTION agency_regions(uuid[])');
    await q.query('DROP FUNCTION agency_region(uuid)');
  }
}
