import { Module } from '@nestjs/common';
import { AuditCheckpoints } from './audit-checkpoints';
import { FileIntake } from './file-intake';
import { MinioObjectStorage } from './minio-object-storage';
import { ObjectStorage } from './object-storage';
import { OrphanBlobs } from './orphan-blobs';

@Module({
  providers: [
    { provide: ObjectStorage, useClass: MinioObjectStorage },
    FileIntake,
    OrphanBlobs,
    AuditCheckpoints,
  ],
  exports: [ObjectStorage, FileIntake, OrphanBlobs, AuditCheckpoints],
})
export class StorageModule {}
