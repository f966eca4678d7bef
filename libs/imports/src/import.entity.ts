import { Entity } from 'typeorm';
import { Pg, defineLifecycle } from '@app/platform';
import { StoredFileEntity } from '@app/storage';

export const IMPORT_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'ROLLED_BACK'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** A problem of one register row (row 0: the archive or the register as a whole). */
export interface RowProblem {
  row: number;
  field: string | null;
  /** Machine code (`fileMissing`, `codeExists`, …). */
  code: string;
  message: string;
  messages: { vi: string; en: string };
}

/**
 * One import of an agency's archive (issue 18). It owns the archive's bytes (stored by content
 * like any upload). Rows are staged one by one (document_import_rows, document_import_files:
 * resumable, once per row), and the documents are published only at the end, in one transaction
 * with the move to COMPLETED: a failed import leaves nothing in the agency's register.
 */
@Entity('document_imports')
export class DocumentImport extends StoredFileEntity {
  @Pg.int({ default: 1 })
  version: number;

  @Pg.text({ default: 'QUEUED' })
  status: ImportStatus;

  /** The register's file name (in the archive, or sent beside it). */
  @Pg.text()
  registerName: string;

  @Pg.int({ default: 0 })
  total: number;

  @Pg.int({ default: 0 })
  done: number;

  @Pg.jsonb({ default: () => "'[]'" })
  errors: RowProblem[];

  /** The username of who started it: the job acts (and is audited) as them. */
  @Pg.text({ nullable: true })
  createdByName: string | null;

  @Pg.timestamptz({ nullable: true })
  startedAt: Date | null;

  @Pg.timestamptz({ nullable: true })
  finishedAt: Date | null;
}

/**
 * QUEUED → RUNNING → COMPLETED (published) | FAILED (nothing published); a failed import is
 * rolled back as a whole: its staged rows are discarded (kept, never published).
 */
export const IMPORT_LIFECYCLE = defineLifecycle<ImportStatus, DocumentImport>({
  subject: 'documentImport',
  entity: () => DocumentImport,
  states: IMPORT_STATUSES,
  initial: ['QUEUED'],
  transitions: [
    { from: 'QUEUED', to: 'RUNNING', action: 'start' },
    { from: 'RUNNING', to: 'COMPLETED', action: 'publish' },
    { from: ['QUEUED', 'RUNNING'], to: 'FAILED', action: 'fail' },
    { from: 'FAILED', to: 'ROLLED_BACK', action: 'rollback' },
  ],
  emit: () => null,
});

/** A register row staged by the job: its files are stored; done once per (import, row). */
@Entity('document_import_rows')
export class DocumentImportRow {
  @Pg.uuid({ primary: true })
  importId: string;

  @Pg.int({ primary: true })
  rowNumber: number;

  @Pg.uuid()
  agencyId: string;

  @Pg.text()
  code: string;

  @Pg.int()
  revision: number;

  @Pg.timestamptz()
  stagedAt: Date;

  /** Set by a rollback: the row will never be published. */
  @Pg.timestamptz({ nullable: true })
  discardedAt: Date | null;
}

/** A file of a staged row (or the register sent beside the archive: row 0), stored by content. */
@Entity('document_import_files')
export class DocumentImportFile extends StoredFileEntity {
  @Pg.uuid()
  importId: string;

  @Pg.int()
  rowNumber: number;

  @Pg.int()
  position: number;
}
