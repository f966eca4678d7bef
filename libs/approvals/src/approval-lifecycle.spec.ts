import { describeLifecycles } from '@app/platform';
import { REQUEST_LIFECYCLE, STEP_LIFECYCLE } from './approval.entity';

describeLifecycles('approval lifecycles', {
  'submits a draft, decides it once (approved, rejected, returned) or cancels it; every end is final': [
    REQUEST_LIFECYCLE,
    'approvalRequest',
    'DRAFT → IN_PROGRESS → APPROVED | REJECTED | RETURNED',
    'DRAFT | IN_PROGRESS → CANCELLED',
  ],
  // each decision is its own rule (approve, reject, return), so a decision is a lookup of its action
  'a waiting step opens when its turn comes, is decided once while pending, and open steps are cancelled when the request ends':
    [
      STEP_LIFECYCLE,
      'approvalStep',
      'WAITING → PENDING',
      'PENDING → APPROVED by approve',
      'PENDING → REJECTED by reject',
      'PENDING → RETURNED by return',
      'WAITING | PENDING → CANCELLED',
    ],
});
