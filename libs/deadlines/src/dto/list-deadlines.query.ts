import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery, toBoolean } from '@app/platform';
import { DEADLINE_KINDS, DeadlineKind, DeadlineState } from '../deadline.entity';

export class ListDeadlinesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: DEADLINE_KINDS })
  @IsOptional()
  @IsIn(DEADLINE_KINDS)
  kind?: DeadlineKind;

  @ApiPropertyOptional({ enum: ['OPEN', 'MET', 'CANCELLED'] })
  @IsOptional()
  @IsIn(['OPEN', 'MET', 'CANCELLED'])
  state?: DeadlineState;

  @ApiPropertyOptional({ description: 'only open deadlines already past due' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  responsibleUserId?: string;
}
