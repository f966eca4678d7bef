import { Entity } from 'typeorm';
import { Pg, VersionedEntity, defineHistory, AgencyPart } from '@app/platform';

/** A provincial plan to put agencies on e-ISO (e.g. Kon Tum: 35/10/102 agencies by 2025/2027/2030). */
@Entity('rollout_plans')
export class RolloutPlan extends VersionedEntity {
  @Pg.uuid()
  provinceAgencyId: string;

  @Pg.text()
  title: string;

  /** The plan's own document, e.g. "Kế hoạch 123/KH-UBND". */
  @Pg.text({ nullable: true })
  reference: string | null;

  @Pg.uuid({ nullable: true })
  createdBy: string | null;
}

/** A plan's creation (by form or by import), recorded with the province's agency. */
export const ROLLOUT_PLAN_HISTORY = defineHistory<RolloutPlan>({
  subject: 'rolloutPlan',
  entity: () => RolloutPlan,
});

/** One agency of a plan, the year it is to apply e-ISO, and its tier in the plan. */
@Entity('rollout_plan_items')
export class RolloutPlanItem extends AgencyPart {
  @Pg.uuid()
  planId: string;

  /** The plan's grouping (provincial-department, branch, district, commune …); data, not a fixed list. */
  @Pg.text()
  tier: string;

  @Pg.int()
  targetYear: number;
}
