import { uploadedFileFields } from './uploaded-file';

/**
 * The fields every view of an uploaded file shows (a document's file, a finding's attachment, a
 * nonconformity's evidence); each view puts its own id and owner ids before them.
 */
export interface UploadedFileView {
  name: string;
  size: number;
  contentType: string;
  sha256: string;
  uploadedBy: string | null;
  createdAt: Date;
}

/** The UploadedFileView fields of a row that owns an uploaded file. */
export function uploadedFileView(
  row: Parameters<typeof uploadedFileFields>[0] & { createdAt: Date },
): UploadedFileView {
  return { ...uploadedFileFields(row), createdAt: row.createdAt };
}
