import { bilingualDetail, ErrorDetail } from './domain-error';

/*
 * The details of an action given to someone (a corrective action, a management review's action)
 * that fail the same way wherever it is recorded: a due date already past, an owner who is not
 * an active member of where the action is carried out.
 */

/** `dueDate` is before today. */
export function pastDueDateDetail(): ErrorDetail {
  return bilingualDetail(
    'dueDate',
    'Hạn hoàn thành (dueDate) không được ở trong quá khứ',
    'dueDate cannot be in the past',
  );
}

/** `ownerId` is not an active member of the agency, or of one of the agencies of the QMS. */
export function inactiveOwnerDetail(memberOf: 'agency' | 'QMS'): ErrorDetail {
  const [vi, en] = memberOf === 'agency' ? ['cơ quan', 'the agency'] : ['HTQLCL', 'the QMS'];
  return bilingualDetail(
    'ownerId',
    `Người phụ trách (ownerId) phải là thành viên đang hoạt động của ${vi}`,
    `ownerId must be an active member of ${en}`,
  );
}
