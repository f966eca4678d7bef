import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isMissingObject, ObjectStorage } from '@app/storage';
import { DocumentFile } from '../document.entity';
import { contentPairsLiteral } from './content-pairs';
import {
  EXTRACTION_TIMED_OUT,
  EXTRACTION_LIMITS,
  extractable,
  ExtractedText,
  extractText,
  FileTextStatus,
} from './text-extraction';

/** A failure that may not happen again: the object restored, the machine less busy. */
const MISSING_OBJECT = 'the stored object is missing';

/**
 * The text of each document file, as the worker's extract-file-text job writes it (one row per
 * file in file_texts, upserted: running the job twice writes the same row). A file whose bytes
 * another file already has (a revision's copied files, the same form uploaded again) takes that
 * file's result without reading them again: its text, or why there is none — bytes that could not
 * be parsed once cannot be parsed the next time either (each try is a PDF parser process), but a
 * timeout or a missing object may pass on retry and is not copied. The upload never waits for
 * any of this. Each text is written with its pairs of adjacent words (content-pairs.ts), which
 * content search matches a query of several words by.
 */
@Injectable()
export class FileTexts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
  ) {}

  /** Extracts (or copies) the file's text and records it; undefined when there is no such file. */
  async extract(fileId: string): Promise<FileTextStatus | undefined> {
    const file = await this.dataSource.getRepository(DocumentFile).findOneBy({ id: fileId });
    if (!file) return undefined;
    const [copied] = await this.dataSource.query<{ status: FileTextStatus }[]>(
      `INSERT INTO file_texts (file_id, agency_id, status, reason, text, pairs, extracted_at)
       SELECT $1, $2, t.status, t.reason, t.text, t.pairs, now() FROM file_texts t
         JOIN document_files g ON g.id = t.file_id
        WHERE g.sha256 = $3 AND g.id <> $1
          AND (t.status <> 'FAILED' OR NOT (t.reason = $4 OR starts_with(t.reason, $5)))
        LIMIT 1
       ON CONFLICT (file_id) DO UPDATE SET agency_id = EXCLUDED.agency_id, status = EXCLUDED.status,
         reason = EXCLUDED.reason, text = EXCLUDED.text, pairs = EXCLUDED.pairs, extracted_at = now()
       RETURNING status`,
      [file.id, file.agencyId, file.sha256, MISSING_OBJECT, EXTRACTION_TIMED_OUT],
    );
    if (copied) return this.refilled(file.id, copied.status);
    const result = await this.read(file);
    await this.dataSource.query(
      `INSERT INTO file_texts (file_id, agency_id, status, reason, text, pairs, extracted_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (file_id) DO UPDATE SET agency_id = EXCLUDED.agency_id, status = EXCLUDED.status,
         reason = EXCLUDED.reason, text = EXCLUDED.text, pairs = EXCLUDED.pairs, extracted_at = now()`,
      [file.id, file.agencyId, result.status, result.reason, result.text, contentPairsLiteral(result.text)],
    );
    return this.refilled(file.id, result.status);
  }

  /**
   * Writes the text's agency again once the text is committed, which refills its document,
   * region and visibility (file_texts_fill, migration 1795230000000): a version published or a
   * file taken off while the text was being written found no committed text to update, and the
   * insert had read the state before.
   */
  private async refilled(fileId: string, status: FileTextStatus): Promise<FileTextStatus> {
    await this.dataSource.query('UPDATE file_texts SET agency_id = agency_id WHERE file_id = $1', [fileId]);
    return status;
  }

  /** Files that have no text row yet (the sweep queues a job for each), oldest first. */
  async missing(limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT f.id FROM document_files f
        WHERE NOT EXISTS (SELECT 1 FROM file_texts t WHERE t.file_id = f.id)
        ORDER BY f.created_at, f.id LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Writes the pairs of up to `limit` extracted texts that have none (extracted before pairs were
   * kept, or whose text changed since), locked so that two workers take different ones; returns
   * how many. The sweep calls it until none is left.
   */
  async pairTexts(limit: number): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ file_id: string; text: string }[]>(
        `SELECT file_id, text FROM file_texts WHERE pairs IS NULL AND status = 'EXTRACTED'
          ORDER BY file_id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length > 0)
        await manager.query(
          `UPDATE file_texts t SET pairs = p.pairs FROM unnest($1::uuid[], $2::text[]) p (file_id, pairs)
            WHERE t.file_id = p.file_id`,
          [rows.map((row) => row.file_id), rows.map((row) => contentPairsLiteral(row.text))],
        );
      return rows.length;
    });
  }

  private async read(file: DocumentFile): Promise<ExtractedText> {
    if (!extractable(file.contentType)) return { status: 'UNSUPPORTED', reason: file.contentType, text: '' };
    if (Number(file.size) > EXTRACTION_LIMITS.maxFileBytes)
      return {
        status: 'TOO_LARGE',
        reason: `${file.size} byte > ${EXTRACTION_LIMITS.maxFileBytes} byte`,
        text: '',
      };
    let bytes: Buffer;
    try {
      bytes = await this.storage.readAll(file.storageKey);
    } catch (error) {
      // the integrity scrub reports a lost object; retrying the job would not bring it back, and
      // without a row the sweep would queue it again every five minutes
      if (isMissingObject(error)) return { status: 'FAILED', reason: MISSING_OBJECT, text: '' };
      throw error;
    }
    return extractText(bytes, file.contentType);
  }
}
