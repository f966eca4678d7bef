export * from './imports.errors';
import { DocumentImport, DocumentImportFile, DocumentImportRow } from './import.entity';

export * from './import.entity';
export * from './import-runner';
export * from './imports.module';
export * from './imports.service';

export const IMPORT_ENTITIES = [DocumentImport, DocumentImportRow, DocumentImportFile];
