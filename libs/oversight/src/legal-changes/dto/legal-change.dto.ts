import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';
import { PageQuery, toBoolean } from '@app/platform';
import { LEGAL_CHANGE_STATUSES, LegalChangeStatus } from '../legal-change.entity';

export class CreateLegalChangeDto {
  @ApiProperty({ format: 'uuid', description: 'the agency whose documents are affected' })
  @IsUUID()
  agencyId: string;

  @ApiProperty({ example: 'Nghị định 07/2025/NĐ-CP' })
  @IsString()
  @Length(1, 200)
  reference: string;

  @ApiProperty({ example: 'Sửa đổi, bổ sung Nghị định 123/2015/NĐ-CP quy định chi tiết Luật Hộ tịch' })
  @IsString()
  @Length(1, 1000)
  title: string;

  @ApiPropertyOptional({ example: '2025-01-09', description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  issuedOn?: string;

  @ApiProperty({ example: '2025-02-25', description: 'entry into force, YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  effectiveFrom: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 10000)
  summary?: string;

  @ApiPropertyOptional({ type: [String], description: 'documents in force of the agency it affects' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
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
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: LEGAL_CHANGE_STATUSES, enumName: 'LegalChangeStatus' })
  @IsOptional()
  @IsIn(LEGAL_CHANGE_STATUSES)
  status?: LegalChangeStatus;

  @ApiPropertyOptional({ description: 'only open changes past their revise-by date' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}
