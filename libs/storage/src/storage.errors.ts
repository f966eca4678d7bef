import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of storage (uploads and stored files), with their status and messages, and the names
 * of its resources in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const STORAGE_ERRORS = defineErrors('storage', {
  errors: {
    UPLOAD_STALLED: {
      status: 408,
      vi: 'Quá thời gian chờ dữ liệu tải lên (không nhận được dữ liệu trong {seconds} giây)',
      en: 'The upload stalled: no data arrived for {seconds} s',
    },
    UNSUPPORTED_FILE_TYPE: {
      status: 415,
      vi: 'Loại tệp không được phép; chỉ nhận PDF, DOC, DOCX, XLS, XLSX, PNG, JPEG',
      en: 'File type not allowed; only PDF, DOC, DOCX, XLS, XLSX, PNG and JPEG are accepted',
    },
    FILE_TYPE_MISMATCH: {
      status: 415,
      vi: 'Phần mở rộng của tên tệp (.{extension}) không khớp với nội dung tệp ({detected}); hãy đặt tên tệp có phần mở rộng .{expected}',
      en: 'The file name’s extension (.{extension}) does not match its content ({detected}); name the file with the extension .{expected}',
    },
    FILE_PACKAGE_INVALID: {
      status: 415,
      vi: 'Tệp .{extension} không phải là gói Office Open XML hợp lệ: {reason}',
      en: 'The .{extension} file is not a valid Office Open XML package: {reason}',
    },
    FILE_PACKAGE_TOO_LARGE: {
      status: 413,
      vi: 'Tệp .{extension} giải nén ra {size} byte, vượt giới hạn (tối đa {limit} byte và {ratio} lần dung lượng tệp)',
      en: 'The .{extension} file unpacks to {size} bytes, over the limit ({limit} bytes and {ratio} times the file size)',
    },
    FILE_INTEGRITY_FAILED: {
      status: 409,
      vi: 'Tệp trong kho lưu trữ đã bị thay đổi hoặc bị mất (không khớp mã SHA-256 ghi khi tải lên) nên không được cung cấp; quản trị viên đã được thông báo',
      en: 'The stored file was changed or is missing (it no longer matches the SHA-256 recorded at upload), so it is not served; administrators have been notified',
    },
  },
  resources: {
    file: { vi: 'tệp', en: 'File' },
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof STORAGE_ERRORS> {}
}
