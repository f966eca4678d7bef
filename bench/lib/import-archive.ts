/*
 * The agency archive the import benchmark uploads (format: README, "Importing an agency's existing
 * QMS"): register.csv plus one file per revision, written to disk entry by entry (a stored ZIP:
 * random bytes do not compress), so at most one file is in memory at a time.
 */
import { randomFillSync } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { REGISTER_HEADERS } from '../../libs/exports/src/register-format';

interface CentralEntry {
  name: Buffer;
  crc: number;
  size: number;
  offset: number;
}

/** DOS time and date of 2024-01-01 00:00: the entries' timestamps do not matter here. */
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
/** Bit 11: names are UTF-8. */
const UTF8 = 0x0800;

function localHeader(name: Buffer, crc: number, size: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(UTF8, 6);
  h.writeUInt16LE(0, 8); // stored
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(crc, 14);
  h.writeUInt32LE(size, 18);
  h.writeUInt32LE(size, 22);
  h.writeUInt16LE(name.length, 26);
  h.writeUInt16LE(0, 28);
  return h;
}

function centralHeader(e: CentralEntry): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(UTF8, 8);
  h.writeUInt16LE(0, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(e.crc, 16);
  h.writeUInt32LE(e.size, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(e.name.length, 28);
  h.writeUInt32LE(e.offset, 42);
  return h;
}

/** A ZIP written by appending stored entries; no ZIP64, so the whole stays under 4 GiB. */
class StoredZip {
  private readonly entries: CentralEntry[] = [];
  private offset = 0;
  constructor(private readonly sink: (chunk: Buffer) => void) {}

  add(path: string, data: Buffer): void {
    const name = Buffer.from(path, 'utf8');
    const crc = crc32(data);
    if (this.offset + 30 + name.length + data.length >= 0xffffffff)
      throw new Error('the generated archive would need ZIP64: BENCH_IMPORT_MB must stay under 4,000');
    this.entries.push({ name, crc, size: data.length, offset: this.offset });
    this.write(localHeader(name, crc, data.length));
    this.write(name);
    this.write(data);
  }

  finish(): void {
    const start = this.offset;
    for (const e of this.entries) {
      this.write(centralHeader(e));
      this.write(e.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
  }

  private write(chunk: Buffer): void {
    this.sink(chunk);
    this.offset += chunk.length;
  }
}

function randomBlock(size: number): Buffer {
  return randomFillSync(Buffer.allocUnsafe(Math.max(0, size)));
}

/** A PDF whose one stream holds `size` random bytes (the type check reads the first bytes). */
function pdf(title: string, size: number): Buffer {
  const head = Buffer.from(
    `%PDF-1.7\n1 0 obj << /Title (${title.replace(/[()\\]/g, '')}) >> endobj\n2 0 obj << /Length ${size} >>\nstream\n`,
  );
  const tail = Buffer.from('\nendstream\nendobj\ntrailer << /Info 1 0 R >>\n%%EOF\n');
  return Buffer.concat([head, randomBlock(size), tail]);
}

/** An Office Open XML package (DOCX or XLSX): a real ZIP whose embedded media is `size` random bytes. */
function ooxml(kind: 'docx' | 'xlsx', size: number): Buffer {
  const chunks: Buffer[] = [];
  const zip = new StoredZip((c) => chunks.push(c));
  const main =
    kind === 'docx'
      ? {
          part: 'word/document.xml',
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        }
      : {
          part: 'xl/workbook.xml',
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        };
  zip.add(
    '[Content_Types].xml',
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/octet-stream"/>' +
        `<Override PartName="/${main.part}" ContentType="${main.type}"/></Types>`,
    ),
  );
  zip.add(main.part, Buffer.from('<?xml version="1.0" encoding="UTF-8"?><root/>'));
  zip.add(`${kind === 'docx' ? 'word' : 'xl'}/media/image1.bin`, randomBlock(size));
  zip.finish();
  return Buffer.concat(chunks);
}

export interface ArchivePlan {
  documents: number;
  procedures: number;
  forms: number;
  rows: number;
  files: { pdf: number; docx: number; xlsx: number };
  fileBytes: number;
  archiveBytes: number;
}

const FORMS_PER_PROCEDURE = 3;

/** Small deterministic generator, so the plan (not the bytes) is the same for the same sizes. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

/**
 * Writes to `path` an archive of `documents` documents (procedures, each with up to three forms
 * under it), one to three revisions each, one file per revision (procedures PDF or DOCX, forms
 * DOCX or XLSX) whose sizes vary and add up to about `targetBytes`.
 */
export function writeArchive(path: string, documents: number, targetBytes: number): ArchivePlan {
  const random = lcg(documents * 7919 + 17);
  interface Doc {
    code: string;
    title: string;
    type: string;
    parent: string;
    revisions: number;
    tthc: string;
  }
  const docs: Doc[] = [];
  let procedures = 0;
  let forms = 0;
  while (docs.length < documents) {
    procedures++;
    const code = `QT-${String(procedures).padStart(4, '0')}`;
    docs.push({
      code,
      title: `Quy trình giải quyết thủ tục hành chính số ${procedures}`,
      type: 'Quy trình',
      parent: '',
      revisions: 1 + Math.floor(random() * 3),
      tthc: `1.00${procedures}`,
    });
    for (let f = 1; f <= FORMS_PER_PROCEDURE && docs.length < documents; f++) {
      forms++;
      docs.push({
        code: `BM-0${f}/${code}`,
        title: `Biểu mẫu ${f} của quy trình ${procedures}`,
        type: 'Biểu mẫu',
        parent: code,
        revisions: 1 + Math.floor(random() * 3),
        tthc: '',
      });
    }
  }
  interface Row {
    doc: Doc;
    revision: number;
    date: string;
    file: string;
    kind: 'pdf' | 'docx' | 'xlsx';
    weight: number;
  }
  const rows: Row[] = [];
  for (const doc of docs) {
    for (let r = 1; r <= doc.revisions; r++) {
      const kind: Row['kind'] =
        doc.type === 'Quy trình' ? (random() < 0.6 ? 'pdf' : 'docx') : random() < 0.5 ? 'docx' : 'xlsx';
      const year = 2017 + r * 2; // 2019, 2021, 2023: in order, none in the future
      const date = `${String(1 + Math.floor(random() * 28)).padStart(2, '0')}/0${1 + Math.floor(random() * 9)}/${year}`;
      const file = `files/${doc.code}/${r}/${doc.code.replace(/\//g, '_')}-lan-${r}.${kind}`;
      // scans of procedures are larger than forms; a log-normal-ish spread of sizes
      const weight = (doc.type === 'Quy trình' ? 2 : 1) * Math.exp(random() * 2 - 1);
      rows.push({ doc, revision: r, date, file, kind, weight });
    }
  }
  // the archive format's register columns but the status (the import reads a register without it)
  const header = Object.values(REGISTER_HEADERS).filter((h) => h !== REGISTER_HEADERS.status);
  const csv = [
    header.join(';'),
    ...rows.map((r) =>
      [
        r.doc.code,
        r.doc.title,
        r.doc.type,
        r.doc.parent,
        r.revision,
        r.date,
        'Nguyễn Văn Giám Đốc',
        r.file,
        '12',
        r.doc.tthc,
      ].join(';'),
    ),
  ];
  const fd = openSync(path, 'w');
  let archiveBytes = 0;
  let fileBytes = 0;
  const files = { pdf: 0, docx: 0, xlsx: 0 };
  try {
    const zip = new StoredZip((chunk) => {
      writeSync(fd, chunk);
      archiveBytes += chunk.length;
    });
    zip.add('register.csv', Buffer.from(`\uFEFF${csv.join('\r\n')}\r\n`, 'utf8'));
    const totalWeight = rows.reduce((s, r) => s + r.weight, 0);
    for (const r of rows) {
      const size = Math.max(2048, Math.round((targetBytes * r.weight) / totalWeight));
      const data = r.kind === 'pdf' ? pdf(`${r.doc.code} lần ${r.revision}`, size) : ooxml(r.kind, size);
      zip.add(r.file, data);
      files[r.kind]++;
      fileBytes += data.length;
    }
    zip.finish();
  } finally {
    closeSync(fd);
  }
  return { documents: docs.length, procedures, forms, rows: rows.length, files, fileBytes, archiveBytes };
}
