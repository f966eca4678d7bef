export * from './downloads';
export * from './file-intake';
export * from './file-type';
export * from './minio-object-storage';
export * from './object-storage';
export * from './orphan-blobs';
export * from './storage.module';
export * from './stored-file.entity';
