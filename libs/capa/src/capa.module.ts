import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@app/deadlines';
import { OrganizationModule } from '@app/organization';
import { FileIntegrityModule, StorageModule } from '@app/storage';
import { CapaReportsService } from './capa-reports.service';
import { CorrectiveActionsService } from './corrective-actions.service';
import { EvidenceFilesService } from './evidence-files.service';
import { FindingLinks } from './finding-links';
import { NonconformitiesService } from './nonconformities.service';

@Module({
  imports: [OrganizationModule, DeadlinesModule, StorageModule, FileIntegrityModule],
  providers: [
    FindingLinks,
    NonconformitiesService,
    CorrectiveActionsService,
    CapaReportsService,
    EvidenceFilesService,
  ],
  exports: [
    FindingLinks,
    NonconformitiesService,
    CorrectiveActionsService,
    CapaReportsService,
    EvidenceFilesService,
  ],
})
export class CapaModule {}
