import { describeLifecycles } from '@app/platform';
import { DEADLINE_LIFECYCLE } from './deadline.entity';

describeLifecycles('deadline lifecycle', {
  'an open deadline is met or cancelled once; a closed one never reopens': [
    DEADLINE_LIFECYCLE,
    'deadline',
    'OPEN → MET | CANCELLED',
  ],
});
