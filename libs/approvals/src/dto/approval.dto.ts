import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import {
  EnumField,
  IntField,
  NestedList,
  OptionalBool,
  OptionalDay,
  OptionalEnum,
  OptionalFlag,
  OptionalInt,
  OptionalMaxText,
  OptionalUuid,
  OptionalVersion,
  PageQuery,
  Role,
  TextField,
} from '@app/platform';
import { APPROVAL_KINDS, ApprovalKind, REQUEST_STATUSES, RequestStatus } from '../approval.entity';

export const STEP_ROLES: Role[] = ['ISO_SECRETARY', 'REVIEWER', 'APPROVER', 'AGENCY_ADMIN'];

/** A workflow has at most 20 steps, numbered from 1. */
export const STEP_ORDERS = { min: 1, max: 20 };

export class CreateApprovalRequestDto {
  @EnumField(APPROVAL_KINDS, { enumName: 'ApprovalKind' })
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

  @OptionalVersion({
    description:
      'the request version the decision was made on (or If-Match); approve, reject and return need it or stepOrder',
    min: 1,
  })
  version?: number;

  @OptionalInt(STEP_ORDERS, {
    description:
      'the step being decided; approve, reject and return need it or the request version (a step that has moved on is a 409)',
  })
  stepOrder?: number;
}

export class ListApprovalRequestsQuery extends PageQuery {
  @OptionalFlag({ description: 'only requests whose current step waits on the caller, oldest due first' })
  assignedToMe?: boolean;

  @OptionalEnum(REQUEST_STATUSES, { enumName: 'RequestStatus' })
  status?: RequestStatus;

  @OptionalUuid()
  agencyId?: string;

  @OptionalUuid()
  documentId?: string;
}

export class TemplateStepDto {
  @EnumField(STEP_ROLES, { enumName: 'StepRole' })
  role: Role;

  @OptionalUuid({ nullable: true })
  assigneeId?: string;

  @IntField({ min: 1, max: 60 }, { minimum: 1, maximum: 60 })
  slaDays: number;

  @OptionalBool({
    description:
      'the approver decides this step by uploading the approved PDF with their digital signature (POST /approval-requests/{id}/signed-approval)',
    default: false,
  })
  requiresSignature?: boolean;
}

export class PutWorkflowTemplateDto {
  @NestedList(TemplateStepDto, { min: 1, max: 10 })
  steps: TemplateStepDto[];

  @OptionalVersion({ description: '', min: 1 })
  version?: number;
}
