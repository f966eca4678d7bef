import { MigrationInterface, QueryRunner } from 'typeorm';

/** The subtree of the agency a trigger fires for (NEW.id), itself included: SQL for `IN (…)`. */
const MOVED_SUBTREE = `WITH RECURSIVE sub AS (SELECT NEW.id AS id UNION SELECT a.id FROM agencies a JOIN sub ON a.parent_id = sub.id)
           SELECT id FROM sub`;

/**
 * The region of every agency (agency_region(), migration 1795190000000) kept on the agency row,
 * so that agency_regions() — asked before every province-wide register search with the caller's
 * agencies — reads one column per agency instead of walking each agency's ancestry: 3.6 ms for a
 * province's 300 agencies, a fifth of that search's database time at full scale. A document's
 * search tokens, written with every new document or title, take the region from the same column.
 *
 * Kept by triggers: a new agency takes its parent's region (its own id when it is a province or
 * has no parent); an agency that moves or changes level has its whole subtree's regions
 * recomputed, then those agencies' documents' tokens (one walk of the subtree for both).
 */
export class AgencySearchRegion1795210000000 implements MigrationInterface {
  name = 'AgencySearchRegion1795210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE agencies ADD COLUMN search_region text');
    await q.query('UPDATE agencies SET search_region = agency_region(id)');
    await q.query('ALTER TABLE agencies ALTER COLUMN search_region SET NOT NULL');
    await q.query(`
      CREATE FUNCTION agencies_new_search_region() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_region := CASE
          WHEN NEW.level = 'PROVINCE' OR NEW.parent_id IS NULL THEN left(NEW.id::text, 8)
          ELSE (SELECT search_region FROM agencies WHERE id = NEW.parent_id) END;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER agencies_new_search_region BEFORE INSERT ON agencies
        FOR EACH ROW EXECUTE FUNCTION agencies_new_search_region()`);
    // the trigger of 1795190000000 (agencies_search_tokens) fires this on a move or a new level
    await q.query(`
      CREATE OR REPLACE FUNCTION agency_moved_search_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE agencies SET search_region = agency_region(id) WHERE id IN (${MOVED_SUBTREE});
        UPDATE documents d SET search_tokens = search_tokens(a.search_region, d.search_key)
          FROM agencies a WHERE a.id = d.agency_id AND a.id IN (${MOVED_SUBTREE});
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION documents_search_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_tokens := search_tokens((SELECT search_region FROM agencies WHERE id = NEW.agency_id), NEW.search_key);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION agency_regions(agencies uuid[]) RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT a.search_region), '{}') FROM agencies a WHERE a.id = ANY(agencies) $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION agency_regions(agencies uuid[]) RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT agency_region(a)), '{}') FROM unnest(agencies) a $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION documents_search_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_tokens := search_tokens(agency_region(NEW.agency_id), NEW.search_key);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION agency_moved_search_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE documents d SET search_tokens = search_tokens(agency_region(d.agency_id), d.search_key)
         WHERE d.agency_id IN (${MOVED_SUBTREE});
        RETURN NULL;
      END $$`);
    await q.query('DROP TRIGGER agencies_new_search_region ON agencies');
    await q.query('DROP FUNCTION agencies_new_search_region()');
    await q.query('ALTER TABLE agencies DROP COLUMN search_region');
  }
}
