import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageQuery, UuidField, OptionalUuid, TextField, OptionalText } from '@app/platform';
import { ANNUAL_REPORT_STATUSES, AnnualReportStatus } from '../annual-report.entity';

class NarrativeDto {
  @OptionalText(0, 20000, { description: 'overall assessment (đánh giá chung)' })
  assessment?: string;

  @OptionalText(0, 20000, { description: 'difficulties (khó khăn, vướng mắc)' })
  difficulties?: string;

  @OptionalText(0, 20000, { description: 'proposals (kiến nghị, đề xuất)' })
  proposals?: string;
}

export class CreateAnnualReportDto extends NarrativeDto {
  @UuidField()
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
  @TextField(1, 5000, { description: 'what the agency must correct' })
  reason: string;
}

export class ListAnnualReportsQuery extends PageQuery {
  @OptionalUuid()
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
  @UuidField()
  agencyId: string;

  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({
    enum: ['json', 'xlsx', 'pdf'],
    description: 'pdf: the report in the form of Nghị định 30/2020',
  })
  @IsOptional()
  @IsIn(['json', 'xlsx', 'pdf'])
  format?: 'json' | 'xlsx' | 'pdf';
}

export class ProvinceAnnualReportQuery {
  @OptionalUuid({ description: 'default: the province the caller oversees' })
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
