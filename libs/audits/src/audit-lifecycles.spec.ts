import { describeLifecycles, statesAccepting } from '@app/platform';
import { AUDIT_LIFECYCLE, AUDIT_WRITABLE } from './audit.entity';
import { OUTPUT_LIFECYCLE, REVIEW_LIFECYCLE } from './management-reviews/management-review.entity';

describeLifecycles('audit and management review lifecycles', {
  'an audit is started, reported, then closed, in that order only': [
    AUDIT_LIFECYCLE,
    'audit',
    'PLANNED → IN_PROGRESS → REPORTED → CLOSED',
  ],
  'a management review is planned, then held; held is final': [
    REVIEW_LIFECYCLE,
    'managementReview',
    'PLANNED → HELD',
  ],
  'an open review output (an action) gets done; a recorded decision never moves': [
    OUTPUT_LIFECYCLE,
    'managementReviewOutput',
    'OPEN → DONE',
  ],
});

it('what an audit accepts without moving: a plan before it starts, answers, findings and files only while it runs (a report freezes them), a nonconformity until it closes', () => {
  const accepts = (allowed: readonly string[]) => statesAccepting(AUDIT_LIFECYCLE, 'audit', allowed);
  expect(accepts(AUDIT_WRITABLE.plan)).toEqual(['PLANNED']);
  expect(accepts(AUDIT_WRITABLE.checklist)).toEqual(['PLANNED', 'IN_PROGRESS']);
  expect(accepts(AUDIT_WRITABLE.fieldwork)).toEqual(['IN_PROGRESS']);
  expect(accepts(AUDIT_WRITABLE.report)).toEqual(['REPORTED', 'CLOSED']);
  expect(accepts(AUDIT_WRITABLE.nonconformity)).toEqual(['PLANNED', 'IN_PROGRESS', 'REPORTED']);
});
