export * from './documents.errors';
import { Acknowledgement, Document, DocumentFile, DocumentVersion } from './document.entity';

export * from './acknowledgements.service';
export * from './document-access';
export * from './document-figures';
export * from './document-lifecycle';
export * from './document-versions.service';
export * from './document.entity';
export * from './file-signatures.service';
export * from './documents.module';
export * from './documents.service';
export * from './dto/document.dto';

export const DOCUMENT_ENTITIES = [Document, DocumentVersion, DocumentFile, Acknowledgement];
