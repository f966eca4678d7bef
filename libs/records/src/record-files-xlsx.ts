import { excelDay, layoutTable, newWorkbook, workbookBytes } from '@app/platform';
import type { RecordFileView } from './record-files.service';

/** At most this many record files go into one exported list (the filters narrow it). */
export const RECORD_FILES_EXPORT_LIMIT = 5_000;

const STATUS_NAMES: Record<string, string> = { OPEN: 'Đang lập', CLOSED: 'Đã kết thúc', DISPOSED: 'Đã hủy' };

/**
 * The record files (hồ sơ) the filters select, as a spreadsheet (`GET /record-files?format=xlsx`):
 * their retention, the day it ends, a legal hold and the status, in Vietnamese, with real date cells.
 */
export async function recordFilesWorkbook(files: RecordFileView[]): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Hồ sơ');
  sheet.columns = [
    { header: 'STT', key: 'no', width: 6 },
    { header: 'Số và ký hiệu hồ sơ', key: 'code', width: 18 },
    { header: 'Tiêu đề hồ sơ', key: 'title', width: 50 },
    { header: 'Ngày mở', key: 'openedOn', width: 13 },
    { header: 'Ngày kết thúc', key: 'closedOn', width: 13 },
    { header: 'Thời hạn bảo quản', key: 'retention', width: 14 },
    { header: 'Ngày hết thời hạn bảo quản', key: 'retentionEndsOn', width: 14 },
    { header: 'Phong tỏa pháp lý', key: 'legalHold', width: 12 },
    { header: 'Lý do phong tỏa', key: 'legalHoldReason', width: 30 },
    { header: 'Số văn bản, tài liệu', key: 'itemCount', width: 10 },
    { header: 'Trạng thái', key: 'status', width: 14 },
  ];
  files.forEach((f, index) =>
    sheet.addRow({
      no: index + 1,
      code: f.code,
      title: f.title,
      openedOn: excelDay(f.openedOn),
      closedOn: excelDay(f.closedOn),
      retention: f.permanent ? 'Vĩnh viễn' : f.retentionYears ? `${f.retentionYears} năm` : f.retention,
      retentionEndsOn: excelDay(f.retentionEndsOn),
      legalHold: f.legalHold ? 'Có' : '',
      legalHoldReason: f.legalHoldReason ?? '',
      itemCount: f.itemCount,
      status: STATUS_NAMES[f.status] ?? f.status,
    }),
  );
  layoutTable(sheet, sheet.getRow(1), {
    landscape: true,
    dates: ['openedOn', 'closedOn', 'retentionEndsOn'],
    wrap: ['title', 'legalHoldReason'],
  });
  return workbookBytes(workbook);
}
