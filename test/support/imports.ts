import { REGISTER_HEADERS } from '../../libs/exports/src/register-format';
import { PDF } from './documents';
import { zipArchive, ZipPart } from './ooxml';

/** One register row (revision) of a generated agency archive. */
export interface SampleRow {
  code: string;
  title: string;
  type: string;
  parent?: string;
  revision: number | string;
  date: string;
  approver?: string;
  files: string;
  interval?: string;
  tthc?: string;
}

/** The archive format's register columns but the status (the import reads a register without it). */
const HEADER = Object.values(REGISTER_HEADERS).filter((h) => h !== REGISTER_HEADERS.status);

/** The register as Vietnamese Excel saves CSV: UTF-8 with a BOM, `;`-separated, CRLF. */
export function registerCsv(rows: SampleRow[]): Buffer {
  const cell = (v: string | number | undefined) => {
    const text = String(v ?? '');
    return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    HEADER.join(';'),
    ...rows.map((r) =>
      [r.code, r.title, r.type, r.parent, r.revision, r.date, r.approver, r.files, r.interval, r.tthc]
        .map(cell)
        .join(';'),
    ),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * A Kon Tum-sized agency: `procedures` procedures (each with `forms` forms), three revisions each
 * (dates 2019, 2021, 2023), one small PDF per revision.
 */
export function sampleAgency(procedures: number, forms: number): { rows: SampleRow[]; files: ZipPart[] } {
  const rows: SampleRow[] = [];
  const files: ZipPart[] = [];
  const add = (code: string, title: string, type: string, parent?: string, tthc?: string) => {
    for (const [i, year] of [2019, 2021, 2023].entries()) {
      const path = `files/${code}/${i + 1}/${code.replace(/\//g, '_')}.pdf`;
      files.push({ name: path, data: PDF(`${code} lần ${i + 1}`) });
      rows.push({
        code,
        title,
        type,
        parent,
        revision: i + 1,
        date: `15/0${i + 3}/${year}`,
        approver: 'Nguyễn Văn Giám Đốc',
        files: path,
        interval: '12',
        tthc,
      });
    }
  };
  for (let p = 1; p <= procedures; p++) {
    const code = `QT-${String(p).padStart(2, '0')}`;
    add(code, `Quy trình giải quyết thủ tục số ${p}`, 'Quy trình', undefined, `1.00${p}`);
    for (let f = 1; f <= forms; f++)
      add(`BM-0${f}/${code}`, `Biểu mẫu ${f} của quy trình ${p}`, 'Biểu mẫu', code);
  }
  return { rows, files };
}

export function archiveOf(rows: SampleRow[], files: ZipPart[], extra: ZipPart[] = []): Buffer {
  return zipArchive([{ name: 'register.csv', data: registerCsv(rows) }, ...files, ...extra]);
}
