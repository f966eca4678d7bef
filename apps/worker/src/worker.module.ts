import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PLATFORM_ENTITIES, PlatformModule } from '@app/platform';
import { APPROVAL_ENTITIES } from '@app/approvals';
import { DEADLINE_ENTITIES, DeadlinesModule } from '@app/deadlines';
import { DOCUMENT_ENTITIES, DocumentsModule } from '@app/documents';
import { IDENTITY_ENTITIES } from '@app/identity';
import { ORGANIZATION_ENTITIES } from '@app/organization';
import { FileIntegrityModule, StorageModule } from '@app/storage';
import { SIGNATURE_ENTITIES } from '@app/signatures';
import { INTEGRATION_ENTITIES, IntegrationModule } from '@app/integration';
import { RECORDS_ENTITIES, RecordsModule } from '@app/records';
import { EXPORTS_ENTITIES, ExportsModule } from '@app/exports';
import { AgencyExportHandler } from './agency-export.handler';
import { IMPORT_ENTITIES, ImportsModule } from '@app/imports';
import { AuditCheckpointHandler } from './audit-checkpoint.handler';
import { DocumentActivationHandler } from './document-activation.handler';
import { DocumentImportHandler } from './document-import.handler';
import { FileScrubHandler } from './file-scrub.handler';
import { FileTextHandler } from './file-text.handler';
import { HeartbeatHandler } from './heartbeat.handler';
import { IdempotencyKeysHandler } from './idempotency-keys.handler';
import { IntegrationFeedHandler } from './integration-feed.handler';
import { JobRunner } from './job-runner';
import { OutboxRelayHandler } from './outbox-relay.handler';
import { OrphanBlobsHandler } from './orphan-blobs.handler';
import { RecordDisposalHandler } from './record-disposal.handler';
import { RemindersHandler } from './reminders.handler';
import { WorkNotificationsHandler } from './work-notifications.handler';

export const WORKER_ENTITIES = [
  ...PLATFORM_ENTITIES,
  ...ORGANIZATION_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...DEADLINE_ENTITIES,
  ...APPROVAL_ENTITIES,
  ...SIGNATURE_ENTITIES,
  ...DOCUMENT_ENTITIES,
  ...INTEGRATION_ENTITIES,
  ...RECORDS_ENTITIES,
  ...EXPORTS_ENTITIES,
  ...IMPORT_ENTITIES,
];

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot({ config, entities: WORKER_ENTITIES }),
        DocumentsModule,
        DeadlinesModule,
        StorageModule,
        FileIntegrityModule,
        IntegrationModule,
        RecordsModule,
        ExportsModule,
        ImportsModule,
      ],
      providers: [
        HeartbeatHandler,
        OutboxRelayHandler,
        DocumentActivationHandler,
        RemindersHandler,
        WorkNotificationsHandler,
        OrphanBlobsHandler,
        AuditCheckpointHandler,
        FileScrubHandler,
        IdempotencyKeysHandler,
        IntegrationFeedHandler,
        RecordDisposalHandler,
        AgencyExportHandler,
        DocumentImportHandler,
        FileTextHandler,
        JobRunner,
      ],
    };
  }
}
