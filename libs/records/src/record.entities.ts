import { Entity } from 'typeorm';
import { UploadedFileEntity } from '@app/storage';
import {
  Pg,
  defineHistory,
  defineLifecycle,
  lifecycleHistory,
  domainEvent,
  AgencyRecord,
  AgencyPart,
} from '@app/platform';

export const RECORD_MEDIA = ['PAPER', 'ELECTRONIC', 'BOTH'] as const;
export type RecordMedium = (typeof RECORD_MEDIA)[number];

/**
 * A record a procedure produces (from its forms): what it is, which unit keeps it, where and how
 * long (Nghị định 30/2020 art. 28). The yearly list of records is built from these.
 */
@Entity('procedure_records')
export class ProcedureRecord extends AgencyRecord {
  /** The procedure (a PROCEDURE document of the agency). */
  @Pg.uuid()
  documentId: string;

  /** Code of the procedure, kept for the list (QT-05). */
  @Pg.text()
  procedureCode: string;

  /** The form the record is made from, e.g. BM-01/QT-05. */
  @Pg.text({ nullable: true })
  formCode: string | null;

  @Pg.text()
  name: string;

  /** Unit (or person) that makes and keeps the record. */
  @Pg.text()
  ownerUnit: string;

  /** Where it is kept. */
  @Pg.text()
  location: string;

  /** Years kept after closing; null when kept permanently. */
  @Pg.int({ nullable: true })
  retentionYears: number | null;

  @Pg.boolean({ default: false })
  permanent: boolean;

  @Pg.text()
  medium: RecordMedium;
}

export const PROCEDURE_RECORD_HISTORY = defineHistory<ProcedureRecord>({
  subject: 'procedureRecord',
  entity: () => ProcedureRecord,
});

export const RECORD_LIST_STATUSES = ['DRAFT', 'IN_APPROVAL', 'APPROVED'] as const;
export type RecordListStatus = (typeof RECORD_LIST_STATUSES)[number];

/**
 * The list is drafted and edited by the ISO secretary, goes through the approval engine
 * (kind RECORD_LIST) and is approved by the head of agency; returned, rejected or cancelled it
 * is a draft again.
 */
export const RECORD_LIST_LIFECYCLE = defineLifecycle<RecordListStatus, RecordList>({
  subject: 'recordList',
  entity: () => RecordList,
  states: RECORD_LIST_STATUSES,
  initial: ['DRAFT'],
  transitions: [
    { from: 'DRAFT', to: 'IN_APPROVAL', action: 'submit' },
    { from: 'IN_APPROVAL', to: 'APPROVED', action: 'approve' },
    { from: 'IN_APPROVAL', to: 'DRAFT', action: 'reopen' },
  ],
});

/** An agency's yearly list of records (Danh mục hồ sơ, Nghị định 30/2020 art. 28, Phụ lục V). */
@Entity('record_lists')
export class RecordList extends AgencyRecord {
  @Pg.int()
  year: number;

  @Pg.text({ default: 'DRAFT' })
  status: RecordListStatus;

  @Pg.text({ nullable: true })
  title: string | null;

  @Pg.uuid({ nullable: true })
  updatedBy: string | null;

  @Pg.uuid({ nullable: true })
  approvedBy: string | null;

  @Pg.timestamptz({ nullable: true })
  approvedAt: Date | null;
}

export const RECORD_LIST_HISTORY = lifecycleHistory(RECORD_LIST_LIFECYCLE);

/** One line of the list: a record file to open during the year (the columns of Phụ lục V). */
@Entity('record_list_items')
export class RecordListItem extends AgencyPart {
  @Pg.uuid()
  listId: string;

  @Pg.int()
  position: number;

  /** Heading (đề mục) the item is grouped under, e.g. the procedure. */
  @Pg.text({ nullable: true })
  heading: string | null;

  /** Số và ký hiệu hồ sơ. */
  @Pg.text()
  code: string;

  /** Tên đề mục và tiêu đề hồ sơ. */
  @Pg.text()
  title: string;

  @Pg.int({ nullable: true })
  retentionYears: number | null;

  @Pg.boolean({ default: false })
  permanent: boolean;

  /** Đơn vị/người lập hồ sơ. */
  @Pg.text()
  ownerUnit: string;

  @Pg.text({ nullable: true })
  location: string | null;

  @Pg.text()
  medium: RecordMedium;

  /** Ghi chú. */
  @Pg.text({ nullable: true })
  note: string | null;

  @Pg.uuid({ nullable: true })
  procedureRecordId: string | null;
}

export const RECORD_FILE_STATUSES = ['OPEN', 'CLOSED', 'DISPOSED'] as const;
export type RecordFileStatus = (typeof RECORD_FILE_STATUSES)[number];

/** Open while the work goes on; closing starts its retention; disposed only by an approved disposal. */
export const RECORD_FILE_LIFECYCLE = defineLifecycle<RecordFileStatus, RecordFile>({
  subject: 'recordFile',
  entity: () => RecordFile,
  states: RECORD_FILE_STATUSES,
  initial: ['OPEN'],
  transitions: [
    { from: 'OPEN', to: 'CLOSED', action: 'close' },
    { from: 'CLOSED', to: 'DISPOSED', action: 'dispose' },
  ],
});

/** A record file (hồ sơ) opened under an item of an approved list. */
@Entity('record_files')
export class RecordFile extends AgencyRecord {
  @Pg.uuid()
  listId: string;

  @Pg.uuid()
  listItemId: string;

  @Pg.text()
  code: string;

  @Pg.text()
  title: string;

  @Pg.date()
  openedOn: string;

  @Pg.date({ nullable: true })
  closedOn: string | null;

  @Pg.text({ default: 'OPEN' })
  status: RecordFileStatus;

  @Pg.int({ nullable: true })
  retentionYears: number | null;

  @Pg.boolean({ default: false })
  permanent: boolean;

  /** Closing day + retention: from then on it may be proposed for disposal (null: permanent or open). */
  @Pg.date({ nullable: true })
  retentionEndsOn: string | null;

  @Pg.boolean({ default: false })
  legalHold: boolean;

  @Pg.text({ nullable: true })
  legalHoldReason: string | null;

  @Pg.uuid({ nullable: true })
  disposalId: string | null;
}

export const RECORD_FILE_HISTORY = lifecycleHistory(RECORD_FILE_LIFECYCLE);

/**
 * A document kept in a record file: an uploaded scan or a filled form, with the metadata of an
 * archived text (number and symbol, date, author). Its bytes are owned through `storage_key`
 * (the convention of every file-owning table) until the file is disposed of, when the key is
 * given up and the object removed; sha256 and the metadata stay.
 */
@Entity('record_items')
export class RecordItem extends UploadedFileEntity {
  @Pg.uuid()
  fileId: string;

  /** Given up (null) when the record file is disposed of. */
  @Pg.text({ nullable: true })
  storageKey: string | null;

  /** Số, ký hiệu văn bản. */
  @Pg.text({ nullable: true })
  number: string | null;

  /** Ngày tháng văn bản. */
  @Pg.date({ nullable: true })
  issuedOn: string | null;

  /** Tác giả văn bản. */
  @Pg.text({ nullable: true })
  author: string | null;

  /** Trích yếu nội dung. */
  @Pg.text({ nullable: true })
  title: string | null;

  /** The form it fills in, e.g. BM-01/QT-05. */
  @Pg.text({ nullable: true })
  formCode: string | null;

  @Pg.timestamptz({ nullable: true })
  disposedAt: Date | null;
}

export const RECORD_ITEM_HISTORY = defineHistory<RecordItem>({
  subject: 'recordFile',
  entity: () => RecordItem,
  subjectId: (item) => item.fileId,
  createAction: 'item.add',
});

export const DISPOSAL_STATUSES = ['DRAFT', 'IN_APPROVAL', 'APPROVED', 'REJECTED', 'EXECUTED'] as const;
export type DisposalStatus = (typeof DISPOSAL_STATUSES)[number];

/**
 * A proposal to dispose of record files whose retention has ended: approved by the head of
 * agency through the approval engine (kind DISPOSAL), then carried out by the worker (objects
 * removed from storage). Kept forever, with what was disposed of and its sha256.
 */
export const DISPOSAL_LIFECYCLE = defineLifecycle<DisposalStatus, RecordDisposal>({
  subject: 'recordDisposal',
  entity: () => RecordDisposal,
  states: DISPOSAL_STATUSES,
  initial: ['DRAFT'],
  transitions: [
    { from: 'DRAFT', to: 'IN_APPROVAL', action: 'submit' },
    { from: 'IN_APPROVAL', to: 'DRAFT', action: 'reopen' },
    { from: 'IN_APPROVAL', to: 'REJECTED', action: 'reject' },
    {
      from: 'IN_APPROVAL',
      to: 'APPROVED',
      action: 'approve',
      emit: ({ subject }) =>
        domainEvent('recordDisposal.approved', { disposalId: subject.id, agencyId: subject.agencyId }),
    },
    { from: 'APPROVED', to: 'EXECUTED', action: 'execute' },
  ],
});

/** One object a disposal removes: what it was, whose, and its sha256. */
export interface DisposedObject {
  fileId: string;
  fileCode: string;
  itemId: string;
  name: string;
  sha256: string;
  size: number;
  objectKey: string;
}

@Entity('record_disposals')
export class RecordDisposal extends AgencyRecord {
  @Pg.text({ default: 'DRAFT' })
  status: DisposalStatus;

  @Pg.text()
  reason: string;

  @Pg.uuid({ array: true, default: () => "'{}'" })
  fileIds: string[];

  /** Fixed at approval: every object disposed of. */
  @Pg.jsonb({ nullable: true })
  objects: DisposedObject[] | null;

  @Pg.uuid({ nullable: true })
  approvedBy: string | null;

  @Pg.timestamptz({ nullable: true })
  approvedAt: Date | null;

  @Pg.timestamptz({ nullable: true })
  executedAt: Date | null;

  /** Object keys removed from storage. */
  @Pg.text({ array: true, nullable: true })
  removedKeys: string[] | null;

  /** Object keys kept: the same bytes are still owned by another record (content addressing). */
  @Pg.text({ array: true, nullable: true })
  keptKeys: string[] | null;
}
