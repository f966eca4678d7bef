import { Module } from '@nestjs/common';
import { ApprovalsModule } from '@app/approvals';
import { DeadlinesModule } from '@app/deadlines';
import { OrganizationModule } from '@app/organization';
import { SignaturesModule } from '@app/signatures';
import { FileIntegrityModule, StorageModule } from '@app/storage';
import { AcknowledgementsService } from './acknowledgements.service';
import { DocumentAccess } from './document-access';
import { DocumentLifecycle } from './document-lifecycle';
import { DocumentTransfer } from './document-transfer';
import { DocumentVersionsService } from './document-versions.service';
import { FileSignaturesService } from './file-signatures.service';
import { ImportedDocuments } from './imported-documents.service';
import { DocumentsService } from './documents.service';
import { PeriodicReviewsService } from './periodic-reviews.service';
import { ReviewSchedule } from './review-schedule';
import { FileTexts } from './search/file-texts';

@Module({
  imports: [
    OrganizationModule,
    StorageModule,
    FileIntegrityModule,
    DeadlinesModule,
    ApprovalsModule,
    SignaturesModule,
  ],
  providers: [
    DocumentAccess,
    DocumentsService,
    DocumentVersionsService,
    FileSignaturesService,
    DocumentLifecycle,
    AcknowledgementsService,
    ReviewSchedule,
    PeriodicReviewsService,
    DocumentTransfer,
    ImportedDocuments,
    FileTexts,
  ],
  exports: [
    DocumentsService,
    DocumentVersionsService,
    FileSignaturesService,
    DocumentLifecycle,
    AcknowledgementsService,
    PeriodicReviewsService,
    ImportedDocuments,
    FileTexts,
  ],
})
export class DocumentsModule {}
