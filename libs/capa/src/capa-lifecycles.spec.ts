import { ACTION_LIFECYCLE, ACTION_STATUSES, NC_LIFECYCLE, NC_STATUSES } from './nonconformity.entity';

describe('capa lifecycles (TCVN ISO 9001:2015, 10.2)', () => {
  it('a nonconformity is analysed, planned, implemented, verified and closed; not effective goes back to planning, a recurrence reopens it', () => {
    expect(NC_LIFECYCLE).toAllowExactly(
      NC_STATUSES,
      [
        'OPEN → ANALYSED',
        'ANALYSED → ACTION_PLANNED',
        'ACTION_PLANNED → IMPLEMENTED',
        'IMPLEMENTED → VERIFIED',
        'IMPLEMENTED → ACTION_PLANNED',
        'VERIFIED → CLOSED',
        'CLOSED → OPEN',
      ],
      'nonconformity',
    );
  });

  it('a corrective action is planned, then done; done is final', () => {
    expect(ACTION_LIFECYCLE).toAllowExactly(ACTION_STATUSES, ['PLANNED → DONE'], 'correctiveAction');
  });
});
