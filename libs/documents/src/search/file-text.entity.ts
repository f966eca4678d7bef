import { Entity, PrimaryColumn } from 'typeorm';
import { TextColumn, TimestampColumn, UuidColumn } from '@app/platform';

export const FILE_TEXT_STATUSES = ['EXTRACTED', 'UNSUPPORTED', 'FAILED', 'TOO_LARGE'] as const;
export type FileTextStatus = (typeof FILE_TEXT_STATUSES)[number];

/**
 * The searchable text of a document file (migration 1795135000000), written by the worker's
 * extract-file-text job: normalised as the register's search key (searchKey) and capped, or why
 * there is none. The generated `tsv` column (to_tsvector('simple', text), GIN-indexed) is left
 * out of the entity: only SQL reads it.
 */
@Entity('file_texts')
export class FileText {
  @PrimaryColumn({ name: 'file_id', type: 'uuid' })
  fileId: string;

  @UuidColumn()
  agencyId: string;

  @TextColumn()
  status: FileTextStatus;

  @TextColumn({ nullable: true })
  reason: string | null;

  @TextColumn({ default: '' })
  text: string;

  @TimestampColumn({ default: () => 'now()' })
  extractedAt: Date;
}
