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
  const rows = await manager.query<
    {
      agency_id: string;
      code: string;
      name: string;
      level: string;
      tier: string;
      target_year: number;
      qms_status: string | null;
      declared: boolean;
    }[]
  >(
    `SELECT i.agency_id, a.code, a.name, a.level, i.tier, i.target_year, q.status AS qms_status,
              EXISTS (SELECT 1 FROM declarations d WHERE i.agency_id = ANY(d.agency_ids) AND d.status <> 'SUPERSEDED') AS declared
         FROM rollout_plan_items i JOIN agencies a ON a.id = i.agency_id
         LEFT JOIN quality_system_agencies m ON m.agency_id = i.agency_id
         LEFT JOIN quality_systems q ON q.id = m.quality_system_id
        WHERE i.plan_id = $1 ORDER BY i.target_year, i.tier, a.code`,
    [planId],
  );
  return rows.map((r) => ({
    agencyId: r.agency_id,
    code: r.code,
    name: r.name,
    level: r.level,
    tier: r.tier,
    targetYear: r.target_year,
    qmsStatus: r.qms_status,
    declared: r.declared,
  }));
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
  const rows = await manager.query<
    {
      agency_id: string;
      code: string;
      name: string;
      level: string;
      on_site: boolean;
      planned_month: number | null;
      inspections: InspectionPlanItemRow['inspections'];
    }[]
  >(
    `SELECT i.agency_id, a.code, a.name, a.level, i.on_site, i.planned_month,
              COALESCE((SELECT json_agg(json_build_object('id', s.id, 'kind', s.kind,
                          'inspectedOn', to_char(s.inspected_on, 'YYYY-MM-DD'), 'status', s.status)
                          ORDER BY s.inspected_on)
                          FROM inspections s WHERE s.plan_id = i.plan_id AND s.agency_id = i.agency_id), '[]') AS inspections
         FROM inspection_plan_items i JOIN agencies a ON a.id = i.agency_id
        WHERE i.plan_id = $1 ORDER BY a.code`,
    [planId],
  );
  return rows.map((r) => ({
    agencyId: r.agency_id,
    code: r.code,
    name: r.name,
    level: r.level,
    onSite: r.on_site,
    plannedMonth: r.planned_month,
    inspections: r.inspections,
  }));
}

export interface PublicDeclarationRow {
  id: string;
  qualitySystemId: string;
  qualitySystemName: string;
  agencyId: string;
  agencyName: string;
  agencyIds: string[];
  decisionNumber: string;
  decisionDate: string;
  signerName: string;
  signerTitle: string;
  scope: string;
  administrativeProcedureCodes: string[];
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
  const rows = await manager.query<
    {
      id: string;
      quality_system_id: string;
      quality_system_name: string;
      agency_id: string;
      agency_name: string;
      agency_ids: string[];
      decision_number: string;
      decision_date: string;
      signer_name: string;
      signer_title: string;
      scope: string;
      administrative_procedure_codes: string[];
      status: string;
      redeclaration_required_at: Date | null;
      superseded_at: Date | null;
    }[]
  >(
    `SELECT d.id, d.quality_system_id, q.name AS quality_system_name, d.agency_id, a.name AS agency_name,
              d.agency_ids, d.decision_number, to_char(d.decision_date, 'YYYY-MM-DD') AS decision_date,
              d.signer_name, d.signer_title, d.scope, d.administrative_procedure_codes, d.status,
              d.redeclaration_required_at, d.superseded_at
         FROM declarations d JOIN quality_systems q ON q.id = d.quality_system_id JOIN agencies a ON a.id = d.agency_id
        WHERE $1 = ANY(d.agency_ids)
        ORDER BY d.decision_date DESC, d.created_at DESC
        OFFSET $2 LIMIT $3`,
    [agencyId, page.offset, page.limit],
  );
  return {
    total: Number(total),
    rows: rows.map((r) => ({
      id: r.id,
      qualitySystemId: r.quality_system_id,
      qualitySystemName: r.quality_system_name,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      agencyIds: r.agency_ids,
      decisionNumber: r.decision_number,
      decisionDate: r.decision_date,
      signerName: r.signer_name,
      signerTitle: r.signer_title,
      scope: r.scope,
      administrativeProcedureCodes: r.administrative_procedure_codes,
      status: r.status,
      redeclarationRequiredAt: r.redeclaration_required_at,
      supersededAt: r.superseded_at,
    })),
  };
}
