import ExcelJS from 'exceljs';
import { excelDay, layoutTable, XLSX_DATE_FORMAT } from '@app/platform';
import { AnnualReportFigures, FIGURE_ROWS, figureValue } from './annual-report-figures';

export const REPORT_STATUS_NAMES: Record<string, string> = {
  NOT_CREATED: 'Chưa lập báo cáo',
  DRAFT: 'Đang soạn',
  SUBMITTED: 'Đã gửi Sở Khoa học và Công nghệ',
  ACCEPTED: 'Sở Khoa học và Công nghệ đã tiếp nhận',
};
export const DECLARATION_STATUS_NAMES: Record<string, string> = {
  NOT_DECLARED: 'Chưa công bố',
  IN_FORCE: 'Đã công bố',
  REDECLARATION_REQUIRED: 'Phải công bố lại (đã thay đổi phạm vi)',
};
export const QMS_STATUS_NAMES: Record<string, string> = {
  BUILDING: 'Đang xây dựng',
  APPLYING: 'Đang áp dụng',
  DECLARED: 'Đã công bố',
  SUSPENDED: 'Tạm dừng',
};
/** Agency levels as the `Cấp` column shows them. */
export const AGENCY_LEVEL_NAMES: Record<string, string> = {
  PROVINCE: 'Ủy ban nhân dân tỉnh',
  DEPARTMENT: 'Sở, ban, ngành',
  BRANCH: 'Chi cục',
  DISTRICT: 'Cấp huyện',
  COMMUNE: 'Cấp xã',
  OTHER: 'Khác',
};
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export interface AnnualReportSheet {
  status: string;
  figures: AnnualReportFigures;
  assessment: string | null;
  difficulties: string | null;
  proposals: string | null;
  submittedAt: Date | null;
}

/**
 * The annual report as a workbook: a title block, then the table "STT | Nội dung | Số liệu"
 * (one row per figure, numbers as numbers), then the agency's own text on a second sheet.
 */
export async function annualReportWorkbook(report: AnnualReportSheet): Promise<Buffer> {
  const { figures } = report;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ISO điện tử';
  const sheet = workbook.addWorksheet(`Báo cáo năm ${figures.year}`);
  sheet.columns = [
    { key: 'no', width: 8 },
    { key: 'label', width: 70 },
    { key: 'value', width: 28 },
  ];
  const title = sheet.addRow([
    `BÁO CÁO TÌNH HÌNH XÂY DỰNG, ÁP DỤNG, DUY TRÌ VÀ CẢI TIẾN HTQLCL NĂM ${figures.year}`,
  ]);
  title.font = { bold: true, size: 13 };
  sheet.addRow(['Cơ quan', figures.agency.name]);
  sheet.addRow(['Mã cơ quan', figures.agency.code]);
  sheet.addRow(['Hệ thống quản lý chất lượng', figures.qualitySystem?.name ?? 'Chưa có']);
  sheet.addRow([
    'Tình trạng HTQLCL',
    figures.qualitySystem
      ? (QMS_STATUS_NAMES[figures.qualitySystem.status] ?? figures.qualitySystem.status)
      : '',
  ]);
  sheet.addRow(['Kỳ báo cáo', `${figures.period.from} - ${figures.period.to}`]);
  sheet.addRow(['Trạng thái báo cáo', REPORT_STATUS_NAMES[report.status] ?? report.status]);
  sheet.addRow([]);
  const header = sheet.addRow(['STT', 'Nội dung', 'Số liệu']);
  header.font = { bold: true };
  let no = 0;
  FIGURE_ROWS.forEach((section, index) => {
    const row = sheet.addRow([ROMAN[index], section.section]);
    row.font = { bold: true };
    for (const figure of section.rows) sheet.addRow([++no, figure.label, figureValue(figures, figure.key)]);
  });
  sheet.addRow([]);
  const declared = sheet.addRow([
    '',
    'Tình trạng công bố',
    DECLARATION_STATUS_NAMES[figures.declaration.status],
  ]);
  declared.font = { bold: true };
  sheet.addRow(['', 'Số quyết định công bố', figures.declaration.decisionNumber ?? '']);
  for (const [label, day] of [
    ['Ngày quyết định công bố', figures.declaration.decisionDate],
    ['Ngày họp xem xét của lãnh đạo gần nhất', figures.managementReviews.lastHeldOn],
  ] as const) {
    sheet.addRow(['', label, excelDay(day) ?? '']).getCell(3).numFmt = XLSX_DATE_FORMAT;
  }
  const ratio = sheet.addRow([
    '',
    'Tỷ lệ thủ tục hành chính áp dụng HTQLCL',
    figures.administrativeProcedures.ratio ?? '',
  ]);
  ratio.getCell(3).numFmt = '0.00%';
  // reports compiled before the quality figures existed have none
  for (const [label, share] of [
    ['Tỷ lệ hồ sơ TTHC giải quyết đúng hạn', figures.processPerformance?.onTimeRate],
    ['Tỷ lệ người dân hài lòng', figures.satisfaction?.satisfiedShare],
  ] as const) {
    sheet.addRow(['', label, share ?? '']).getCell(3).numFmt = '0.00%';
  }
  layoutTable(sheet, header, { landscape: false });

  const text = workbook.addWorksheet('Đánh giá, kiến nghị');
  text.columns = [
    { key: 'label', width: 30 },
    { key: 'value', width: 100 },
  ];
  text.addRow(['Đánh giá chung', report.assessment ?? '']);
  text.addRow(['Khó khăn, vướng mắc', report.difficulties ?? '']);
  text.addRow(['Kiến nghị, đề xuất', report.proposals ?? '']);
  text.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ProvinceRollupRow {
  agencyId: string;
  code: string;
  name: string;
  level: string;
  reportId: string | null;
  status: string;
  submittedAt: Date | null;
  figures: AnnualReportFigures | null;
}

/** The province's roll-up: one row per agency (figures of submitted reports), then the totals. */
export async function provinceRollupWorkbook(
  year: number,
  provinceName: string,
  rows: ProvinceRollupRow[],
  totals: Record<string, number>,
): Promise<Buffer> {
  const keys = FIGURE_ROWS.flatMap((s) => s.rows);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ISO điện tử';
  const sheet = workbook.addWorksheet(`Tổng hợp năm ${year}`);
  sheet.addRow([`TỔNG HỢP BÁO CÁO ĐỊNH KỲ VỀ HTQLCL NĂM ${year} - ${provinceName}`]).font = {
    bold: true,
    size: 13,
  };
  const header = sheet.addRow([
    'STT',
    'Mã cơ quan',
    'Tên cơ quan',
    'Cấp',
    'Trạng thái báo cáo',
    'Ngày gửi',
    'Tình trạng công bố',
    ...keys.map((k) => k.label),
  ]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(3).width = 50;
  rows.forEach((r, index) => {
    sheet.addRow([
      index + 1,
      r.code,
      r.name,
      AGENCY_LEVEL_NAMES[r.level] ?? r.level,
      REPORT_STATUS_NAMES[r.status] ?? r.status,
      excelDay(r.submittedAt) ?? '',
      r.figures ? DECLARATION_STATUS_NAMES[r.figures.declaration.status] : '',
      ...keys.map((k) => (r.figures ? figureValue(r.figures, k.key) : null)),
    ]);
  });
  layoutTable(sheet, header, { landscape: true, dates: [6] });
  const total = sheet.addRow(['', '', 'Tổng cộng', '', '', '', '', ...keys.map((k) => totals[k.key] ?? 0)]);
  total.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
