import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';
import { PageQuery } from '@app/platform';
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
  @ApiProperty({ format: 'uuid', description: 'the agency; the review covers its QMS' })
  @IsUUID()
  agencyId: string;

  @ApiProperty({ example: 'Họp xem xét của lãnh đạo năm 2026' })
  @IsString()
  @Length(1, 500)
  title: string;

  @ApiProperty({ example: '2026-11-20', description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  plannedDate: string;

  @ApiProperty({ format: 'uuid', description: 'the head of agency (APPROVER) chairing it' })
  @IsUUID()
  chairId: string;

  @ApiProperty({ type: [String], description: 'members of the agencies of the QMS' })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  participantIds: string[];
}

export class ListManagementReviewsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
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
  @ApiProperty({ example: '2026-11-20', description: 'YYYY-MM-DD, not in the future' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  heldOn: string;

  @ApiPropertyOptional({ description: 'the minutes (biên bản) of the meeting' })
  @IsOptional()
  @IsString()
  @Length(1, 50000)
  minutes?: string;

  @ApiPropertyOptional({ type: [String], description: 'who attended, when not as planned' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
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

  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  description: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'required for an ACTION' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ example: '2027-03-31', description: 'required for an ACTION; YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  dueDate?: string;
}

export class CompleteReviewActionDto extends VersionedDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  note?: string;
}
