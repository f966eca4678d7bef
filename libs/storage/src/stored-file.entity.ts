import { Column } from 'typeorm';
import { BaseEntity, UuidColumn, TextColumn } from '@app/platform';

/**
 * The columns of every row that owns an uploaded file (a document's file, a finding's evidence):
 * the bytes live in object storage under `storageKey` (derived from the sha256). The orphan
 * sweep treats a blob as owned when any table's `storage_key` names it, so file-owning entities
 * extend this class rather than naming the column themselves.
 */
export abstract class StoredFileEntity extends BaseEntity {
  @UuidColumn()
  agencyId: string;

  @TextColumn()
  name: string;

  @Column({ type: 'bigint' })
  size: string;

  @TextColumn()
  contentType: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @TextColumn()
  storageKey: string;

  @UuidColumn({ nullable: true })
  uploadedBy: string | null;
}
