import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageQuery, OptionalFlag } from '@app/platform';

export class ListNotificationsQuery extends PageQuery {
  @OptionalFlag({ description: 'only notifications not yet read' })
  unread?: boolean;
}

export class ReminderPolicyDto {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 60,
    default: 3,
    description: 'days before the due date (0: none)',
  })
  @IsInt()
  @Min(0)
  @Max(60)
  daysBefore: number;

  @ApiPropertyOptional({ default: true, description: 'remind on the due date itself' })
  @IsBoolean()
  remindOnDue: boolean;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 30,
    default: 2,
    description: 'days between reminders while overdue',
  })
  @IsInt()
  @Min(1)
  @Max(30)
  overdueEveryDays: number;

  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
