/*
 * The SQL text of the province dashboard and of TTHC coverage. Plain strings with no imports, so
 * the benchmark's baseline server (bench/lib/sql.ts) runs the very text the API runs.
 */

/** One row per active agency of the province's subtree: QMS, declaration, overdue deadlines, open nonconformities, this year's report. $1 province, $2 now, $3 year. */
export const PROVINCE_DASHBOARD_SQL = `WITH RECURSIVE sub AS (
         SELECT id FROM agencies WHERE id = $1
         UNION SELECT a.id FROM agencies a JOIN sub ON a.parent_id = sub.id),
       ag AS (
         SELECT a.id, a.code, a.name, a.level, a.parent_id FROM sub JOIN agencies a ON a.id = sub.id
          WHERE a.status = 'ACTIVE'),
       overdue AS (
         SELECT d.agency_id, count(*) AS n FROM deadlines d JOIN ag ON ag.id = d.agency_id
          WHERE d.state = 'OPEN' AND d.due_at < $2 GROUP BY d.agency_id),
       ncs AS (
         SELECT n.agency_id, count(*) AS open, count(*) FILTER (WHERE n.severity = 'MAJOR') AS major
           FROM nonconformities n JOIN ag ON ag.id = n.agency_id
          WHERE n.status <> 'CLOSED' GROUP BY n.agency_id),
       decl AS (
         SELECT DISTINCT ON (x.agency_id) x.agency_id, d.id, d.status, d.decision_number,
                to_char(d.decision_date, 'YYYY-MM-DD') AS decision_date
           FROM declarations d CROSS JOIN LATERAL unnest(d.agency_ids) AS x(agency_id)
           JOIN ag ON ag.id = x.agency_id
          WHERE d.status <> 'SUPERSEDED'
          ORDER BY x.agency_id, d.decision_date DESC, d.created_at DESC)
       SELECT ag.id, ag.code, ag.name, ag.level, ag.parent_id,
              q.id AS qms_id, q.name AS qms_name, q.status AS qms_status,
              decl.id AS declaration_id, decl.status AS declaration_status,
              decl.decision_number, decl.decision_date,
              coalesce(overdue.n, 0)::int AS overdue,
              coalesce(ncs.open, 0)::int AS open_ncs, coalesce(ncs.major, 0)::int AS open_major,
              coalesce(r.status, 'NOT_CREATED') AS report_status
         FROM ag
         LEFT JOIN quality_system_agencies m ON m.agency_id = ag.id
         LEFT JOIN quality_systems q ON q.id = m.quality_system_id
         LEFT JOIN overdue ON overdue.agency_id = ag.id
         LEFT JOIN ncs ON ncs.agency_id = ag.id
         LEFT JOIN decl ON decl.agency_id = ag.id
         LEFT JOIN annual_reports r ON r.agency_id = ag.id AND r.year = $3
        WHERE ag.id <> $1 OR q.id IS NOT NULL
        ORDER BY ag.code`;

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
