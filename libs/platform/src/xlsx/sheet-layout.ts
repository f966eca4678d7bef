import ExcelJS from 'exceljs';

/** How every exported workbook shows a calendar day. */
export const XLSX_DATE_FORMAT = 'dd/mm/yyyy';
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/**
 * A calendar day as an Excel date cell value: midnight UTC of that day, which Excel shows as that
 * day whatever the reader's time zone. A `YYYY-MM-DD` string is that day; an instant is taken as
 * the day in Vietnam (UTC+7), as everywhere in the API.
 */
export function excelDay(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') {
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    return day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : null;
  }
  return excelDay(new Date(value.getTime() + VIETNAM_OFFSET_MS).toISOString());
}

/** A day as text, `dd/mm/yyyy`, for a cell that mixes it with words (e.g. a period). */
export function dayText(value: Date | string | null | undefined): string {
  const day = excelDay(value);
  if (!day) return '';
  const [y, m, d] = day.toISOString().slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export interface TableLayout {
  /** Wide tables print landscape; narrow ones portrait. */
  landscape: boolean;
  /** Keys (or 1-based numbers) of the columns holding days: shown dd/mm/yyyy. */
  dates?: (string | number)[];
  /** Keys (or 1-based numbers) of long-text columns: wrapped, aligned to the top. */
  wrap?: (string | number)[];
}

/**
 * A table a user filters and prints: the header row bold, frozen and filtered, its rows repeated
 * on every printed page, A4 fitted to the page width (landscape for wide tables); day columns as
 * real dates shown dd/mm/yyyy, long text wrapped.
 */
export function layoutTable(sheet: ExcelJS.Worksheet, header: ExcelJS.Row, layout: TableLayout): void {
  const columns = header.cellCount;
  header.font = { ...header.font, bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number }];
  sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number, column: columns } };
  sheet.pageSetup = {
    paperSize: 9,
    orientation: layout.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `1:${header.number}`,
  };
  for (const key of layout.dates ?? []) {
    const column = sheet.getColumn(key);
    column.numFmt = XLSX_DATE_FORMAT;
    column.width = Math.max(column.width ?? 0, 12);
  }
  for (const key of layout.wrap ?? []) sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  // the header keeps its own style over the column's (numFmt and alignment apply to it too otherwise)
  header.eachCell((cell) => {
    cell.numFmt = 'General';
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** A new workbook signed as this system's, as every export starts. */
export function newWorkbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'ISO điện tử';
  return book;
}

/** The bytes of a finished workbook, as an export answers them. */
export async function workbookBytes(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}
