import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@app/platform';

/** A provincial plan to put agencies on e-ISO (e.g. Kon Tum: 35/10/102 agencies by 2025/2027/2030). */
@Entity('rollout_plans')
export class RolloutPlan extends BaseEntity {
  @Column({ name: 'province_agency_id', type: 'uuid' })
  provinceAgencyId: string;

  @Column({ type: 'text' })
  title: string;

  /** The plan's own document, e.g. "Kế hoạch 123/KH-UBND". */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** One agency of a plan, the year it is to apply e-ISO, and its tier in the plan. */
@Entity('rollout_plan_items')
export class RolloutPlanItem extends BaseEntity {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  /** The plan's grouping (provincial-department, branch, district, commune …); data, not a fixed list. */
  @Column({ type: 'text' })
  tier: string;

  @Column({ name: 'target_year', type: 'int' })
  targetYear: number;
}
