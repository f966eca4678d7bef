import { SignatureCheck } from './signature-check.entity';

export * from './certificates';
export * from './cms';
export * from './file-signature-checks';
export * from './pdf-prepare';
export * from './pdf-scan';
export * from './person-signing-providers';
export * from './remote-provider';
export * from './revisions';
export * from './signature-check.entity';
export * from './signatures.errors';
export * from './signatures.module';
export * from './signing-provider';
export * from './signing.service';
export * from './trust-anchors';
export * from './verify';

export const SIGNATURE_ENTITIES = [SignatureCheck];
