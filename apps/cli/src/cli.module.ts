import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PLATFORM_ENTITIES, PlatformModule } from '@app/platform';
import { IDENTITY_ENTITIES, IdentityModule } from '@app/identity';
import { ORGANIZATION_ENTITIES, OrganizationModule } from '@app/organization';
import { CAPA_ENTITIES } from '@app/capa';
import { QMS_ENTITIES, QmsModule } from '@app/qms';
import { DEADLINE_ENTITIES } from '@app/deadlines';
import { APPROVAL_ENTITIES } from '@app/approvals';
import { DOCUMENT_ENTITIES, DocumentsModule } from '@app/documents';
import { RECORDS_ENTITIES, RecordsModule } from '@app/records';
import { MIGRATIONS } from '../../../migrations';

@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        PlatformModule.forRoot({
          config,
          entities: [
            ...PLATFORM_ENTITIES,
            ...ORGANIZATION_ENTITIES,
            ...IDENTITY_ENTITIES,
            // the demo quality data of Sở Tư pháp is made through the services (qms-seed.ts)
            ...DEADLINE_ENTITIES,
            ...CAPA_ENTITIES,
            ...QMS_ENTITIES,
            // the demo records of Sở Tư pháp are made through the services (records-seed.ts)
            ...APPROVAL_ENTITIES,
            ...DOCUMENT_ENTITIES,
            ...RECORDS_ENTITIES,
          ],
          migrations: MIGRATIONS,
        }),
        OrganizationModule,
        IdentityModule,
        QmsModule,
        DocumentsModule,
        RecordsModule,
      ],
    };
  }
}
