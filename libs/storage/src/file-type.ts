import { DomainError } from '@app/platform';
import { splitExtension, withSuffix } from './file-names';

/**
 * The file types the system accepts, recognised from their first bytes (never from the name
 * or the declared Content-Type, which a client controls). Office formats come in two
 * containers (OLE2 for DOC/XLS, ZIP for DOCX/XLSX); the extension then picks the format
 * within the container the bytes prove, and an OOXML package is checked further (ooxml-package).
 */
export interface AcceptedType {
  /** The canonical extension, appended to a name that has none. */
  extension: string;
  /** Every extension a name of this type may end with. */
  extensions: string[];
  contentType: string;
  /** For OOXML: the content type [Content_Types].xml must give the main part. */
  ooxmlMainPart?: string;
}

const PDF = Buffer.from('%PDF-');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const PDF_TYPE: AcceptedType = { extension: 'pdf', extensions: ['pdf'], contentType: 'application/pdf' };
const PNG_TYPE: AcceptedType = { extension: 'png', extensions: ['png'], contentType: 'image/png' };
const JPEG_TYPE: AcceptedType = {
  extension: 'jpg',
  extensions: ['jpg', 'jpeg', 'jpe'],
  contentType: 'image/jpeg',
};
const OLE2_TYPES: Record<string, AcceptedType> = {
  doc: { extension: 'doc', extensions: ['doc'], contentType: 'application/msword' },
  xls: { extension: 'xls', extensions: ['xls'], contentType: 'application/vnd.ms-excel' },
};
const ZIP_TYPES: Record<string, AcceptedType> = {
  docx: {
    extension: 'docx',
    extensions: ['docx'],
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ooxmlMainPart: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  },
  xlsx: {
    extension: 'xlsx',
    extensions: ['xlsx'],
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ooxmlMainPart: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  },
};

/** Bytes needed to decide. */
export const SNIFF_BYTES = 8;

export function extensionOf(fileName: string): string {
  return splitExtension(fileName).extension;
}

export function detectAcceptedType(head: Buffer, fileName: string): AcceptedType | undefined {
  const ext = extensionOf(fileName);
  const startsWith = (magic: Buffer) =>
    head.length >= magic.length && head.subarray(0, magic.length).equals(magic);
  if (startsWith(PDF)) return PDF_TYPE;
  if (startsWith(PNG)) return PNG_TYPE;
  if (startsWith(JPEG)) return JPEG_TYPE;
  if (startsWith(OLE2)) return OLE2_TYPES[ext];
  if (startsWith(ZIP)) return ZIP_TYPES[ext];
  return undefined;
}

/**
 * The name a file of this type is stored under: a name ending in another type's extension is
 * refused (a PDF named `x.html` would be opened by whatever handles .html), a name without an
 * extension gets the type's own.
 */
export function nameForType(name: string, type: AcceptedType): string {
  const { extension } = splitExtension(name);
  if (extension === '') return withSuffix(name, `.${type.extension}`);
  if (type.extensions.includes(extension)) return name;
  throw new DomainError('FILE_TYPE_MISMATCH', {
    extension,
    detected: type.extension.toUpperCase(),
    expected: type.extension,
  });
}
