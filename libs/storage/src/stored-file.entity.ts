import { Column } from 'typeorm';
import { Pg, AgencyPart } from '@app/platform';

/**
 * What a row knows of an uploaded file, whether or not it still owns the bytes: the owner agency,
 * the name, size, content type and sha256 it was uploaded with, and who uploaded it.
 */
export abstract class UploadedFileEntity extends AgencyPart {
  @Pg.text()
  name: string;

  @Column({ type: 'bigint' })
  size: string;

  @Pg.text()
  contentType: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Pg.uuid({ nullable: true })
  uploadedBy: string | null;
}

/**
 * The columns of every row that owns an uploaded file (a document's file, a finding's evidence):
 * the bytes live in object storage under `storageKey` (derived from the sha256). The orphan
 * sweep treats a blob as owned when any table's `storage_key` names it, so file-owning entities
 * extend this class rather than naming the column themselves. One whose key may be given up on
 * disposal extends UploadedFileEntity with a nullable `storage_key`; one that keeps a file with
 * other data still has `agency_id`, `name`, `sha256`, `size` and `storage_key` (FILE_OWNER_COLUMNS):
 * the integrity check audits and alerts each owner's agency.
 */
export abstract class StoredFileEntity extends UploadedFileEntity {
  @Pg.text()
  storageKey: string;
}
