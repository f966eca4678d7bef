import { OptionalUuid } from '../http/fields';
import { PageQuery } from './page';

/** `?page&pageSize&sort` of a list of agency-owned rows, and `?agencyId=` narrowing it to one agency. */
export class AgencyPageQuery extends PageQuery {
  @OptionalUuid()
  agencyId?: string;
}
