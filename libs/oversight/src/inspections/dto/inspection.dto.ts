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
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery, UuidField, OptionalUuid, TextField, OptionalText, DayField } from '@app/platform';
import {
  INSPECTION_FINDING_TYPES,
  INSPECTION_KINDS,
  INSPECTION_STATUSES,
  InspectionFindingType,
  InspectionKind,
  InspectionStatus,
} from '../inspection.entity';

export class InspectionPlanItemDto {
  @UuidField()
  agencyId: string;

  @ApiProperty({ description: 'also inspected on site (every agency of the plan has its dossier checked)' })
  @IsBoolean()
  onSite: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 12 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  plannedMonth?: number;
}

export class CreateInspectionPlanDto {
  @UuidField()
  provinceAgencyId: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @TextField(1, 500, { example: 'Kế hoạch kiểm tra việc áp dụng HTQLCL năm 2026' })
  title: string;

  @ApiProperty({ type: [InspectionPlanItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => InspectionPlanItemDto)
  items: InspectionPlanItemDto[];
}

export class ListInspectionPlansQuery extends PageQuery {
  @OptionalUuid()
  provinceAgencyId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class InspectionFindingDto {
  @ApiProperty({ enum: INSPECTION_FINDING_TYPES, enumName: 'InspectionFindingType' })
  @IsIn(INSPECTION_FINDING_TYPES)
  type: InspectionFindingType;

  @OptionalText(1, 20, { example: '7.5.3' })
  clause?: string;

  @TextField(1, 5000)
  description: string;

  @ApiPropertyOptional({
    enum: ['MAJOR', 'MINOR'],
    default: 'MINOR',
    description: 'how serious a NONCONFORMITY finding is (the nonconformity it opens has this severity)',
  })
  @IsOptional()
  @IsIn(['MAJOR', 'MINOR'])
  severity?: 'MAJOR' | 'MINOR';
}

export class CreateInspectionDto {
  @UuidField()
  agencyId: string;

  @ApiProperty({ enum: INSPECTION_KINDS, enumName: 'InspectionKind' })
  @IsIn(INSPECTION_KINDS)
  kind: InspectionKind;

  @DayField({ example: '2026-06-15', description: 'YYYY-MM-DD, not in the future' })
  inspectedOn: string;

  @ApiProperty({ type: [String], example: ['Nguyễn Văn Kiểm', 'Trần Thị Tra'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  inspectors: string[];

  @TextField(1, 10000, { example: 'Cơ quan duy trì, cải tiến HTQLCL cơ bản đáp ứng yêu cầu' })
  conclusion: string;

  @ApiProperty({ type: [InspectionFindingDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => InspectionFindingDto)
  findings: InspectionFindingDto[];
}

export class ListInspectionsQuery extends PageQuery {
  @OptionalUuid()
  agencyId?: string;

  @OptionalUuid()
  provinceAgencyId?: string;

  @ApiPropertyOptional({ enum: INSPECTION_STATUSES, enumName: 'InspectionStatus' })
  @IsOptional()
  @IsIn(INSPECTION_STATUSES)
  status?: InspectionStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class SubmitCorrectiveReportDto {
  @TextField(1, 50000, { description: 'what was corrected, the causes found and the actions taken' })
  content: string;

  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class DecideCorrectiveReportDto {
  @OptionalText(1, 5000, { description: 'required when rejecting' })
  comment?: string;

  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  @IsInt()
  version?: number;
}
