import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of storage (uploads and stored files), with their status and messages, and the names
 * of its resources in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const STORAGE_ERRORS = defineErrors('storage', {
  errors: {
    UPLOAD_STALLED:
      '408 Quá thời gian chờ dữ liệu tải lên (không nhận được dữ liệu trong {seconds} giây) | The upload stalled: no data arrived for {seconds} s',
    UNSUPPORTED_FILE_TYPE:
      '415 Loại tệp không được phép; chỉ nhận PDF, DOC, DOCX, XLS, XLSX, PNG, JPEG | File type not allowed; only PDF, DOC, DOCX, XLS, XLSX, PNG and JPEG are accepted',
    FILE_TYPE_MISMATCH:
      '415 Phần mở rộng của tên tệp (.{extension}) không khớp với nội dung tệp ({detected}); hãy đặt tên tệp có phần mở rộng .{expected} | The file name’s extension (.{extension}) does not match its content ({detected}); name the file with the extension .{expected}',
    FILE_PACKAGE_INVALID:
      '415 Tệp .{extension} không phải là gói Office Open XML hợp lệ: {reason} | The .{extension} file is not a valid Office Open XML package: {reason}',
    FILE_PACKAGE_TOO_LARGE:
      '413 Tệp .{extension} giải nén ra {size} byte, vượt giới hạn (tối đa {limit} byte và {ratio} lần dung lượng tệp) | The .{extension} file unpacks to {size} bytes, over the limit ({limit} bytes and {ratio} times the file size)',
    FILE_INTEGRITY_FAILED:
      '409 Tệp trong kho lưu trữ đã bị thay đổi hoặc bị mất (không khớp mã SHA-256 ghi khi tải lên) nên không được cung cấp; quản trị viên đã được thông báo | The stored file was changed or is missing (it no longer matches the SHA-256 recorded at upload), so it is not served; administrators have been notified',
  },
  resources: {
    file: 'tệp | File',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof STORAGE_ERRORS> {}
}
