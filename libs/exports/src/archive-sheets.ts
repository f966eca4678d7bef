import ExcelJS from 'exceljs';
import { excelDay, layoutTable, newWorkbook, workbookBytes } from '@app/platform';
import type { ArchiveRevision } from '@app/reporting';
import { REGISTER_HEADERS, REGISTER_SHEET } from './register-format';

export { REGISTER_HEADERS, REGISTER_SHEET };

/** Revisions that were in force are the register's rows; drafts and refused ones are not. */
export const REGISTER_VERSION_STATUSES = new Set(['EFFECTIVE', 'SUPERSEDED', 'WITHDRAWN']);

/**
 * A revision's state in the register: in force only while its document is (a withdrawn
 * document's last revision is no longer in force).
 */
export function registerStatus(revision: ArchiveRevision): 'EFFECTIVE' | 'SUPERSEDED' {
  return revision.status === 'EFFECTIVE' && revision.documentStatus !== 'WITHDRAWN'
    ? 'EFFECTIVE'
    : 'SUPERSEDED';
}

/**
 * register.xlsx: one row per revision that was in force, columns by the archive format's
 * Vietnamese headers, the type as the API's code (the import takes code or label), files as
 * their paths in the ZIP separated by `;`.
 */
export async function registerWorkbook(
  revisions: ArchiveRevision[],
  filePaths: Map<string, string[]>,
): Promise<Buffer> {
  const book = newWorkbook();
  const sheet = book.addWorksheet(REGISTER_SHEET);
  sheet.columns = Object.entries(REGISTER_HEADERS).map(([key, header]) => ({
    key,
    header,
    width: key === 'title' || key === 'files' ? 48 : 16,
  }));
  for (const revision of revisions.filter((r) => REGISTER_VERSION_STATUSES.has(r.status))) {
    sheet.addRow({
      code: revision.code,
      title: revision.title,
      type: revision.type,
      parentCode: revision.parentCode ?? '',
      revision: revision.revision,
      effectiveDate: excelDay(revision.effectiveFrom),
      approver: revision.approverName ?? '',
      files: (filePaths.get(revision.versionId) ?? []).join(';'),
      reviewIntervalMonths: revision.reviewIntervalMonths,
      administrativeProcedureCodes: revision.administrativeProcedureCodes.join(';'),
      status: registerStatus(revision),
    });
  }
  layoutTable(sheet, sheet.getRow(1), {
    landscape: true,
    dates: ['effectiveDate'],
    wrap: ['title', 'files'],
  });
  return workbookBytes(book);
}

/** A cell value for a JSON value: text, number, boolean or an ISO instant as it is; objects as JSON. */
function cellOf(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/**
 * A sheet of rows as they are kept (one column per field, in the order first seen), for the
 * records that have no spreadsheet of their own: audits, findings, nonconformities, actions,
 * reviews, declarations.
 */
export async function rowsWorkbook(sheetName: string, rows: Record<string, unknown>[]): Promise<Buffer> {
  const book = newWorkbook();
  const sheet = book.addWorksheet(sheetName.slice(0, 31));
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  sheet.columns = keys.map((key) => ({ key, header: key, width: 20 }));
  for (const row of rows) sheet.addRow(Object.fromEntries(keys.map((key) => [key, cellOf(row[key])])));
  if (keys.length > 0) layoutTable(sheet, sheet.getRow(1), { landscape: keys.length > 6 });
  return workbookBytes(book);
}
