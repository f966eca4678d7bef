import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of organization (agencies and their quality systems), with their status and messages, and the names
 * of its resources in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const ORGANIZATION_ERRORS = defineErrors('organization', {
  errors: {
    AGENCY_CYCLE: {
      status: 409,
      vi: 'Không thể đặt cơ quan làm cấp dưới của chính nó',
      en: 'An agency cannot be placed under itself',
    },
    AGENCY_MERGED: {
      status: 409,
      vi: 'Cơ quan đã được sáp nhập vào cơ quan khác',
      en: 'The agency has been merged into another agency',
    },
    AGENCY_MERGE_INVALID: { status: 409, vi: 'Không thể sáp nhập: {reason}', en: 'Cannot merge: {reason}' },
    AGENCY_HAS_NO_QMS: {
      status: 409,
      vi: 'Cơ quan chưa thuộc hệ thống quản lý chất lượng (HTQLCL) nào',
      en: 'The agency is not covered by any quality management system',
    },
  },
  resources: {
    agency: { vi: 'cơ quan', en: 'Agency' },
    qualitySystem: { vi: 'hệ thống quản lý chất lượng', en: 'Quality system' },
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof ORGANIZATION_ERRORS> {}
}
