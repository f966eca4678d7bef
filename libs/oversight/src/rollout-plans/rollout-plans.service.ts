import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { EntityManager } from 'typeorm';
import {
  assertNoInvalid,
  Clock,
  domainEvent,
  DomainError,
  ErrorDetail,
  fetchPage,
  Page,
  pickFields,
  RequestContext,
  UnitOfWork,
  bilingualDetail,
  invalidField,
} from '@app/platform';
import { RolloutPlanItemRow, rolloutPlanItems, rolloutPlanProgress } from '@app/reporting';
import { missingColumnsError, readTableBody } from '../csv';
import {
  agenciesUnder,
  assertAgencyActive,
  assertOverseesProvince,
  nameKey,
  readableFilter,
} from '../oversight-access';
import { planAgencyDetails } from '../plan-agencies';
import {
  CreateRolloutPlanDto,
  ImportRolloutPlanQuery,
  ListRolloutPlansQuery,
  TIER,
} from './dto/rollout-plan.dto';
import { ROLLOUT_PLAN_HISTORY, RolloutPlan } from './rollout-plan.entity';

export interface RolloutPlanView {
  id: string;
  provinceAgencyId: string;
  title: string;
  reference: string | null;
  agencies: number;
  /** Agencies planned per target year, e.g. { "2025": 35, "2027": 10, "2030": 102 }. */
  targets: Record<string, number>;
  createdBy: string | null;
  createdAt: Date;
  version: number;
}

/** An agency of the plan, its target year and tier, with its QMS status and whether it is declared. */
export type RolloutPlanItemView = RolloutPlanItemRow;

export interface RolloutPlanDetail extends RolloutPlanView {
  items: RolloutPlanItemView[];
}

export interface ProgressRow {
  planned: number;
  /** Of those, agencies whose QMS is applied on e-ISO (APPLYING or DECLARED). */
  applying: number;
  /** Of those, agencies covered by a declaration not superseded. */
  declared: number;
}

export interface RolloutProgress {
  planId: string;
  asOf: string;
  totals: ProgressRow & {
    /** Agencies whose target year has come (≤ this year) … */
    dueByNow: number;
    /** … and of those, the ones not applying e-ISO yet. */
    behind: number;
  };
  byYear: (ProgressRow & {
    targetYear: number;
    cumulativePlanned: number;
    cumulativeApplying: number;
    cumulativeDeclared: number;
  })[];
  byTier: (ProgressRow & { tier: string; targetYears: number[] })[];
  byYearAndTier: (ProgressRow & { targetYear: number; tier: string })[];
}

const SORTABLE = { createdAt: 'p.created_at', title: 'p.title' };
const NAME_COLUMNS = ['name', 'ten', 'ten co quan', 'co quan'];
const YEAR_COLUMNS = ['eiso_target_year', 'target_year', 'targetyear', 'nam', 'nam hoan thanh'];
const TIER_COLUMNS = ['tier', 'cap', 'nhom'];
const DISTRICT_COLUMNS = ['district', 'huyen', 'quan huyen'];
const CODE_COLUMNS = ['code', 'agency_code', 'ma co quan'];

/**
 * Provincial rollout plans for e-ISO: per agency the year it is to apply e-ISO, kept by the
 * province's OVERSIGHT, and the plan's progress read from the records (QMS status and
 * declarations) in one grouped query.
 */
@Injectable()
export class RolloutPlansService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async list(ctx: RequestContext, query: ListRolloutPlansQuery): Promise<Page<RolloutPlanView>> {
    const qb = this.uow.dataSource.getRepository(RolloutPlan).createQueryBuilder('p');
    const readable = readableFilter(ctx);
    if (readable) qb.andWhere('p.province_agency_id = ANY(:readable)', { readable });
    if (query.provinceAgencyId)
      qb.andWhere('p.province_agency_id = :province', { province: query.provinceAgencyId });
    const [plans, total] = await fetchPage(qb, query, SORTABLE, 'createdAt', 'DESC');
    const targets = await this.targetsOf(plans.map((p) => p.id));
    return query.result(
      plans.map((p) => toView(p, targets.get(p.id) ?? {})),
      total,
    );
  }

  async get(ctx: RequestContext, id: string): Promise<RolloutPlanDetail> {
    const plan = await this.findReadable(ctx, id);
    const targets = await this.targetsOf([id]);
    return {
      ...toView(plan, targets.get(id) ?? {}),
      items: await rolloutPlanItems(this.uow.manager, id),
    };
  }

  async create(ctx: RequestContext, dto: CreateRolloutPlanDto): Promise<RolloutPlanDetail> {
    assertOverseesProvince(ctx, dto.provinceAgencyId);
    const under = await this.agenciesOf(this.uow.manager, dto.provinceAgencyId);
    assertNoInvalid(
      planAgencyDetails(
        dto.items.map((i) => i.agencyId),
        under,
      ),
    );
    const items = dto.items.map((item) => ({
      agencyId: item.agencyId,
      targetYear: item.targetYear,
      tier: item.tier ?? under.get(item.agencyId)!.level.toLowerCase(),
    }));
    const id = await this.insert(ctx, dto.provinceAgencyId, dto.title, dto.reference, items, 'create');
    return this.get(ctx, id);
  }

  /**
   * Creates a plan from the province's CSV (columns no, name, tier, district, eiso_target_year,
   * as in data/kon-tum-agencies.csv; or a `code` column with agency codes). Each row is matched to
   * an active agency under the province by code, else by name (diacritics, case and spacing
   * ignored), using the district column when a name is not unique. All or nothing: a 400 names
   * every line that matches no agency, or more than one.
   */
  async import(
    ctx: RequestContext,
    query: ImportRolloutPlanQuery,
    request: Request,
  ): Promise<RolloutPlanDetail> {
    assertOverseesProvince(ctx, query.provinceAgencyId);
    const { header, records } = await readTableBody(request);
    const column = (names: string[]) => header.find((h) => names.includes(nameKey(h)));
    const nameColumn = column(NAME_COLUMNS);
    const yearColumn = column(YEAR_COLUMNS);
    const codeColumn = column(CODE_COLUMNS);
    const tierColumn = column(TIER_COLUMNS);
    const districtColumn = column(DISTRICT_COLUMNS);
    const missing = [
      !nameColumn && !codeColumn ? { column: 'name', accepted: [...NAME_COLUMNS, ...CODE_COLUMNS] } : null,
      !yearColumn ? { column: 'eiso_target_year', accepted: YEAR_COLUMNS } : null,
    ].filter((c) => c !== null);
    if (missing.length > 0) throw missingColumnsError(missing);
    if (records.length === 0 || records.length > 5000) {
      throw invalidField('file', 'Tệp phải có từ 1 đến 5000 dòng', 'the CSV must have 1 to 5000 rows');
    }
    const under = await this.agenciesOf(this.uow.manager, query.provinceAgencyId);
    const byCode = new Map([...under.values()].map((a) => [a.code.toLowerCase(), a]));
    const byName = new Map<string, AgencyRow[]>();
    for (const a of under.values()) byName.set(nameKey(a.name), [...(byName.get(nameKey(a.name)) ?? []), a]);

    const details: ErrorDetail[] = [];
    const seen = new Map<string, number>();
    const items: { agencyId: string; targetYear: number; tier: string }[] = [];
    for (const r of records) {
      const name = nameColumn ? r.values[nameColumn] : '';
      const code = codeColumn ? r.values[codeColumn] : '';
      let agency: AgencyRow | undefined;
      if (code) {
        agency = byCode.get(code.toLowerCase());
        if (!agency)
          details.push(
            bilingualDetail(
              `line ${r.line}`,
              `Không có cơ quan nào mang mã ${code}`,
              `no agency with code ${code}`,
            ),
          );
      } else {
        let candidates = byName.get(nameKey(name)) ?? [];
        const district = districtColumn ? nameKey(r.values[districtColumn] ?? '') : '';
        if (candidates.length > 1 && district) {
          candidates = candidates.filter(
            (c) => c.parentName !== null && nameKey(c.parentName).includes(district),
          );
        }
        if (candidates.length === 1) agency = candidates[0];
        else
          details.push(
            candidates.length === 0
              ? bilingualDetail(
                  `line ${r.line}`,
                  `Không có cơ quan nào tên "${name}" thuộc tỉnh`,
                  `no agency named "${name}" under the province`,
                )
              : bilingualDetail(
                  `line ${r.line}`,
                  `Có nhiều hơn một cơ quan tên "${name}"`,
                  `more than one agency named "${name}"`,
                ),
          );
      }
      const year = Number(r.values[yearColumn!]);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) {
        details.push(
          bilingualDetail(
            `line ${r.line}: ${yearColumn}`,
            'Năm phải trong khoảng 2000 đến 2100',
            'a year between 2000 and 2100',
          ),
        );
      }
      if (!agency) continue;
      if (seen.has(agency.id)) {
        details.push(
          bilingualDetail(
            `line ${r.line}`,
            `Cơ quan này đã có ở dòng ${seen.get(agency.id)}`,
            `the agency is already on line ${seen.get(agency.id)}`,
          ),
        );
        continue;
      }
      seen.set(agency.id, r.line);
      const tier = tierColumn ? r.values[tierColumn].toLowerCase() : '';
      items.push({
        agencyId: agency.id,
        targetYear: year,
        tier: TIER.test(tier) ? tier : agency.level.toLowerCase(),
      });
    }
    assertNoInvalid(details);
    const id = await this.insert(ctx, query.provinceAgencyId, query.title, query.reference, items, 'import');
    return this.get(ctx, id);
  }

  /** Planned against applying and declared, per target year, per tier and per both. */
  async progress(ctx: RequestContext, id: string): Promise<RolloutProgress> {
    await this.findReadable(ctx, id);
    const today = this.clock.today();
    const currentYear = Number(today.slice(0, 4));
    const cells = await rolloutPlanProgress(this.uow.manager, id);
    const add = (into: ProgressRow, from: ProgressRow) => {
      into.planned += from.planned;
      into.applying += from.applying;
      into.declared += from.declared;
    };
    const zero = (): ProgressRow => ({ planned: 0, applying: 0, declared: 0 });
    const years = new Map<number, ProgressRow>();
    const tiers = new Map<string, ProgressRow & { targetYears: Set<number> }>();
    const totals = { ...zero(), dueByNow: 0, behind: 0 };
    for (const cell of cells) {
      add(years.get(cell.targetYear) ?? years.set(cell.targetYear, zero()).get(cell.targetYear)!, cell);
      const tier =
        tiers.get(cell.tier) ?? tiers.set(cell.tier, { ...zero(), targetYears: new Set() }).get(cell.tier)!;
      add(tier, cell);
      tier.targetYears.add(cell.targetYear);
      add(totals, cell);
      if (cell.targetYear <= currentYear) {
        totals.dueByNow += cell.planned;
        totals.behind += cell.planned - cell.applying;
      }
    }
    const cumulative = zero();
    const byYear = [...years.entries()]
      .sort(([a], [b]) => a - b)
      .map(([targetYear, row]) => {
        add(cumulative, row);
        return {
          targetYear,
          ...row,
          cumulativePlanned: cumulative.planned,
          cumulativeApplying: cumulative.applying,
          cumulativeDeclared: cumulative.declared,
        };
      });
    const byTier = [...tiers.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([tier, row]) => ({
        tier,
        planned: row.planned,
        applying: row.applying,
        declared: row.declared,
        targetYears: [...row.targetYears].sort((a, b) => a - b),
      }));
    return { planId: id, asOf: today, totals, byYear, byTier, byYearAndTier: cells };
  }

  private async insert(
    ctx: RequestContext,
    provinceAgencyId: string,
    title: string,
    reference: string | undefined,
    items: { agencyId: string; targetYear: number; tier: string }[],
    action: 'create' | 'import',
  ): Promise<string> {
    return this.uow.run(ctx, async (tx) => {
      await assertAgencyActive(tx.manager, provinceAgencyId);
      const plan = tx.manager.create(RolloutPlan, {
        provinceAgencyId,
        title: title.normalize('NFC').trim(),
        reference: reference?.normalize('NFC').trim() ?? null,
        createdBy: ctx.userId,
        version: 1,
      });
      const targets: Record<string, number> = {};
      for (const item of items) targets[item.targetYear] = (targets[item.targetYear] ?? 0) + 1;
      await ROLLOUT_PLAN_HISTORY.create(tx, plan, {
        action,
        agencyId: provinceAgencyId,
        data: { title: plan.title, reference: plan.reference, agencies: items.length, targets },
        event: (row) => domainEvent('rolloutPlan.created', { planId: row.id, provinceAgencyId }),
      });
      await tx.manager.query(
        `INSERT INTO rollout_plan_items (plan_id, agency_id, tier, target_year)
         SELECT $1, i.agency_id, i.tier, i.target_year
           FROM unnest($2::uuid[], $3::text[], $4::int[]) AS i(agency_id, tier, target_year)`,
        [plan.id, items.map((i) => i.agencyId), items.map((i) => i.tier), items.map((i) => i.targetYear)],
      );
      return plan.id;
    });
  }

  private async findReadable(ctx: RequestContext, id: string): Promise<RolloutPlan> {
    const plan = await this.uow.dataSource.getRepository(RolloutPlan).findOneBy({ id });
    if (!plan || !ctx.canRead(plan.provinceAgencyId)) throw DomainError.notFound('rolloutPlan');
    return plan;
  }

  private async targetsOf(planIds: string[]): Promise<Map<string, Record<string, number>>> {
    const map = new Map<string, Record<string, number>>();
    if (planIds.length === 0) return map;
    const rows = await this.uow.dataSource.query<{ plan_id: string; target_year: number; n: string }[]>(
      `SELECT plan_id, target_year, count(*)::text AS n FROM rollout_plan_items
        WHERE plan_id = ANY($1::uuid[]) GROUP BY 1, 2 ORDER BY 1, 2`,
      [planIds],
    );
    for (const row of rows) {
      const targets = map.get(row.plan_id) ?? {};
      targets[String(row.target_year)] = Number(row.n);
      map.set(row.plan_id, targets);
    }
    return map;
  }

  private async agenciesOf(
    manager: EntityManager,
    provinceAgencyId: string,
  ): Promise<Map<string, AgencyRow>> {
    const agencies = await agenciesUnder(manager, provinceAgencyId);
    if (agencies.length === 0) throw DomainError.notFound('agency');
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    return new Map(
      agencies.map((a) => [
        a.id,
        {
          ...pickFields(a, ['id', 'code', 'name', 'level']),
          parentName: a.parentId ? (names.get(a.parentId) ?? null) : null,
        },
      ]),
    );
  }
}

interface AgencyRow {
  id: string;
  code: string;
  name: string;
  level: string;
  parentName: string | null;
}

function toView(p: RolloutPlan, targets: Record<string, number>): RolloutPlanView {
  return {
    ...pickFields(p, ['id', 'provinceAgencyId', 'title', 'reference']),
    agencies: Object.values(targets).reduce((sum, n) => sum + n, 0),
    targets,
    ...pickFields(p, ['createdBy', 'createdAt', 'version']),
  };
}
