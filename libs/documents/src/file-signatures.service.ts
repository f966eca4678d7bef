import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestContext } from '@app/platform';
import { FileSignatureChecks, SignatureReport } from '@app/signatures';
import { DocumentAccess } from './document-access';
import { DocumentFile } from './document.entity';

/**
 * The signatures of a document's files (PAdES): checked when a PDF is uploaded, and shown to
 * anyone who may read the file. Another agency's non-public file answers 404, as for its bytes.
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
    if (file) await this.checks.checkQuietly(file);
  }
}
