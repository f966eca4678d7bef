import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery, UuidField, OptionalUuid, TextField, OptionalText } from '@app/platform';

export const TIER = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export class RolloutPlanItemDto {
  @UuidField()
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
  @UuidField()
  provinceAgencyId: string;

  @TextField(1, 500, { example: 'Kế hoạch triển khai ISO điện tử tỉnh Kon Tum giai đoạn 2024-2030' })
  title: string;

  @OptionalText(1, 200, { example: 'Kế hoạch 123/KH-UBND' })
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
  @UuidField()
  provinceAgencyId: string;

  @TextField(1, 500)
  title: string;

  @OptionalText(1, 200)
  reference?: string;
}

export class ListRolloutPlansQuery extends PageQuery {
  @OptionalUuid()
  provinceAgencyId?: string;
}
