import { Injectable, OnModuleInit } from '@nestjs/common';
import { AgencyMergeRegistry, moveAgencyRows } from '@app/organization';

const TABLES = [
  'risks',
  'risk_actions',
  'risk_reviews',
  'quality_objectives',
  'objective_measurements',
  'process_performance_imports',
  'process_performance',
  'satisfaction_surveys',
  'citizen_feedback',
  'training_records',
  'training_certificates',
];

/** A merged agency's quality data moves to the surviving agency (its thresholds stay behind: the survivor keeps its own). */
@Injectable()
export class QmsMerge implements OnModuleInit {
  constructor(private readonly registry: AgencyMergeRegistry) {}

  onModuleInit(): void {
    this.registry.register('qms', async (manager, fromId, intoId, transfer) => {
      // two current imports of the same period cannot both stay current: the merged agency's is replaced
      await manager.query(
        `UPDATE process_performance_imports f SET status = 'REPLACED'
          WHERE f.agency_id = $1 AND f.status = 'CURRENT'
            AND EXISTS (SELECT 1 FROM process_performance_imports s
                         WHERE s.agency_id = $2 AND s.period = f.period AND s.status = 'CURRENT')`,
        [fromId, intoId],
      );
      await moveAgencyRows(manager, transfer, TABLES);
    });
  }
}
