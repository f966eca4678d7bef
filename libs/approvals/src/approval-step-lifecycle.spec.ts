import { STEP_LIFECYCLE, STEP_STATUSES } from './approval.entity';

describe('approval step lifecycle', () => {
  it('a waiting step opens when its turn comes, is decided once while pending, and open steps are cancelled when the request ends', () => {
    expect(STEP_LIFECYCLE).toAllowExactly(
      STEP_STATUSES,
      [
        'WAITING → PENDING',
        'PENDING → APPROVED',
        'PENDING → REJECTED',
        'PENDING → RETURNED',
        'WAITING → CANCELLED',
        'PENDING → CANCELLED',
      ],
      'approvalStep',
    );
  });

  it('each decision is its own rule (approve, reject, return), so a decision is a lookup of its action', () => {
    expect(STEP_LIFECYCLE.can('PENDING', 'APPROVED', 'approve')).toBe(true);
    expect(STEP_LIFECYCLE.can('PENDING', 'REJECTED', 'reject')).toBe(true);
    expect(STEP_LIFECYCLE.can('PENDING', 'RETURNED', 'return')).toBe(true);
    expect(STEP_LIFECYCLE.can('PENDING', 'APPROVED', 'reject')).toBe(false);
    expect(STEP_LIFECYCLE.can('WAITING', 'APPROVED', 'approve')).toBe(false);
  });
});
