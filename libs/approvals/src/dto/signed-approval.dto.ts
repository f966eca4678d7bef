import { OptionalIntQuery, OptionalMaxText } from '@app/platform';
import { STEP_ORDERS } from './approval.dto';

/** The decision's fields of a signed approval, in the query string (the body is the multipart file). */
export class SignedApprovalQuery {
  @OptionalMaxText(5000)
  comment?: string;

  @OptionalIntQuery({ min: 1 }, { description: 'the request version the decision was made on (or If-Match)' })
  version?: number;

  @OptionalIntQuery(STEP_ORDERS, {
    description: 'the step being decided (it or the request version is required)',
  })
  stepOrder?: number;
}
