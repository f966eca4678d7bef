import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { PageQuery } from './page';

/**
 * One page of a list that has a single order, `column` (a file's items, a finding's attachments,
 * by when they were added): `defaultDirection` unless `sort` has a leading `-` (then descending;
 * the field named is not checked), then by the main alias's id, so equal keys never move pages.
 */
export function fetchInOrder<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  page: PageQuery,
  column: string,
  defaultDirection: 'ASC' | 'DESC',
): Promise<[E[], number]> {
  return qb
    .orderBy(column, page.sortDirection(defaultDirection))
    .addOrderBy(`${qb.alias}.id`)
    .skip(page.offset)
    .take(page.pageSize)
    .getManyAndCount();
}
