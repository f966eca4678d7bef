export * from './documents.errors';
import {
  Acknowledgement,
  Document,
  DocumentCodeAlias,
  DocumentFile,
  DocumentPeriodicReview,
  DocumentVersion,
} from './document.entity';

export * from './acknowledgements.service';
export * from './document-access';
export * from './document-figures';
export * from './document-lifecycle';
export * from './document-transfer';
export * from './document-versions.service';
export * from './document.entity';
export * from './file-signatures.service';
export * from './imported-documents.service';
export * from './documents.module';
export * from './documents.service';
export * from './dto/document.dto';
export * from './periodic-reviews.service';
export * from './review-schedule';
export * from './search/content-pairs';
export * from './search/content-search';
export * from './search/document-search';
export * from './search/document-search.sql';
export * from './search/file-texts';
export * from './search/text-extraction';

export const DOCUMENT_ENTITIES = [
  Document,
  DocumentVersion,
  DocumentFile,
  Acknowledgement,
  DocumentCodeAlias,
  DocumentPeriodicReview,
];
