import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { PageQuery, UuidField, OptionalUuid, TextField, OptionalMaxText } from '@app/platform';
import { AGENCY_LEVELS, AgencyLevel } from '../agency.entity';

export class CreateAgencyDto {
  @ApiProperty({ example: 'SKHCN' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, { message: 'code: letters, digits, . _ - (at most 50)' })
  code: string;

  @TextField(1, 300, { example: 'Sở Khoa học và Công nghệ' })
  name: string;

  @ApiProperty({ enum: AGENCY_LEVELS, enumName: 'AgencyLevel' })
  @IsIn(AGENCY_LEVELS)
  level: AgencyLevel;

  @OptionalUuid({ nullable: true })
  parentId?: string | null;
}

export class UpdateAgencyDto extends PartialType(CreateAgencyDto) {
  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  version?: number;
}

export class MergeAgencyDto {
  @UuidField({ description: 'the surviving agency' })
  intoAgencyId: string;

  @TextField(1, 1000, { example: 'Nghị quyết sáp nhập đơn vị hành chính cấp xã' })
  reason: string;
}

export class ListAgenciesQuery extends PageQuery {
  @OptionalUuid()
  parentId?: string;

  @ApiPropertyOptional({ enum: AGENCY_LEVELS, enumName: 'AgencyLevel' })
  @IsOptional()
  @IsIn(AGENCY_LEVELS)
  level?: AgencyLevel;

  @OptionalMaxText(200, { description: 'search in code and name' })
  q?: string;
}
