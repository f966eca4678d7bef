import { REQUEST_LIFECYCLE, REQUEST_STATUSES } from './approval.entity';

describe('approval request lifecycle', () => {
  it('submits a draft, decides it once (approved, rejected, returned) or cancels it; every end is final', () => {
    expect(REQUEST_LIFECYCLE).toAllowExactly(
      REQUEST_STATUSES,
      [
        'DRAFT → IN_PROGRESS',
        'DRAFT → CANCELLED',
        'IN_PROGRESS → APPROVED',
        'IN_PROGRESS → REJECTED',
        'IN_PROGRESS → RETURNED',
        'IN_PROGRESS → CANCELLED',
      ],
      'approvalRequest',
    );
  });
});
