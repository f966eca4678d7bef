import ExcelJS from 'exceljs';
import { once } from 'node:events';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

/** One part of a ZIP archive: its bytes, or bytes already deflated (with the size and CRC they unpack to). */
export interface ZipPart {
  name: string;
  data?: Buffer;
  deflated?: { bytes: Buffer; size: number; crc: number };
  /** What the central directory claims the part unpacks to (a lying archive); defaults to the truth. */
  declaredSize?: number;
}

/** A single-volume ZIP archive, every part deflated, written the way Office writes one. */
export function zipArchive(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = part.deflated ?? {
      bytes: deflateRawSync(part.data ?? Buffer.alloc(0)),
      size: (part.data ?? Buffer.alloc(0)).length,
      crc: crc32(part.data ?? Buffer.alloc(0)),
    };
    const size = part.declaredSize ?? packed.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflated
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(packed.crc, 14);
    local.writeUInt32LE(packed.bytes.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, packed.bytes);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(0, 12);
    entry.writeUInt16LE(0x21, 14);
    entry.writeUInt32LE(packed.crc, 16);
    entry.writeUInt32LE(packed.bytes.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    directory.push(entry, name);
    offset += local.length + name.length + packed.bytes.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

export const docxContentTypes = (mainType = WORD_MAIN) =>
  Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/word/document.xml" ContentType="${mainType}"/></Types>`,
  );

const RELS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '</Relationships>',
);

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal DOCX that Word opens: content types, the package relationship and one paragraph. */
export function docx(text: string): Buffer {
  return zipArchive([
    { name: '[Content_Types].xml', data: docxContentTypes() },
    { name: '_rels/.rels', data: RELS },
    {
      name: 'word/document.xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
          `<w:body><w:p><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p></w:body></w:document>`,
      ),
    },
  ]);
}

/** `size` zero bytes deflated as a stream (never held in memory unpacked): about size / 1030 bytes. */
export async function deflatedZeros(size: number): Promise<{ bytes: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const block = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let written = 0; written < size; written += block.length) {
    const chunk = block.subarray(0, Math.min(block.length, size - written));
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return { bytes: Buffer.concat(out), size, crc };
}

/**
 * A DOCX whose document part is `size` zero bytes (a zip bomb: 1 GiB packs into about 1 MB).
 * `declaredSize` makes the central directory lie about what the part unpacks to.
 */
export async function zipBombDocx(size: number, declaredSize?: number): Promise<Buffer> {
  return zipArchive([
    { name: '[Content_Types].xml', data: docxContentTypes() },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', deflated: await deflatedZeros(size), declaredSize },
  ]);
}

/** A workbook the API sent, opened as Excel would (to check its layout, not only its text). */
export async function openWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** What a user sees of a table sheet: frozen rows, filter range, print layout and the header texts. */
export function sheetLayout(sheet: ExcelJS.Worksheet, headerRow = 1) {
  const view = sheet.views[0] as { state?: string; ySplit?: number } | undefined;
  const filter = sheet.autoFilter as string | { from: unknown; to: unknown } | undefined;
  return {
    frozenRows: view?.state === 'frozen' ? view.ySplit : 0,
    autoFilter: typeof filter === 'string' ? filter : JSON.stringify(filter),
    orientation: sheet.pageSetup.orientation,
    paperSize: sheet.pageSetup.paperSize,
    fitToWidth: sheet.pageSetup.fitToWidth,
    printTitlesRow: sheet.pageSetup.printTitlesRow,
    headers: (sheet.getRow(headerRow).values as unknown[]).slice(1),
  };
}

/** The cells under a header (by its text): value and number format, one per data row. */
export function columnCells(sheet: ExcelJS.Worksheet, header: string, headerRow = 1) {
  const index = (sheet.getRow(headerRow).values as unknown[]).indexOf(header);
  if (index < 1) throw new Error(`no column "${header}" in ${sheet.name}`);
  const cells: { value: unknown; numFmt: string | undefined }[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const cell = sheet.getRow(r).getCell(index);
    cells.push({ value: cell.value, numFmt: cell.numFmt });
  }
  return cells;
}

/** A calendar day as the tests expect it in a date cell: midnight UTC of that day. */
export const excelDayOf = (day: string) => new Date(`${day}T00:00:00.000Z`);
