import { Module } from '@nestjs/common';
import { CapaModule } from '@app/capa';
import { DeadlinesModule } from '@app/deadlines';
import { OrganizationModule } from '@app/organization';
import { FileIntegrityModule, StorageModule } from '@app/storage';
import { AuditProgrammesService } from './audit-programmes.service';
import { AuditReportService } from './audit-report.service';
import { AuditorUnitsService } from './auditor-units.service';
import { AuditsService } from './audits.service';
import { ChecklistsService } from './checklists.service';
import { FindingsService } from './findings.service';
import { ManagementReviewsService } from './management-reviews/management-reviews.service';

const SERVICES = [
  AuditProgrammesService,
  AuditsService,
  ChecklistsService,
  FindingsService,
  AuditReportService,
  AuditorUnitsService,
  ManagementReviewsService,
];

/** Internal audit and management review; depends on capa (one way) for the nonconformities. */
@Module({
  imports: [OrganizationModule, StorageModule, FileIntegrityModule, DeadlinesModule, CapaModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class AuditsModule {}
