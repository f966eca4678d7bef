import { Module } from '@nestjs/common';
import { DocumentsModule } from '@app/documents';
import { StorageModule } from '@app/storage';
import { ImportRunner } from './import-runner';
import { ImportsService } from './imports.service';

@Module({
  imports: [DocumentsModule, StorageModule],
  providers: [ImportsService, ImportRunner],
  exports: [ImportsService, ImportRunner],
})
export class ImportsModule {}
