import { DEADLINE_LIFECYCLE, DEADLINE_STATUSES } from './deadline.entity';

describe('deadline lifecycle', () => {
  it('an open deadline is met or cancelled once; a closed one never reopens', () => {
    expect(DEADLINE_LIFECYCLE).toAllowExactly(
      DEADLINE_STATUSES,
      ['OPEN → MET', 'OPEN → CANCELLED'],
      'deadline',
    );
  });
});
