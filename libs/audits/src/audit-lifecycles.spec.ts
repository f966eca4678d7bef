import { AUDIT_LIFECYCLE, AUDIT_STATUSES } from './audit.entity';
import {
  OUTPUT_LIFECYCLE,
  OUTPUT_STATUSES,
  REVIEW_LIFECYCLE,
  REVIEW_STATUSES,
} from './management-reviews/management-review.entity';

describe('audit and management review lifecycles', () => {
  it('an audit is started, reported, then closed, in that order only', () => {
    expect(AUDIT_LIFECYCLE).toAllowExactly(
      AUDIT_STATUSES,
      ['PLANNED → IN_PROGRESS', 'IN_PROGRESS → REPORTED', 'REPORTED → CLOSED'],
      'audit',
    );
  });

  it('a management review is planned, then held; held is final', () => {
    expect(REVIEW_LIFECYCLE).toAllowExactly(REVIEW_STATUSES, ['PLANNED → HELD'], 'managementReview');
  });

  it('an open review output (an action) gets done; a recorded decision never moves', () => {
    expect(OUTPUT_LIFECYCLE).toAllowExactly(OUTPUT_STATUSES, ['OPEN → DONE'], 'managementReviewOutput');
  });
});
