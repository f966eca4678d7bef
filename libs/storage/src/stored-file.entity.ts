import { Column } from 'typeorm';
import { BaseEntity, UuidColumn, TextColumn } from '@app/platform';

/**
 * The columns of every row that owns an uploaded file (a document's file, a finding's evidence):
 * the bytes live in object storage under `storageKey` (derived from the sha256). The orphan
 * sweep treats a blob as owned when any table's `storage_key` names it, so file-owning entities
 * extend this class rather than naming the column themselves. One that cannot (a key given up
 * on disposal, a file kept with other data) still has `agency_id`, `name`, `sha256`, `size` and
 * `storage_key` (FILE_OWNER_COLUMNS): the integrity check audits and alerts each owner's agency.
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
