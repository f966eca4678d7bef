import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
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
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@app/platform';
import {
  INSPECTION_FINDING_TYPES,
  INSPECTION_KINDS,
  INSPECTION_STATUSES,
  InspectionFindingType,
  InspectionKind,
  InspectionStatus,
} from '../inspection.entity';

export class InspectionPlanItemDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
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
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  provinceAgencyId: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiProperty({ example: 'Kế hoạch kiểm tra việc áp dụng HTQLCL năm 2026' })
  @IsString()
  @Length(1, 500)
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
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
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

  @ApiPropertyOptional({ example: '7.5.3' })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  clause?: string;

  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  description: string;
}

export class CreateInspectionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  agencyId: string;

  @ApiProperty({ enum: INSPECTION_KINDS, enumName: 'InspectionKind' })
  @IsIn(INSPECTION_KINDS)
  kind: InspectionKind;

  @ApiProperty({ example: '2026-06-15', description: 'YYYY-MM-DD, not in the future' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  inspectedOn: string;

  @ApiProperty({ type: [String], example: ['Nguyễn Văn Kiểm', 'Trần Thị Tra'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  inspectors: string[];

  @ApiProperty({ example: 'Cơ quan duy trì, cải tiến HTQLCL cơ bản đáp ứng yêu cầu' })
  @IsString()
  @Length(1, 10000)
  conclusion: string;

  @ApiProperty({ type: [InspectionFindingDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => InspectionFindingDto)
  findings: InspectionFindingDto[];
}

export class ListInspectionsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
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
  @ApiProperty({ description: 'what was corrected, the causes found and the actions taken' })
  @IsString()
  @Length(1, 50000)
  content: string;

  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class DecideCorrectiveReportDto {
  @ApiPropertyOptional({ description: 'required when rejecting' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  comment?: string;

  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  @IsInt()
  version?: number;
}
