import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Document } from '../document.entity';
import type { ListDocumentsQuery } from '../dto/document.dto';
import { SEARCH_MATCH, SEARCH_MATCH_SCOPED, SEARCH_RANK, searchParameters } from './document-search.sql';

/** A register search planned on a query over `documents` aliased `d`; read() answers its page. */
export interface DocumentSearch {
  read(manager: EntityManager, qb: SelectQueryBuilder<Document>): Promise<[Document[], number]>;
}

/**
 * Restricts `qb` (over `documents` aliased `d`) to the documents matching `q` and ranks them
 * unless a sort is asked for. The matching runs in a subquery over `documents` aliased `s` that the
 * index documents_search_agency (agency_id INCLUDE status, type, updated_at, search_key, id; see
 * migration 1795130000000) answers by an index-only scan of the caller's agencies: `narrow` adds
 * the caller's scope to it (`scoped`: the caller does not read every agency). When every filter
 * is one that index holds, the subquery also ranks and pages, so only the page's documents are
 * read from the table; otherwise the outer query filters, ranks and pages the matches.
 */
export function planDocumentSearch(
  qb: SelectQueryBuilder<Document>,
  query: ListDocumentsQuery,
  q: string,
  narrow: (sub: SelectQueryBuilder<ObjectLiteral>) => void,
  scoped: boolean,
): DocumentSearch {
  const ranked = !query.sort;
  const covered =
    ranked &&
    !query.ownerUnit &&
    !query.parentId &&
    !query.administrativeProcedureCode &&
    !query.dueForReview &&
    query.format !== 'xlsx';
  const matches = (sub: SelectQueryBuilder<ObjectLiteral>) => {
    sub
      .select('s.id')
      .from(Document, 's')
      .where(scoped || query.agencyId ? SEARCH_MATCH_SCOPED('s') : SEARCH_MATCH('s'));
    narrow(sub);
    if (query.agencyId) sub.andWhere('s.agency_id = :agencyId');
    if (query.type) sub.andWhere('s.type = :type');
    if (query.status) sub.andWhere('s.status = :status');
    return sub;
  };
  const page = matches(qb.subQuery());
  if (covered) {
    for (const [expression, direction] of SEARCH_RANK('s')) page.addOrderBy(expression, direction);
    page.offset(query.offset).limit(query.pageSize);
  }
  // a page of ids is an array the primary key serves (an IN over a LIMIT subquery is no join:
  // PostgreSQL would test every document of the scope against it); all matches are a semi-join
  qb.andWhere(covered ? `d.id = ANY(ARRAY${page.getQuery()})` : `d.id IN ${page.getQuery()}`, {
    ...searchParameters(q),
    ...page.getParameters(),
  });
  if (ranked) for (const [expression, direction] of SEARCH_RANK('d')) qb.addOrderBy(expression, direction);
  const count = matches(qb.connection.createQueryBuilder());
  return {
    async read(manager, outer) {
      const bound = (b: SelectQueryBuilder<ObjectLiteral>) =>
        manager.queryRunner ? b.clone().setQueryRunner(manager.queryRunner) : b.clone();
      if (!covered) return bound(outer).getManyAndCount() as Promise<[Document[], number]>;
      const documents = (await bound(outer.clone().skip(0).take(query.pageSize)).getMany()) as Document[];
      const total = await bound(count.setParameters(outer.getParameters())).getCount();
      return [documents, total];
    },
  };
}
