import { Injectable } from '@nestjs/common';
import {
  assertNoInvalid,
  DomainError,
  duplicateError,
  Page,
  RequestContext,
  uniqueViolationAs,
  UnitOfWork,
} from '@app/platform';
import { InspectionPlanItemRow, inspectionPlanItems } from '@app/reporting';
import {
  agenciesUnder,
  assertAgencyActive,
  assertOverseesProvince,
  readableFilter,
} from '../oversight-access';
import { planAgencyDetails } from '../plan-agencies';
import { CreateInspectionPlanDto, ListInspectionPlansQuery } from './dto/inspection.dto';
import { InspectionPlan } from './inspection.entity';

export interface InspectionPlanView {
  id: string;
  provinceAgencyId: string;
  year: number;
  title: string;
  agencies: number;
  onSite: number;
  createdBy: string | null;
  createdAt: Date;
  version: number;
}

export interface InspectionPlanDetail extends InspectionPlanView {
  /** How far the plan has been carried out. */
  inspected: { dossier: number; onSite: number };
  items: InspectionPlanItemRow[];
}

/** A plan's columns (`p`) with its item counts: a PlanRow. */
const PLAN_COLUMNS = `p.*, (SELECT count(*) FROM inspection_plan_items i WHERE i.plan_id = p.id)::int AS agencies,
  (SELECT count(*) FROM inspection_plan_items i WHERE i.plan_id = p.id AND i.on_site)::int AS on_site`;

/**
 * The yearly inspection plan of the Department of Science and Technology (Circular
 * 26/2014/TT-BKHCN): every agency of the province that applies a QMS has its dossier checked,
 * and at least a third of them are visited on site. A plan that breaks either rule is refused.
 */
@Injectable()
export class InspectionPlansService {
  constructor(private readonly uow: UnitOfWork) {}

  async list(ctx: RequestContext, query: ListInspectionPlansQuery): Promise<Page<InspectionPlanView>> {
    const params: unknown[] = [];
    const where: string[] = [];
    const readable = readableFilter(ctx);
    if (readable) {
      params.push(readable);
      where.push(`p.province_agency_id = ANY($${params.length}::uuid[])`);
    }
    if (query.provinceAgencyId) {
      params.push(query.provinceAgencyId);
      where.push(`p.province_agency_id = $${params.length}`);
    }
    if (query.year) {
      params.push(query.year);
      where.push(`p.year = $${params.length}`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.uow.dataSource.query<{ total: string }[]>(
      `SELECT count(*)::text AS total FROM inspection_plans p ${clause}`,
      params,
    );
    const rows = await this.uow.dataSource.query<PlanRow[]>(
      `SELECT ${PLAN_COLUMNS} FROM inspection_plans p ${clause}
        ORDER BY p.year DESC, p.created_at DESC
        OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, query.offset, query.pageSize],
    );
    return query.result(rows.map(toView), Number(total));
  }

  async get(ctx: RequestContext, id: string): Promise<InspectionPlanDetail> {
    const [plan] = await this.uow.dataSource.query<PlanRow[]>(
      `SELECT ${PLAN_COLUMNS} FROM inspection_plans p WHERE p.id = $1`,
      [id],
    );
    if (!plan || !ctx.canRead(plan.province_agency_id)) throw DomainError.notFound('inspectionPlan');
    const mapped = await inspectionPlanItems(this.uow.manager, id);
    return {
      ...toView(plan),
      inspected: {
        dossier: mapped.filter((i) => i.inspections.length > 0).length,
        onSite: mapped.filter((i) => i.inspections.some((s) => s.kind === 'ON_SITE')).length,
      },
      items: mapped,
    };
  }

  async create(ctx: RequestContext, dto: CreateInspectionPlanDto): Promise<InspectionPlanDetail> {
    assertOverseesProvince(ctx, dto.provinceAgencyId);
    const under = await agenciesUnder(this.uow.manager, dto.provinceAgencyId);
    if (under.length === 0) throw DomainError.notFound('agency');
    const agencyIds = dto.items.map((i) => i.agencyId);
    assertNoInvalid(planAgencyDetails(agencyIds, new Set(under.map((a) => a.id))));
    const seen = new Set(agencyIds);

    // every agency applying a QMS is checked on its dossier; a third of them at least on site
    const required = under.filter((a) => a.qualitySystemId !== null);
    const missing = required.filter((a) => !seen.has(a.id));
    if (missing.length > 0) {
      throw new DomainError(
        'INSPECTION_PLAN_INCOMPLETE',
        { total: required.length, missing: missing.length },
        missing.slice(0, 100).map((a) => ({ field: a.id, message: `${a.code} ${a.name}` })),
      );
    }
    const onSiteIds = new Set(dto.items.filter((i) => i.onSite).map((i) => i.agencyId));
    const onSite = required.filter((a) => onSiteIds.has(a.id)).length;
    const minimum = Math.ceil(required.length / 3);
    if (onSite < minimum) {
      throw new DomainError('INSPECTION_PLAN_TOO_FEW_ON_SITE', {
        required: minimum,
        total: required.length,
        onSite,
      });
    }

    const id = await uniqueViolationAs(
      this.uow.run(ctx, async (tx) => {
        await assertAgencyActive(tx.manager, dto.provinceAgencyId);
        const plan = tx.manager.create(InspectionPlan, {
          provinceAgencyId: dto.provinceAgencyId,
          year: dto.year,
          title: dto.title.normalize('NFC').trim(),
          createdBy: ctx.userId,
          version: 1,
        });
        await tx.manager.insert(InspectionPlan, plan);
        await tx.manager.query(
          `INSERT INTO inspection_plan_items (plan_id, agency_id, on_site, planned_month)
           SELECT $1, i.agency_id, i.on_site, i.planned_month
             FROM unnest($2::uuid[], $3::boolean[], $4::int[]) AS i(agency_id, on_site, planned_month)`,
          [
            plan.id,
            dto.items.map((i) => i.agencyId),
            dto.items.map((i) => i.onSite),
            dto.items.map((i) => i.plannedMonth ?? null),
          ],
        );
        tx.audit({
          subjectType: 'inspectionPlan',
          subjectId: plan.id,
          agencyId: dto.provinceAgencyId,
          action: 'create',
          data: { year: dto.year, title: plan.title, agencies: dto.items.length, onSite: onSiteIds.size },
        });
        tx.emit('inspectionPlan.created', { planId: plan.id, provinceAgencyId: dto.provinceAgencyId });
        return plan.id;
      }),
      { inspection_plans_province_year: () => duplicateError('inspectionPlan', 'year', dto.year) },
    );
    return this.get(ctx, id);
  }
}

/** A plan row (`p.*`) with its item counts. */
interface PlanRow {
  id: string;
  province_agency_id: string;
  year: number;
  title: string;
  agencies: number;
  on_site: number;
  created_by: string | null;
  created_at: Date;
  version: number;
}

function toView(p: PlanRow): InspectionPlanView {
  return {
    id: p.id,
    provinceAgencyId: p.province_agency_id,
    year: p.year,
    title: p.title,
    agencies: Number(p.agencies),
    onSite: Number(p.on_site),
    createdBy: p.created_by,
    createdAt: p.created_at,
    version: p.version,
  };
}
