import { defaultSteps } from '@app/approvals';
import {
  DISPOSAL_LIFECYCLE,
  DISPOSAL_STATUSES,
  RECORD_FILE_LIFECYCLE,
  RECORD_FILE_STATUSES,
  RECORD_LIST_LIFECYCLE,
  RECORD_LIST_STATUSES,
} from './record.entities';
import { retentionLabel, retentionOf } from './records-access';

describe('records lifecycles', () => {
  it('a list is drafted, goes into approval, and is approved or comes back as a draft', () => {
    expect(RECORD_LIST_LIFECYCLE).toAllowExactly(
      RECORD_LIST_STATUSES,
      ['DRAFT → IN_APPROVAL', 'IN_APPROVAL → APPROVED', 'IN_APPROVAL → DRAFT'],
      'recordList',
    );
  });

  it('a record file is closed once and disposed of only once closed; a disposed file never comes back', () => {
    expect(RECORD_FILE_LIFECYCLE).toAllowExactly(
      RECORD_FILE_STATUSES,
      ['OPEN → CLOSED', 'CLOSED → DISPOSED'],
      'recordFile',
    );
  });

  it('a disposal is approved or rejected once, and carried out only once approved', () => {
    expect(DISPOSAL_LIFECYCLE).toAllowExactly(
      DISPOSAL_STATUSES,
      [
        'DRAFT → IN_APPROVAL',
        'IN_APPROVAL → DRAFT',
        'IN_APPROVAL → REJECTED',
        'IN_APPROVAL → APPROVED',
        'APPROVED → EXECUTED',
      ],
      'recordDisposal',
    );
  });
});

describe('retention and approval steps', () => {
  it('retention is either a number of years or permanent, never both nor neither', () => {
    expect(retentionOf({ retentionYears: 10 })).toEqual({ retentionYears: 10, permanent: false });
    expect(retentionOf({ permanent: true })).toEqual({ retentionYears: null, permanent: true });
    expect(() => retentionOf({})).toThrow();
    expect(() => retentionOf({ retentionYears: 5, permanent: true })).toThrow();
    expect(retentionLabel({ retentionYears: 5, permanent: false })).toBe('5 năm');
    expect(retentionLabel({ retentionYears: null, permanent: true })).toBe('Vĩnh viễn');
  });

  it('a list of records and a disposal are approved by the head of agency alone by default', () => {
    expect(defaultSteps('RECORD_LIST')).toEqual([{ role: 'APPROVER', slaDays: 5 }]);
    expect(defaultSteps('DISPOSAL')).toEqual([{ role: 'APPROVER', slaDays: 5 }]);
    expect(defaultSteps('ISSUE').map((s) => s.role)).toEqual(['ISO_SECRETARY', 'APPROVER']);
  });
});
