import { Module } from '@nestjs/common';
import { CapaModule } from '@app/capa';
import { DeadlinesModule } from '@app/deadlines';
import { OrganizationModule } from '@app/organization';
import { AnnualReportsService } from './annual-reports/annual-reports.service';
import { ProvinceDashboardService } from './dashboard/province-dashboard.service';
import { DeclarationsService } from './declarations/declarations.service';
import { InspectionPlansService } from './inspections/inspection-plans.service';
import { InspectionsService } from './inspections/inspections.service';
import { LegalChangesService } from './legal-changes/legal-changes.service';
import { OversightMerge } from './oversight-merge';
import { RolloutPlansService } from './rollout-plans/rollout-plans.service';
import { AdministrativeProceduresService } from './tthc/administrative-procedures.service';

const SERVICES = [
  DeclarationsService,
  AdministrativeProceduresService,
  LegalChangesService,
  RolloutPlansService,
  InspectionPlansService,
  InspectionsService,
  AnnualReportsService,
  ProvinceDashboardService,
];

/**
 * Provincial oversight. Depends one way on organization, deadlines and capa (services), and on
 * the read-only query functions exported by documents and audits.
 */
@Module({
  imports: [OrganizationModule, DeadlinesModule, CapaModule],
  providers: [...SERVICES, OversightMerge],
  exports: SERVICES,
})
export class OversightModule {}
