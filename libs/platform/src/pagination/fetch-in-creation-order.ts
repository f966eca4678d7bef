import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { PageQuery } from './page';

/**
 * One page of a list kept in the order its rows were added (a finding's attachments, a record
 * file's items), with its total: by `created_at` (`sort=-…` turns it round), then by the main
 * alias's id.
 */
export function fetchInCreationOrder<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  page: PageQuery,
): Promise<[E[], number]> {
  return qb
    .orderBy(`${qb.alias}.created_at`, page.sortDirection('ASC'))
    .addOrderBy(`${qb.alias}.id`)
    .skip(page.offset)
    .take(page.pageSize)
    .getManyAndCount();
}
