import { ANNUAL_REPORT_LIFECYCLE, ANNUAL_REPORT_STATUSES } from './annual-reports/annual-report.entity';
import { DECLARATION_LIFECYCLE, DECLARATION_STATUSES } from './declarations/declaration.entity';
import { INSPECTION_LIFECYCLE, INSPECTION_STATUSES } from './inspections/inspection.entity';
import { LEGAL_CHANGE_LIFECYCLE, LEGAL_CHANGE_STATUSES } from './legal-changes/legal-change.entity';

describe('oversight lifecycles', () => {
  it('a declaration in force awaits re-declaration when the scope changes, then is superseded; it lapses when its QMS is suspended', () => {
    expect(DECLARATION_LIFECYCLE).toAllowExactly(
      DECLARATION_STATUSES,
      [
        'IN_FORCE → REDECLARATION_REQUIRED',
        'REDECLARATION_REQUIRED → SUPERSEDED',
        'IN_FORCE → LAPSED',
        'REDECLARATION_REQUIRED → LAPSED',
      ],
      'declaration',
    );
  });

  it('an inspection report is submitted, then accepted or sent back; a closed inspection never moves', () => {
    expect(INSPECTION_LIFECYCLE).toAllowExactly(
      INSPECTION_STATUSES,
      [
        'AWAITING_REPORT → REPORT_SUBMITTED',
        'REPORT_SUBMITTED → REPORT_ACCEPTED',
        'REPORT_SUBMITTED → AWAITING_REPORT',
      ],
      'inspection',
    );
  });

  it('an annual report is submitted, then accepted or returned to draft', () => {
    expect(ANNUAL_REPORT_LIFECYCLE).toAllowExactly(
      ANNUAL_REPORT_STATUSES,
      ['DRAFT → SUBMITTED', 'SUBMITTED → ACCEPTED', 'SUBMITTED → DRAFT'],
      'annualReport',
    );
  });

  it('a legal change is open until done', () => {
    expect(LEGAL_CHANGE_LIFECYCLE).toAllowExactly(LEGAL_CHANGE_STATUSES, ['OPEN → DONE'], 'legalChange');
  });
});
