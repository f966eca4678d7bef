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
      await manager.query(
        `UPDATE inspection_plans p SET province_agency_id = $2 WHERE province_agency_id = $1
           AND NOT EXISTS (SELECT 1 FROM inspection_plans o WHERE o.province_agency_id = $2 AND o.year = p.year)`,
        params,
      );
      await manager.query(
        `UPDATE declarations d SET agency_id = $2 WHERE agency_id = $1
           AND NOT EXISTS (SELECT 1 FROM declarations o WHERE o.agency_id = $2
                            AND lower(o.decision_number) = lower(d.decision_number))`,
        params,
      );
      await manager.query(
        `UPDATE declarations SET agency_ids = ARRAY(SELECT DISTINCT unnest(array_replace(agency_ids, $1::uuid, $2::uuid)))
          WHERE $1 = ANY(agency_ids)`,
        params,
      );
      await manager.query(
        `UPDATE administrative_procedures p SET agency_id = $2 WHERE agency_id = $1
           AND NOT EXISTS (SELECT 1 FROM administrative_procedures o WHERE o.agency_id = $2 AND o.code = p.code)`,
        params,
      );
      await manager.query(
        `UPDATE annual_reports r SET agency_id = $2 WHERE agency_id = $1
           AND NOT EXISTS (SELECT 1 FROM annual_reports o WHERE o.agency_id = $2 AND o.year = r.year)`,
        params,
      );
      for (const table of ['rollout_plan_items', 'inspection_plan_items']) {
        await manager.query(
          `UPDATE ${table} i SET agency_id = $2 WHERE agency_id = $1
             AND NOT EXISTS (SELECT 1 FROM ${table} o WHERE o.plan_id = i.plan_id AND o.agency_id = $2)`,
          params,
        );
      }
    });
  }
}
