import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFFont,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObject,
  PDFRef,
  PDFString,
} from 'pdf-lib';

/** Where and what a visible signature shows (Nghị định 30/2020: the signer, the agency, the time). */
export interface SignatureAppearance {
  /** 0-based page index; negative counts from the end (-1: last page). */
  page: number;
  /** Lower-left corner and size, in points. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Lines shown in the box (e.g. "Ký bởi: Nguyễn Văn A", "Cơ quan: Sở Tư pháp", "Thời gian ký: …"). */
  lines: string[];
}

export interface PrepareOptions {
  reason?: string;
  location?: string;
  /** Name of the signer written in the dictionary (/Name). */
  name?: string;
  /** Time of signing written in /M (default now). */
  signingTime?: Date;
  /** Invisible when absent. */
  appearance?: SignatureAppearance;
  /** Bytes reserved for the CMS (default 16 KiB: a chain of three RSA-4096 certificates and CRLs fit). */
  reservedBytes?: number;
  /** Name of the signature field (default SignatureN). */
  fieldName?: string;
}

/** A PDF with an empty signature appended as an incremental update, waiting for its CMS. */
export interface PreparedPdf {
  /** The whole file with a zero-filled /Contents placeholder. */
  pdf: Buffer;
  byteRange: [number, number, number, number];
  /** SHA-256 of the bytes the signature will cover: what a signing provider signs. */
  digest: Buffer;
  signingTime: Date;
  reservedBytes: number;
}

export class PdfPrepareError extends Error {}

const BYTE_RANGE_PLACEHOLDER = '**********';

function fontBytes(): Buffer {
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return readFileSync(join(dir, 'DejaVuSans.ttf'));
}

/** The highest object number the file uses or reserves (any `N G obj`, any trailer's /Size - 1). */
function highestObjectNumber(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  let highest = 0;
  for (const match of text.matchAll(/\/Size\s+(\d+)/g)) highest = Math.max(highest, Number(match[1]) - 1);
  for (const match of text.matchAll(/(?:^|[\r\n\s])(\d+)\s+\d+\s+obj\b/g))
    highest = Math.max(highest, Number(match[1]));
  return highest;
}

/** The offset startxref points at in the last revision. */
function lastStartXref(pdf: Buffer): number {
  const tail = pdf.subarray(Math.max(0, pdf.length - 2048)).toString('latin1');
  const matches = [...tail.matchAll(/startxref\s+(\d+)/g)];
  if (matches.length === 0) throw new PdfPrepareError('no startxref: not a complete PDF');
  return Number(matches[matches.length - 1][1]);
}

function serialize(num: number, gen: number, object: PDFObject): Buffer {
  const body = Buffer.alloc(object.sizeInBytes());
  object.copyBytesInto(body, 0);
  return Buffer.concat([
    Buffer.from(`${num} ${gen} obj\n`, 'latin1'),
    body,
    Buffer.from('\nendobj\n', 'latin1'),
  ]);
}

/** Whether a direct or indirect value is a given object (by reference). */
function refOf(dict: PDFDict, key: string): PDFRef | undefined {
  const value = dict.get(PDFName.of(key));
  return value instanceof PDFRef ? value : undefined;
}

/**
 * Appends an empty signature (field, widget, signature dictionary with a zero-filled /Contents)
 * to `pdf` as an incremental update: the original bytes stay unchanged as the first revision,
 * so earlier signatures stay intact. Works on files with classic cross-reference tables and
 * with cross-reference streams.
 */
export async function preparePdfForSigning(pdf: Buffer, options: PrepareOptions = {}): Promise<PreparedPdf> {
  const reservedBytes = options.reservedBytes ?? 16384;
  const signingTime = options.signingTime ?? new Date();
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, throwOnInvalidObject: false });
  if (doc.isEncrypted) throw new PdfPrepareError('encrypted PDFs cannot be signed here');
  const context = doc.context;
  // pdf-lib forgets the numbers of object streams and cross-reference streams it has unpacked:
  // new objects must not reuse them, nor any number below a revision's /Size
  context.largestObjectNumber = Math.max(context.largestObjectNumber, highestObjectNumber(pdf));
  const firstNew = context.largestObjectNumber + 1;
  const changed = new Set<PDFRef>();

  const pages = doc.getPages();
  if (pages.length === 0) throw new PdfPrepareError('the PDF has no page');
  const appearance = options.appearance;
  const pageIndex = appearance ? (appearance.page < 0 ? pages.length + appearance.page : appearance.page) : 0;
  const page = pages[Math.min(Math.max(pageIndex, 0), pages.length - 1)];

  // the AcroForm and its fields
  const catalogRef = context.trailerInfo.Root as PDFRef;
  let acroForm = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const acroFormRef = refOf(doc.catalog, 'AcroForm');
  if (!acroForm) {
    acroForm = context.obj({ Fields: [] });
    doc.catalog.set(PDFName.of('AcroForm'), context.register(acroForm));
    changed.add(catalogRef);
  } else if (acroFormRef) changed.add(acroFormRef);
  else changed.add(catalogRef);
  let fields = acroForm.lookupMaybe(PDFName.of('Fields'), PDFArray);
  const fieldsRef = refOf(acroForm, 'Fields');
  if (!fields) {
    fields = context.obj([]);
    acroForm.set(PDFName.of('Fields'), fields);
  } else if (fieldsRef) changed.add(fieldsRef);
  acroForm.set(PDFName.of('SigFlags'), PDFNumber.of(3));

  // the signature dictionary
  const contentsPlaceholder = PDFHexString.of('0'.repeat(reservedBytes * 2));
  const sigDict = context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: [
      PDFNumber.of(0),
      PDFName.of(BYTE_RANGE_PLACEHOLDER),
      PDFName.of(BYTE_RANGE_PLACEHOLDER),
      PDFName.of(BYTE_RANGE_PLACEHOLDER),
    ],
    Contents: contentsPlaceholder,
    M: PDFString.fromDate(signingTime),
  });
  if (options.reason) sigDict.set(PDFName.of('Reason'), PDFHexString.fromText(options.reason));
  if (options.location) sigDict.set(PDFName.of('Location'), PDFHexString.fromText(options.location));
  if (options.name) sigDict.set(PDFName.of('Name'), PDFHexString.fromText(options.name));
  const sigRef = context.register(sigDict);

  // the widget (a merged field and annotation), visible when an appearance is asked for
  const rect = appearance
    ? [appearance.x, appearance.y, appearance.x + appearance.width, appearance.y + appearance.height]
    : [0, 0, 0, 0];
  const widget = context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    T: PDFHexString.fromText(options.fieldName ?? `Signature${fields.size() + 1}`),
    F: 132, // print, locked
    Rect: rect,
    V: sigRef,
    P: page.ref,
  });
  if (appearance) {
    doc.registerFontkit(fontkit);
    const font: PDFFont = await doc.embedFont(fontBytes(), { subset: true });
    const size = Math.min(10, (appearance.height - 6) / Math.max(appearance.lines.length, 1) / 1.25);
    const lineHeight = size * 1.25;
    let ops = `q 0.8 0 0 RG 1 w 1 1 ${appearance.width - 2} ${appearance.height - 2} re S Q\nBT 0.8 0 0 rg /F1 ${size.toFixed(2)} Tf\n`;
    appearance.lines.forEach((line, i) => {
      const y = appearance.height - 4 - size - i * lineHeight;
      ops += `1 0 0 1 4 ${y.toFixed(2)} Tm ${font.encodeText(line).toString()} Tj\n`;
    });
    ops += 'ET\n';
    await font.embed();
    const form = context.stream(ops, {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, appearance.width, appearance.height],
      Resources: { Font: { F1: font.ref } },
    });
    widget.set(PDFName.of('AP'), context.obj({ N: context.register(form) }));
  }
  const widgetRef = context.register(widget);
  fields.push(widgetRef);

  // the page's annotations
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  const annotsRef = refOf(page.node, 'Annots');
  if (!annots) {
    page.node.set(PDFName.of('Annots'), context.obj([widgetRef]));
    changed.add(page.ref);
  } else {
    annots.push(widgetRef);
    changed.add(annotsRef ?? page.ref);
  }

  // the incremental update: changed objects and every object created above
  const refs: PDFRef[] = [...changed];
  for (const [ref] of context.enumerateIndirectObjects()) if (ref.objectNumber >= firstNew) refs.push(ref);
  refs.sort((a, b) => a.objectNumber - b.objectNumber);
  const prev = lastStartXref(pdf);
  const usesXrefStream = !pdf
    .subarray(prev, prev + 4)
    .toString('latin1')
    .startsWith('xref');
  const chunks: Buffer[] = [pdf];
  let offset = pdf.length;
  if (pdf[pdf.length - 1] !== 0x0a) {
    chunks.push(Buffer.from('\n'));
    offset++;
  }
  const offsets = new Map<number, { offset: number; gen: number }>();
  for (const ref of refs) {
    const bytes = serialize(ref.objectNumber, ref.generationNumber, context.lookup(ref)!);
    offsets.set(ref.objectNumber, { offset, gen: ref.generationNumber });
    chunks.push(bytes);
    offset += bytes.length;
  }
  const trailer = context.trailerInfo;
  const trailerEntries = [
    `/Root ${catalogRef.toString()}`,
    trailer.Info ? `/Info ${trailer.Info.toString()}` : '',
    trailer.ID ? `/ID ${trailer.ID.toString()}` : '',
    `/Prev ${prev}`,
  ]
    .filter(Boolean)
    .join(' ');
  const xrefOffset = offset;
  if (usesXrefStream) {
    const xrefNumber = context.largestObjectNumber + 1;
    offsets.set(xrefNumber, { offset: xrefOffset, gen: 0 });
    const numbers = [...offsets.keys()].sort((a, b) => a - b);
    const index: number[] = [];
    const rows: Buffer[] = [];
    for (const num of numbers) {
      const last = index.length ? index[index.length - 2] + index[index.length - 1] : -1;
      if (num === last) index[index.length - 1]++;
      else index.push(num, 1);
      const row = Buffer.alloc(7);
      row[0] = 1;
      row.writeUInt32BE(offsets.get(num)!.offset, 1);
      row.writeUInt16BE(offsets.get(num)!.gen, 5);
      rows.push(row);
    }
    const data = Buffer.concat(rows);
    chunks.push(
      Buffer.from(
        `${xrefNumber} 0 obj\n<< /Type /XRef /Size ${xrefNumber + 1} /Index [${index.join(' ')}] /W [1 4 2] ${trailerEntries} /Length ${data.length} >>\nstream\n`,
        'latin1',
      ),
      data,
      Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefOffset}\n%%EOF\n`, 'latin1'),
    );
  } else {
    const numbers = [...offsets.keys()].sort((a, b) => a - b);
    let table = 'xref\n';
    for (let i = 0; i < numbers.length; ) {
      let j = i;
      while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
      table += `${numbers[i]} ${j - i + 1}\n`;
      for (let k = i; k <= j; k++) {
        const entry = offsets.get(numbers[k])!;
        table += `${String(entry.offset).padStart(10, '0')} ${String(entry.gen).padStart(5, '0')} n\r\n`;
      }
      i = j + 1;
    }
    table += `trailer\n<< /Size ${context.largestObjectNumber + 1} ${trailerEntries} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
    chunks.push(Buffer.from(table, 'latin1'));
  }
  const out = Buffer.concat(chunks);

  // fill in the byte range around the /Contents placeholder of our signature dictionary
  const sigOffset = offsets.get(sigRef.objectNumber)!.offset;
  const text = out.toString('latin1', sigOffset, sigOffset + reservedBytes * 2 + 4096);
  const contentsAt = sigOffset + text.indexOf(`<${'0'.repeat(reservedBytes * 2)}>`);
  const placeholder = /\[\s*0\s+\/\*{10}\s+\/\*{10}\s+\/\*{10}\s*\]/.exec(text);
  const rangeText = placeholder?.[0] ?? '';
  const rangeAt = placeholder ? sigOffset + placeholder.index : -1;
  if (contentsAt < sigOffset || rangeAt < sigOffset)
    throw new PdfPrepareError('signature placeholder not found');
  const contentsEnd = contentsAt + reservedBytes * 2 + 2;
  const byteRange: [number, number, number, number] = [0, contentsAt, contentsEnd, out.length - contentsEnd];
  const rangeValue = `[${byteRange.join(' ')}]`.padEnd(rangeText.length, ' ');
  if (rangeValue.length > rangeText.length)
    throw new PdfPrepareError('byte range does not fit its placeholder');
  out.write(rangeValue, rangeAt, 'latin1');
  const digest = createHash('sha256')
    .update(out.subarray(0, contentsAt))
    .update(out.subarray(contentsEnd))
    .digest();
  return { pdf: out, byteRange, digest, signingTime, reservedBytes };
}

/** Writes the CMS into the placeholder; the result is the signed PDF. */
export function embedCms(prepared: PreparedPdf, cms: Buffer): Buffer {
  if (cms.length > prepared.reservedBytes)
    throw new PdfPrepareError(
      `the CMS (${cms.length} bytes) is larger than the reserved ${prepared.reservedBytes} bytes`,
    );
  const out = Buffer.from(prepared.pdf);
  const hex = cms.toString('hex').padEnd(prepared.reservedBytes * 2, '0');
  out.write(hex, prepared.byteRange[1] + 1, 'latin1');
  return out;
}
