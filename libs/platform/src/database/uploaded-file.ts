/** A blob just put in object storage: its key, bytes and the client's (cleaned) name. */
export interface UploadedBlob {
  key: string;
  sha256: string;
  size: number;
  contentType: string;
  name: string;
}

/** The file columns of a row that owns an uploaded blob (a finding's evidence, a certificate). */
export function uploadedFileColumns(blob: UploadedBlob, uploadedBy: string | null) {
  return {
    name: blob.name,
    size: String(blob.size),
    contentType: blob.contentType,
    sha256: blob.sha256,
    storageKey: blob.key,
    uploadedBy,
  };
}

/** An uploaded file as the API shows it: name, size in bytes, type, sha256 and who uploaded it. */
export function uploadedFileFields(row: {
  name: string;
  size: string;
  contentType: string;
  sha256: string;
  uploadedBy: string | null;
}) {
  return {
    name: row.name,
    size: Number(row.size),
    contentType: row.contentType,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy,
  };
}
