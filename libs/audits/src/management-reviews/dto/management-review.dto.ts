import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import {
  PageQuery,
  UuidField,
  OptionalUuid,
  TextField,
  OptionalText,
  DayField,
  OptionalDay,
  UuidList,
  OptionalUuidList,
} from '@app/platform';
import { VersionedDto } from '../../dto/audit.dto';
import {
  OUTPUT_CATEGORIES,
  OUTPUT_KINDS,
  OutputCategory,
  OutputKind,
  REVIEW_STATUSES,
  ReviewStatus,
} from '../management-review.entity';

export class CreateManagementReviewDto {
  @UuidField({ description: 'the agency; the review covers its QMS' })
  agencyId: string;

  @TextField(1, 500, { example: 'Họp xem xét của lãnh đạo năm 2026' })
  title: string;

  @DayField({ example: '2026-11-20', description: 'YYYY-MM-DD' })
  plannedDate: string;

  @UuidField({ description: 'the head of agency (APPROVER) chairing it' })
  chairId: string;

  @UuidList(100, { description: 'members of the agencies of the QMS' })
  participantIds: string[];
}

export class ListManagementReviewsQuery extends PageQuery {
  @OptionalUuid()
  agencyId?: string;

  @OptionalUuid()
  qualitySystemId?: string;

  @ApiPropertyOptional({ enum: REVIEW_STATUSES, enumName: 'ReviewStatus' })
  @IsOptional()
  @IsIn(REVIEW_STATUSES)
  status?: ReviewStatus;
}

const NOTE = () => [IsOptional(), IsString(), Length(0, 20000)];
function Note(): PropertyDecorator {
  return (target: object, key: string | symbol) => {
    ApiPropertyOptional()(target, key);
    for (const decorator of NOTE()) decorator(target, key);
  };
}

/** The secretary's notes on each input section (9.3.2); the body replaces all notes. */
export class InputNotesDto extends VersionedDto {
  @Note() previousActions?: string;
  @Note() contextChanges?: string;
  @Note() customerSatisfaction?: string;
  @Note() qualityObjectives?: string;
  @Note() processPerformance?: string;
  @Note() nonconformities?: string;
  @Note() monitoringResults?: string;
  @Note() auditResults?: string;
  @Note() externalProviders?: string;
  @Note() resources?: string;
  @Note() risksAndOpportunities?: string;
  @Note() improvementOpportunities?: string;
}

export class HoldReviewDto extends VersionedDto {
  @DayField({ example: '2026-11-20', description: 'YYYY-MM-DD, not in the future' })
  heldOn: string;

  @OptionalText(1, 50000, { description: 'the minutes (biên bản) of the meeting' })
  minutes?: string;

  @OptionalUuidList(100, { description: 'who attended, when not as planned' })
  participantIds?: string[];
}

export class CreateReviewOutputDto {
  @ApiProperty({ enum: OUTPUT_KINDS, enumName: 'OutputKind' })
  @IsIn(OUTPUT_KINDS)
  kind: OutputKind;

  @ApiProperty({
    enum: OUTPUT_CATEGORIES,
    enumName: 'OutputCategory',
    description: '9.3.3 a) improvement, b) QMS change, c) resources',
  })
  @IsIn(OUTPUT_CATEGORIES)
  category: OutputCategory;

  @TextField(1, 5000)
  description: string;

  @OptionalUuid({ description: 'required for an ACTION' })
  ownerId?: string;

  @OptionalDay({ example: '2027-03-31', description: 'required for an ACTION; YYYY-MM-DD' })
  dueDate?: string;
}

export class CompleteReviewActionDto extends VersionedDto {
  @OptionalText(1, 5000)
  note?: string;
}
