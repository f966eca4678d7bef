import { Module } from '@nestjs/common';
import { CapaModule } from '@app/capa';
import { DeadlinesModule } from '@app/deadlines';
import { OrganizationModule } from '@app/organization';
import { FileIntegrityModule, StorageModule } from '@app/storage';
import { ObjectivesService } from './objectives.service';
import { ProcessPerformanceService } from './performance.service';
import { QmsMerge } from './qms-merge';
import { RiskRegisterService } from './risk-register.service';
import { RisksService } from './risks.service';
import { SatisfactionService } from './satisfaction.service';
import { TrainingService } from './training.service';

const SERVICES = [
  RisksService,
  RiskRegisterService,
  ObjectivesService,
  ProcessPerformanceService,
  SatisfactionService,
  TrainingService,
];

/** Risks, objectives, process performance, satisfaction and competence; depends on capa (one way). */
@Module({
  imports: [OrganizationModule, DeadlinesModule, CapaModule, StorageModule, FileIntegrityModule],
  providers: [...SERVICES, QmsMerge],
  exports: SERVICES,
})
export class QmsModule {}
