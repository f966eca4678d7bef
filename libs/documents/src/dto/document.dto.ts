import {
  AgencyPageQuery,
  eachMatching,
  EnumField,
  OptionalEnum,
  OptionalFlag,
  OptionalInt,
  OptionalList,
  OptionalMaxText,
  OptionalPattern,
  OptionalText,
  OptionalUuid,
  OptionalUuidList,
  OptionalVersion,
  PatternField,
  StoredFileContentQuery,
  TextField,
  UuidField,
} from '@app/platform';
import {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  DocumentStatus,
  DocumentType,
  PERIODIC_REVIEW_OUTCOMES,
  PeriodicReviewOutcome,
} from '../document.entity';

export const DOCUMENT_CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,59}$/u;
const CODE = DOCUMENT_CODE_PATTERN;
const TTHC = /^[A-Za-z0-9._-]{1,50}$/;

/** The TTHC codes a procedure covers. */
const TthcCodes = () =>
  OptionalList({ max: 200, unique: true }, eachMatching(TTHC), {
    example: ['1.001234', '2.000123'],
    type: [String],
  });

/** Months between periodic reviews. */
const REVIEW_INTERVAL = { min: 1, max: 120 };

export class CreateDocumentDto {
  @UuidField()
  agencyId: string;

  @PatternField(CODE, { example: 'QT-05' }, 'code: letters, digits and . _ / - (at most 60)')
  code: string;

  @TextField(1, 500, { example: 'Quy trình kiểm soát tài liệu' })
  title: string;

  @EnumField(DOCUMENT_TYPES, { enumName: 'DocumentType' })
  type: DocumentType;

  @OptionalUuid({ description: 'the procedure a FORM belongs to' })
  parentId?: string;

  @OptionalText(1, 200, { example: 'Văn phòng Sở' })
  ownerUnit?: string;

  @OptionalInt(REVIEW_INTERVAL, { minimum: 1, maximum: 120, default: 12 })
  reviewIntervalMonths?: number;

  @OptionalPattern(TTHC, {
    example: '1.001234',
    description: 'a TTHC code covered by this procedure (see also administrativeProcedureCodes)',
  })
  administrativeProcedureCode?: string;

  @TthcCodes()
  administrativeProcedureCodes?: string[];

  @OptionalUuidList(1000, { description: 'users who must acknowledge; default every STAFF member' })
  distributionUserIds?: string[];

  @OptionalMaxText(5000, {
    example: 'Ban hành lần đầu theo Quyết định số 15/QĐ-STP',
    description: 'change summary of the first draft',
  })
  changeSummary?: string;
}

export class UpdateDocumentDto {
  @OptionalText(1, 500, { example: 'Quy trình kiểm soát tài liệu và hồ sơ' })
  title?: string;

  @OptionalText(1, 200, { example: 'Phòng Hành chính tư pháp' })
  ownerUnit?: string;

  @OptionalInt(REVIEW_INTERVAL)
  reviewIntervalMonths?: number;

  @TthcCodes()
  administrativeProcedureCodes?: string[];

  @OptionalUuidList(1000, { nullable: true })
  distributionUserIds?: string[];

  @OptionalVersion({ integer: false })
  version?: number;
}

export class ListDocumentsQuery extends AgencyPageQuery {
  @OptionalEnum(DOCUMENT_TYPES, { enumName: 'DocumentType' })
  type?: DocumentType;

  @OptionalEnum(DOCUMENT_STATUSES, { enumName: 'DocumentStatus' })
  status?: DocumentStatus;

  @OptionalMaxText(200, {
    description:
      'code, title or a former code (after a merger), diacritics-insensitive; without `sort` the results are ranked: the code typed exactly first, then the closest (shortest) matching text, then the most recently updated',
  })
  q?: string;

  @OptionalEnum(['title', 'content'], {
    description:
      'where `q` is looked for: `title` (default) — code, title and former codes; `content` — the text extracted from the files (PDF, DOCX, XLSX) of the versions the caller may see, diacritics-insensitive: every word of `q`, with the words typed together found together (Vietnamese words are several syllables: `chu ky so` finds «chữ ký số», not «chủ», «kỳ» and «số» apart); commas separate phrases that may be anywhere; without `sort` ranked by relevance (ts_rank), and each item carries `snippets`: passages of the normalised (unaccented, lower-case) file text with the matching words between « and »',
  })
  searchIn?: 'title' | 'content';

  @OptionalMaxText(200)
  ownerUnit?: string;

  @OptionalPattern(TTHC, { description: 'documents covering this TTHC code' })
  administrativeProcedureCode?: string;

  @OptionalFlag({ description: 'effective documents whose next review date has come' })
  dueForReview?: boolean;

  @OptionalUuid({ description: 'forms of this procedure' })
  parentId?: string;

  @OptionalEnum(['json', 'xlsx'], { description: 'xlsx: the register as a spreadsheet (all matching rows)' })
  format?: 'json' | 'xlsx';
}

export class UpdateVersionDto {
  @OptionalMaxText(5000, {
    example: 'Cập nhật bước 3 theo Nghị định 30/2020/NĐ-CP',
    description: 'nội dung sửa đổi',
  })
  changeSummary?: string;

  @OptionalText(1, 500, {
    example: 'Quy trình kiểm soát tài liệu (sửa đổi lần 2)',
    description:
      'a new title for the document, proposed by this draft; it applies when the version takes effect',
  })
  title?: string;

  @OptionalVersion({ description: '', integer: false })
  version?: number;
}

export class CreateRevisionDto {
  @TextField(1, 2000, { example: 'Cập nhật theo Nghị định mới' })
  reason: string;

  @OptionalText(1, 500, {
    example: 'Quy trình kiểm soát tài liệu (sửa đổi lần 2)',
    description: 'a new title for the document, applied when the revision takes effect',
  })
  title?: string;
}

export class FileContentQuery extends StoredFileContentQuery {
  @OptionalFlag({
    description:
      'true: a controlled copy of a PDF of an effective or superseded revision, each page stamped "BẢN KIỂM SOÁT" (or "HẾT HIỆU LỰC") with the code, revision, effective date and who downloaded it; recorded in the audit trail',
  })
  controlledCopy?: boolean;
}

export class CreatePeriodicReviewDto {
  @EnumField(PERIODIC_REVIEW_OUTCOMES, {
    enumName: 'PeriodicReviewOutcome',
    description:
      'NO_CHANGE: still fit, next review one interval from today; REVISION_NEEDED: a revision must follow',
  })
  outcome: PeriodicReviewOutcome;

  @OptionalMaxText(5000, {
    example: 'Quy trình vẫn phù hợp với quy định hiện hành, giữ nguyên',
    description: 'what was reviewed and concluded',
  })
  comment?: string;
}
