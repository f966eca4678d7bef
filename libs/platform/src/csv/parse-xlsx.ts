import ExcelJS from 'exceljs';
import { DomainError } from '../errors/domain-error';
import { ParsedTable, tableOf } from './table';

/** The first bytes of every XLSX file (a ZIP archive). */
export function looksLikeXlsx(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;
}

/** A date cell as the calendar day Excel shows (exceljs reads it as midnight UTC of that day). */
function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The text of a cell as a user typed it: formulas give their result, dates their day. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dayOf(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('result' in value) return cellText(value.result);
  if ('error' in value) return '';
  return '';
}

/** Reads the first worksheet of an XLSX workbook: the first non-empty row is the header. */
export async function parseXlsx(bytes: Buffer): Promise<ParsedTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('UPLOAD_MALFORMED', { reason: 'the XLSX file cannot be read' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], records: [] };
  const rows: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    rows.push({ line: rowNumber, cells });
  });
  return tableOf(rows);
}
