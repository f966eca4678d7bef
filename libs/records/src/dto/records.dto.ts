import {
  AgencyPageQuery,
  EnumField,
  OptionalBool,
  OptionalDay,
  OptionalEnum,
  OptionalFlag,
  OptionalInt,
  OptionalMaxText,
  OptionalNestedList,
  OptionalText,
  OptionalUuid,
  OptionalUuidList,
  OptionalVersion,
  OptionalYearQuery,
  TextField,
  UuidField,
  XlsxFormat,
  YearField,
} from '@app/platform';
import {
  DISPOSAL_STATUSES,
  DisposalStatus,
  RECORD_FILE_STATUSES,
  RECORD_LIST_STATUSES,
  RECORD_MEDIA,
  RecordFileStatus,
  RecordListStatus,
  RecordMedium,
} from '../record.entities';

/** `version`: the version seen (or If-Match). */
const SeenVersion = () => OptionalVersion({ description: 'the version seen (or If-Match)', min: 1 });

const RecordMediumField = () => EnumField(RECORD_MEDIA, { enumName: 'RecordMedium' });

/** Retention: a number of years after closing, or kept permanently (exactly one of the two). */
class RetentionFields {
  @OptionalInt(
    { min: 1, max: 99 },
    { minimum: 1, maximum: 99, description: 'years kept after closing; omit when permanent' },
  )
  retentionYears?: number;

  @OptionalBool({ description: 'kept permanently (vĩnh viễn); then no retentionYears' })
  permanent?: boolean;
}

export class CreateProcedureRecordDto extends RetentionFields {
  @UuidField({ description: 'the procedure (a PROCEDURE document of the agency)' })
  documentId: string;

  @OptionalText(1, 100, { example: 'BM-01/QT-05', description: 'the form the record is made from' })
  formCode?: string;

  @TextField(1, 500, { example: 'Sổ theo dõi hồ sơ đăng ký khai sinh' })
  name: string;

  @TextField(1, 300, { example: 'Phòng Hành chính tư pháp' })
  ownerUnit: string;

  @TextField(1, 300, { example: 'Kho lưu trữ Sở, tủ số 2' })
  location: string;

  @RecordMediumField()
  medium: RecordMedium;
}

export class UpdateProcedureRecordDto extends RetentionFields {
  @OptionalText(1, 100)
  formCode?: string;

  @OptionalText(1, 500)
  name?: string;

  @OptionalText(1, 300)
  ownerUnit?: string;

  @OptionalText(1, 300)
  location?: string;

  @OptionalEnum(RECORD_MEDIA, { enumName: 'RecordMedium' })
  medium?: RecordMedium;

  @SeenVersion()
  version?: number;
}

export class ListProcedureRecordsQuery extends AgencyPageQuery {
  @OptionalUuid({ description: 'the procedure' })
  documentId?: string;
}

export class CreateRecordListDto {
  @UuidField()
  agencyId: string;

  @YearField({ example: 2026, minimum: 2000, maximum: 2100 })
  year: number;

  @OptionalText(1, 500, { description: 'default: Danh mục hồ sơ năm <year>' })
  title?: string;
}

export class RecordListItemDto extends RetentionFields {
  @OptionalText(1, 300, { description: 'đề mục the item is grouped under' })
  heading?: string;

  @TextField(1, 100, { example: 'QT-05.01', description: 'số và ký hiệu hồ sơ' })
  code: string;

  @TextField(1, 1000, {
    example: 'Hồ sơ đăng ký khai sinh năm 2026',
    description: 'tên đề mục và tiêu đề hồ sơ',
  })
  title: string;

  @TextField(1, 300, { description: 'đơn vị/người lập hồ sơ' })
  ownerUnit: string;

  @OptionalText(1, 300)
  location?: string;

  @RecordMediumField()
  medium: RecordMedium;

  @OptionalMaxText(1000, { description: 'ghi chú' })
  note?: string;

  @OptionalUuid({ description: 'the declared record it comes from' })
  procedureRecordId?: string;
}

export class UpdateRecordListDto {
  @OptionalText(1, 500)
  title?: string;

  @OptionalNestedList(RecordListItemDto, { max: 2000 }, { description: 'replaces every item (draft only)' })
  items?: RecordListItemDto[];

  @SeenVersion()
  version?: number;
}

export class ListRecordListsQuery extends AgencyPageQuery {
  @OptionalYearQuery()
  year?: number;

  @OptionalEnum(RECORD_LIST_STATUSES, { enumName: 'RecordListStatus' })
  status?: RecordListStatus;
}

export class RecordListFormatQuery {
  @OptionalEnum(['json', 'xlsx'], {
    description: 'xlsx: the list in the columns of Phụ lục V, Nghị định 30/2020',
  })
  format?: 'json' | 'xlsx';
}

export class CreateRecordFileDto {
  @UuidField({ description: 'the item of an approved list the file is opened under' })
  listItemId: string;

  @OptionalText(1, 100, { description: 'số và ký hiệu hồ sơ; default: the item code and a sequence number' })
  code?: string;

  @OptionalText(1, 1000, { description: 'default: the item title' })
  title?: string;

  @OptionalDay({ description: 'YYYY-MM-DD; default today' })
  openedOn?: string;
}

export class ListRecordFilesQuery extends AgencyPageQuery {
  @OptionalUuid()
  listId?: string;

  @OptionalEnum(RECORD_FILE_STATUSES, { enumName: 'RecordFileStatus' })
  status?: RecordFileStatus;

  @OptionalText(1, 200, {
    description:
      'diacritics-insensitive search in the code and title of the file and in its items (number, title, author, name)',
  })
  q?: string;

  @OptionalFlag({ description: 'only closed files whose retention has ended (may be proposed for disposal)' })
  due?: boolean;

  @OptionalFlag()
  legalHold?: boolean;

  @XlsxFormat('xlsx: the list as a spreadsheet')
  format?: 'xlsx';
}

export class CloseRecordFileDto {
  @OptionalDay({ description: 'YYYY-MM-DD the work ended; default today' })
  closedOn?: string;

  @SeenVersion()
  version?: number;
}

export class LegalHoldDto {
  @TextField(1, 2000, { example: 'Đang giải quyết khiếu nại số 12/KN' })
  reason: string;

  @SeenVersion()
  version?: number;
}

/** Metadata of an uploaded item, given in the query string of the multipart upload. */
export class RecordItemMetadataQuery {
  @OptionalText(1, 100, { example: '15/QĐ-STP', description: 'số, ký hiệu văn bản' })
  number?: string;

  @OptionalDay({ description: 'ngày tháng văn bản' })
  issuedOn?: string;

  @OptionalText(1, 300, { description: 'tác giả văn bản' })
  author?: string;

  @OptionalText(1, 1000, { description: 'trích yếu nội dung' })
  title?: string;

  @OptionalText(1, 100, { example: 'BM-01/QT-05', description: 'the form it fills in' })
  formCode?: string;
}

export class CreateDisposalDto {
  @UuidField()
  agencyId: string;

  @OptionalUuidList(500, { description: 'the files to dispose of; default every file due' })
  fileIds?: string[];

  @TextField(1, 2000, { example: 'Hủy hồ sơ hết thời hạn bảo quản năm 2026' })
  reason: string;
}

export class ListDisposalsQuery extends AgencyPageQuery {
  @OptionalEnum(DISPOSAL_STATUSES, { enumName: 'DisposalStatus' })
  status?: DisposalStatus;
}
