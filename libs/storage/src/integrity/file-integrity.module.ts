import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@app/deadlines';
import { StorageModule } from '../storage.module';
import { FileDownloads } from './file-downloads';
import { FileIntegrity } from './file-integrity';

/** Integrity of stored files: verified downloads, on-demand checks and the scrub (alerts go through deadlines' notifications). */
@Module({
  imports: [StorageModule, DeadlinesModule],
  providers: [FileIntegrity, FileDownloads],
  exports: [FileIntegrity, FileDownloads],
})
export class FileIntegrityModule {}
