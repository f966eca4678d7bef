import type { Lifecycle, LifecycleSubject } from '@app/platform';
import type { DeadlineKind } from './deadline.entity';

/** A move of a lifecycle that meets the moved subject's open deadline of a kind. */
export interface DeadlineMetRule<S extends string, T extends LifecycleSubject<S>> {
  to: S | readonly S[];
  kind: DeadlineKind;
  /** Also meets this year's periodic obligation of `kind` (whose: e.g. the subject's QMS); `today` is the clock's. */
  obligation?: (subject: T, today: string) => { of: string; year: number };
}

export interface DeclaredRule {
  lifecycle: Lifecycle<string>;
  rule: DeadlineMetRule<string, LifecycleSubject<string>>;
}

const DECLARED: DeclaredRule[] = [];

/**
 * Declares, once and next to the code that moves the subject, that a transition meets its
 * deadline: `meetsDeadline(ACTION_LIFECYCLE, { to: 'DONE', kind: 'CORRECTIVE_ACTION' })`. The
 * deadline's subject is the moved row (its type the lifecycle's subject type). The deadlines
 * service hands every declaration to the lifecycle engine, which runs it after the move, in its
 * transaction.
 */
export function meetsDeadline<S extends string, T extends LifecycleSubject<S>>(
  lifecycle: Lifecycle<S, T>,
  rule: DeadlineMetRule<S, T>,
): void {
  DECLARED.push({ lifecycle, rule } as unknown as DeclaredRule);
}

/** The declared rules, for the deadlines service to hook into the engine at start-up. */
export function declaredDeadlineRules(): readonly DeclaredRule[] {
  return DECLARED;
}
