import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
} from 'class-validator';
import {
  PageQuery,
  UuidField,
  OptionalUuid,
  TextField,
  OptionalText,
  DayField,
  OptionalDay,
  OptionalFlag,
  OptionalUuidList,
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
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  documentIds: string[];

  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class ListLegalChangesQuery extends PageQuery {
  @OptionalUuid()
  agencyId?: string;

  @ApiPropertyOptional({ enum: LEGAL_CHANGE_STATUSES, enumName: 'LegalChangeStatus' })
  @IsOptional()
  @IsIn(LEGAL_CHANGE_STATUSES)
  status?: LegalChangeStatus;

  @OptionalFlag({ description: 'only open changes past their revise-by date' })
  overdue?: boolean;
}
