import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of organization (agencies and their quality systems), with their status and messages, and the names
 * of its resources in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const ORGANIZATION_ERRORS = defineErrors('organization', {
  errors: {
    AGENCY_CYCLE:
      '409 Không thể đặt cơ quan làm cấp dưới của chính nó | An agency cannot be placed under itself',
    AGENCY_MERGED:
      '409 Cơ quan đã được sáp nhập vào cơ quan khác | The agency has been merged into another agency',
    AGENCY_MERGE_INVALID: '409 Không thể sáp nhập: {reason} | Cannot merge: {reason}',
    AGENCY_HAS_NO_QMS:
      '409 Cơ quan chưa thuộc hệ thống quản lý chất lượng (HTQLCL) nào | The agency is not covered by any quality management system',
  },
  resources: {
    agency: 'cơ quan | Agency',
    qualitySystem: 'hệ thống quản lý chất lượng | Quality system',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof ORGANIZATION_ERRORS> {}
}
