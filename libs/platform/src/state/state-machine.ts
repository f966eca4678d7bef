import { DomainError } from '../errors/domain-error';

/**
 * A lifecycle as a transition table, checked when it is built: every target must be a state
 * of the table. `assert` refuses a transition the table does not allow with a 409 naming the
 * current state.
 */
export class StateMachine<S extends string> {
  constructor(
    readonly resource: string,
    private readonly transitions: Record<S, readonly S[]>,
  ) {
    const states = new Set(Object.keys(transitions));
    for (const [from, targets] of Object.entries(transitions) as [S, readonly S[]][]) {
      for (const to of targets) {
        if (!states.has(to))
          throw new Error(`${resource}: transition ${from} → ${to} targets an unknown state`);
      }
    }
  }

  can(from: S, to: S): boolean {
    return this.transitions[from]?.includes(to) ?? false;
  }

  assert(from: S, to: S): void {
    if (!this.can(from, to)) throw DomainError.stateConflict(this.resource, from);
  }
}
