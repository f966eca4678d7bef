import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of documents (controlled documents and their versions), with their status and messages, and the names
 * of its resources and states in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const DOCUMENTS_ERRORS = defineErrors('documents', {
  errors: {
    DOCUMENT_METADATA_CONTROLLED:
      '409 Tài liệu đã ban hành: {fields} chỉ được thay đổi qua một lần sửa đổi được phê duyệt | The document has been issued: {fields} change only through an approved revision',
    VERSION_HAS_NO_FILES: '409 Phiên bản chưa có tệp nào để trình duyệt | The version has no file to approve',
    NOT_ACKNOWLEDGEABLE:
      '409 Tài liệu không có phiên bản đang hiệu lực để xác nhận đã đọc | The document has no effective version to acknowledge',
  },
  resources: {
    document: 'tài liệu | Document',
    documentVersion: 'phiên bản tài liệu | Document version',
  },
  states: {
    IN_APPROVAL: 'Đang trình duyệt | in approval',
    EFFECTIVE: 'Đang hiệu lực | effective',
    SUPERSEDED: 'Đã bị thay thế | superseded',
    WITHDRAWN: 'Đã hủy bỏ | withdrawn',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof DOCUMENTS_ERRORS> {}
}
