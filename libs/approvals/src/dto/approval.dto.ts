import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  PageQuery,
  Role,
  OptionalUuid,
  TextField,
  OptionalMaxText,
  OptionalDay,
  OptionalFlag,
} from '@app/platform';
import { APPROVAL_KINDS, ApprovalKind, REQUEST_STATUSES, RequestStatus } from '../approval.entity';

export const STEP_ROLES: Role[] = ['ISO_SECRETARY', 'REVIEWER', 'APPROVER', 'AGENCY_ADMIN'];

export class CreateApprovalRequestDto {
  @ApiProperty({ enum: APPROVAL_KINDS, enumName: 'ApprovalKind' })
  @IsIn(APPROVAL_KINDS)
  kind: ApprovalKind;

  @OptionalUuid({ description: 'the document (subjectType document); or give subjectType and subjectId' })
  documentId?: string;

  @ApiPropertyOptional({
    description:
      'what is decided on: document (default; ISSUE, REVISION, WITHDRAWAL), recordList (RECORD_LIST: a list of records) or recordDisposal (DISPOSAL: a disposal of records)',
    example: 'recordList',
  })
  @IsOptional()
  @Matches(/^[a-zA-Z]{1,40}$/)
  subjectType?: string;

  @OptionalUuid({
    description: 'the subject (with subjectType); for a document, documentId may be given instead',
  })
  subjectId?: string;

  @OptionalUuid({ description: 'the draft version (ISSUE, REVISION); defaults to the open draft' })
  versionId?: string;

  @TextField(1, 2000, { example: 'Ban hành quy trình mới' })
  reason: string;

  @OptionalDay({ example: '2026-12-01', description: 'YYYY-MM-DD; default the day of final approval' })
  effectiveDate?: string;
}

export class DecisionDto {
  @OptionalMaxText(5000, {
    example: 'Đề nghị bổ sung lưu đồ ở mục 5 trước khi ban hành',
    description: 'required to reject or return',
  })
  comment?: string;

  @ApiPropertyOptional({
    description:
      'the request version the decision was made on (or If-Match); approve, reject and return need it or stepOrder',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({
    description:
      'the step being decided; approve, reject and return need it or the request version (a step that has moved on is a 409)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  stepOrder?: number;
}

export class ListApprovalRequestsQuery extends PageQuery {
  @OptionalFlag({ description: 'only requests whose current step waits on the caller, oldest due first' })
  assignedToMe?: boolean;

  @ApiPropertyOptional({ enum: REQUEST_STATUSES, enumName: 'RequestStatus' })
  @IsOptional()
  @IsIn(REQUEST_STATUSES)
  status?: RequestStatus;

  @OptionalUuid()
  agencyId?: string;

  @OptionalUuid()
  documentId?: string;
}

export class TemplateStepDto {
  @ApiProperty({ enum: STEP_ROLES, enumName: 'StepRole' })
  @IsIn(STEP_ROLES)
  role: Role;

  @OptionalUuid({ nullable: true })
  assigneeId?: string;

  @ApiProperty({ minimum: 1, maximum: 60 })
  @IsInt()
  @Min(1)
  @Max(60)
  slaDays: number;

  @ApiPropertyOptional({
    description:
      'the approver decides this step by uploading the approved PDF with their digital signature (POST /approval-requests/{id}/signed-approval)',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  requiresSignature?: boolean;
}

export class PutWorkflowTemplateDto {
  @ApiProperty({ type: [TemplateStepDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => TemplateStepDto)
  steps: TemplateStepDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
