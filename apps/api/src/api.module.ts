import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import {
  AppConfig,
  ErrorFilter,
  IdempotencyInterceptor,
  PLATFORM_ENTITIES,
  PlatformModule,
} from '@app/platform';
import { IDENTITY_ENTITIES, IdentityHttpModule, JwtAuthGuard } from '@app/identity';
import { ORGANIZATION_ENTITIES, OrganizationModule } from '@app/organization';
import { StorageModule } from '@app/storage';
import { SIGNATURE_ENTITIES } from '@app/signatures';
import { FileSignaturesController } from './documents/file-signatures.controller';
import { SignedApprovalsController } from './approvals/signed-approvals.controller';
import { APPROVAL_ENTITIES, ApprovalsModule } from '@app/approvals';
import { DEADLINE_ENTITIES, DeadlinesModule } from '@app/deadlines';
import { DOCUMENT_ENTITIES, DocumentsModule } from '@app/documents';
import { CAPA_ENTITIES, CapaModule } from '@app/capa';
import { AUDIT_ENTITIES, AuditsModule } from '@app/audits';
import { OVERSIGHT_ENTITIES, OversightModule } from '@app/oversight';
import { INTEGRATION_ENTITIES, IntegrationModule } from '@app/integration';
import { PRINTING_ENTITIES, PrintingModule } from '@app/printing';
import { RECORDS_ENTITIES, RecordsModule } from '@app/records';
import { IMPORT_ENTITIES, ImportsModule } from '@app/imports';
import { QMS_ENTITIES, QmsModule } from '@app/qms';
import { EXPORTS_ENTITIES, ExportsModule } from '@app/exports';
import { ExportsController } from './exports/exports.controller';
import { AuditsController } from './audits/audits.controller';
import { ManagementReviewsController } from './audits/management-reviews.controller';
import { CapaController } from './capa/capa.controller';
import { ApprovalsController } from './approvals/approvals.controller';
import { BoardLoginController } from './admin/board-login.controller';
import { QueueBoardController } from './admin/queue-board.controller';
import { DeadlinesController } from './deadlines/deadlines.controller';
import { NotificationsController } from './deadlines/notifications.controller';
import {
  EmailDeliveriesController,
  NotificationPreferencesController,
} from './deadlines/notification-settings.controller';
import { ReminderPoliciesController } from './deadlines/reminder-policies.controller';
import { DocumentsController } from './documents/documents.controller';
import { MIGRATIONS } from '../../../migrations';
import { AuditTrailController } from './audit-trail/audit-trail.controller';
import { AuthController } from './auth/auth.controller';
import { HealthController } from './health/health.controller';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';
import { AgenciesController } from './organization/agencies.controller';
import { QualitySystemsController } from './organization/quality-systems.controller';
import { UsersController } from './users/users.controller';
import { interceptWrites } from './http/write-interceptors';
import { RefusedWriteAuditInterceptor } from './http/refused-write-audit.interceptor';
import { AdministrativeProceduresController } from './oversight/administrative-procedures.controller';
import { AnnualReportsController } from './oversight/annual-reports.controller';
import { DashboardsController } from './oversight/dashboards.controller';
import { DeclarationsController, PublicDeclarationsController } from './oversight/declarations.controller';
import { InspectionsController } from './oversight/inspections.controller';
import { LegalChangesController } from './oversight/legal-changes.controller';
import { RolloutPlansController } from './oversight/rollout-plans.controller';
import { EventsController } from './integration/events.controller';
import { WebhooksController } from './integration/webhooks.controller';
import { PrintingController } from './printing/printing.controller';
import { RecordsController } from './records/records.controller';
import { ImportsController } from './imports/imports.controller';
import { QualityObjectivesController } from './qms/quality-objectives.controller';
import { RisksController } from './qms/risks.controller';
import { SatisfactionController } from './qms/satisfaction.controller';
import { TrainingRecordsController } from './qms/training-records.controller';

export const API_ENTITIES = [
  ...PLATFORM_ENTITIES,
  ...ORGANIZATION_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...DEADLINE_ENTITIES,
  ...APPROVAL_ENTITIES,
  ...SIGNATURE_ENTITIES,
  ...PRINTING_ENTITIES,
  ...DOCUMENT_ENTITIES,
  ...CAPA_ENTITIES,
  ...AUDIT_ENTITIES,
  ...OVERSIGHT_ENTITIES,
  ...INTEGRATION_ENTITIES,
  ...RECORDS_ENTITIES,
  ...IMPORT_ENTITIES,
  ...QMS_ENTITIES,
  ...EXPORTS_ENTITIES,
];

/** Every controller of the API; their write routes get WriteInterceptors (interceptWrites). */
export const API_CONTROLLERS: Type[] = [
  HealthController,
  MetricsController,
  AuthController,
  UsersController,
  AgenciesController,
  QualitySystemsController,
  AuditTrailController,
  DocumentsController,
  FileSignaturesController,
  ApprovalsController,
  SignedApprovalsController,
  DeadlinesController,
  NotificationsController,
  NotificationPreferencesController,
  EmailDeliveriesController,
  ReminderPoliciesController,
  QueueBoardController,
  BoardLoginController,
  AuditsController,
  CapaController,
  ManagementReviewsController,
  DeclarationsController,
  PublicDeclarationsController,
  AdministrativeProceduresController,
  LegalChangesController,
  RolloutPlansController,
  InspectionsController,
  AnnualReportsController,
  DashboardsController,
  EventsController,
  WebhooksController,
  PrintingController,
  RecordsController,
  ImportsController,
  RisksController,
  QualityObjectivesController,
  SatisfactionController,
  TrainingRecordsController,
  ExportsController,
];
// as the module is loaded, as decorators are: before Nest scans it
interceptWrites(API_CONTROLLERS);

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot({ config, entities: API_ENTITIES, migrations: MIGRATIONS }),
        OrganizationModule,
        IdentityHttpModule,
        StorageModule,
        DeadlinesModule,
        ApprovalsModule,
        DocumentsModule,
        CapaModule,
        AuditsModule,
        OversightModule,
        IntegrationModule,
        PrintingModule,
        RecordsModule,
        ImportsModule,
        QmsModule,
        ExportsModule,
      ],
      controllers: API_CONTROLLERS,
      providers: [
        MetricsService,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
        IdempotencyInterceptor,
        RefusedWriteAuditInterceptor,
      ],
    };
  }
}
