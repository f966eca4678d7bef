import { endOfBusinessDate } from '@app/platform';
import type { DeadlineKind, DeadlineSpec } from '@app/deadlines';

/**
 * What oversight owes by a date (a re-declaration, a corrective-action report, documents revised
 * after a legal change): a deadline of the agency's ISO secretary, due at the end of that day in
 * Viet Nam, about one of the agency's records.
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
