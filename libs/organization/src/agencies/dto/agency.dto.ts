import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '@app/platform';
import { AGENCY_LEVELS, AgencyLevel } from '../agency.entity';

export class CreateAgencyDto {
  @ApiProperty({ example: 'SKHCN' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, { message: 'code: letters, digits, . _ - (at most 50)' })
  code: string;

  @ApiProperty({ example: 'Sở Khoa học và Công nghệ' })
  @IsString()
  @Length(1, 300)
  name: string;

  @ApiProperty({ enum: AGENCY_LEVELS })
  @IsIn(AGENCY_LEVELS)
  level: AgencyLevel;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

export class UpdateAgencyDto extends PartialType(CreateAgencyDto) {
  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  version?: number;
}

export class MergeAgencyDto {
  @ApiProperty({ format: 'uuid', description: 'the surviving agency' })
  @IsUUID()
  intoAgencyId: string;

  @ApiProperty({ example: 'Nghị quyết sáp nhập đơn vị hành chính cấp xã' })
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class ListAgenciesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ enum: AGENCY_LEVELS })
  @IsOptional()
  @IsIn(AGENCY_LEVELS)
  level?: AgencyLevel;

  @ApiPropertyOptional({ description: 'search in code and name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
