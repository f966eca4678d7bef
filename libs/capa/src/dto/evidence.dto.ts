import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class EvidenceContentQuery {
  @ApiPropertyOptional({ description: '1: redirect to a short-lived presigned URL' })
  @IsOptional()
  @IsIn(['0', '1'])
  redirect?: '0' | '1';
}
