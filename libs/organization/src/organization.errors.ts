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
    AGENCY_DISSOLVED: '409 Cơ quan đã giải thể | The agency has been dissolved',
    AGENCY_STRUCTURE_ADMIN_ONLY:
      '403 Chỉ quản trị hệ thống mới được tạo, sửa, sáp nhập hoặc giải thể cơ quan | Only a system administrator may create, change, merge or dissolve agencies',
    QMS_MANAGERS_ONLY:
      '403 Chỉ quản trị viên (AGENCY_ADMIN) hoặc thư ký ISO của cơ quan chủ trì mới được quản lý hệ thống quản lý chất lượng này | Only an AGENCY_ADMIN or ISO secretary of the lead agency may manage this quality system',
    QMS_AGENCY_NOT_COVERED:
      '403 Cơ quan không trực thuộc cơ quan chủ trì nên không thể đưa vào hệ thống quản lý chất lượng: {agencies} | Not under the lead agency, so not to be covered by its quality system: {agencies}',
    AGENCY_HAS_NO_QMS:
      '409 Cơ quan chưa thuộc hệ thống quản lý chất lượng (HTQLCL) nào | The agency is not covered by any quality management system',
  },
  states: {
    MERGED: 'Đã sáp nhập | merged',
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
