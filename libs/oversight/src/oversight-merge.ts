import { Injectable, OnModuleInit } from '@nestjs/common';
import { AgencyMergeRegistry } from '@app/organization';

/** Records that follow their agency into the surviving one when it is merged. */
const FOLLOWING = [
  'effectiveness_confirmations',
  'legal_changes',
  'legal_change_documents',
  'inspections',
  'inspection_findings',
  'inspection_reports',
];

/**
 * Records unique per agency (or province) and a key: they move unless the survivor already has
 * one with the same key (`o` the survivor's row, `r` the one that would move).
 */
const KEYED: { table: string; column: string; sameKey: string }[] = [
  { table: 'inspection_plans', column: 'province_agency_id', sameKey: 'o.year = r.year' },
  {
    table: 'declarations',
    column: 'agency_id',
    sameKey: 'lower(o.decision_number) = lower(r.decision_number)',
  },
  { table: 'administrative_procedures', column: 'agency_id', sameKey: 'o.code = r.code' },
  { table: 'annual_reports', column: 'agency_id', sameKey: 'o.year = r.year' },
  { table: 'rollout_plan_items', column: 'agency_id', sameKey: 'o.plan_id = r.plan_id' },
  { table: 'inspection_plan_items', column: 'agency_id', sameKey: 'o.plan_id = r.plan_id' },
];

/**
 * A merged agency's oversight records belong to the survivor. Records keyed by agency (its TTHC
 * catalogue entries, its annual report of a year, its row of a plan) move unless the survivor
 * already has one with the same key; those stay with the merged agency, still readable.
 */
@Injectable()
export class OversightMerge implements OnModuleInit {
  constructor(private readonly registry: AgencyMergeRegistry) {}

  onModuleInit(): void {
    this.registry.register('oversight', async (manager, fromId, intoId) => {
      const params = [fromId, intoId];
      for (const table of FOLLOWING) {
        await manager.query(`UPDATE ${table} SET agency_id = $2 WHERE agency_id = $1`, params);
      }
      for (const table of ['inspections', 'rollout_plans']) {
        await manager.query(
          `UPDATE ${table} SET province_agency_id = $2 WHERE province_agency_id = $1`,
          params,
        );
      }
      for (const { table, column, sameKey } of KEYED) {
        await manager.query(
          `UPDATE ${table} r SET ${column} = $2 WHERE ${column} = $1
             AND NOT EXISTS (SELECT 1 FROM ${table} o WHERE o.${column} = $2 AND ${sameKey})`,
          params,
        );
      }
      await manager.query(
        `UPDATE declarations SET agency_ids = ARRAY(SELECT DISTINCT unnest(array_replace(agency_ids, $1::uuid, $2::uuid)))
          WHERE $1 = ANY(agency_ids)`,
        params,
      );
    });
  }
}
