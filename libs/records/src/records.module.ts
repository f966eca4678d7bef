import { Module } from '@nestjs/common';
import { ApprovalsModule } from '@app/approvals';
import { DeadlinesModule } from '@app/deadlines';
import { OrganizationModule } from '@app/organization';
import { FileIntegrityModule, StorageModule } from '@app/storage';
import { ProcedureRecordsService } from './procedure-records.service';
import { RecordDisposalsService } from './record-disposals.service';
import { RecordFilesService } from './record-files.service';
import { RecordListsService } from './record-lists.service';

@Module({
  imports: [OrganizationModule, StorageModule, FileIntegrityModule, DeadlinesModule, ApprovalsModule],
  providers: [ProcedureRecordsService, RecordListsService, RecordFilesService, RecordDisposalsService],
  exports: [ProcedureRecordsService, RecordListsService, RecordFilesService, RecordDisposalsService],
})
export class RecordsModule {}
