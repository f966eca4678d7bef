import { dayText, excelDay, layoutTable, newWorkbook, workbookBytes, XLSX_DATE_FORMAT } from '@app/platform';
import { RiskAction } from './risk.entity';
import { RiskView } from './risks.service';

const KIND_NAMES: Record<string, string> = { RISK: 'Rủi ro', OPPORTUNITY: 'Cơ hội' };
const LEVEL_NAMES: Record<string, string> = { LOW: 'Thấp', MEDIUM: 'Trung bình', HIGH: 'Cao' };
const STATUS_NAMES: Record<string, string> = {
  OPEN: 'Mới nhận diện',
  TREATMENT_PLANNED: 'Đang xử lý',
  TREATED: 'Đã xử lý',
  CLOSED: 'Đã đóng',
};
const STRATEGY_NAMES: Record<string, string> = {
  ACCEPT: 'Chấp nhận',
  MITIGATE: 'Giảm thiểu',
  TRANSFER: 'Chuyển giao',
  AVOID: 'Né tránh',
  EXPLOIT: 'Khai thác',
  ENHANCE: 'Tăng cường',
  SHARE: 'Chia sẻ',
};
export interface RiskRegisterInput {
  agencyName: string;
  asOf: string;
  risks: RiskView[];
  actions: Map<string, RiskAction[]>;
  ownerNames: Map<string, string>;
  thresholds: { mediumFrom: number; highFrom: number };
}

/**
 * The risk register (Sổ đăng ký rủi ro và cơ hội) laid out like the annual report's export: a title
 * block, one row per risk with Vietnamese headers and labels, real date cells, the header row
 * frozen and filtered, A4 landscape fitted to the width with the titles repeated on every page.
 */
export async function riskRegisterWorkbook(input: RiskRegisterInput): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Sổ đăng ký rủi ro');
  sheet.addRow(['SỔ ĐĂNG KÝ RỦI RO VÀ CƠ HỘI']).font = { bold: true, size: 13 };
  sheet.addRow(['Cơ quan', input.agencyName]);
  sheet.addRow(['Ngày lập', excelDay(input.asOf)]).getCell(2).numFmt = XLSX_DATE_FORMAT;
  sheet.addRow([
    'Thang đánh giá',
    `Điểm = Khả năng xảy ra × Mức độ ảnh hưởng (1–5); Thấp < ${input.thresholds.mediumFrom} ≤ Trung bình < ${input.thresholds.highFrom} ≤ Cao`,
  ]);
  sheet.addRow([]);
  const header = sheet.addRow([
    'STT',
    'Loại',
    'Quá trình',
    'Rủi ro, cơ hội',
    'Nguyên nhân',
    'Hậu quả',
    'Khả năng xảy ra',
    'Mức độ ảnh hưởng',
    'Điểm',
    'Mức',
    'Biện pháp xử lý',
    'Nội dung xử lý',
    'Hành động (người thực hiện, thời hạn, kết quả)',
    'Điểm còn lại',
    'Mức còn lại',
    'Hiệu lực',
    'Trạng thái',
    'Ngày xem xét gần nhất',
    'Hạn xem xét tiếp theo',
  ]);
  const widths = [6, 10, 24, 40, 30, 30, 10, 10, 8, 12, 14, 36, 50, 10, 12, 12, 14, 14, 14];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  input.risks.forEach((r, index) => {
    const actions = (input.actions.get(r.id) ?? [])
      .map(
        (a) =>
          `- ${a.description} (${input.ownerNames.get(a.ownerId) ?? a.ownerId}; hạn ${dayText(a.dueDate)}; ${
            a.status === 'DONE' ? 'đã hoàn thành' : 'chưa hoàn thành'
          })`,
      )
      .join('\n');
    const row = sheet.addRow([
      index + 1,
      KIND_NAMES[r.kind] ?? r.kind,
      r.process ?? '',
      r.title,
      r.cause ?? '',
      r.consequence ?? '',
      r.likelihood,
      r.impact,
      r.score,
      LEVEL_NAMES[r.level],
      r.strategy ? STRATEGY_NAMES[r.strategy] : '',
      r.treatment ?? '',
      actions,
      r.residualScore ?? '',
      r.residualLevel ? LEVEL_NAMES[r.residualLevel] : '',
      r.effective === null ? '' : r.effective ? 'Có hiệu lực' : 'Chưa hiệu lực',
      STATUS_NAMES[r.status] ?? r.status,
      excelDay(r.lastReviewedOn),
      excelDay(r.nextReviewOn),
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  layoutTable(sheet, header, { landscape: true, dates: [18, 19] });
  return workbookBytes(workbook);
}
