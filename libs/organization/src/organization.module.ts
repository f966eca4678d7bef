import { Module } from '@nestjs/common';
import { AgenciesService } from './agencies/agencies.service';
import { AgencyMergeRegistry } from './agencies/agency-merge.registry';
import { MembershipsService } from './memberships/memberships.service';
import { QualitySystemsService } from './quality-systems/quality-systems.service';

@Module({
  providers: [AgencyMergeRegistry, AgenciesService, MembershipsService, QualitySystemsService],
  exports: [AgencyMergeRegistry, AgenciesService, MembershipsService, QualitySystemsService],
})
export class OrganizationModule {}
