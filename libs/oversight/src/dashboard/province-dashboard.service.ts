import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, DomainError, RequestContext } from '@app/platform';
import { assertOverseesProvince, resolveProvince } from '../oversight-access';
import { computeCoverage, ratioOf } from '../tthc/coverage';

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

/**
 * The province's dashboard for the Department of Science and Technology: per agency its QMS
 * status, declaration, TTHC coverage, overdue deadlines and open nonconformities, with totals
 * per tier. One grouped query over the province's subtree plus the three set-based coverage
 * queries, whatever the number of agencies (indexes: deadlines_open_due,
 * nonconformities_agency, declarations_agencies, administrative_procedures_active,
 * documents_agency_type).
 */
@Injectable()
export class ProvinceDashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(ctx: RequestContext, provinceAgencyId?: string): Promise<ProvinceDashboard> {
    const provinceId = resolveProvince(ctx, provinceAgencyId);
    assertOverseesProvince(ctx, provinceId);
    const now = this.clock.now();
    const today = this.clock.today();
    const year = Number(today.slice(0, 4));
    const rows = await this.dataSource.query<Record<string, any>[]>(
      `WITH RECURSIVE sub AS (
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
        ORDER BY ag.code`,
      [provinceId, now, year],
    );
    if (rows.length === 0) {
      const exists = await this.dataSource.query('SELECT 1 FROM agencies WHERE id = $1', [provinceId]);
      if (exists.length === 0) throw DomainError.notFound('agency');
    }
    const coverage = await computeCoverage(
      this.dataSource.manager,
      rows.map((r) => r.id as string),
    );
    const agencies: DashboardAgency[] = rows.map((r) => {
      const c = coverage.get(r.id)!;
      return {
        agencyId: r.id,
        code: r.code,
        name: r.name,
        level: r.level,
        parentId: r.parent_id,
        qualitySystem: r.qms_id ? { id: r.qms_id, name: r.qms_name, status: r.qms_status } : null,
        declaration: r.declaration_id
          ? {
              id: r.declaration_id,
              status: r.declaration_status,
              decisionNumber: r.decision_number,
              decisionDate: r.decision_date,
            }
          : null,
        coverage: { total: c.total, covered: c.covered, ratio: c.ratio },
        overdueDeadlines: r.overdue,
        openNonconformities: r.open_ncs,
        openMajorNonconformities: r.open_major,
        annualReport: r.report_status,
      };
    });
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
  }
  totals.coverage.ratio = ratioOf(totals.coverage.covered, totals.coverage.total);
  return totals;
}
