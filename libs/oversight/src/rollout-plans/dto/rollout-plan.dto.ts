import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@app/platform';

export const TIER = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export class RolloutPlanItemDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  agencyId: string;

  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  targetYear: number;

  @ApiPropertyOptional({
    example: 'provincial-department',
    description: 'grouping in the plan; default the agency level in lower case',
  })
  @IsOptional()
  @IsString()
  @Matches(TIER, { message: 'tier: lower-case letters, digits, - and _ (at most 40)' })
  tier?: string;
}

export class CreateRolloutPlanDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  provinceAgencyId: string;

  @ApiProperty({ example: 'Kế hoạch triển khai ISO điện tử tỉnh Kon Tum giai đoạn 2024-2030' })
  @IsString()
  @Length(1, 500)
  title: string;

  @ApiPropertyOptional({ example: 'Kế hoạch 123/KH-UBND' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reference?: string;

  @ApiProperty({ type: [RolloutPlanItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => RolloutPlanItemDto)
  items: RolloutPlanItemDto[];
}

export class ImportRolloutPlanQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  provinceAgencyId: string;

  @ApiProperty()
  @IsString()
  @Length(1, 500)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reference?: string;
}

export class ListRolloutPlansQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  provinceAgencyId?: string;
}
