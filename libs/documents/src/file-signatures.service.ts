import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestContext } from '@app/platform';
import { FileSignatureChecks, SignatureReport } from '@app/signatures';
import { DocumentAccess } from './document-access';
import { DocumentFile } from './document.entity';

/**
 * A PDF up to this size has its signatures checked during its upload. Checking means reading the
 * stored bytes back whole: for a 200 MB scan that doubled the upload's time and held 250 MB of
 * memory (bench `files`: 0.59 of a direct put), so a larger file is checked when first asked for.
 */
const CHECKED_AT_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * The signatures of a document's files (PAdES): checked when a PDF is uploaded (up to
 * CHECKED_AT_UPLOAD_BYTES) or first asked for, and shown to anyone who may read the file. Another
 * agency's non-public file answers 404, as for its bytes.
 */
@Injectable()
export class FileSignaturesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DocumentAccess,
    private readonly checks: FileSignatureChecks,
  ) {}

  async list(ctx: RequestContext, fileId: string): Promise<SignatureReport[]> {
    const { file } = await this.access.readableFile(ctx, fileId);
    return this.checks.reportsFor(file);
  }

  /** At upload: checks a new PDF's signatures and stores the result (best effort: asked again, it re-runs). */
  async checkUploaded(fileId: string): Promise<void> {
    const file = await this.dataSource.getRepository(DocumentFile).findOneBy({ id: fileId });
    if (file && Number(file.size) <= CHECKED_AT_UPLOAD_BYTES) await this.checks.checkQuietly(file);
  }
}
