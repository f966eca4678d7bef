/**
 * The unit test of lifecycle tables, written as data (jest only: unit specs call it, the apps never
 * do). Each case names a lifecycle, the resource its 409s name, and the transitions it allows as
 * paths: `'DRAFT → IN_PROGRESS → APPROVED | REJECTED'` allows DRAFT → IN_PROGRESS,
 * IN_PROGRESS → APPROVED and IN_PROGRESS → REJECTED; `'A | B → C'` allows A → C and B → C.
 * A path ending in `by <action>` says its transitions are that action's rules: asked for by any
 * other action of the lifecycle they are refused (a revision never issues a draft).
 *
 *   describeLifecycles('audit lifecycles', {
 *     'an audit is started, reported, then closed': [AUDIT_LIFECYCLE, 'audit', 'PLANNED → IN_PROGRESS → REPORTED → CLOSED'],
 *   });
 *
 * Over every (from, to) pair of the lifecycle's states, exactly those are allowed and every other
 * one is refused, by every action, with the 409 a client sees (<RESOURCE>_IS_<FROM>).
 */
import { DomainError } from '../errors/domain-error';
import type { Lifecycle } from './lifecycle';

type AnyLifecycle = Lifecycle<any, any>;

/** [lifecycle, resource named by its 409s (`approvalRequest` → APPROVAL_REQUEST_IS_<STATE>), ...paths]. */
export type LifecycleCase = [AnyLifecycle, string, ...string[]];

interface TransitionTableMatchers {
  toAllowExactly(states: readonly string[], allowed: readonly string[], resource: string): void;
}

interface Transition {
  pair: string;
  from: string;
  to: string;
  action?: string;
}

/** One `it` per case (its key says what the lifecycle allows), inside `describe(title)`. */
export function describeLifecycles(title: string, cases: Record<string, LifecycleCase>): void {
  describe(title, () => {
    for (const [behaviour, [lifecycle, resource, ...paths]] of Object.entries(cases)) {
      it(behaviour, () => {
        const transitions = transitionsOf(paths);
        const matchers = expect(lifecycle) as unknown as TransitionTableMatchers;
        matchers.toAllowExactly(
          lifecycle.states,
          transitions.map((t) => t.pair),
          resource,
        );
        expect(actionProblems(lifecycle, resource, transitions)).toEqual([]);
      });
    }
  });
}

/** The transitions the paths walk through, in order, with the action a `by` names. */
export function transitionsOf(paths: readonly string[]): Transition[] {
  return paths.flatMap((path) => {
    const [walk, action] = path.split(' by ').map((part) => part.trim());
    const steps = walk.split('→').map((step) => step.split('|').map((state) => state.trim()));
    return steps
      .slice(1)
      .flatMap((targets, i) =>
        steps[i].flatMap((from) => targets.map((to) => ({ pair: `${from} → ${to}`, from, to, action }))),
      );
  });
}

/** What differs from the table: an action refused where it is named, or accepted where it is not. */
function actionProblems(lifecycle: AnyLifecycle, resource: string, transitions: Transition[]): string[] {
  const actions = [...new Set(lifecycle.definition.transitions.map((rule) => rule.action).filter(Boolean))];
  const conflict = `${codeOf(resource)}_IS_`;
  return transitions.flatMap(({ pair, from, to, action }) => {
    if (action === undefined) return [];
    if (!lifecycle.can(from, to, action)) return [`${pair} by ${action}: refused`];
    return actions
      .filter((other) => other !== action)
      .flatMap((other) => {
        const refusal = refusalOf(() => lifecycle.assert(from, to, other));
        const expected = `STATE_CONFLICT ${conflict}${from}`;
        return lifecycle.can(from, to, other) || refusal !== expected
          ? [`${pair} by ${other}: ${refusal}, expected ${expected}`]
          : [];
      });
  });
}

/**
 * The states in which `requireState(state, ...allowed)` lets a write through; each refusal must be
 * the 409 naming the state (`<RESOURCE>_IS_<STATE>`), else `'<STATE>: <code>'` stands in the list.
 */
export function statesAccepting(
  lifecycle: AnyLifecycle,
  resource: string,
  allowed: readonly string[],
): string[] {
  return (lifecycle.states as readonly string[]).flatMap((state) => {
    const refusal = refusalOf(() => lifecycle.requireState(state, ...allowed));
    if (refusal === null) return [state];
    return refusal === `STATE_CONFLICT ${codeOf(resource)}_IS_${state}` ? [] : [`${state}: ${refusal}`];
  });
}

function codeOf(resource: string): string {
  return resource.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

/** `'<code> <publicCode>'` of the DomainError `check` throws, or null when it passes. */
function refusalOf(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) return `threw ${String(error)}`;
    return `${error.code} ${error.publicCode ?? ''}`.trim();
  }
}
