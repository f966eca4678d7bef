import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PageQuery } from '@app/platform';
import { ANNUAL_REPORT_STATUSES, AnnualReportStatus } from '../annual-report.entity';

class NarrativeDto {
  @ApiPropertyOptional({ description: 'overall assessment (đánh giá chung)' })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  assessment?: string;

  @ApiPropertyOptional({ description: 'difficulties (khó khăn, vướng mắc)' })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  difficulties?: string;

  @ApiPropertyOptional({ description: 'proposals (kiến nghị, đề xuất)' })
  @IsOptional()
  @IsString()
  @Length(0, 20000)
  proposals?: string;
}

export class CreateAnnualReportDto extends NarrativeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  agencyId: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

export class UpdateAnnualReportDto extends NarrativeDto {
  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class AnnualReportActionDto {
  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class ReturnAnnualReportDto extends AnnualReportActionDto {
  @ApiProperty({ description: 'what the agency must correct' })
  @IsString()
  @Length(1, 5000)
  reason: string;
}

export class ListAnnualReportsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: ANNUAL_REPORT_STATUSES, enumName: 'AnnualReportStatus' })
  @IsOptional()
  @IsIn(ANNUAL_REPORT_STATUSES)
  status?: AnnualReportStatus;
}

export class AnnualReportQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  agencyId: string;

  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ enum: ['json', 'xlsx'] })
  @IsOptional()
  @IsIn(['json', 'xlsx'])
  format?: 'json' | 'xlsx';
}

export class ProvinceAnnualReportQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'default: the province the caller oversees' })
  @IsOptional()
  @IsUUID()
  provinceAgencyId?: string;

  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ enum: ['json', 'xlsx'] })
  @IsOptional()
  @IsIn(['json', 'xlsx'])
  format?: 'json' | 'xlsx';
}
