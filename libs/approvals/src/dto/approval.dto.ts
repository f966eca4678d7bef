import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery, Role, toBoolean } from '@app/platform';
import { APPROVAL_KINDS, ApprovalKind, REQUEST_STATUSES, RequestStatus } from '../approval.entity';

export const STEP_ROLES: Role[] = ['ISO_SECRETARY', 'REVIEWER', 'APPROVER', 'AGENCY_ADMIN'];

export class CreateApprovalRequestDto {
  @ApiProperty({ enum: APPROVAL_KINDS })
  @IsIn(APPROVAL_KINDS)
  kind: ApprovalKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  documentId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the draft version (ISSUE, REVISION); defaults to the open draft',
  })
  @IsOptional()
  @IsUUID()
  versionId?: string;

  @ApiProperty({ example: 'Ban hành quy trình mới' })
  @IsString()
  @Length(1, 2000)
  reason: string;

  @ApiPropertyOptional({
    example: '2026-12-01',
    description: 'YYYY-MM-DD; default the day of final approval',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  effectiveDate?: string;
}

export class DecisionDto {
  @ApiPropertyOptional({ description: 'required to reject or return' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
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
  @ApiPropertyOptional({
    description: 'only requests whose current step waits on the caller, oldest due first',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  assignedToMe?: boolean;

  @ApiPropertyOptional({ enum: REQUEST_STATUSES })
  @IsOptional()
  @IsIn(REQUEST_STATUSES)
  status?: RequestStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  documentId?: string;
}

export class TemplateStepDto {
  @ApiProperty({ enum: STEP_ROLES })
  @IsIn(STEP_ROLES)
  role: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiProperty({ minimum: 1, maximum: 60 })
  @IsInt()
  @Min(1)
  @Max(60)
  slaDays: number;
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
