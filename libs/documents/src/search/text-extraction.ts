import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { DomainError } from '@app/platform';
import { readZipDirectory, ZipEntry } from '@app/storage';
import { searchKey } from './document-search.sql';

/**
 * What file_texts (migration 1795135000000, no entity: file-texts.ts reads and writes it in SQL)
 * says of a file: its text was extracted, or why there is none.
 */
export const FILE_TEXT_STATUSES = ['EXTRACTED', 'UNSUPPORTED', 'FAILED', 'TOO_LARGE'] as const;
export type FileTextStatus = (typeof FILE_TEXT_STATUSES)[number];

/** What a file's extraction gives: normalised text, or the status and reason there is none. */
export interface ExtractedText {
  status: FileTextStatus;
  reason: string | null;
  text: string;
}

/** Limits of one extraction (SECURITY.md): a file over them is marked, never read whole. */
export const EXTRACTION_LIMITS = {
  /** Files larger than this are not downloaded (TOO_LARGE). */
  maxFileBytes: 50 * 1024 * 1024,
  /** Pages of a PDF read; the rest are left out. */
  maxPdfPages: 500,
  /** Time one file may take (the job then records FAILED). */
  timeoutMs: 60_000,
  /** Characters of normalised text kept (a tsvector holds at most 1 MB). */
  maxTextChars: 500_000,
  /** Bytes word/document.xml may unpack to. */
  maxDocxXmlBytes: 64 * 1024 * 1024,
};

/** How the reason of a FAILED extraction that ran out of time starts. */
export const EXTRACTION_TIMED_OUT = 'no text after';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Can a file of this content type have its text extracted? */
export function extractable(contentType: string): boolean {
  return contentType === PDF || contentType === DOCX || contentType === XLSX;
}

/**
 * The text of a PDF (pdf-parse, Mozilla's PDF.js, in a child process), a DOCX (word/document.xml read from the
 * package) or an XLSX (exceljs), normalised with searchKey and capped. Bytes that cannot be read
 * answer FAILED with the reason; no extraction outlives `timeoutMs`.
 */
export async function extractText(bytes: Buffer, contentType: string): Promise<ExtractedText> {
  if (!extractable(contentType)) return { status: 'UNSUPPORTED', reason: contentType, text: '' };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${EXTRACTION_TIMED_OUT} ${EXTRACTION_LIMITS.timeoutMs} ms`)),
      EXTRACTION_LIMITS.timeoutMs,
    );
  });
  try {
    const raw = await Promise.race([rawText(bytes, contentType), timeout]);
    const text = searchKey(raw.normalize('NFC')).replace(/\s+/g, ' ').trim();
    if (text.length <= EXTRACTION_LIMITS.maxTextChars) return { status: 'EXTRACTED', reason: null, text };
    return {
      status: 'EXTRACTED',
      reason: `text cut to ${EXTRACTION_LIMITS.maxTextChars} characters`,
      text: text.slice(0, EXTRACTION_LIMITS.maxTextChars),
    };
  } catch (error) {
    return { status: 'FAILED', reason: String((error as Error).message ?? error).slice(0, 500), text: '' };
  } finally {
    clearTimeout(timer);
  }
}

function rawText(bytes: Buffer, contentType: string): Promise<string> {
  if (contentType === PDF) return pdfText(bytes);
  if (contentType === DOCX) return docxText(bytes);
  return xlsxText(bytes);
}

/**
 * pdf.js runs in a child process of its own: a hostile PDF cannot hold the worker's event loop or
 * its memory, and the time limit kills it (pdf.js also loads its worker as an ES module, which a
 * CommonJS process under test cannot). Its text comes back on stdout, at most the bytes needed.
 */
const PDF_CHILD = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  try {
    const parser = new PDFParse({ data: Buffer.concat(chunks) });
    const result = await parser.getText({ first: Number(process.argv[2]), pageJoiner: '' });
    await parser.destroy();
    process.stdout.write(result.text);
  } catch (error) {
    process.stderr.write(String((error && error.message) || error));
    process.exitCode = 1;
  }
});`;

function pdfText(bytes: Buffer): Promise<string> {
  const maxBytes = EXTRACTION_LIMITS.maxTextChars * 4;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--max-old-space-size=512',
        '-e',
        PDF_CHILD,
        require.resolve('pdf-parse'),
        String(EXTRACTION_LIMITS.maxPdfPages),
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    // the parser runs at the lowest priority: requests and transactions come before search text
    try {
      if (child.pid) setPriority(child.pid, 19);
    } catch {
      // not permitted here: it runs at the worker's priority
    }
    const out: Buffer[] = [];
    let size = 0;
    let error = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), EXTRACTION_LIMITS.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      if (size < maxBytes) out.push(chunk);
      size += chunk.length;
    });
    child.stderr.on('data', (chunk: Buffer) => (error = (error + chunk.toString('utf8')).slice(0, 500)));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(out).subarray(0, maxBytes).toString('utf8'));
      else
        reject(
          new Error(signal ? `PDF reader stopped (${signal})` : error || `PDF reader exited with ${code}`),
        );
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(bytes);
  });
}

async function xlsxText(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    lines.push(sheet.name);
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((cell) => cells.push(cell.text));
      lines.push(cells.join(' '));
    });
  });
  return lines.join('\n');
}

/** The paragraphs of word/document.xml (the package passed the OOXML checks at upload). */
async function docxText(bytes: Buffer): Promise<string> {
  const source = {
    size: bytes.length,
    read: async (start: number, end: number) => Readable.from([bytes.subarray(start, end + 1)]),
  };
  const invalid = (reason: string) => new DomainError('FILE_PACKAGE_INVALID', { extension: 'docx', reason });
  const { entries } = await readZipDirectory(source, invalid);
  const part = entries.find((e) => e.name === 'word/document.xml');
  if (!part) throw invalid('word/document.xml is missing');
  const xml = partBytes(bytes, part).toString('utf8');
  return xml
    .replace(/<w:tab\/>|<w:br\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<[^>]*>/g, (_, text?: string) => text ?? '')
    .replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => decodeEntity(entity));
}

function partBytes(zip: Buffer, entry: ZipEntry): Buffer {
  const header = entry.localOffset;
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  return inflateRawSync(data, { maxOutputLength: EXTRACTION_LIMITS.maxDocxXmlBytes });
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

function decodeEntity(entity: string): string {
  const lower = entity.toLowerCase();
  if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
  if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
  return ENTITIES[lower] ?? '';
}
