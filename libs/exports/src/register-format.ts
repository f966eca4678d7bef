/** The register's sheet and headers: the agency archive format that the import reads back. */
export const REGISTER_SHEET = 'Danh mục tài liệu';
export const REGISTER_HEADERS = {
  code: 'Mã tài liệu',
  title: 'Tên tài liệu',
  type: 'Loại tài liệu',
  parentCode: 'Tài liệu cha',
  revision: 'Lần ban hành',
  effectiveDate: 'Ngày hiệu lực',
  approver: 'Người phê duyệt',
  files: 'Tệp',
  reviewIntervalMonths: 'Chu kỳ xem xét (tháng)',
  administrativeProcedureCodes: 'Mã TTHC',
  status: 'Trạng thái',
} as const;
