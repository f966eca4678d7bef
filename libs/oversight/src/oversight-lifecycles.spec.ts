import { describeLifecycles } from '@app/platform';
import { ANNUAL_REPORT_LIFECYCLE } from './annual-reports/annual-report.entity';
import { DECLARATION_LIFECYCLE } from './declarations/declaration.entity';
import { INSPECTION_LIFECYCLE } from './inspections/inspection.entity';
import { LEGAL_CHANGE_LIFECYCLE } from './legal-changes/legal-change.entity';

describeLifecycles('oversight lifecycles', {
  'a declaration in force awaits re-declaration when the scope changes, then is superseded; it lapses when its QMS is suspended':
    [
      DECLARATION_LIFECYCLE,
      'declaration',
      'IN_FORCE → REDECLARATION_REQUIRED → SUPERSEDED',
      'IN_FORCE | REDECLARATION_REQUIRED → LAPSED',
    ],
  'an inspection report is submitted, then accepted or sent back; a closed inspection never moves': [
    INSPECTION_LIFECYCLE,
    'inspection',
    'AWAITING_REPORT → REPORT_SUBMITTED → REPORT_ACCEPTED | AWAITING_REPORT',
  ],
  'an annual report is submitted, then accepted or returned to draft': [
    ANNUAL_REPORT_LIFECYCLE,
    'annualReport',
    'DRAFT → SUBMITTED → ACCEPTED | DRAFT',
  ],
  'a legal change is open until done': [LEGAL_CHANGE_LIFECYCLE, 'legalChange', 'OPEN → DONE'],
});
