import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQuery, toBoolean } from '@app/platform';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES, DocumentStatus, DocumentType } from '../document.entity';

const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,59}$/u;
const TTHC = /^[A-Za-z0-9._-]{1,50}$/;
export class CreateDocumentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  agencyId: string;

  @ApiProperty({ example: 'QT-05' })
  @IsString()
  @Matches(CODE, { message: 'code: letters, digits and . _ / - (at most 60)' })
  code: string;

  @ApiProperty({ example: 'Quy trình kiểm soát tài liệu' })
  @IsString()
  @Length(1, 500)
  title: string;

  @ApiProperty({ enum: DOCUMENT_TYPES })
  @IsIn(DOCUMENT_TYPES)
  type: DocumentType;

  @ApiPropertyOptional({ format: 'uuid', description: 'the procedure a FORM belongs to' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ example: 'Văn phòng Sở' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  ownerUnit?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 120, default: 12 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  reviewIntervalMonths?: number;

  @ApiPropertyOptional({
    description: 'a TTHC code covered by this procedure (see also administrativeProcedureCodes)',
  })
  @IsOptional()
  @IsString()
  @Matches(TTHC)
  administrativeProcedureCode?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @Matches(TTHC, { each: true })
  administrativeProcedureCodes?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'users who must acknowledge; default every STAFF member',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  distributionUserIds?: string[];

  @ApiPropertyOptional({ description: 'change summary of the first draft' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  changeSummary?: string;
}

export class UpdateDocumentDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  ownerUnit?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  reviewIntervalMonths?: number;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @Matches(TTHC, { each: true })
  administrativeProcedureCodes?: string[];

  @ApiPropertyOptional({ type: [String], nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  distributionUserIds?: string[];

  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  version?: number;
}

export class ListDocumentsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: DOCUMENT_TYPES })
  @IsOptional()
  @IsIn(DOCUMENT_TYPES)
  type?: DocumentType;

  @ApiPropertyOptional({ enum: DOCUMENT_STATUSES })
  @IsOptional()
  @IsIn(DOCUMENT_STATUSES)
  status?: DocumentStatus;

  @ApiPropertyOptional({ description: 'code or title, diacritics-insensitive' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ownerUnit?: string;

  @ApiPropertyOptional({ description: 'documents covering this TTHC code' })
  @IsOptional()
  @IsString()
  @Matches(TTHC)
  administrativeProcedureCode?: string;

  @ApiPropertyOptional({ description: 'effective documents whose next review date has come' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  dueForReview?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'forms of this procedure' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({
    enum: ['json', 'xlsx'],
    description: 'xlsx: the register as a spreadsheet (all matching rows)',
  })
  @IsOptional()
  @IsIn(['json', 'xlsx'])
  format?: 'json' | 'xlsx';
}

export class UpdateVersionDto {
  @ApiPropertyOptional({ description: 'nội dung sửa đổi' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  changeSummary?: string;

  @ApiPropertyOptional({
    description:
      'a new title for the document, proposed by this draft; it applies when the version takes effect',
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  version?: number;
}

export class CreateRevisionDto {
  @ApiProperty({ example: 'Cập nhật theo Nghị định mới' })
  @IsString()
  @Length(1, 2000)
  reason: string;

  @ApiPropertyOptional({
    description: 'a new title for the document, applied when the revision takes effect',
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  title?: string;
}

export class FileContentQuery {
  @ApiPropertyOptional({ description: '1: redirect to a short-lived presigned URL' })
  @IsOptional()
  @IsIn(['0', '1'])
  redirect?: '0' | '1';
}
