import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ObjectStorage } from '@app/storage';
import { SignatureCheck } from './signature-check.entity';
import { TrustAnchors } from './trust-anchors';
import { SignatureReport, verifyPdfSignatures } from './verify';

/** A stored file as the checks need it (any lib's file row has these). */
export interface StoredPdf {
  sha256: string;
  storageKey: string;
  contentType: string;
  size: number | string;
}

/** Largest file whose signatures are checked (the bytes are read into memory). */
export const MAX_CHECKED_BYTES = 200 * 1024 * 1024;

/**
 * Checks the signatures of stored PDFs and keeps the results (signature_checks): one check per
 * content and anchor set, so checking at upload and again when asked is idempotent.
 */
@Injectable()
export class FileSignatureChecks {
  private readonly logger = new Logger('FileSignatureChecks');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
    private readonly anchors: TrustAnchors,
  ) {}

  /** Verifies bytes against the configured anchors (nothing stored). */
  verify(pdf: Buffer): SignatureReport[] {
    return verifyPdfSignatures(pdf, { trustAnchors: this.anchors.certificates });
  }

  /** The stored result for this content and anchor set, checking (and storing) it first if needed. Not a PDF: []. */
  async reportsFor(file: StoredPdf): Promise<SignatureReport[]> {
    if (file.contentType !== 'application/pdf' || Number(file.size) > MAX_CHECKED_BYTES) return [];
    const stored = await this.dataSource
      .getRepository(SignatureCheck)
      .findOneBy({ sha256: file.sha256, anchorsFingerprint: this.anchors.fingerprint });
    if (stored) return stored.reports;
    const bytes = await this.read(file.storageKey);
    const reports = this.verify(bytes);
    await this.store(file.sha256, reports);
    return reports;
  }

  /** Stores the result of checking bytes already in hand (e.g. just uploaded). */
  async store(sha256: string, reports: SignatureReport[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO signature_checks (sha256, anchors_fingerprint, reports) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (sha256, anchors_fingerprint) DO NOTHING`,
      [sha256, this.anchors.fingerprint, JSON.stringify(reports)],
    );
  }

  /** Best effort at upload time: a failure is logged, the check runs again when asked for. */
  async checkQuietly(file: StoredPdf): Promise<void> {
    try {
      await this.reportsFor(file);
    } catch (error) {
      this.logger.warn({ sha256: file.sha256, error: (error as Error).message }, 'signature check failed');
    }
  }

  read(key: string): Promise<Buffer> {
    return this.storage.readAll(key);
  }
}
