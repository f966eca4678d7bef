import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of imports (an agency's existing QMS brought in from an archive), with their
 * status and messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const IMPORTS_ERRORS = defineErrors('imports', {
  errors: {
    IMPORT_INVALID:
      '422 Bảng danh mục có lỗi ở {count} dòng; không có gì được ghi (xem báo cáo từng dòng) | The register has errors in {count} row(s); nothing was written (see the report per row)',
    IMPORT_ARCHIVE_INVALID: '400 Tệp nén không dùng được: {reason} | The archive cannot be used: {reason}',
    IMPORT_ARCHIVE_TOO_LARGE:
      '413 Tệp nén giải nén ra quá lớn hoặc có quá nhiều tệp: {reason} | The archive unpacks too large or holds too many files: {reason}',
    IMPORT_REGISTER_MISSING:
      '400 Không tìm thấy bảng danh mục (register.xlsx hoặc register.csv trong tệp nén, hoặc trường "register") | No register found (register.xlsx or register.csv in the archive, or the field "register")',
    IMPORT_TOO_MANY_ROWS:
      '413 Bảng danh mục có {count} dòng, vượt giới hạn {limit} dòng | The register has {count} rows, over the limit of {limit}',
  },
  resources: {
    documentImport: 'lần nhập tài liệu | Document import',
  },
  states: {
    QUEUED: 'Đang chờ | queued',
    RUNNING: 'Đang chạy | running',
    COMPLETED: 'Đã hoàn tất | completed',
    FAILED: 'Thất bại | failed',
    ROLLED_BACK: 'Đã hoàn tác | rolled back',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof IMPORTS_ERRORS> {}
}
