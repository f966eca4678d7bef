/**
 * `expect(LIFECYCLE).toAllowExactly(STATES, ['A → B', …])`, for the unit tests of lifecycle
 * tables (jest.unit.config.js loads this file): over every (from, to) pair of STATES, the table
 * allows exactly the listed transitions, and refuses each other one with the 409 the client sees
 * (STATE_CONFLICT, sent as <RESOURCE>_IS_<FROM>). For defineLifecycle tables.
 */
import { DomainError } from '@app/platform';

interface TransitionTable {
  can(from: string, to: string): boolean;
  assert(from: string, to: string): void;
}

const publicCode = (resource: string, state: string) =>
  `${resource.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_IS_${state}`;

function refusal(table: TransitionTable, from: string, to: string): string {
  try {
    table.assert(from, to);
    return 'allowed';
  } catch (error) {
    if (!(error instanceof DomainError)) return `threw ${String(error)}`;
    return `${error.code} ${error.publicCode ?? ''}`.trim();
  }
}

expect.extend({
  toAllowExactly(
    table: TransitionTable,
    states: readonly string[],
    allowed: readonly string[],
    resource: string,
  ) {
    const problems: string[] = [];
    for (const from of states) {
      for (const to of states) {
        const pair = `${from} → ${to}`;
        const expected = allowed.includes(pair);
        if (table.can(from, to) !== expected) problems.push(`${pair}: can() is ${!expected}`);
        const got = refusal(table, from, to);
        const want = expected ? 'allowed' : `STATE_CONFLICT ${publicCode(resource, from)}`;
        if (got !== want) problems.push(`${pair}: assert() gave ${got}, expected ${want}`);
      }
    }
    for (const pair of allowed) {
      const [from, to] = pair.split(' → ');
      if (!states.includes(from) || !states.includes(to))
        problems.push(`${pair}: not a pair of the states given`);
    }
    return {
      pass: problems.length === 0,
      message: () => `transition table differs:\n${problems.join('\n')}`,
    };
  },
});

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The table allows exactly `allowed` ('FROM → TO') among `states`, refusing the rest as STATE_CONFLICT. */
      toAllowExactly(states: readonly string[], allowed: readonly string[], resource: string): R;
    }
  }
}
