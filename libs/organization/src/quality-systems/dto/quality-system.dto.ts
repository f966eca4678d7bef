import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';
import { PageQuery } from '@app/platform';
import { QMS_STATUSES, QualitySystemStatus } from '../quality-system.entity';

export class CreateQualitySystemDto {
  @ApiProperty({ example: 'HTQLCL Sở Tư pháp' })
  @IsString()
  @Length(1, 300)
  name: string;

  @ApiProperty({ example: 'Toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở' })
  @IsString()
  @Length(1, 5000)
  scope: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  leadAgencyId: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'other agencies covered (the lead is always a member)',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  memberAgencyIds?: string[];
}

export class UpdateQualitySystemDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 300)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  scope?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  memberAgencyIds?: string[];

  @ApiPropertyOptional({ enum: ['BUILDING', 'APPLYING', 'SUSPENDED'] })
  @IsOptional()
  @IsIn(['BUILDING', 'APPLYING', 'SUSPENDED'])
  status?: Exclude<QualitySystemStatus, 'DECLARED'>;

  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  version?: number;
}

export class ListQualitySystemsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: QMS_STATUSES })
  @IsOptional()
  @IsIn(QMS_STATUSES)
  status?: QualitySystemStatus;
}
