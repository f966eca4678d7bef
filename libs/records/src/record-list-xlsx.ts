import ExcelJS from 'exceljs';
import type { RecordListDetail } from './record-lists.service';

/** The columns of the list of records, Phụ lục V of Nghị định 30/2020/NĐ-CP, in order. */
export const RECORD_LIST_COLUMNS = [
  'Số và ký hiệu hồ sơ',
  'Tên đề mục và tiêu đề hồ sơ',
  'Thời hạn bảo quản',
  'Đơn vị/người lập hồ sơ',
  'Ghi chú',
] as const;

/**
 * The list as a workbook in the form of Phụ lục V: the agency and the title block, the table
 * with its column numbers (1)…(5), headings (đề mục) as bold rows, then the closing line counting
 * the files kept permanently and for a limited time. Laid out like the annual report: header
 * frozen and filtered, A4 portrait fitted to the width, titles repeated on every page.
 */
export async function recordListWorkbook(input: {
  agencyName: string;
  list: RecordListDetail;
}): Promise<Buffer> {
  const { agencyName, list } = input;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ISO điện tử';
  const sheet = workbook.addWorksheet(`Danh mục hồ sơ ${list.year}`);
  sheet.columns = [
    { key: 'code', width: 18 },
    { key: 'title', width: 60 },
    { key: 'retention', width: 16 },
    { key: 'owner', width: 30 },
    { key: 'note', width: 24 },
  ];
  sheet.addRow([agencyName.toUpperCase()]).font = { bold: true };
  sheet.addRow([]);
  const title = sheet.addRow([`DANH MỤC HỒ SƠ CỦA ${agencyName.toUpperCase()} NĂM ${list.year}`]);
  title.font = { bold: true, size: 13 };
  sheet.mergeCells(title.number, 1, title.number, 5);
  title.alignment = { horizontal: 'center' };
  const subtitle = sheet.addRow([
    list.status === 'APPROVED' && list.approvedAt
      ? `(Được thủ trưởng cơ quan phê duyệt ngày ${dayOf(list.approvedAt)})`
      : '(Dự thảo, chưa được phê duyệt)',
  ]);
  sheet.mergeCells(subtitle.number, 1, subtitle.number, 5);
  subtitle.alignment = { horizontal: 'center' };
  subtitle.font = { italic: true };
  sheet.addRow([]);
  const header = sheet.addRow([...RECORD_LIST_COLUMNS]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  const numbers = sheet.addRow(['(1)', '(2)', '(3)', '(4)', '(5)']);
  numbers.alignment = { horizontal: 'center' };
  numbers.font = { italic: true };
  let heading: string | null = null;
  for (const item of list.items) {
    if (item.heading && item.heading !== heading) {
      heading = item.heading;
      const row = sheet.addRow(['', heading]);
      row.font = { bold: true };
    }
    sheet.addRow([item.code, item.title, item.retention, item.ownerUnit, item.note ?? '']);
  }
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  sheet.addRow([]);
  sheet.addRow([
    `Bản danh mục hồ sơ này có ${list.items.length} hồ sơ, bao gồm: ${list.permanentCount} hồ sơ bảo quản vĩnh viễn; ${list.limitedCount} hồ sơ bảo quản có thời hạn.`,
  ]);
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number }];
  sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number, column: 5 } };
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${header.number}:${numbers.number}`,
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** dd/mm/yyyy of an instant, in Vietnam (UTC+7). */
function dayOf(instant: Date): string {
  const day = new Date(instant.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
