import { AgencyPageQuery, OptionalEnum, OptionalFlag, OptionalUuid } from '@app/platform';
import { DEADLINE_KINDS, DEADLINE_STATUSES, DeadlineKind, DeadlineStatus } from '../deadline.entity';

export class ListDeadlinesQuery extends AgencyPageQuery {
  @OptionalEnum(DEADLINE_KINDS, { enumName: 'DeadlineKind' })
  kind?: DeadlineKind;

  @OptionalEnum(DEADLINE_STATUSES, { enumName: 'DeadlineStatus' })
  status?: DeadlineStatus;

  @OptionalFlag({ description: 'only open deadlines already past due' })
  overdue?: boolean;

  @OptionalUuid()
  responsibleUserId?: string;
}
