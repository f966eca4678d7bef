/*
 * The SQL text of the province dashboard and of TTHC coverage. Plain strings with no imports, so
 * the benchmark's baseline server (bench/lib/sql.ts) runs the very text the API runs.
 */

/**
 * One row per active agency under the roots (`roots`: SQL giving a column `root`), with its root:
 * QMS, declaration, overdue deadlines, open nonconformities, this year's report. $2 now, $3 year.
 * The root itself appears only when it has a QMS. Each agency's counts are index look-ups of its
 * own rows (deadlines_open_due, nonconformities_agency, declarations_agencies), so the cost grows
 * with the agencies shown, not with the size of the nation's tables, and every figure is read as
 * of the request (overdue = open and due before $2): nothing maintained that could be stale.
 */
const dashboardSql = (roots: string) => `WITH RECURSIVE sub AS (
         SELECT r.root AS id, r.root FROM (${roots}) r
         UNION SELECT a.id, sub.root FROM agencies a JOIN sub ON a.parent_id = sub.id),
       ag AS MATERIALIZED (
         SELECT a.id, a.code, a.name, a.level, a.parent_id, sub.root FROM sub JOIN agencies a ON a.id = sub.id
          WHERE a.status = 'ACTIVE')
       SELECT ag.root, ag.id, ag.code, ag.name, ag.level, ag.parent_id,
              q.id AS qms_id, q.name AS qms_name, q.status AS qms_status,
              decl.id AS declaration_id, decl.status AS declaration_status,
              decl.decision_number, decl.decision_date,
              (SELECT count(*) FROM deadlines d
                WHERE d.agency_id = ag.id AND d.state = 'OPEN' AND d.due_at < $2)::int AS overdue,
              ncs.open::int AS open_ncs, ncs.major::int AS open_major,
              coalesce(r.status, 'NOT_CREATED') AS report_status
         FROM ag
         LEFT JOIN quality_system_agencies m ON m.agency_id = ag.id
         LEFT JOIN quality_systems q ON q.id = m.quality_system_id
         CROSS JOIN LATERAL (
           SELECT count(*) AS open, count(*) FILTER (WHERE n.severity = 'MAJOR') AS major
             FROM nonconformities n WHERE n.agency_id = ag.id AND n.status <> 'CLOSED') ncs
         LEFT JOIN LATERAL (
           SELECT d.id, d.status, d.decision_number, to_char(d.decision_date, 'YYYY-MM-DD') AS decision_date
             FROM declarations d
            WHERE d.agency_ids @> ARRAY[ag.id] AND d.status <> 'SUPERSEDED'
            ORDER BY d.decision_date DESC, d.created_at DESC LIMIT 1) decl ON true
         LEFT JOIN annual_reports r ON r.agency_id = ag.id AND r.year = $3
        WHERE ag.id <> ag.root OR q.id IS NOT NULL
        ORDER BY ag.root, ag.code`;

/** The province dashboard's rows: the subtree of $1 (a province), $2 now, $3 year. */
export const PROVINCE_DASHBOARD_SQL = dashboardSql('SELECT $1::uuid AS root');

/** The national dashboard's rows: the subtrees of the provinces $1 (uuid[]), ordered by province; $2 now, $3 year. */
export const NATIONAL_DASHBOARD_SQL = dashboardSql('SELECT unnest($1::uuid[]) AS root');

/** The active TTHC catalogue of the agencies ($1 agency ids). */
export const COVERAGE_CATALOGUE_SQL = `SELECT agency_id, code, name, field FROM administrative_procedures
      WHERE agency_id = ANY($1::uuid[]) AND active ORDER BY agency_id, code`;

/** Each agency with every agency of its QMS, itself included ($1 agency ids). */
export const COVERAGE_SIBLINGS_SQL = `SELECT m.agency_id, s.agency_id AS sibling_id
       FROM quality_system_agencies m JOIN quality_system_agencies s ON s.quality_system_id = m.quality_system_id
      WHERE m.agency_id = ANY($1::uuid[])`;

/** Every (agency, TTHC code, procedure) where a PROCEDURE in force lists the code ($1 agency ids). */
export const COVERAGE_PROCEDURES_SQL = `SELECT d.agency_id, c.code, d.id AS document_id, d.code AS document_code, d.title
       FROM documents d CROSS JOIN LATERAL unnest(d.administrative_procedure_codes) AS c(code)
      WHERE d.agency_id = ANY($1::uuid[]) AND d.type = 'PROCEDURE' AND d.status = 'EFFECTIVE'
      ORDER BY d.agency_id, c.code, d.code`;

/**
 * Each agency's TTHC catalogue size and how many of its codes a PROCEDURE in force lists, in the
 * agency or another agency of its QMS ($1 agency ids): the counts computeCoverage gives, read by
 * primary key from agency_coverage_counts, which triggers keep exact in the transaction of every
 * change to the catalogue, the procedures or QMS membership (migration AgencyCoverageCounts). An
 * agency with no row has an empty catalogue.
 */
export const COVERAGE_COUNTS_SQL = `SELECT agency_id, total, covered FROM agency_coverage_counts
      WHERE agency_id = ANY($1::uuid[]) AND total > 0`;

/** Recounts every agency's coverage: after a load that ran without triggers (session_replication_role = replica). */
export const REBUILD_COVERAGE_COUNTS_SQL = 'SELECT refresh_agency_coverage(NULL)';
