import { Module } from '@nestjs/common';
import { ApprovalsModule } from '@app/approvals';
import { DocumentsModule } from '@app/documents';
import { OversightModule } from '@app/oversight';
import { FileIntegrityModule, StorageModule } from '@app/storage';
import { OversightPrintsService } from './oversight-prints.service';
import { PrintingService } from './printing.service';

@Module({
  imports: [ApprovalsModule, DocumentsModule, OversightModule, StorageModule, FileIntegrityModule],
  providers: [PrintingService, OversightPrintsService],
  exports: [PrintingService, OversightPrintsService],
})
export class PrintingModule {}
