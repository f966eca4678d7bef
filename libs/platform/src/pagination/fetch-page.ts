import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { PageQuery } from './page';

/**
 * Fetches one page of a list with its total: sorted by the requested field of the list's
 * allow-list (`defaultField` in `defaultDirection` when none is asked for), then by the main
 * alias's id, so rows with equal sort keys never move between pages. An export passes `limit`:
 * its first `limit` rows in that order instead of the requested page.
 */
export function fetchPage<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  query: PageQuery,
  sortable: Record<string, string>,
  defaultField: string,
  defaultDirection: 'ASC' | 'DESC' = 'ASC',
  limit?: number,
): Promise<[E[], number]> {
  const { column, direction } = query.orderBy(sortable, defaultField);
  return qb
    .orderBy(column, query.sort ? direction : defaultDirection)
    .addOrderBy(`${qb.alias}.id`)
    .skip(limit ? 0 : query.offset)
    .take(limit ?? query.pageSize)
    .getManyAndCount();
}
