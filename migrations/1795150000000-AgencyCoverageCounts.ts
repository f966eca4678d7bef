import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TTHC coverage counts kept as the data changes (issue 17): agency_coverage_counts holds, per
 * agency, its active TTHC catalogue size and how many of those codes a PROCEDURE in force lists in
 * the agency or another agency of its QMS — the figures computeCoverage gives. The dashboards read
 * them by primary key instead of counting ~23,000 procedure codes per province on each request.
 *
 * Exact, not a cache: statement-level triggers on the three tables coverage depends on
 * (administrative_procedures, documents, quality_system_agencies) recompute the counts of the
 * affected agencies and their QMS siblings in the same transaction as the change. A per-agency
 * transaction advisory lock, taken before counting, makes concurrent changes to the same agency
 * count one after the other, each seeing the other's committed rows. An agency with no row has an
 * empty catalogue (0 of 0). refresh_agency_coverage(NULL) rebuilds every count, for loads that
 * run without triggers (session_replication_role = replica: the benchmark's generator).
 */
export class AgencyCoverageCounts1795150000000 implements MigrationInterface {
  name = 'AgencyCoverageCounts1795150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency_coverage_counts (
        agency_id uuid PRIMARY KEY,
        total int NOT NULL,
        covered int NOT NULL
      )`);
    await q.query(`
      CREATE FUNCTION refresh_agency_coverage(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF ids IS NULL THEN
          LOCK TABLE agency_coverage_counts IN SHARE ROW EXCLUSIVE MODE;
          DELETE FROM agency_coverage_counts;
          ids := ARRAY(SELECT DISTINCT agency_id FROM administrative_procedures);
        ELSE
          IF cardinality(ids) = 0 THEN RETURN; END IF;
          PERFORM pg_advisory_xact_lock(hashtext('agency_coverage:' || s.id::text))
             FROM (SELECT DISTINCT id FROM unnest(ids) id ORDER BY id) s;
        END IF;
        INSERT INTO agency_coverage_counts (agency_id, total, covered)
        WITH ag AS (SELECT DISTINCT a FROM unnest(ids) a),
             pool AS MATERIALIZED (
               SELECT a AS agency_id, a AS member FROM ag
               UNION SELECT m.agency_id, s.agency_id FROM quality_system_agencies m
                 JOIN quality_system_agencies s ON s.quality_system_id = m.quality_system_id
                WHERE m.agency_id = ANY(ids)),
             codes AS (
               SELECT DISTINCT p.agency_id, x.code
                 FROM documents d JOIN pool p ON p.member = d.agency_id
                CROSS JOIN LATERAL unnest(d.administrative_procedure_codes) AS x(code)
                WHERE d.agency_id = ANY (ARRAY(SELECT member FROM pool)) AND d.type = 'PROCEDURE'
                  AND d.status = 'EFFECTIVE'),
             counts AS (
               SELECT c.agency_id, count(*)::int AS total, count(k.code)::int AS covered
                 FROM administrative_procedures c LEFT JOIN codes k ON k.agency_id = c.agency_id AND k.code = c.code
                WHERE c.agency_id = ANY(ids) AND c.active GROUP BY c.agency_id)
        SELECT ag.a, coalesce(counts.total, 0), coalesce(counts.covered, 0)
          FROM ag LEFT JOIN counts ON counts.agency_id = ag.a
        ON CONFLICT (agency_id) DO UPDATE SET total = EXCLUDED.total, covered = EXCLUDED.covered;
      END $$`);
    // the agencies whose coverage a procedure of these agencies counts in: each and its QMS siblings
    await q.query(`
      CREATE FUNCTION coverage_with_siblings(ids uuid[]) RETURNS uuid[] LANGUAGE sql STABLE AS $$
        SELECT ARRAY(SELECT unnest(ids) UNION SELECT s.agency_id FROM quality_system_agencies m
          JOIN quality_system_agencies s ON s.quality_system_id = m.quality_system_id WHERE m.agency_id = ANY(ids))
      $$`);
    await q.query(`
      CREATE FUNCTION administrative_procedures_coverage() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM refresh_agency_coverage(ARRAY(SELECT agency_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM refresh_agency_coverage(ARRAY(SELECT agency_id FROM old_rows));
        ELSE
          PERFORM refresh_agency_coverage(ARRAY(
            SELECT o.agency_id FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.agency_id, o.code, o.active) IS DISTINCT FROM (n.agency_id, n.code, n.active)
            UNION SELECT n.agency_id FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.agency_id, o.code, o.active) IS DISTINCT FROM (n.agency_id, n.code, n.active)));
        END IF;
        RETURN NULL;
      END $$`);
    // only a PROCEDURE in force listing codes counts; an update counts when it changes one of those
    await q.query(`
      CREATE FUNCTION documents_coverage() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ids := ARRAY(SELECT agency_id FROM new_rows WHERE type = 'PROCEDURE' AND status = 'EFFECTIVE'
                          AND administrative_procedure_codes <> '{}');
        ELSIF TG_OP = 'DELETE' THEN
          ids := ARRAY(SELECT agency_id FROM old_rows WHERE type = 'PROCEDURE' AND status = 'EFFECTIVE'
                          AND administrative_procedure_codes <> '{}');
        ELSE
          ids := ARRAY(
            WITH changed AS (
              SELECT o.agency_id AS old_agency, n.agency_id AS new_agency FROM old_rows o JOIN new_rows n ON n.id = o.id
               WHERE (o.type = 'PROCEDURE' OR n.type = 'PROCEDURE')
                 AND (o.agency_id, o.type, o.status, o.administrative_procedure_codes)
                     IS DISTINCT FROM (n.agency_id, n.type, n.status, n.administrative_procedure_codes))
            SELECT old_agency FROM changed UNION SELECT new_agency FROM changed);
        END IF;
        IF cardinality(ids) > 0 THEN
          PERFORM refresh_agency_coverage(coverage_with_siblings(ids));
        END IF;
        RETURN NULL;
      END $$`);
    // a membership change moves procedures in or out of the pool of every member of both QMSs
    await q.query(`
      CREATE FUNCTION quality_system_agencies_coverage() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
        systems uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ids := ARRAY(SELECT agency_id FROM new_rows);
          systems := ARRAY(SELECT quality_system_id FROM new_rows);
        ELSIF TG_OP = 'DELETE' THEN
          ids := ARRAY(SELECT agency_id FROM old_rows);
          systems := ARRAY(SELECT quality_system_id FROM old_rows);
        ELSE
          ids := ARRAY(SELECT agency_id FROM old_rows UNION SELECT agency_id FROM new_rows);
          systems := ARRAY(SELECT quality_system_id FROM old_rows UNION SELECT quality_system_id FROM new_rows);
        END IF;
        PERFORM refresh_agency_coverage(ARRAY(
          SELECT unnest(ids) UNION SELECT agency_id FROM quality_system_agencies WHERE quality_system_id = ANY(systems)));
        RETURN NULL;
      END $$`);
    for (const table of ['administrative_procedures', 'documents', 'quality_system_agencies']) {
      await q.query(`CREATE TRIGGER ${table}_coverage_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_coverage()`);
      await q.query(`CREATE TRIGGER ${table}_coverage_update AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_coverage()`);
      await q.query(`CREATE TRIGGER ${table}_coverage_delete AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_coverage()`);
    }
    await q.query('SELECT refresh_agency_coverage(NULL)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['administrative_procedures', 'documents', 'quality_system_agencies']) {
      for (const event of ['insert', 'update', 'delete'])
        await q.query(`DROP TRIGGER ${table}_coverage_${event} ON ${table}`);
      await q.query(`DROP FUNCTION ${table}_coverage()`);
    }
    await q.query('DROP FUNCTION coverage_with_siblings(uuid[])');
    await q.query('DROP FUNCTION refresh_agency_coverage(uuid[])');
    await q.query('DROP TABLE agency_coverage_counts');
  }
}
