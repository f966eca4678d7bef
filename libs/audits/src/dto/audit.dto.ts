import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@app/platform';
import { IsIsoClause } from '@app/capa';
import {
  AUDIT_STATUSES,
  AuditStatus,
  CHECKLIST_RESULTS,
  ChecklistResult,
  FINDING_TYPES,
  FindingType,
} from '../audit.entity';

/** Every action in a body may carry the version the client saw (or send If-Match). */
export class VersionedDto {
  @ApiPropertyOptional({ description: 'the version the client saw; 409 when stale' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CreateAuditProgrammeDto {
  @ApiProperty({ format: 'uuid', description: 'the agency; the programme belongs to its QMS' })
  @IsUUID()
  agencyId: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiProperty({ example: 'Đánh giá toàn bộ các quá trình của HTQLCL ít nhất một lần trong năm' })
  @IsString()
  @Length(1, 5000)
  objectives: string;
}

export class ListAuditProgrammesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  qualitySystemId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class AuditScopeDto {
  @ApiProperty({ type: [String], example: ['Quy trình cấp phiếu lý lịch tư pháp'] })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  processes: string[];

  @ApiProperty({ type: [String], example: ['7.5', '8.5.1', '9.1.2'] })
  @IsArray()
  @ArrayMaxSize(150)
  @ArrayUnique()
  @IsIsoClause({ each: true })
  clauses: string[];

  @ApiProperty({
    type: [String],
    example: ['Phòng Hành chính tư pháp'],
    description: 'units audited; empty means the whole of each audited agency',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  units: string[];
}

export class CreateAuditDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({ example: 'Đánh giá nội bộ đợt 1 năm 2026' })
  @IsString()
  @Length(1, 500)
  title: string;

  @ApiProperty({ type: AuditScopeDto })
  @ValidateNested()
  @Type(() => AuditScopeDto)
  scope: AuditScopeDto;

  @ApiProperty({
    example: 'TCVN ISO 9001:2015; các quy trình, quy định nội bộ; quy định pháp luật liên quan',
  })
  @IsString()
  @Length(1, 2000)
  criteria: string;

  @ApiProperty({ example: '2026-05-04', description: 'YYYY-MM-DD, in the programme year' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  plannedStart: string;

  @ApiProperty({ example: '2026-05-08', description: 'YYYY-MM-DD, on or after plannedStart' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  plannedEnd: string;

  @ApiProperty({ format: 'uuid', description: 'an INTERNAL_AUDITOR of the QMS' })
  @IsUUID()
  leadAuditorId: string;

  @ApiProperty({ type: [String], description: 'the other INTERNAL_AUDITORs of the team' })
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  auditorIds: string[];

  @ApiProperty({ type: [String], description: 'agencies of the QMS being audited' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  auditeeAgencyIds: string[];
}

export class ListAuditsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: AUDIT_STATUSES, enumName: 'AuditStatus' })
  @IsOptional()
  @IsIn(AUDIT_STATUSES)
  status?: AuditStatus;
}

export class AuditActionDto extends VersionedDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  comment?: string;
}

export class ReportAuditDto extends VersionedDto {
  @ApiPropertyOptional({ description: 'the conclusions of the audit report' })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  summary?: string;
}

export class ReportQuery {
  @ApiPropertyOptional({ enum: ['xlsx'] })
  @IsOptional()
  @IsIn(['xlsx'])
  format?: 'xlsx';
}

export class ChecklistItemDto {
  @ApiProperty({ example: '7.5.3' })
  @IsIsoClause()
  clause: string;

  @ApiProperty({ example: 'Tài liệu bên ngoài (văn bản pháp luật) có được cập nhật và kiểm soát không?' })
  @IsString()
  @Length(1, 2000)
  question: string;
}

export class PutChecklistDto extends VersionedDto {
  @ApiProperty({ type: [ChecklistItemDto] })
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemDto)
  items: ChecklistItemDto[];
}

export class AnswerDto extends VersionedDto {
  @ApiProperty({ enum: CHECKLIST_RESULTS, enumName: 'ChecklistResult' })
  @IsIn(CHECKLIST_RESULTS)
  result: ChecklistResult;

  @ApiProperty({ description: 'what was seen (for NOT_APPLICABLE: why it does not apply)' })
  @IsString()
  @Length(1, 5000)
  evidence: string;
}

export class CreateFindingDto {
  @ApiProperty({ enum: FINDING_TYPES, enumName: 'FindingType' })
  @IsIn(FINDING_TYPES)
  type: FindingType;

  @ApiProperty({ example: '8.5.1' })
  @IsIsoClause()
  clause: string;

  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  description: string;

  @ApiProperty({ description: 'the objective evidence seen' })
  @IsString()
  @Length(1, 5000)
  evidence: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the audited agency concerned; required when the audit covers several',
  })
  @IsOptional()
  @IsUUID()
  auditeeAgencyId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the checklist question it answers' })
  @IsOptional()
  @IsUUID()
  checklistItemId?: string;
}

export class ListFindingsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: FINDING_TYPES, enumName: 'FindingType' })
  @IsOptional()
  @IsIn(FINDING_TYPES)
  type?: FindingType;
}

export class PutAuditorUnitDto {
  @ApiProperty({ example: 'Phòng Hành chính tư pháp', description: "the auditor's home unit in the agency" })
  @IsString()
  @Length(1, 200)
  unit: string;
}

export class AttachmentContentQuery {
  @ApiPropertyOptional({ description: '1: redirect to a short-lived presigned URL' })
  @IsOptional()
  @IsIn(['0', '1'])
  redirect?: '0' | '1';
}
