/**
 * The file types the system accepts, recognised from their first bytes (never from the name
 * or the declared Content-Type, which a client controls). Office formats come in two
 * containers (OLE2 for DOC/XLS, ZIP for DOCX/XLSX); the extension then picks the format
 * within the container the bytes prove.
 */
export interface AcceptedType {
  extension: string;
  contentType: string;
}

const PDF = Buffer.from('%PDF-');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const OLE2_TYPES: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
};
const ZIP_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Bytes needed to decide. */
export const SNIFF_BYTES = 8;

export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  return match ? match[1].toLowerCase() : '';
}

export function detectAcceptedType(head: Buffer, fileName: string): AcceptedType | undefined {
  const ext = extensionOf(fileName);
  const startsWith = (magic: Buffer) =>
    head.length >= magic.length && head.subarray(0, magic.length).equals(magic);
  if (startsWith(PDF)) return { extension: 'pdf', contentType: 'application/pdf' };
  if (startsWith(PNG)) return { extension: 'png', contentType: 'image/png' };
  if (startsWith(JPEG)) return { extension: 'jpg', contentType: 'image/jpeg' };
  if (startsWith(OLE2) && OLE2_TYPES[ext]) return { extension: ext, contentType: OLE2_TYPES[ext] };
  if (startsWith(ZIP) && ZIP_TYPES[ext]) return { extension: ext, contentType: ZIP_TYPES[ext] };
  return undefined;
}
