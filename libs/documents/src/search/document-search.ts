import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { selectEntities } from '@app/platform';
import { Document } from '../document.entity';
import type { ListDocumentsQuery } from '../dto/document.dto';
import type { DocumentScope } from '../document-access';
import {
  SEARCH_MATCH,
  SEARCH_MATCH_REGIONS,
  SEARCH_MATCH_SCOPED,
  SEARCH_RANK,
  SEARCH_REGIONS,
  searchKey,
  searchParameters,
  searchTokens,
  searchTrigrams,
} from './document-search.sql';

/** A register search planned on a query over `documents` aliased `d`; read() answers its page. */
export interface DocumentSearch {
  read(manager: EntityManager, qb: SelectQueryBuilder<Document>): Promise<[Document[], number]>;
}

/**
 * How a register search finds its matches: through the country's trigram index (a caller who
 * reads every agency, or agencies in many regions), by testing the key of each document of a few
 * agencies (an index-only scan), or through the trigram index of the caller's regions' partitions
 * of document_search_keys.
 */
export type SearchMatch = { by: 'trigrams' } | { by: 'key' } | { by: 'regions'; regions: string[] };

/** Up to this many agencies, testing each of their documents' keys is cheaper than any index. */
const KEY_SCAN_AGENCIES = 20;
/** Beyond this many regions (a national overseer), the country's trigram index serves. */
const MAX_REGIONS = 8;

/** The way to match `q` for a caller with `scope` (one agency asked for: `agencyId`). */
export async function chooseSearchMatch(
  manager: EntityManager,
  scope: DocumentScope,
  q: string,
  agencyId?: string,
): Promise<SearchMatch> {
  if (scope.all && !agencyId) return { by: 'trigrams' };
  const agencies = [...new Set([...scope.readable, ...scope.shared])];
  const trigrams = searchTrigrams(searchKey(q));
  if (agencyId || agencies.length <= KEY_SCAN_AGENCIES || trigrams.length === 0) return { by: 'key' };
  const [{ regions }] = await manager.query<{ regions: string[] }[]>(SEARCH_REGIONS, [agencies]);
  return regions.length <= MAX_REGIONS ? { by: 'regions', regions } : { by: 'trigrams' };
}

/**
 * Restricts `qb` (over `documents` aliased `d`) to the documents matching `q` and ranks them
 * unless a sort is asked for. The matching runs in a query aliased `s` over `documents` (or, for
 * `regions`, over document_search_keys, which has the columns the scope, filters and ranking
 * read), as `match` says (chooseSearchMatch); `narrow` adds the caller's scope to it. When every
 * filter is one the match can apply, it also ranks, pages and counts in one pass, so only the
 * page's documents are read afterwards; otherwise the outer query filters, ranks and pages the
 * matches.
 */
export function planDocumentSearch(
  qb: SelectQueryBuilder<Document>,
  query: ListDocumentsQuery,
  q: string,
  narrow: (sub: SelectQueryBuilder<ObjectLiteral>) => void,
  match: SearchMatch,
): DocumentSearch {
  const ranked = !query.sort;
  const covered =
    ranked &&
    !query.ownerUnit &&
    !query.parentId &&
    !query.administrativeProcedureCode &&
    !query.dueForReview &&
    query.format !== 'xlsx';
  const keys = match.by === 'regions';
  const id = keys ? 's.document_id' : 's.id';
  const matches = (sub: SelectQueryBuilder<ObjectLiteral>) => {
    (keys
      ? sub.select(id, 's_id').from('document_search_keys', 's')
      : sub.select(id).from(Document, 's')
    ).where(
      keys
        ? SEARCH_MATCH_REGIONS(
            's',
            match.regions.map((_, i) => ({ region: `:searchRegion${i}`, tokens: `:searchTokens${i}` })),
          )
        : match.by === 'key'
          ? SEARCH_MATCH_SCOPED('s')
          : SEARCH_MATCH('s'),
    );
    narrow(sub);
    if (query.agencyId) sub.andWhere('s.agency_id = :agencyId');
    if (query.type) sub.andWhere('s.type = :type');
    if (query.status) sub.andWhere('s.status = :status');
    return sub;
  };
  const typed = searchParameters(q);
  const parameters = {
    ...typed,
    ...(keys
      ? Object.fromEntries(
          searchTokens(match.regions, typed.searchText).flatMap((tokens, i) => [
            [`searchRegion${i}`, match.regions[i]],
            [`searchTokens${i}`, tokens],
          ]),
        )
      : {}),
  };
  if (ranked) for (const [expression, direction] of SEARCH_RANK('d')) qb.addOrderBy(expression, direction);
  if (!covered) {
    // all matches are a semi-join; the outer query filters, ranks and pages them
    const all = matches(qb.subQuery());
    qb.andWhere(`d.id IN ${all.getQuery()}`, { ...parameters, ...all.getParameters() });
    return {
      read: (manager, outer) => bind(manager, outer).getManyAndCount(),
    };
  }
  // the page's ids and the total come from one pass over the matches (a window count: ranking
  // and counting them in two statements read every match twice), then only the page's
  // documents are read, by primary key
  const page = matches(qb.connection.createQueryBuilder())
    .addSelect('count(*) OVER ()', 'search_total')
    .setParameters(parameters);
  for (const [expression, direction] of SEARCH_RANK('s', undefined, undefined, id))
    page.addOrderBy(expression, direction);
  page.offset(query.offset).limit(query.pageSize);
  return {
    async read(manager, outer) {
      const rows = await bind(manager, page.setParameters(outer.getParameters())).getRawMany<{
        s_id: string;
        search_total: string;
      }>();
      // a page past the end has no row to carry the total
      if (rows.length === 0) {
        const counted = await bind(
          manager,
          matches(qb.connection.createQueryBuilder())
            .select('count(*)', 'total')
            .setParameters(parameters)
            .setParameters(outer.getParameters()),
        ).getRawOne<{ total: string }>();
        return [[], Number(counted?.total ?? 0)];
      }
      // the page's documents by primary key, in the page's order: the page's statement already
      // applied the caller's scope and every filter (a query builder here, with the scope and the
      // ranking again, cost the API more CPU than PostgreSQL spends on it)
      const ids = rows.map((row) => row.s_id);
      const byId = new Map(
        (await selectEntities(manager, Document, pageDocumentsSql(manager), [ids])).map((d) => [d.id, d]),
      );
      const documents = ids.map((id) => byId.get(id)).filter((d): d is Document => d !== undefined);
      return [documents, Number(rows[0].search_total)];
    },
  };
}

const pageDocumentsSqls = new WeakMap<object, string>();

/** The documents of a search's page by primary key, with every column of the entity ($1 their ids). */
export function pageDocumentsSql(manager: EntityManager): string {
  let sql = pageDocumentsSqls.get(manager.connection);
  if (!sql) {
    const columns = manager.connection.getMetadata(Document).columns.map((c) => `"${c.databaseName}"`);
    sql = `SELECT ${columns.join(', ')} FROM "documents" WHERE "id" = ANY($1::uuid[])`;
    pageDocumentsSqls.set(manager.connection, sql);
  }
  return sql;
}

/** A copy of `b` that runs on `manager`'s connection (a replica's, in a replica read). */
function bind<T extends ObjectLiteral>(
  manager: EntityManager,
  b: SelectQueryBuilder<T>,
): SelectQueryBuilder<T> {
  return manager.queryRunner ? b.clone().setQueryRunner(manager.queryRunner) : b.clone();
}
