import { DomainError } from '@app/platform';
import {
  ACTION_LIFECYCLE,
  ACTION_STATUSES,
  NC_CARRIES_OUT_ACTIONS,
  NC_LIFECYCLE,
  NC_STATUSES,
  NC_TAKES_ACTIONS,
} from './nonconformity.entity';

describe('capa lifecycles (TCVN ISO 9001:2015, 10.2)', () => {
  it('a nonconformity is analysed, planned, implemented, verified and closed; not effective goes back to planning, a recurrence reopens it', () => {
    expect(NC_LIFECYCLE).toAllowExactly(
      NC_STATUSES,
      [
        'OPEN → ANALYSED',
        'ANALYSED → ACTION_PLANNED',
        'ACTION_PLANNED → IMPLEMENTED',
        'IMPLEMENTED → VERIFIED',
        'IMPLEMENTED → ACTION_PLANNED',
        'VERIFIED → CLOSED',
        'CLOSED → OPEN',
      ],
      'nonconformity',
    );
  });

  it('a corrective action is planned, then done; done is final', () => {
    expect(ACTION_LIFECYCLE).toAllowExactly(ACTION_STATUSES, ['PLANNED → DONE'], 'correctiveAction');
  });

  it('a verdict is given only on an implemented plan: the rules of action verify start at IMPLEMENTED, planning is not a verdict', () => {
    expect(NC_LIFECYCLE.can('IMPLEMENTED', 'VERIFIED', 'verify')).toBe(true);
    expect(NC_LIFECYCLE.can('IMPLEMENTED', 'ACTION_PLANNED', 'verify')).toBe(true);
    expect(NC_LIFECYCLE.can('ANALYSED', 'ACTION_PLANNED', 'verify')).toBe(false);
    expect(NC_LIFECYCLE.can('IMPLEMENTED', 'ACTION_PLANNED', 'planActions')).toBe(false);
    expect(() => NC_LIFECYCLE.assert('ANALYSED', 'ACTION_PLANNED', 'verify')).toThrow(
      expect.objectContaining({ code: 'STATE_CONFLICT', publicCode: 'NONCONFORMITY_IS_ANALYSED' }),
    );
  });

  it('actions are added while the plan is made or carried out, and completed only while it is carried out', () => {
    for (const status of NC_STATUSES) {
      const adds = ['ANALYSED', 'ACTION_PLANNED'].includes(status);
      const completes = status === 'ACTION_PLANNED';
      expect([status, refuses(() => NC_LIFECYCLE.requireState(status, ...NC_TAKES_ACTIONS))]).toEqual([
        status,
        adds ? null : `NONCONFORMITY_IS_${status}`,
      ]);
      expect([status, refuses(() => NC_LIFECYCLE.requireState(status, ...NC_CARRIES_OUT_ACTIONS))]).toEqual([
        status,
        completes ? null : `NONCONFORMITY_IS_${status}`,
      ]);
    }
  });
});

function refuses(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    return (error as DomainError).publicCode ?? (error as DomainError).code;
  }
}
