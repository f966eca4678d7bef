import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery, UuidField, OptionalUuid, TextField, OptionalText } from '@app/platform';
import { QMS_STATUSES, QualitySystemStatus } from '../quality-system.entity';

export class CreateQualitySystemDto {
  @TextField(1, 300, { example: 'HTQLCL Sở Tư pháp' })
  name: string;

  @TextField(1, 5000, { example: 'Toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở' })
  scope: string;

  @UuidField()
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
  @OptionalText(1, 300)
  name?: string;

  @OptionalText(1, 5000)
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
  @OptionalUuid()
  agencyId?: string;

  @ApiPropertyOptional({ enum: QMS_STATUSES, enumName: 'QualitySystemStatus' })
  @IsOptional()
  @IsIn(QMS_STATUSES)
  status?: QualitySystemStatus;
}
