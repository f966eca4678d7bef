export * from './organization.errors';
import { Agency, AgencyName } from './agencies/agency.entity';
import { Membership } from './memberships/membership.entity';
import { QualitySystem, QualitySystemAgency } from './quality-systems/quality-system.entity';

export * from './agencies/agencies.service';
export * from './agencies/agency-merge.registry';
export * from './agencies/agency-issuer';
export * from './agencies/agency.entity';
export * from './agencies/dto/agency.dto';
export * from './memberships/membership.entity';
export * from './memberships/memberships.service';
export * from './organization.module';
export * from './organization-queries';
export * from './quality-systems/dto/quality-system.dto';
export * from './quality-systems/quality-system.entity';
export * from './quality-systems/quality-system-scope.listeners';
export * from './quality-systems/quality-systems.service';

export const ORGANIZATION_ENTITIES = [Agency, AgencyName, Membership, QualitySystem, QualitySystemAgency];
