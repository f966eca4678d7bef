import { Module } from '@nestjs/common';
import { AgenciesService } from './agencies/agencies.service';
import { AgencyMergeRegistry } from './agencies/agency-merge.registry';
import { MembershipsService } from './memberships/memberships.service';
import { QualitySystemScopeListeners } from './quality-systems/quality-system-scope.listeners';
import { QualitySystemsService } from './quality-systems/quality-systems.service';

@Module({
  providers: [
    AgencyMergeRegistry,
    QualitySystemScopeListeners,
    AgenciesService,
    MembershipsService,
    QualitySystemsService,
  ],
  exports: [
    AgencyMergeRegistry,
    QualitySystemScopeListeners,
    AgenciesService,
    MembershipsService,
    QualitySystemsService,
  ],
})
export class OrganizationModule {}
