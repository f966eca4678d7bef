import { DomainError } from '@app/platform';
import { AUDIT_LIFECYCLE, AUDIT_STATUSES, AUDIT_WRITABLE, AuditStatus } from './audit.entity';
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

  it('what an audit accepts without moving: a plan before it starts, answers, findings and files only while it runs (a report freezes them), a nonconformity until it closes', () => {
    const accepts = (allowed: readonly AuditStatus[]) =>
      AUDIT_STATUSES.filter((status) => {
        try {
          AUDIT_LIFECYCLE.requireState(status, ...allowed);
          return true;
        } catch (error) {
          expect((error as DomainError).publicCode).toBe(`AUDIT_IS_${status}`);
          return false;
        }
      });
    expect(accepts(AUDIT_WRITABLE.plan)).toEqual(['PLANNED']);
    expect(accepts(AUDIT_WRITABLE.checklist)).toEqual(['PLANNED', 'IN_PROGRESS']);
    expect(accepts(AUDIT_WRITABLE.fieldwork)).toEqual(['IN_PROGRESS']);
    expect(accepts(AUDIT_WRITABLE.report)).toEqual(['REPORTED', 'CLOSED']);
    expect(accepts(AUDIT_WRITABLE.nonconformity)).toEqual(['PLANNED', 'IN_PROGRESS', 'REPORTED']);
  });
});
