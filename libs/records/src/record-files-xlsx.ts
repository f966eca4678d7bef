import { excelDay, registerSheet, tableWorkbook } from '@app/platform';
import type { RecordFileView } from './record-files.service';

/** At most this many record files go into one exported list (the filters narrow it). */
export const RECORD_FILES_EXPORT_LIMIT = 5_000;

const STATUS_NAMES: Record<string, string> = { OPEN: 'Đang lập', CLOSED: 'Đã kết thúc', DISPOSED: 'Đã hủy' };

/**
 * The record files (hồ sơ) the filters select, as a spreadsheet (`GET /record-files?format=xlsx`):
 * their retention, the day it ends, a legal hold and the status, in Vietnamese, with real date cells.
 */
const RECORD_FILES_SHEET = registerSheet<RecordFileView>('Hồ sơ', [
  { header: 'Số và ký hiệu hồ sơ', width: 18, cell: (f) => f.code },
  { header: 'Tiêu đề hồ sơ', width: 50, cell: (f) => f.title, wrap: true },
  { header: 'Ngày mở', width: 13, cell: (f) => excelDay(f.openedOn), date: true },
  { header: 'Ngày kết thúc', width: 13, cell: (f) => excelDay(f.closedOn), date: true },
  {
    header: 'Thời hạn bảo quản',
    width: 14,
    cell: (f) => (f.permanent ? 'Vĩnh viễn' : f.retentionYears ? `${f.retentionYears} năm` : f.retention),
  },
  {
    header: 'Ngày hết thời hạn bảo quản',
    width: 14,
    cell: (f) => excelDay(f.retentionEndsOn),
    date: true,
  },
  { header: 'Phong tỏa pháp lý', width: 12, cell: (f) => (f.legalHold ? 'Có' : '') },
  { header: 'Lý do phong tỏa', width: 30, cell: (f) => f.legalHoldReason ?? '', wrap: true },
  { header: 'Số văn bản, tài liệu', width: 10, cell: (f) => f.itemCount },
  { header: 'Trạng thái', width: 14, cell: (f) => STATUS_NAMES[f.status] ?? f.status },
]);

export function recordFilesWorkbook(files: RecordFileView[]): Promise<Buffer> {
  return tableWorkbook(RECORD_FILES_SHEET, files);
}
