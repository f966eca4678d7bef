import { DomainError, foldVietnamese, headerKey, looksLikeXlsx, parseCsv, parseXlsx } from '@app/platform';
import { missingColumnsError } from '@app/oversight';
import { DOCUMENT_TYPES, DocumentType } from '@app/documents';

/** The register's columns and the headers each accepts (Vietnamese as the archive format names them, and English). */
const COLUMNS = {
  code: ['Mã tài liệu', 'Mã', 'code'],
  title: ['Tên tài liệu', 'title'],
  type: ['Loại tài liệu', 'Loại', 'type'],
  parentCode: ['Tài liệu cha', 'Mã tài liệu cha', 'parentCode'],
  revision: ['Lần ban hành', 'revision'],
  effectiveDate: ['Ngày hiệu lực', 'effectiveDate'],
  approvedBy: ['Người phê duyệt', 'approvedBy', 'approverName'],
  fileName: ['Tệp', 'fileName', 'files'],
  reviewIntervalMonths: ['Chu kỳ xem xét (tháng)', 'Chu kỳ xem xét', 'reviewIntervalMonths'],
  administrativeProcedureCode: ['Mã TTHC', 'administrativeProcedureCode', 'administrativeProcedureCodes'],
  status: ['Trạng thái', 'status'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['code', 'title', 'type', 'revision', 'effectiveDate', 'fileName'];

const TYPE_LABELS: Record<string, DocumentType> = {
  'chinh sach chat luong': 'POLICY',
  'muc tieu chat luong': 'OBJECTIVES',
  'so tay chat luong': 'MANUAL',
  'quy trinh': 'PROCEDURE',
  'huong dan': 'GUIDE',
  'bieu mau': 'FORM',
  'tai lieu ben ngoai': 'EXTERNAL',
  'ho so': 'RECORD',
};

/** One register row as written; `values` are the raw cells of the known columns. */
export interface RegisterRow {
  row: number;
  values: Partial<Record<Column, string>>;
}

function labelKey(text: string): string {
  return foldVietnamese(text).replace(/\s+/g, ' ').trim();
}

/** The register's rows (XLSX: the first sheet; CSV: UTF-8 with or without BOM, `;` or `,`). */
export async function readRegister(bytes: Buffer): Promise<RegisterRow[]> {
  const table = looksLikeXlsx(bytes) ? await parseXlsx(bytes) : parseCsv(bytes.toString('utf8'));
  const byKey = new Map(table.header.map((name) => [headerKey(name), name]));
  const columnOf = new Map<Column, string>();
  for (const column of Object.keys(COLUMNS) as Column[]) {
    const header = COLUMNS[column].map(headerKey).find((key) => byKey.has(key));
    if (header) columnOf.set(column, byKey.get(header)!);
  }
  const missing = REQUIRED.filter((c) => !columnOf.has(c));
  if (missing.length > 0)
    throw missingColumnsError(missing.map((c) => ({ column: c, accepted: [...COLUMNS[c]] })));
  return table.records
    .map((record) => ({
      row: record.line,
      values: Object.fromEntries(
        [...columnOf].map(([column, header]) => [column, record.values[header] ?? '']),
      ),
    }))
    .filter((r) => Object.values(r.values).some((v) => v !== ''));
}

export function parseType(text: string): DocumentType | null {
  const upper = text.trim().toUpperCase();
  if ((DOCUMENT_TYPES as readonly string[]).includes(upper)) return upper as DocumentType;
  return TYPE_LABELS[labelKey(text)] ?? null;
}

export function parseStatus(text: string): 'EFFECTIVE' | 'SUPERSEDED' | null | undefined {
  const key = labelKey(text);
  if (key === '') return undefined;
  if (key === 'effective' || key === 'hieu luc' || key === 'con hieu luc') return 'EFFECTIVE';
  if (key === 'superseded' || key === 'het hieu luc') return 'SUPERSEDED';
  return null;
}

/** dd/mm/yyyy, yyyy-mm-dd (an XLSX date cell reads so) or an Excel day number; null when not a real day. */
export function parseDate(text: string): string | null {
  const value = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value)))
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if (/^\d{5}$/.test(value)) {
    // Excel's day number (1900 date system): day 25569 is 1970-01-01
    return new Date((Number(value) - 25569) * 86_400_000).toISOString().slice(0, 10);
  } else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** `;`-separated list cells (files, TTHC codes), trimmed, empty parts dropped. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function assertRowLimit(rows: RegisterRow[], limit: number): void {
  if (rows.length > limit) throw new DomainError('IMPORT_TOO_MANY_ROWS', { count: rows.length, limit });
}
