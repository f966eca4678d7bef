import { EntityManager } from 'typeorm';
import {
  COVERAGE_CATALOGUE_SQL,
  COVERAGE_COUNTS_SQL,
  COVERAGE_PROCEDURES_SQL,
  COVERAGE_SIBLINGS_SQL,
} from './province-dashboard.sql';

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
 * Coverage of each agency's TTHC catalogue (oversight's table): a TTHC is covered when a
 * PROCEDURE in force (documents' table) lists its code, in the agency itself or in another
 * agency of the same QMS (organization's table; a People's Committee's procedures may be kept
 * by its Office). Three set-based queries whatever the number of agencies. No access check:
 * callers scope the ids they pass.
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
  >(COVERAGE_CATALOGUE_SQL, [agencyIds]);
  const siblingRows = await manager.query<{ agency_id: string; sibling_id: string }[]>(
    COVERAGE_SIBLINGS_SQL,
    [agencyIds],
  );
  const pools = new Map<string, Set<string>>(agencyIds.map((id) => [id, new Set([id])]));
  for (const row of siblingRows) pools.get(row.agency_id)?.add(row.sibling_id);
  const everyone = [...new Set([...agencyIds, ...siblingRows.map((r) => r.sibling_id)])];
  const procedures = await manager.query<
    { agency_id: string; code: string; document_id: string; document_code: string; title: string }[]
  >(COVERAGE_PROCEDURES_SQL, [everyone]);
  const byAgencyCode = new Map<string, CoveredItem['procedures']>();
  for (const p of procedures) {
    const key = `${p.agency_id}|${p.code}`;
    const list = byAgencyCode.get(key) ?? [];
    list.push({ documentId: p.document_id, agencyId: p.agency_id, code: p.document_code, title: p.title });
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

/** computeCoverage's totals without the items: one grouped query (the province and national dashboards). */
export async function coverageCounts(
  manager: EntityManager,
  agencyIds: string[],
): Promise<Map<string, Pick<AgencyCoverage, 'total' | 'covered' | 'ratio'>>> {
  const result = new Map(agencyIds.map((id) => [id, { total: 0, covered: 0, ratio: null as number | null }]));
  if (agencyIds.length === 0) return result;
  const rows = await manager.query<{ agency_id: string; total: number; covered: number }[]>(
    COVERAGE_COUNTS_SQL,
    [agencyIds],
  );
  for (const r of rows)
    result.set(r.agency_id, { total: r.total, covered: r.covered, ratio: ratioOf(r.covered, r.total) });
  return result;
}
