import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of records (hồ sơ: the records procedures declare, the yearly list of records,
 * record files and their items, disposals), with their status and messages, and the names of
 * its resources and states in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const RECORDS_ERRORS = defineErrors('records', {
  errors: {
    RECORD_LIST_EXISTS:
      '409 Cơ quan đã có danh mục hồ sơ năm {year} | The agency already has a list of records for {year}',
    RECORD_LIST_EMPTY:
      '409 Danh mục hồ sơ chưa có hồ sơ nào để trình duyệt | The list of records has no item to approve',
    RECORD_LIST_NOT_APPROVED:
      '409 Chỉ lập hồ sơ theo danh mục hồ sơ đã được thủ trưởng cơ quan phê duyệt | Record files are opened only under an approved list of records',
    RECORD_FILE_ON_LEGAL_HOLD:
      '409 Hồ sơ đang bị phong tỏa (giữ lại theo yêu cầu pháp lý), không được hủy | The record file is on legal hold and may not be disposed of',
    RECORD_FILE_NOT_DUE:
      '409 Hồ sơ chưa hết thời hạn bảo quản hoặc thuộc diện bảo quản vĩnh viễn | The record file has not reached the end of its retention, or is kept permanently',
    RECORD_FILE_IN_DISPOSAL:
      '409 Hồ sơ đã nằm trong một đề nghị hủy khác chưa kết thúc | The record file is already in another open disposal',
    RECORD_NOTHING_DUE:
      '409 Không có hồ sơ nào đã hết thời hạn bảo quản để đề nghị hủy | No record file has reached the end of its retention',
  },
  resources: {
    procedureRecord: 'hồ sơ do quy trình tạo ra | Record declared by a procedure',
    recordList: 'danh mục hồ sơ | List of records',
    recordFile: 'hồ sơ | Record file',
    recordItem: 'văn bản, tài liệu trong hồ sơ | Record item',
    recordDisposal: 'đề nghị hủy hồ sơ | Disposal of records',
  },
  states: {
    DISPOSED: 'Đã hủy | disposed of',
    EXECUTED: 'Đã thực hiện hủy | carried out',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof RECORDS_ERRORS> {}
}
