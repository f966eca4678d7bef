import { EntityManager } from 'typeorm';
import { coverageCounts, ratioOf } from './coverage';
import { NATIONAL_DASHBOARD_SQL, PROVINCE_DASHBOARD_SQL } from './province-dashboard.sql';
import { QmsDashboardFigures, qmsDashboardFigures } from './qms';

export interface DashboardAgency {
  agencyId: string;
  code: string;
  name: string;
  level: string;
  parentId: string | null;
  qualitySystem: { id: string; name: string; status: string } | null;
  declaration: {
    id: string;
    status: string;
    decisionNumber: string;
    decisionDate: string;
  } | null;
  coverage: { total: number; covered: number; ratio: number | null };
  overdueDeadlines: number;
  openNonconformities: number;
  openMajorNonconformities: number;
  /** Status of this year's annual report (NOT_CREATED, DRAFT, SUBMITTED, ACCEPTED). */
  annualReport: string;
  /** The year's quality objectives met, one-stop dossiers on time and satisfaction (libs/qms). */
  quality: QmsDashboardFigures;
}

export interface DashboardTotals {
  agencies: number;
  withQms: number;
  /** QMS applied on e-ISO (APPLYING or DECLARED). */
  applying: number;
  /** Covered by a declaration not superseded (in force or awaiting re-declaration). */
  declared: number;
  redeclarationRequired: number;
  coverage: { total: number; covered: number; ratio: number | null };
  overdueDeadlines: number;
  openNonconformities: number;
  openMajorNonconformities: number;
  annualReportsSubmitted: number;
  /** The year's quality objectives, and those whose latest measurement meets the target. */
  objectives: number;
  objectivesMet: number;
  /** One-stop dossiers of the year: resolved on time ÷ resolved. */
  dossiersReceived: number;
  dossiersOnTime: number;
  dossiersLate: number;
  onTimeRate: number | null;
  /** Satisfaction surveys of the year: satisfied ÷ respondents. */
  surveyRespondents: number;
  satisfied: number;
  satisfiedShare: number | null;
}

export interface ProvinceDashboard {
  provinceAgencyId: string;
  asOf: string;
  year: number;
  totals: DashboardTotals;
  /** Totals per agency level (the tree's tiers are data). */
  byTier: (DashboardTotals & { level: string })[];
  agencies: DashboardAgency[];
}

export interface ProvinceTotals {
  provinceAgencyId: string;
  code: string;
  name: string;
  totals: DashboardTotals;
}

/** The Ministry's view: one row per province, each with the totals of its province dashboard. */
export interface NationalDashboard {
  asOf: string;
  year: number;
  /** Totals over every province listed. */
  totals: DashboardTotals;
  provinces: ProvinceTotals[];
}

interface DashboardRow {
  root: string;
  id: string;
  code: string;
  name: string;
  level: string;
  parent_id: string | null;
  qms_id: string | null;
  qms_name: string | null;
  qms_status: string | null;
  declaration_id: string | null;
  declaration_status: string | null;
  decision_number: string | null;
  decision_date: string | null;
  overdue: number;
  open_ncs: number;
  open_major: number;
  report_status: string;
}

/**
 * The province's dashboard for the Department of Science and Technology: per agency its QMS
 * status (organization), declaration and annual report (oversight), TTHC coverage, overdue
 * deadlines (deadlines) and open nonconformities (capa), with totals per tier. One query over
 * the province's subtree (each agency's counts read through its own index entries, see
 * province-dashboard.sql.ts) plus the set-based coverage and quality queries, whatever the number
 * of agencies (indexes: deadlines_open_due, nonconformities_agency, declarations_agencies,
 * agency_coverage_counts' primary key). Null when the province does not
 * exist. No access check: the caller checks that the reader oversees the province.
 */
export async function provinceDashboard(
  manager: EntityManager,
  provinceId: string,
  now: Date,
  year: number,
): Promise<ProvinceDashboard | null> {
  const rows = await manager.query<DashboardRow[]>(PROVINCE_DASHBOARD_SQL, [provinceId, now, year]);
  if (rows.length === 0) {
    const exists = await manager.query<unknown[]>('SELECT 1 FROM agencies WHERE id = $1', [provinceId]);
    if (exists.length === 0) return null;
  }
  const agencies = await dashboardAgencies(manager, rows, year);
  const tiers = new Map<string, DashboardAgency[]>();
  for (const a of agencies) tiers.set(a.level, [...(tiers.get(a.level) ?? []), a]);
  return {
    provinceAgencyId: provinceId,
    asOf: now.toISOString(),
    year,
    totals: totalsOf(agencies),
    byTier: [...tiers.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([level, list]) => ({ level, ...totalsOf(list) })),
    agencies,
  };
}

/**
 * The national dashboard (the Ministry of Science and Technology): for each province, the totals
 * its province dashboard shows, from the same query run over all the provinces at once. No access
 * check: the caller decides which provinces the reader oversees.
 */
export async function nationalDashboard(
  manager: EntityManager,
  provinceIds: string[],
  now: Date,
  year: number,
): Promise<NationalDashboard> {
  const provinces = await manager.query<{ id: string; code: string; name: string }[]>(
    'SELECT id, code, name FROM agencies WHERE id = ANY($1::uuid[]) ORDER BY code',
    [provinceIds],
  );
  const rows = await manager.query<DashboardRow[]>(NATIONAL_DASHBOARD_SQL, [
    provinces.map((p) => p.id),
    now,
    year,
  ]);
  const agencies = await dashboardAgencies(manager, rows, year);
  const byProvince = new Map<string, DashboardAgency[]>(provinces.map((p) => [p.id, []]));
  rows.forEach((r, i) => byProvince.get(r.root)!.push(agencies[i]));
  return {
    asOf: now.toISOString(),
    year,
    totals: totalsOf(agencies),
    provinces: provinces.map((p) => ({
      provinceAgencyId: p.id,
      code: p.code,
      name: p.name,
      totals: totalsOf(byProvince.get(p.id)!),
    })),
  };
}

/** The dashboard's rows with their TTHC coverage and quality figures (set-based over all the rows). */
async function dashboardAgencies(
  manager: EntityManager,
  rows: DashboardRow[],
  year: number,
): Promise<DashboardAgency[]> {
  const ids = [...new Set(rows.map((r) => r.id))];
  const coverage = await coverageCounts(manager, ids);
  const quality = await qmsDashboardFigures(manager, ids, year);
  return rows.map((r) => {
    const c = coverage.get(r.id)!;
    return {
      agencyId: r.id,
      code: r.code,
      name: r.name,
      level: r.level,
      parentId: r.parent_id,
      qualitySystem: r.qms_id ? { id: r.qms_id, name: r.qms_name!, status: r.qms_status! } : null,
      declaration: r.declaration_id
        ? {
            id: r.declaration_id,
            status: r.declaration_status!,
            decisionNumber: r.decision_number!,
            decisionDate: r.decision_date!,
          }
        : null,
      coverage: { total: c.total, covered: c.covered, ratio: c.ratio },
      overdueDeadlines: r.overdue,
      openNonconformities: r.open_ncs,
      openMajorNonconformities: r.open_major,
      annualReport: r.report_status,
      quality: quality.get(r.id)!,
    };
  });
}

function totalsOf(agencies: DashboardAgency[]): DashboardTotals {
  const totals: DashboardTotals = {
    agencies: agencies.length,
    withQms: 0,
    applying: 0,
    declared: 0,
    redeclarationRequired: 0,
    coverage: { total: 0, covered: 0, ratio: null },
    overdueDeadlines: 0,
    openNonconformities: 0,
    openMajorNonconformities: 0,
    annualReportsSubmitted: 0,
    objectives: 0,
    objectivesMet: 0,
    dossiersReceived: 0,
    dossiersOnTime: 0,
    dossiersLate: 0,
    onTimeRate: null,
    surveyRespondents: 0,
    satisfied: 0,
    satisfiedShare: null,
  };
  for (const a of agencies) {
    if (a.qualitySystem) totals.withQms += 1;
    if (a.qualitySystem && ['APPLYING', 'DECLARED'].includes(a.qualitySystem.status)) totals.applying += 1;
    if (a.declaration) totals.declared += 1;
    if (a.declaration?.status === 'REDECLARATION_REQUIRED') totals.redeclarationRequired += 1;
    totals.coverage.total += a.coverage.total;
    totals.coverage.covered += a.coverage.covered;
    totals.overdueDeadlines += a.overdueDeadlines;
    totals.openNonconformities += a.openNonconformities;
    totals.openMajorNonconformities += a.openMajorNonconformities;
    if (['SUBMITTED', 'ACCEPTED'].includes(a.annualReport)) totals.annualReportsSubmitted += 1;
    totals.objectives += a.quality.objectives;
    totals.objectivesMet += a.quality.objectivesMet;
    totals.dossiersReceived += a.quality.received;
    totals.dossiersOnTime += a.quality.onTime;
    totals.dossiersLate += a.quality.late;
    totals.surveyRespondents += a.quality.respondents;
    totals.satisfied += a.quality.satisfied;
  }
  totals.onTimeRate = ratioOf(totals.dossiersOnTime, totals.dossiersOnTime + totals.dossiersLate);
  totals.satisfiedShare = ratioOf(totals.satisfied, totals.surveyRespondents);
  totals.coverage.ratio = ratioOf(totals.coverage.covered, totals.coverage.total);
  return totals;
}

/**
 * The active provinces the national dashboard shows a reader: every one for `overseen` null (a
 * system administrator), else those under the MINISTRY-level agencies among `overseen` (where the
 * reader holds OVERSIGHT). Null when none of `overseen` is at the national level.
 */
export async function nationalProvinces(
  manager: EntityManager,
  overseen: string[] | null,
): Promise<string[] | null> {
  if (overseen === null) {
    const all = await manager.query<{ id: string }[]>(
      "SELECT id FROM agencies WHERE level = 'PROVINCE' AND status = 'ACTIVE'",
    );
    return all.map((r) => r.id);
  }
  const rows = await manager.query<{ id: string | null }[]>(
    `WITH RECURSIVE sub AS (
       SELECT id, level, status FROM agencies WHERE id = ANY($1::uuid[]) AND level = 'MINISTRY'
       UNION SELECT a.id, a.level, a.status FROM agencies a JOIN sub ON a.parent_id = sub.id)
     SELECT CASE WHEN level = 'PROVINCE' AND status = 'ACTIVE' THEN id END AS id FROM sub`,
    [overseen],
  );
  if (rows.length === 0) return null;
  return [...new Set(rows.flatMap((r) => (r.id ? [r.id] : [])))];
}
