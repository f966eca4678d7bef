import { Module } from '@nestjs/common';
import { ApprovalsModule } from '@app/approvals';
import { DocumentsModule } from '@app/documents';
import { OversightModule } from '@app/oversight';
import { SignaturesModule } from '@app/signatures';
import { FileIntegrityModule, StorageModule } from '@app/storage';
import { OversightPrintsService } from './oversight-prints.service';
import { PrintingService } from './printing.service';
import { SignedDecisionsService } from './signed-decisions.service';
import { SystemSeal } from './system-seal';

@Module({
  imports: [
    ApprovalsModule,
    DocumentsModule,
    OversightModule,
    StorageModule,
    FileIntegrityModule,
    SignaturesModule,
  ],
  providers: [PrintingService, OversightPrintsService, SystemSeal, SignedDecisionsService],
  exports: [PrintingService, OversightPrintsService, SystemSeal, SignedDecisionsService],
})
export class PrintingModule {}
