import { EntityManager } from 'typeorm';
import { effectiveProcedureCodes } from '@app/documents';

export interface CoveredItem {
  code: string;
  name: string;
  field: string | null;
  covered: boolean;
  procedures: { documentId: string; agencyId: string; code: string; title: string }[];
}

export interface AgencyCoverage {
  agencyId: string;
  total: number;
  covered: number;
  /** covered / total, null for an empty catalogue (the target is 1). */
  ratio: number | null;
  items: CoveredItem[];
}

export function ratioOf(covered: number, total: number): number | null {
  return total === 0 ? null : Math.round((covered / total) * 10000) / 10000;
}

/**
 * Coverage of each agency's TTHC catalogue: a TTHC is covered when a PROCEDURE in force lists
 * its code, in the agency itself or in another agency of the same QMS (a People's Committee's
 * procedures may be kept by its Office). Three set-based queries whatever the number of agencies.
 */
export async function computeCoverage(
  manager: EntityManager,
  agencyIds: string[],
): Promise<Map<string, AgencyCoverage>> {
  const result = new Map<string, AgencyCoverage>(
    agencyIds.map((id) => [id, { agencyId: id, total: 0, covered: 0, ratio: null, items: [] }]),
  );
  if (agencyIds.length === 0) return result;
  const catalogue = await manager.query<
    { agency_id: string; code: string; name: string; field: string | null }[]
  >(
    `SELECT agency_id, code, name, field FROM administrative_procedures
      WHERE agency_id = ANY($1::uuid[]) AND active ORDER BY agency_id, code`,
    [agencyIds],
  );
  const siblingRows = await manager.query<{ agency_id: string; sibling_id: string }[]>(
    `SELECT m.agency_id, s.agency_id AS sibling_id
       FROM quality_system_agencies m JOIN quality_system_agencies s ON s.quality_system_id = m.quality_system_id
      WHERE m.agency_id = ANY($1::uuid[])`,
    [agencyIds],
  );
  const pools = new Map<string, Set<string>>(agencyIds.map((id) => [id, new Set([id])]));
  for (const row of siblingRows) pools.get(row.agency_id)?.add(row.sibling_id);
  const everyone = [...new Set([...agencyIds, ...siblingRows.map((r) => r.sibling_id)])];
  const procedures = await effectiveProcedureCodes(manager, everyone);
  const byAgencyCode = new Map<string, CoveredItem['procedures']>();
  for (const p of procedures) {
    const key = `${p.agencyId}|${p.code}`;
    const list = byAgencyCode.get(key) ?? [];
    list.push({ documentId: p.documentId, agencyId: p.agencyId, code: p.documentCode, title: p.title });
    byAgencyCode.set(key, list);
  }
  for (const row of catalogue) {
    const entry = result.get(row.agency_id)!;
    const covering = [...(pools.get(row.agency_id) ?? [])].flatMap(
      (agencyId) => byAgencyCode.get(`${agencyId}|${row.code}`) ?? [],
    );
    entry.total += 1;
    if (covering.length > 0) entry.covered += 1;
    entry.items.push({
      code: row.code,
      name: row.name,
      field: row.field,
      covered: covering.length > 0,
      procedures: covering,
    });
  }
  for (const entry of result.values()) entry.ratio = ratioOf(entry.covered, entry.total);
  return result;
}
