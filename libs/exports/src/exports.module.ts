import { Module } from '@nestjs/common';
import { RecordsModule } from '@app/records';
import { StorageModule } from '@app/storage';
import { AgencyArchiveJob } from './agency-archive.job';
import { AgencyExportsService } from './agency-exports.service';

@Module({
  imports: [StorageModule, RecordsModule],
  providers: [AgencyExportsService, AgencyArchiveJob],
  exports: [AgencyExportsService, AgencyArchiveJob],
})
export class ExportsModule {}
