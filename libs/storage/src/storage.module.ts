import { Module } from '@nestjs/common';
import { FileIntake } from './file-intake';
import { MinioObjectStorage } from './minio-object-storage';
import { ObjectStorage } from './object-storage';
import { OrphanBlobs } from './orphan-blobs';

@Module({
  providers: [{ provide: ObjectStorage, useClass: MinioObjectStorage }, FileIntake, OrphanBlobs],
  exports: [ObjectStorage, FileIntake, OrphanBlobs],
})
export class StorageModule {}
