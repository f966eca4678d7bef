import type { Transaction } from '../database/unit-of-work';
import { pickFields } from '../database/pick-fields';
import type { Lifecycle, LifecycleSubject } from './lifecycle';

/**
 * An action someone owns, due on a day and completed with a note: a nonconformity's corrective
 * action, a risk's treatment action, a management review's action. They differ in what they
 * belong to; what they are is this.
 */
export interface CompletableAction<S extends string> extends LifecycleSubject<S> {
  description: string;
  ownerId: string | null;
  dueDate: string | null;
  completedAt: Date | null;
  completedBy: string | null;
  completionNote: string | null;
}

/**
 * What ownedActionFields puts in a view. `Assigned` is the type of the owner and the due day:
 * a string where every action has them, `string | null` where an entry may be no action at all
 * (a management review's decision).
 */
export interface OwnedActionView<Assigned extends string | null = string> {
  description: string;
  ownerId: Assigned;
  dueDate: Assigned;
  status: string;
  overdue: boolean;
  completedAt: Date | null;
  completedBy: string | null;
  completionNote: string | null;
}

/** The action's own fields as every view shows them, `overdue` while still `open` past its due day. */
export function ownedActionFields<A extends CompletableAction<string>>(
  action: A,
  open: A['status'],
  today: string,
) {
  return {
    ...pickFields(action, ['description', 'ownerId', 'dueDate', 'status']),
    overdue: action.status === open && action.dueDate !== null && action.dueDate < today,
    ...pickFields(action, ['completedAt', 'completedBy', 'completionNote']),
  };
}

/** Completes the action (→ `to`): when, by whom and the note, which is also the history entry's reason. */
export function completeOwnedAction<S extends string, A extends CompletableAction<S>>(
  tx: Transaction,
  lifecycle: Lifecycle<S, A>,
  action: A,
  to: S,
  completion: { note: string | null; now: Date; data: Record<string, unknown>; expectedVersion?: number },
): Promise<void> {
  const { note, now, data, expectedVersion } = completion;
  return lifecycle.transition(tx, action, to, {
    reason: note,
    data,
    set: { completedAt: now, completedBy: tx.ctx.userId, completionNote: note } as Partial<A>,
    expectedVersion,
  });
}
