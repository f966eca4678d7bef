import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Register search that stays fast province-wide (issue 17). The old trigram index
 * documents_search covered code + title only: a search found every matching document in the
 * country (~16,700 for a common word at 1M documents) and only then kept the caller's agencies,
 * and aliases were a second, separate lookup OR-ed in (which no index serves).
 *
 * documents.search_key now holds the searchable text once — code, title and the codes a merger
 * retired (document_code_aliases), unaccented and lower-cased (đ → d) as the API's searchKey() —
 * kept by triggers (the document's own on code/title, the alias table's on its rows). Aliases
 * follow a newline so a query never matches across the title/alias boundary by accident.
 *
 * documents_search_agency (agency_id INCLUDE status, type, updated_at, search_key, id) answers a
 * search of the caller's agencies by an index-only scan: the matching, the ranking (code typed
 * exactly, shorter text, recency) and the page all come from the index, and only the page's
 * documents are read. A combined GIN (btree_gin agency_id + trigrams) was tried first and was far
 * slower for a province (a GIN scan per agency of the ANY array, each reading whole trigram
 * posting lists: ~6 s for 150 agencies over 1M rows, against ~40–70 ms for this index).
 * documents_search keeps a trigram index, now on search_key, for callers who read every agency.
 */
export class DocumentSearchKey1795130000000 implements MigrationInterface {
  name = 'DocumentSearchKey1795130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION document_search_key(doc uuid, code text, title text) RETURNS text
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT lower(f_unaccent(code || ' ' || title || coalesce(
          (SELECT E'\\n' || string_agg(x.code, E'\\n' ORDER BY x.code) FROM document_code_aliases x WHERE x.document_id = doc),
          ''))) $$`);
    await q.query(`
      CREATE FUNCTION documents_search_key() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_key := document_search_key(NEW.id, NEW.code, NEW.title);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE FUNCTION document_code_aliases_search_key() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE documents d SET search_key = document_search_key(d.id, d.code, d.title)
         WHERE d.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.document_id END,
                        CASE WHEN TG_OP <> 'DELETE' THEN NEW.document_id END);
        RETURN NULL;
      END $$`);
    await q.query('ALTER TABLE documents ADD COLUMN search_key text');
    await q.query('UPDATE documents d SET search_key = document_search_key(d.id, d.code, d.title)');
    await q.query('ALTER TABLE documents ALTER COLUMN search_key SET NOT NULL');
    await q.query(`
      CREATE TRIGGER documents_search_key BEFORE INSERT OR UPDATE OF code, title ON documents
        FOR EACH ROW EXECUTE FUNCTION documents_search_key()`);
    await q.query(`
      CREATE TRIGGER document_code_aliases_search_key AFTER INSERT OR UPDATE OR DELETE ON document_code_aliases
        FOR EACH ROW EXECUTE FUNCTION document_code_aliases_search_key()`);
    await q.query('DROP INDEX documents_search');
    await q.query('CREATE INDEX documents_search ON documents USING gin (search_key gin_trgm_ops)');
    await q.query(
      'CREATE INDEX documents_search_agency ON documents (agency_id) INCLUDE (status, type, updated_at, search_key, id)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX documents_search_agency');
    await q.query('DROP INDEX documents_search');
    await q.query(
      `CREATE INDEX documents_search ON documents USING gin (lower(f_unaccent(code || ' ' || title)) gin_trgm_ops)`,
    );
    await q.query('DROP TRIGGER document_code_aliases_search_key ON document_code_aliases');
    await q.query('DROP TRIGGER documents_search_key ON documents');
    await q.query('ALTER TABLE documents DROP COLUMN search_key');
    await q.query('DROP FUNCTION document_code_aliases_search_key()');
    await q.query('DROP FUNCTION documents_search_key()');
    await q.query('DROP FUNCTION document_search_key(uuid, text, text)');
  }
}
