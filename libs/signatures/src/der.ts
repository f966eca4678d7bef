/**
 * A small DER/BER reader and DER writer. The reader keeps every node's byte offsets, so the
 * exact bytes a signature covers (a CMS signer's signed attributes, a certificate's
 * to-be-signed part) are taken from the input as they are, never re-encoded.
 */

export interface Asn1Node {
  /** The identifier octet (class, constructed bit and tag number below 31). */
  tag: number;
  /** Tag class: 0 universal, 1 application, 2 context-specific, 3 private. */
  cls: number;
  constructed: boolean;
  tagNumber: number;
  /** Offset of the identifier octet in the input. */
  start: number;
  /** Offset of the first content byte. */
  contentStart: number;
  /** Offset just after the node (after the end-of-contents octets of an indefinite length). */
  end: number;
  /** Offset just after the contents. */
  contentEnd: number;
  children: Asn1Node[];
  /** The whole input the offsets refer to. */
  input: Buffer;
}

export class Asn1Error extends Error {}

const MAX_DEPTH = 64;

function readNode(input: Buffer, offset: number, limit: number, depth: number): Asn1Node {
  if (depth > MAX_DEPTH) throw new Asn1Error('ASN.1 nested too deeply');
  if (offset + 2 > limit) throw new Asn1Error('ASN.1 truncated');
  const start = offset;
  const tag = input[offset++];
  let tagNumber = tag & 0x1f;
  if (tagNumber === 0x1f) {
    tagNumber = 0;
    let byte: number;
    do {
      if (offset >= limit) throw new Asn1Error('ASN.1 truncated tag');
      byte = input[offset++];
      tagNumber = tagNumber * 128 + (byte & 0x7f);
    } while (byte & 0x80);
  }
  const constructed = (tag & 0x20) !== 0;
  if (offset >= limit) throw new Asn1Error('ASN.1 truncated length');
  const first = input[offset++];
  const node: Asn1Node = {
    tag,
    cls: tag >> 6,
    constructed,
    tagNumber,
    start,
    contentStart: 0,
    end: 0,
    contentEnd: 0,
    children: [],
    input,
  };
  if (first === 0x80) {
    if (!constructed) throw new Asn1Error('ASN.1 indefinite length on a primitive');
    node.contentStart = offset;
    for (;;) {
      if (offset + 2 > limit) throw new Asn1Error('ASN.1 missing end of contents');
      if (input[offset] === 0 && input[offset + 1] === 0) {
        node.contentEnd = offset;
        node.end = offset + 2;
        return node;
      }
      const child = readNode(input, offset, limit, depth + 1);
      node.children.push(child);
      offset = child.end;
    }
  }
  let length = first;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count > 4 || offset + count > limit) throw new Asn1Error('ASN.1 length too large');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + input[offset++];
  }
  node.contentStart = offset;
  node.contentEnd = offset + length;
  node.end = node.contentEnd;
  if (node.end > limit) throw new Asn1Error('ASN.1 content runs past its container');
  if (constructed) {
    let at = node.contentStart;
    while (at < node.contentEnd) {
      const child = readNode(input, at, node.contentEnd, depth + 1);
      node.children.push(child);
      at = child.end;
    }
  }
  return node;
}

/** Parses one ASN.1 value starting at offset 0 (trailing bytes, e.g. the zero padding of a PDF's /Contents, are ignored). */
export function parseAsn1(input: Buffer): Asn1Node {
  return readNode(input, 0, input.length, 0);
}

/** The node's whole encoding (identifier, length and contents). */
export function raw(node: Asn1Node): Buffer {
  return node.input.subarray(node.start, node.end);
}

/** The node's contents. */
export function content(node: Asn1Node): Buffer {
  return node.input.subarray(node.contentStart, node.contentEnd);
}

/** Dotted form of an OBJECT IDENTIFIER node. */
export function oidOf(node: Asn1Node): string {
  if (node.tag !== 0x06) throw new Asn1Error('expected an OBJECT IDENTIFIER');
  const bytes = content(node);
  const parts: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      if (parts.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        parts.push(first, value - first * 40);
      } else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** A string value (UTF8String, PrintableString, IA5String, T61String, BMPString, UniversalString). */
export function stringOf(node: Asn1Node): string {
  const bytes = content(node);
  switch (node.tag) {
    case 0x0c:
      return bytes.toString('utf8');
    case 0x1e: {
      const swapped = Buffer.from(bytes);
      swapped.swap16();
      return swapped.toString('utf16le');
    }
    case 0x1c: {
      let out = '';
      for (let i = 0; i + 3 < bytes.length; i += 4) out += String.fromCodePoint(bytes.readUInt32BE(i));
      return out;
    }
    default:
      return bytes.toString('latin1');
  }
}

/** UTCTime or GeneralizedTime as a Date. */
export function timeOf(node: Asn1Node): Date {
  const text = content(node).toString('latin1');
  const match =
    node.tag === 0x17
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text)
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/.exec(text);
  if (!match) throw new Asn1Error(`unsupported time ${text}`);
  let year = Number(match[1]);
  if (node.tag === 0x17) year += year < 50 ? 2000 : 1900;
  return new Date(
    Date.UTC(
      year,
      Number(match[2]) - 1,
      Number(match[3]),
      Number(match[4]),
      Number(match[5]),
      Number(match[6] ?? 0),
    ),
  );
}

// ---- writer -------------------------------------------------------------------------------

function lengthBytes(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** One TLV with the given identifier octet. */
export function tlv(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), lengthBytes(body.length), body]);
}

export const seq = (...parts: Buffer[]): Buffer => tlv(0x30, ...parts);
/** A DER SET OF: the elements sorted by their encodings. */
export const setOf = (...parts: Buffer[]): Buffer => tlv(0x31, ...[...parts].sort(Buffer.compare));
export const octets = (bytes: Buffer): Buffer => tlv(0x04, bytes);
export const nullValue = (): Buffer => Buffer.from([0x05, 0x00]);
export const integer = (value: number): Buffer => tlv(0x02, Buffer.from([value]));
/** [n] EXPLICIT or IMPLICIT-constructed context tag. */
export const context = (n: number, ...parts: Buffer[]): Buffer => tlv(0xa0 | n, ...parts);

export function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const bytes: number[] = [parts[0] * 40 + parts[1]];
  for (const part of parts.slice(2)) {
    const chunk: number[] = [];
    let rest = part;
    do {
      chunk.unshift(rest & 0x7f);
      rest = Math.floor(rest / 128);
    } while (rest > 0);
    for (let i = 0; i < chunk.length - 1; i++) chunk[i] |= 0x80;
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

export function utcTime(date: Date): Buffer {
  const pad = (n: number) => String(n).padStart(2, '0');
  const text =
    pad(date.getUTCFullYear() % 100) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds()) +
    'Z';
  return tlv(0x17, Buffer.from(text, 'latin1'));
}
