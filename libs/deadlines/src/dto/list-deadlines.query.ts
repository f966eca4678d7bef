import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery, OptionalUuid, OptionalFlag } from '@app/platform';
import { DEADLINE_KINDS, DEADLINE_STATUSES, DeadlineKind, DeadlineStatus } from '../deadline.entity';

export class ListDeadlinesQuery extends PageQuery {
  @OptionalUuid()
  agencyId?: string;

  @ApiPropertyOptional({ enum: DEADLINE_KINDS, enumName: 'DeadlineKind' })
  @IsOptional()
  @IsIn(DEADLINE_KINDS)
  kind?: DeadlineKind;

  @ApiPropertyOptional({ enum: DEADLINE_STATUSES, enumName: 'DeadlineStatus' })
  @IsOptional()
  @IsIn(DEADLINE_STATUSES)
  status?: DeadlineStatus;

  @OptionalFlag({ description: 'only open deadlines already past due' })
  overdue?: boolean;

  @OptionalUuid()
  responsibleUserId?: string;
}
