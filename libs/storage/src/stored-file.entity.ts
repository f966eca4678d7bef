import { Column } from 'typeorm';
import { BaseEntity } from '@app/platform';

/**
 * The columns of every row that owns an uploaded file (a document's file, a finding's evidence):
 * the bytes live in object storage under `storageKey` (derived from the sha256). The orphan
 * sweep treats a blob as owned when any table's `storage_key` names it, so file-owning entities
 * extend this class rather than naming the column themselves.
 */
export abstract class StoredFileEntity extends BaseEntity {
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'bigint' })
  size: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;
}
