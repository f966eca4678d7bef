/**
 * Finds the signatures of a PDF the way a verifier must: by their /ByteRange, whose gap must
 * be exactly the hexadecimal /Contents holding the CMS. Reads the bytes; does not trust a parser
 * to have seen every revision.
 */

export interface PdfSignatureField {
  /** [offset1, length1, offset2, length2] as written in the file. */
  byteRange: [number, number, number, number];
  /** The CMS (hex-decoded /Contents, trailing zero padding included). */
  cms: Buffer;
  /** The byte range is well formed: starts at 0, its gap is exactly `<hex>`, inside the file. */
  wellFormed: boolean;
  /** Where the signed revision ends (offset2 + length2). */
  revisionEnd: number;
  subFilter: string | null;
  type: string | null;
  reason: string | null;
  location: string | null;
  name: string | null;
  /** The /M entry (time of signing claimed in the signature dictionary). */
  signedAt: Date | null;
}

/** Decodes a PDF literal string starting at `text[start] === '('`; returns the bytes and the index after it. */
function literalString(text: string, start: number): { bytes: Buffer; end: number } {
  const out: number[] = [];
  let depth = 0;
  let i = start;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      const next = text[++i];
      const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
      if (next in escapes) out.push(escapes[next]);
      else if (/[0-7]/.test(next)) {
        let octal = next;
        while (octal.length < 3 && /[0-7]/.test(text[i + 1])) octal += text[++i];
        out.push(parseInt(octal, 8) & 0xff);
      } else if (next === '\r') {
        if (text[i + 1] === '\n') i++;
      } else if (next !== '\n') out.push(next.charCodeAt(0));
      continue;
    }
    if (ch === '(') {
      depth++;
      if (depth === 1) continue;
    } else if (ch === ')') {
      depth--;
      if (depth === 0) return { bytes: Buffer.from(out), end: i + 1 };
    }
    out.push(ch.charCodeAt(0) & 0xff);
  }
  return { bytes: Buffer.from(out), end: i };
}

/** A PDF text string's bytes as text (UTF-16BE with BOM, UTF-8 with BOM, else PDFDocEncoding ≈ Latin-1). */
export function decodePdfText(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    body.swap16();
    return body.toString('utf16le');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('latin1');
}

/** The value of `/Key (string)` or `/Key <hex>` in a dictionary's text. */
function stringEntry(dictionary: string, key: string): string | null {
  const match = new RegExp(`/${key}\\s*([(<])`).exec(dictionary);
  if (!match) return null;
  const at = match.index + match[0].length - 1;
  if (match[1] === '(') return decodePdfText(literalString(dictionary, at).bytes);
  const close = dictionary.indexOf('>', at);
  if (close < 0) return null;
  return decodePdfText(Buffer.from(dictionary.slice(at + 1, close).replace(/\s+/g, ''), 'hex'));
}

function nameEntry(dictionary: string, key: string): string | null {
  return new RegExp(`/${key}\\s*/([^\\s/<>\\[\\]()]+)`).exec(dictionary)?.[1] ?? null;
}

/** A PDF date (`D:20261129163823+07'00'`) as a Date. */
export function parsePdfDate(value: string | null): Date | null {
  if (!value) return null;
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?/.exec(
    value.trim(),
  );
  if (!m) return null;
  const utc = Date.UTC(
    Number(m[1]),
    Number(m[2] ?? 1) - 1,
    Number(m[3] ?? 1),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  );
  const sign = m[7] === '-' ? -1 : m[7] === '+' ? 1 : 0;
  const offset = sign * (Number(m[8] ?? 0) * 60 + Number(m[9] ?? 0)) * 60_000;
  return new Date(utc - offset);
}

export function findPdfSignatures(pdf: Buffer): PdfSignatureField[] {
  const text = pdf.toString('latin1');
  const found: PdfSignatureField[] = [];
  const seen = new Set<string>();
  const pattern = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const byteRange = [1, 2, 3, 4].map((i) => Number(match[i])) as [number, number, number, number];
    const key = byteRange.join(' ');
    if (seen.has(key)) continue; // the same dictionary written again by a later revision
    seen.add(key);
    const [a, b, c, d] = byteRange;
    const inside = a === 0 && b > 0 && c > b + 1 && c + d <= pdf.length;
    const gap = inside ? text.slice(b, c) : '';
    const wellFormed = inside && /^<[0-9A-Fa-f\s]*>$/.test(gap);
    const cms = wellFormed ? Buffer.from(gap.slice(1, -1).replace(/\s+/g, ''), 'hex') : Buffer.alloc(0);
    // the signature dictionary: the object around the /ByteRange, without the /Contents gap
    const objStart = text.lastIndexOf(' obj', match.index);
    const objEnd = text.indexOf('endobj', match.index);
    const from = objStart >= 0 ? objStart : Math.max(0, match.index - 4096);
    const to = objEnd >= 0 ? objEnd : Math.min(text.length, match.index + 4096);
    const dictionary =
      wellFormed && b > from && c < to ? text.slice(from, b) + text.slice(c, to) : text.slice(from, to);
    found.push({
      byteRange,
      cms,
      wellFormed,
      revisionEnd: c + d,
      subFilter: nameEntry(dictionary, 'SubFilter'),
      type: nameEntry(dictionary, 'Type'),
      reason: stringEntry(dictionary, 'Reason'),
      location: stringEntry(dictionary, 'Location'),
      name: stringEntry(dictionary, 'Name'),
      signedAt: parsePdfDate(stringEntry(dictionary, 'M')),
    });
  }
  return found.sort((x, y) => x.revisionEnd - y.revisionEnd);
}

/** The bytes a signature field covers. */
export function signedBytes(pdf: Buffer, field: PdfSignatureField): Buffer {
  const [a, b, c, d] = field.byteRange;
  return Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
}
