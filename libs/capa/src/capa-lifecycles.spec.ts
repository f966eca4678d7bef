import { describeLifecycles, statesAccepting } from '@app/platform';
import {
  ACTION_LIFECYCLE,
  NC_CARRIES_OUT_ACTIONS,
  NC_LIFECYCLE,
  NC_TAKES_ACTIONS,
} from './nonconformity.entity';

describeLifecycles('capa lifecycles (TCVN ISO 9001:2015, 10.2)', {
  // a verdict is given only on an implemented plan: the rules of action verify start at IMPLEMENTED,
  // planning is not a verdict
  'a nonconformity is analysed, planned, implemented, verified and closed; not effective goes back to planning, a recurrence reopens it':
    [
      NC_LIFECYCLE,
      'nonconformity',
      'OPEN → ANALYSED',
      'ANALYSED → ACTION_PLANNED by planActions',
      'ACTION_PLANNED → IMPLEMENTED',
      'IMPLEMENTED → VERIFIED | ACTION_PLANNED by verify',
      'VERIFIED → CLOSED → OPEN',
    ],
  'a corrective action is planned, then done; done is final': [
    ACTION_LIFECYCLE,
    'correctiveAction',
    'PLANNED → DONE',
  ],
});

it('actions are added while the plan is made or carried out, and completed only while it is carried out', () => {
  expect(statesAccepting(NC_LIFECYCLE, 'nonconformity', NC_TAKES_ACTIONS)).toEqual([
    'ANALYSED',
    'ACTION_PLANNED',
  ]);
  expect(statesAccepting(NC_LIFECYCLE, 'nonconformity', NC_CARRIES_OUT_ACTIONS)).toEqual(['ACTION_PLANNED']);
});
