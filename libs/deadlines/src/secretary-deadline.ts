import { endOfBusinessDate } from '@app/platform';
import type { DeadlineKind } from './deadline.entity';
import type { DeadlineSpec } from './deadlines.service';

/**
 * What an agency's ISO secretary owes by a date about one of its records (a re-declaration, an
 * objective's next measurement, an answer to feedback, a risk's review, a record file's end of
 * retention…): due at the end of that day in Viet Nam, like every date deadline.
 */
export function secretaryDeadline(
  subject: { id: string; agencyId: string },
  subjectType: string,
  kind: DeadlineKind,
  title: string,
  dueDate: string,
): DeadlineSpec {
  return {
    agencyId: subject.agencyId,
    kind,
    subjectType,
    subjectId: subject.id,
    title,
    dueAt: endOfBusinessDate(dueDate),
    responsibleRole: 'ISO_SECRETARY',
  };
}
