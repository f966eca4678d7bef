import { EntityManager } from 'typeorm';

/*
 * Oversight's registers as the province reads them: its own rows (rollout and inspection plans,
 * declarations) with the agencies' codes, names and QMS status (organization's tables). No
 * access check: the caller has checked that the reader sees the plan or the agency.
 */

export interface RolloutPlanItemRow {
  agencyId: string;
  code: string;
  name: string;
  level: string;
  tier: string;
  targetYear: number;
  qmsStatus: string | null;
  declared: boolean;
}

/** A rollout plan's agencies with their QMS status and whether a declaration covers them. */
export async function rolloutPlanItems(
  manager: EntityManager,
  planId: string,
): Promise<RolloutPlanItemRow[]> {
  return manager.query<RolloutPlanItemRow[]>(
    `SELECT i.agency_id AS "agencyId", a.code, a.name, a.level, i.tier, i.target_year AS "targetYear",
              q.status AS "qmsStatus",
              EXISTS (SELECT 1 FROM declarations d WHERE i.agency_id = ANY(d.agency_ids) AND d.status <> 'SUPERSEDED') AS declared
         FROM rollout_plan_items i JOIN agencies a ON a.id = i.agency_id
         LEFT JOIN quality_system_agencies m ON m.agency_id = i.agency_id
         LEFT JOIN quality_systems q ON q.id = m.quality_system_id
        WHERE i.plan_id = $1 ORDER BY i.target_year, i.tier, a.code`,
    [planId],
  );
}

/** A rollout plan's agencies counted per target year and tier: planned, applying (QMS APPLYING or DECLARED), declared. */
export async function rolloutPlanProgress(
  manager: EntityManager,
  planId: string,
): Promise<{ targetYear: number; tier: string; planned: number; applying: number; declared: number }[]> {
  const rows = await manager.query<
    { target_year: number; tier: string; planned: string; applying: string; declared: string }[]
  >(
    `SELECT i.target_year, i.tier, count(*)::text AS planned,
              count(*) FILTER (WHERE q.status IN ('APPLYING', 'DECLARED'))::text AS applying,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM declarations d WHERE i.agency_id = ANY(d.agency_ids) AND d.status <> 'SUPERSEDED'))::text AS declared
         FROM rollout_plan_items i
         LEFT JOIN quality_system_agencies m ON m.agency_id = i.agency_id
         LEFT JOIN quality_systems q ON q.id = m.quality_system_id
        WHERE i.plan_id = $1
        GROUP BY i.target_year, i.tier
        ORDER BY i.target_year, i.tier`,
    [planId],
  );
  return rows.map((r) => ({
    targetYear: r.target_year,
    tier: r.tier,
    planned: Number(r.planned),
    applying: Number(r.applying),
    declared: Number(r.declared),
  }));
}

export interface InspectionPlanItemRow {
  agencyId: string;
  code: string;
  name: string;
  level: string;
  onSite: boolean;
  plannedMonth: number | null;
  inspections: { id: string; kind: string; inspectedOn: string; status: string }[];
}

/** An inspection plan's agencies, by code, with the inspections held under the plan. */
export async function inspectionPlanItems(
  manager: EntityManager,
  planId: string,
): Promise<InspectionPlanItemRow[]> {
  return manager.query<InspectionPlanItemRow[]>(
    `SELECT i.agency_id AS "agencyId", a.code, a.name, a.level, i.on_site AS "onSite", i.planned_month AS "plannedMonth",
              COALESCE((SELECT json_agg(json_build_object('id', s.id, 'kind', s.kind,
                          'inspectedOn', to_char(s.inspected_on, 'YYYY-MM-DD'), 'status', s.status)
                          ORDER BY s.inspected_on)
                          FROM inspections s WHERE s.plan_id = i.plan_id AND s.agency_id = i.agency_id), '[]') AS inspections
         FROM inspection_plan_items i JOIN agencies a ON a.id = i.agency_id
        WHERE i.plan_id = $1 ORDER BY a.code`,
    [planId],
  );
}

/** What a declaration decision states: its number and date, who signed it, the scope and TTHC it covers. */
export interface DeclarationDecision {
  decisionNumber: string;
  decisionDate: string;
  signerName: string;
  signerTitle: string;
  scope: string;
  administrativeProcedureCodes: string[];
}

/** A declaration as published, with the QMS's and the declaring agency's names. */
export interface PublicDeclarationRow extends DeclarationDecision {
  id: string;
  qualitySystemId: string;
  qualitySystemName: string;
  agencyId: string;
  agencyName: string;
  agencyIds: string[];
  status: string;
  redeclarationRequiredAt: Date | null;
  supersededAt: Date | null;
}

/** The declarations covering an agency, newest decision first, one page, with the QMS's and the declaring agency's names. */
export async function declarationsCovering(
  manager: EntityManager,
  agencyId: string,
  page: { offset: number; limit: number },
): Promise<{ total: number; rows: PublicDeclarationRow[] }> {
  const [{ total }] = await manager.query<{ total: string }[]>(
    'SELECT count(*)::text AS total FROM declarations WHERE $1 = ANY(agency_ids)',
    [agencyId],
  );
  const rows = await manager.query<PublicDeclarationRow[]>(
    `SELECT d.id, d.quality_system_id AS "qualitySystemId", q.name AS "qualitySystemName",
              d.agency_id AS "agencyId", a.name AS "agencyName", d.agency_ids AS "agencyIds",
              d.decision_number AS "decisionNumber", to_char(d.decision_date, 'YYYY-MM-DD') AS "decisionDate",
              d.signer_name AS "signerName", d.signer_title AS "signerTitle", d.scope,
              d.administrative_procedure_codes AS "administrativeProcedureCodes", d.status,
              d.redeclaration_required_at AS "redeclarationRequiredAt", d.superseded_at AS "supersededAt"
         FROM declarations d JOIN quality_systems q ON q.id = d.quality_system_id JOIN agencies a ON a.id = d.agency_id
        WHERE $1 = ANY(d.agency_ids)
        ORDER BY d.decision_date DESC, d.created_at DESC
        OFFSET $2 LIMIT $3`,
    [agencyId, page.offset, page.limit],
  );
  return { total: Number(total), rows };
}
