import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@app/deadlines';
import { OrganizationModule } from '@app/organization';
import { CapaReportsService } from './capa-reports.service';
import { CorrectiveActionsService } from './corrective-actions.service';
import { FindingLinks } from './finding-links';
import { NonconformitiesService } from './nonconformities.service';

@Module({
  imports: [OrganizationModule, DeadlinesModule],
  providers: [FindingLinks, NonconformitiesService, CorrectiveActionsService, CapaReportsService],
  exports: [FindingLinks, NonconformitiesService, CorrectiveActionsService, CapaReportsService],
})
export class CapaModule {}
