import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Min,
} from 'class-validator';
import { PageQuery, toBoolean } from '@app/platform';
import { IsIsoClause } from '../iso-clauses';
import {
  ACTION_STATUSES,
  ANALYSIS_METHODS,
  AnalysisMethod,
  CorrectiveActionStatus,
  NC_SEVERITIES,
  NC_SOURCES,
  NC_STATUSES,
  NonconformitySeverity,
  NonconformitySource,
  NonconformityStatus,
} from '../nonconformity.entity';

/** Every action in a body may carry the version the client saw (or send If-Match). */
class Versioned {
  @ApiPropertyOptional({ description: 'the version the client saw; 409 when stale' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CreateNonconformityDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  agencyId: string;

  @ApiProperty({ enum: NC_SOURCES, enumName: 'NonconformitySource' })
  @IsIn(NC_SOURCES)
  source: NonconformitySource;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'an audit finding (source AUDIT), e.g. an observation raised to a nonconformity',
  })
  @IsOptional()
  @IsUUID()
  findingId?: string;

  @ApiProperty({ example: 'Hồ sơ TTHC trả kết quả trễ hạn không có phiếu xin lỗi' })
  @IsString()
  @Length(1, 5000)
  description: string;

  @ApiProperty({ enum: NC_SEVERITIES, enumName: 'NonconformitySeverity' })
  @IsIn(NC_SEVERITIES)
  severity: NonconformitySeverity;

  @ApiPropertyOptional({ example: '8.5.1', description: 'the TCVN ISO 9001:2015 clause not met' })
  @IsOptional()
  @IsIsoClause()
  clause?: string;
}

export class ListNonconformitiesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: NC_SOURCES, enumName: 'NonconformitySource' })
  @IsOptional()
  @IsIn(NC_SOURCES)
  source?: NonconformitySource;

  @ApiPropertyOptional({ enum: NC_SEVERITIES, enumName: 'NonconformitySeverity' })
  @IsOptional()
  @IsIn(NC_SEVERITIES)
  severity?: NonconformitySeverity;

  @ApiPropertyOptional({ enum: NC_STATUSES, enumName: 'NonconformityStatus' })
  @IsOptional()
  @IsIn(NC_STATUSES)
  status?: NonconformityStatus;

  @ApiPropertyOptional({ description: 'true: not yet closed; false: closed' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  open?: boolean;

  @ApiPropertyOptional({ description: 'only nonconformities with a corrective action past its due date' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  auditId?: string;

  @ApiPropertyOptional({ enum: ['xlsx'], description: 'xlsx: the corrective-action log as a spreadsheet' })
  @IsOptional()
  @IsIn(['xlsx'])
  format?: 'xlsx';
}

export class AnalysisDto extends Versioned {
  @ApiProperty({ description: 'the immediate correction (sự khắc phục)' })
  @IsString()
  @Length(1, 5000)
  correction: string;

  @ApiProperty({ description: 'the root cause found' })
  @IsString()
  @Length(1, 5000)
  rootCause: string;

  @ApiProperty({ enum: ANALYSIS_METHODS, enumName: 'AnalysisMethod' })
  @IsIn(ANALYSIS_METHODS)
  method: AnalysisMethod;

  @ApiPropertyOptional({ description: 'the analysis itself (the five whys, the fishbone branches…)' })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  analysis?: string;
}

export class CreateCorrectiveActionDto extends Versioned {
  @ApiProperty({ description: 'what removes the cause (hành động khắc phục)' })
  @IsString()
  @Length(1, 5000)
  description: string;

  @ApiProperty({ format: 'uuid', description: 'an active member of the agency' })
  @IsUUID()
  ownerId: string;

  @ApiProperty({ example: '2026-06-30', description: 'YYYY-MM-DD, today or later' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  dueDate: string;
}

export class CompleteActionDto extends Versioned {
  @ApiPropertyOptional({ description: 'what was done' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  note?: string;
}

export class VerifyDto extends Versioned {
  @ApiProperty()
  @IsBoolean()
  effective: boolean;

  @ApiProperty({ description: 'the evidence of effectiveness, or why the actions did not work' })
  @IsString()
  @Length(1, 5000)
  comment: string;
}

export class CloseNonconformityDto extends Versioned {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  comment?: string;
}

export class ReopenNonconformityDto extends Versioned {
  @ApiProperty({ description: 'why it is reopened (e.g. it recurred)' })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class ListCorrectiveActionsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ enum: ACTION_STATUSES, enumName: 'ActionStatus' })
  @IsOptional()
  @IsIn(ACTION_STATUSES)
  status?: CorrectiveActionStatus;

  @ApiPropertyOptional({ description: 'only planned actions past their due date' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}

export class NonconformitySummaryQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}
