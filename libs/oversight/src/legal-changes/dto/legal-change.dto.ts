import {
  AgencyPageQuery,
  DayField,
  OptionalDay,
  OptionalEnum,
  OptionalFlag,
  OptionalText,
  OptionalUuidList,
  OptionalVersion,
  TextField,
  UuidField,
  UuidList,
} from '@app/platform';
import { LEGAL_CHANGE_STATUSES, LegalChangeStatus } from '../legal-change.entity';

export class CreateLegalChangeDto {
  @UuidField({ description: 'the agency whose documents are affected' })
  agencyId: string;

  @TextField(1, 200, { example: 'Nghị định 07/2025/NĐ-CP' })
  reference: string;

  @TextField(1, 1000, { example: 'Sửa đổi, bổ sung Nghị định 123/2015/NĐ-CP quy định chi tiết Luật Hộ tịch' })
  title: string;

  @OptionalDay({ example: '2025-01-09', description: 'YYYY-MM-DD' })
  issuedOn?: string;

  @DayField({ example: '2025-02-25', description: 'entry into force, YYYY-MM-DD' })
  effectiveFrom: string;

  @OptionalText(1, 10000)
  summary?: string;

  @OptionalUuidList(200, { description: 'documents in force of the agency it affects' })
  documentIds?: string[];
}

export class LinkDocumentsDto {
  @UuidList(200, {}, 1)
  documentIds: string[];

  @OptionalVersion()
  version?: number;
}

export class ListLegalChangesQuery extends AgencyPageQuery {
  @OptionalEnum(LEGAL_CHANGE_STATUSES, { enumName: 'LegalChangeStatus' })
  status?: LegalChangeStatus;

  @OptionalFlag({ description: 'only open changes past their revise-by date' })
  overdue?: boolean;
}
