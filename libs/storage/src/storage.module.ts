import { Module } from '@nestjs/common';
import { FileIntake } from './file-intake';
import { MinioObjectStorage } from './minio-object-storage';
import { ObjectStorage } from './object-storage';

@Module({
  providers: [{ provide: ObjectStorage, useClass: MinioObjectStorage }, FileIntake],
  exports: [ObjectStorage, FileIntake],
})
export class StorageModule {}
