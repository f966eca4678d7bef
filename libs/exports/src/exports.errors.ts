import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of agency exports (issue 18), with their resource and state names. A download
 * of an export not (or no longer) available is the lifecycle's 409 AGENCY_EXPORT_IS_<STATE>.
 * Only EXPIRED is named here: QUEUED, RUNNING… are shared with imports, whose lib names them.
 * Registered when the lib is loaded (index.ts exports this file).
 */
export const EXPORTS_ERRORS = defineErrors('exports', {
  errors: {
    AGENCY_EXPORT_FILE_CHANGED:
      '409 Tệp {name} của tài liệu {code} không còn khớp mã băm đã lưu, không thể xuất | The file {name} of document {code} no longer matches its stored sha256 and cannot be exported',
  },
  resources: {
    agencyExport: 'bản xuất dữ liệu của cơ quan | Agency export',
  },
  states: {
    EXPIRED: 'Đã hết hạn tải về | expired',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof EXPORTS_ERRORS> {}
}
