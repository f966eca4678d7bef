import { DocumentType, ImportedDocument, ImportedHistoryEvent } from '@app/documents';
import { detectAcceptedType, nameForType, SNIFF_BYTES, ZipEntry } from '@app/storage';
import { DomainError } from '@app/platform';
import { Archive } from './archive';
import { RowProblem } from './import.entity';
import { parseDate, parseStatus, parseType, RegisterRow, splitList } from './register';

/** Every problem a row can have: machine code → Vietnamese and English text ({x} from the row). */
const PROBLEMS = {
  missingValue: ['Thiếu giá trị', 'value missing'],
  badType: ['Loại tài liệu "{value}" không hợp lệ', 'unknown document type "{value}"'],
  badRevision: ['Lần ban hành phải là số nguyên ≥ 1', 'the revision must be an integer ≥ 1'],
  badDate: [
    'Ngày "{value}" không hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd)',
    'invalid date "{value}" (dd/mm/yyyy or yyyy-mm-dd)',
  ],
  futureDate: ['Ngày hiệu lực ở tương lai', 'the effective date is in the future'],
  badInterval: [
    'Chu kỳ xem xét phải là số tháng từ 1 đến 120',
    'the review interval must be 1 to 120 months',
  ],
  badStatus: [
    'Trạng thái "{value}" không hợp lệ (Hiệu lực / Hết hiệu lực)',
    'unknown status "{value}" (EFFECTIVE / SUPERSEDED)',
  ],
  statusConflict: [
    'Chỉ lần ban hành cao nhất của một mã được ở trạng thái hiệu lực',
    'only the highest revision of a code may be effective',
  ],
  duplicateRow: [
    'Mã {code} lần ban hành {value} đã có ở dòng {other}',
    '{code} revision {value} is already on row {other}',
  ],
  codeExists: ['Cơ quan đã có tài liệu mã {code}', 'the agency already has a document {code}'],
  inconsistent: [
    'Loại hoặc tài liệu cha khác với dòng {other} của cùng mã',
    'the type or parent differs from row {other} of the same code',
  ],
  revisionOrder: [
    'Lần ban hành {value} không theo thứ tự (sau lần {other} ở dòng trước)',
    'revision {value} is out of order (after revision {other} on an earlier row)',
  ],
  dateOrder: [
    'Ngày hiệu lực sớm hơn lần ban hành trước ({other})',
    'the effective date is earlier than the previous revision’s ({other})',
  ],
  formWithoutParent: ['Biểu mẫu phải có tài liệu cha (một quy trình)', 'a form needs a parent (a procedure)'],
  unknownParent: ['Không có tài liệu cha mã "{value}"', 'no parent document "{value}"'],
  parentNotProcedure: [
    'Tài liệu cha của biểu mẫu phải là quy trình',
    'the parent of a form must be a procedure',
  ],
  parentCycle: ['Tài liệu cha tạo thành vòng lặp', 'the parents form a cycle'],
  fileMissing: ['Không có tệp "{value}" trong tệp nén', 'no file "{value}" in the archive'],
  fileType: [
    'Tệp "{value}" không thuộc loại được phép (PDF, DOC, DOCX, XLS, XLSX, PNG, JPEG) theo nội dung của nó',
    'file "{value}" is not of an allowed type (PDF, DOC, DOCX, XLS, XLSX, PNG, JPEG) by its content',
  ],
  fileTypeMismatch: [
    'Phần mở rộng của tệp "{value}" không khớp với nội dung ({other})',
    'the extension of file "{value}" does not match its content ({other})',
  ],
  fileTooLarge: ['Tệp "{value}" vượt quá {other} byte', 'file "{value}" is over {other} bytes'],
  fileChecksum: [
    'Tệp "{value}" không khớp mã SHA-256 trong manifest.json',
    'file "{value}" does not match its SHA-256 in manifest.json',
  ],
  fileRejected: ['Tệp "{value}" bị từ chối: {other}', 'file "{value}" was refused: {other}'],
  jobFailed: [
    'Không hoàn thành được việc nhập sau {value} lần thử: {other}',
    'the import could not be completed after {value} attempts: {other}',
  ],
} as const;
export type ProblemCode = keyof typeof PROBLEMS;

export function problem(
  row: number,
  field: string | null,
  code: ProblemCode,
  params: { code?: string; value?: string | number; other?: string | number } = {},
): RowProblem {
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k as keyof typeof params] ?? ''));
  const [vi, en] = PROBLEMS[code];
  return { row, field, code, message: fill(vi), messages: { vi: fill(vi), en: fill(en) } };
}

/** A register row once checked: what the job stages and publishes. */
export interface PlannedRow {
  row: number;
  code: string;
  revision: number;
  files: { path: string; entry: ZipEntry; sha256: string | null }[];
}

export interface RowReport {
  row: number;
  code: string;
  revision: number | null;
  status: 'ok' | 'error';
  problems: RowProblem[];
}

export interface CheckResult {
  report: RowReport[];
  problems: RowProblem[];
  rows: PlannedRow[];
  documents: ImportedDocument[];
}

export interface CheckContext {
  rows: RegisterRow[];
  archive: Archive;
  existing: Map<string, DocumentType>;
  today: string;
  maxFileBytes: number;
  /** sha256 by path, from manifest.json when present. */
  checksums: Map<string, string>;
  /** history/documents.json by `code#revision`. */
  history: Map<string, ImportedHistoryEvent[]>;
  /** False when the files' types need not be judged here (the job stores each, which judges it). */
  sniffFiles?: boolean;
}

/**
 * Checks every row (values, codes unique, parents, revisions in order, files present and of an
 * allowed type by their first bytes) and plans the documents. Nothing is written.
 */
export async function checkRegister(c: CheckContext): Promise<CheckResult> {
  const problems = new Map<number, RowProblem[]>();
  const add = (p: RowProblem) => problems.set(p.row, [...(problems.get(p.row) ?? []), p]);
  type Parsed = {
    row: number;
    code: string;
    title: string;
    type: DocumentType | null;
    parentCode: string | null;
    revision: number | null;
    effectiveFrom: string | null;
    status: 'EFFECTIVE' | 'SUPERSEDED' | undefined;
    approverName: string | null;
    interval: number | null;
    tthc: string[];
    files: PlannedRow['files'];
  };
  const parsed: Parsed[] = [];
  const sniffs: { row: number; file: PlannedRow['files'][number]; files: PlannedRow['files'] }[] = [];
  for (const { row, values } of c.rows) {
    const required = (field: 'code' | 'title' | 'type' | 'revision' | 'effectiveDate' | 'fileName') => {
      const value = values[field] ?? '';
      if (value === '') add(problem(row, field, 'missingValue'));
      return value;
    };
    const code = required('code');
    const title = required('title');
    const typeText = required('type');
    const type = typeText === '' ? null : parseType(typeText);
    if (typeText !== '' && !type) add(problem(row, 'type', 'badType', { value: typeText }));
    const revisionText = required('revision');
    const revision = /^\d+$/.test(revisionText) && Number(revisionText) >= 1 ? Number(revisionText) : null;
    if (revisionText !== '' && revision === null) add(problem(row, 'revision', 'badRevision'));
    const dateText = required('effectiveDate');
    const effectiveFrom = dateText === '' ? null : parseDate(dateText);
    if (dateText !== '' && !effectiveFrom) add(problem(row, 'effectiveDate', 'badDate', { value: dateText }));
    if (effectiveFrom && effectiveFrom > c.today) add(problem(row, 'effectiveDate', 'futureDate'));
    const intervalText = values.reviewIntervalMonths ?? '';
    const interval = intervalText === '' ? null : Number(intervalText);
    if (interval !== null && !(Number.isInteger(interval) && interval >= 1 && interval <= 120))
      add(problem(row, 'reviewIntervalMonths', 'badInterval'));
    const status = parseStatus(values.status ?? '');
    if (status === null) add(problem(row, 'status', 'badStatus', { value: values.status }));
    const files: PlannedRow['files'] = [];
    const paths = splitList(values.fileName);
    if (paths.length === 0 && (values.fileName ?? '') !== '') add(problem(row, 'fileName', 'missingValue'));
    for (const path of paths) {
      const entry = c.archive.find(path);
      if (!entry) {
        add(problem(row, 'fileName', 'fileMissing', { value: path }));
        continue;
      }
      const file = { path, entry, sha256: c.checksums.get(entry.name) ?? null };
      files.push(file);
      if (c.sniffFiles !== false) sniffs.push({ row, file, files });
    }
    parsed.push({
      row,
      code,
      title,
      type,
      parentCode: values.parentCode || null,
      revision,
      effectiveFrom,
      status: status ?? undefined,
      approverName: values.approvedBy || null,
      interval,
      tthc: splitList(values.administrativeProcedureCode),
      files,
    });
  }

  // each file's type from its first bytes, a few parts at a time (each is a ranged read of the archive)
  await eachLimited(sniffs, 8, async ({ row, file, files }) => {
    const fileProblem = await checkFile(c.archive, file.entry, file.path, c.maxFileBytes);
    if (!fileProblem) return;
    add(problem(row, 'fileName', fileProblem.code, fileProblem.params));
    files.splice(files.indexOf(file), 1);
  });

  // per code: unique revisions, in order, one type and parent, not already in the agency
  const byCode = new Map<string, Parsed[]>();
  for (const p of parsed) if (p.code) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p]);
  for (const [code, rows] of byCode) {
    if (c.existing.has(code)) for (const r of rows) add(problem(r.row, 'code', 'codeExists', { code }));
    const first = rows[0];
    const seen = new Map<number, number>();
    let previous: Parsed | null = null;
    for (const r of rows) {
      if (r.type !== first.type || r.parentCode !== first.parentCode)
        add(problem(r.row, 'type', 'inconsistent', { other: first.row }));
      if (r.revision !== null) {
        const other = seen.get(r.revision);
        if (other !== undefined)
          add(problem(r.row, 'revision', 'duplicateRow', { code, value: r.revision, other }));
        else seen.set(r.revision, r.row);
        if (other === undefined && previous?.revision != null && r.revision < previous.revision)
          add(problem(r.row, 'revision', 'revisionOrder', { value: r.revision, other: previous.revision }));
        else if (
          other === undefined &&
          previous?.effectiveFrom &&
          r.effectiveFrom &&
          r.effectiveFrom < previous.effectiveFrom
        )
          add(problem(r.row, 'effectiveDate', 'dateOrder', { other: previous.effectiveFrom }));
      }
      if (r.revision !== null) previous = r;
    }
    const last = rows[rows.length - 1];
    for (const r of rows) {
      const expected = r === last ? 'EFFECTIVE' : 'SUPERSEDED';
      if (r.status !== undefined && r.status !== expected) add(problem(r.row, 'status', 'statusConflict'));
    }
  }
  // parents: in the register or the agency, a procedure for a form, no cycle
  const typeOf = (code: string) => byCode.get(code)?.[0].type ?? c.existing.get(code) ?? null;
  for (const p of parsed) {
    if (p.type === 'FORM' && !p.parentCode) add(problem(p.row, 'parentCode', 'formWithoutParent'));
    if (!p.parentCode) continue;
    if (!byCode.has(p.parentCode) && !c.existing.has(p.parentCode)) {
      add(problem(p.row, 'parentCode', 'unknownParent', { value: p.parentCode }));
      continue;
    }
    if (p.type === 'FORM' && typeOf(p.parentCode) !== 'PROCEDURE')
      add(problem(p.row, 'parentCode', 'parentNotProcedure'));
    const visited = new Set([p.code]);
    for (let at: string | null = p.parentCode; at && byCode.has(at); at = byCode.get(at)![0].parentCode) {
      if (visited.has(at)) {
        add(problem(p.row, 'parentCode', 'parentCycle'));
        break;
      }
      visited.add(at);
    }
  }

  const report: RowReport[] = parsed.map((p) => ({
    row: p.row,
    code: p.code,
    revision: p.revision,
    status: problems.has(p.row) ? 'error' : 'ok',
    problems: problems.get(p.row) ?? [],
  }));
  const all = [...problems.values()].flat().sort((a, b) => a.row - b.row);
  const documents: ImportedDocument[] = [...byCode].map(([code, rows]) => {
    const last = rows[rows.length - 1];
    return {
      code,
      title: last.title,
      type: last.type!,
      parentCode: last.parentCode,
      reviewIntervalMonths: last.interval,
      administrativeProcedureCodes: [...new Set(rows.flatMap((r) => r.tthc))],
      revisions: rows.map((r) => ({
        revision: r.revision!,
        status: r === last ? 'EFFECTIVE' : 'SUPERSEDED',
        effectiveFrom: r.effectiveFrom!,
        approverName: r.approverName,
        row: r.row,
        history: c.history.get(`${code}#${r.revision}`) ?? [],
        files: [],
      })),
    };
  });
  const rows = parsed.map((p) => ({ row: p.row, code: p.code, revision: p.revision ?? 0, files: p.files }));
  return { report, problems: all, rows, documents };
}

async function checkFile(
  archive: Archive,
  entry: ZipEntry,
  path: string,
  maxBytes: number,
): Promise<{ code: ProblemCode; params: { value: string; other?: string | number } } | null> {
  if (entry.uncompressedSize > maxBytes)
    return { code: 'fileTooLarge', params: { value: path, other: maxBytes } };
  const head = await archive.head(entry, SNIFF_BYTES);
  const type = detectAcceptedType(head, entry.name);
  if (!type) return { code: 'fileType', params: { value: path } };
  try {
    nameForType(entry.name.split('/').pop() ?? entry.name, type);
  } catch (error) {
    if (error instanceof DomainError)
      return { code: 'fileTypeMismatch', params: { value: path, other: type.extension.toUpperCase() } };
    throw error;
  }
  return null;
}

async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}
