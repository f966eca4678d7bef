import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of documents (controlled documents and their versions), with their status and messages, and the names
 * of its resources and states in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const DOCUMENTS_ERRORS = defineErrors('documents', {
  errors: {
    DOCUMENT_METADATA_CONTROLLED: {
      status: 409,
      vi: 'Tài liệu đã ban hành: {fields} chỉ được thay đổi qua một lần sửa đổi được phê duyệt',
      en: 'The document has been issued: {fields} change only through an approved revision',
    },
    VERSION_HAS_NO_FILES: {
      status: 409,
      vi: 'Phiên bản chưa có tệp nào để trình duyệt',
      en: 'The version has no file to approve',
    },
    NOT_ACKNOWLEDGEABLE: {
      status: 409,
      vi: 'Tài liệu không có phiên bản đang hiệu lực để xác nhận đã đọc',
      en: 'The document has no effective version to acknowledge',
    },
  },
  resources: {
    document: { vi: 'tài liệu', en: 'Document' },
    documentVersion: { vi: 'phiên bản tài liệu', en: 'Document version' },
  },
  states: {
    IN_APPROVAL: { vi: 'Đang trình duyệt', en: 'in approval' },
    EFFECTIVE: { vi: 'Đang hiệu lực', en: 'effective' },
    SUPERSEDED: { vi: 'Đã bị thay thế', en: 'superseded' },
    WITHDRAWN: { vi: 'Đã hủy bỏ', en: 'withdrawn' },
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof DOCUMENTS_ERRORS> {}
}
