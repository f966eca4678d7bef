import { defaultSteps } from '@app/approvals';
import { describeLifecycles } from '@app/platform';
import { DISPOSAL_LIFECYCLE, RECORD_FILE_LIFECYCLE, RECORD_LIST_LIFECYCLE } from './record.entities';
import { retentionLabel, retentionOf } from './records-access';

describeLifecycles('records lifecycles', {
  'a list is drafted, goes into approval, and is approved or comes back as a draft': [
    RECORD_LIST_LIFECYCLE,
    'recordList',
    'DRAFT → IN_APPROVAL → APPROVED | DRAFT',
  ],
  'a record file is closed once and disposed of only once closed; a disposed file never comes back': [
    RECORD_FILE_LIFECYCLE,
    'recordFile',
    'OPEN → CLOSED → DISPOSED',
  ],
  'a disposal is approved or rejected once, and carried out only once approved': [
    DISPOSAL_LIFECYCLE,
    'recordDisposal',
    'DRAFT → IN_APPROVAL → DRAFT | REJECTED | APPROVED',
    'APPROVED → EXECUTED',
  ],
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
