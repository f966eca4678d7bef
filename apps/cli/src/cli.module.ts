import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PLATFORM_ENTITIES, PlatformModule } from '@app/platform';
import { IDENTITY_ENTITIES, IdentityModule } from '@app/identity';
import { ORGANIZATION_ENTITIES, OrganizationModule } from '@app/organization';
import { MIGRATIONS } from '../../../migrations';

@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        PlatformModule.forRoot({
          config,
          entities: [...PLATFORM_ENTITIES, ...ORGANIZATION_ENTITIES, ...IDENTITY_ENTITIES],
          migrations: MIGRATIONS,
        }),
        OrganizationModule,
        IdentityModule,
      ],
    };
  }
}
