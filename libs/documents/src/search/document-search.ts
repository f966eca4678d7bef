import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { toEntities } from '@app/platform';
import { Document, DocumentVersion } from '../document.entity';
import type { ListDocumentsQuery } from '../dto/document.dto';
import type { DocumentScope } from '../document-access';
import {
  SEARCH_MATCH,
  SEARCH_MATCH_REGIONS,
  SEARCH_MATCH_SCOPED,
  SEARCH_RANK,
  SEARCH_REGIONS,
  searchKey,
  SearchMatch,
  searchPageStatements,
  searchParameters,
  searchTokens,
  searchTrigrams,
} from './document-search.sql';

/** A page of search results: its documents in order, the number of matches, and (when read with them) the documents' current versions by id. */
export interface SearchPage {
  documents: Document[];
  total: number;
  current?: Map<string, Pick<DocumentVersion, 'id' | 'revision' | 'effectiveFrom'>>;
}

/** A register search planned on a query over `documents` aliased `d`; read() answers its page. */
export interface DocumentSearch {
  read(manager: EntityManager, qb: SelectQueryBuilder<Document>): Promise<SearchPage>;
}

/** Up to this many agencies, testing each of their documents' keys is cheaper than any index. */
const KEY_SCAN_AGENCIES = 20;
/** Beyond this many regions (a national overseer), the country's trigram index serves. */
const MAX_REGIONS = 8;

/**
 * The way to match `q` for a caller with `scope` (one agency asked for: `agencyId`): through the
 * country's trigram index (a caller who reads every agency, or agencies in many regions), by
 * testing the key of each document of a few agencies (an index-only scan), or through the trigram
 * index of the caller's regions' partitions of document_search_keys.
 */
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
  const regions = await searchRegions(manager, scope, agencies);
  return regions.length <= MAX_REGIONS ? { by: 'regions', regions } : { by: 'trigrams' };
}

/**
 * The regions of the caller's readable and shared agencies (`agencies`): read with the caller's
 * session when it was (the scope carries them), else asked for.
 */
export async function searchRegions(
  manager: EntityManager,
  scope: DocumentScope,
  agencies: string[],
): Promise<string[]> {
  if (scope.regions) return scope.regions;
  const [{ regions }] = await manager.query<{ regions: string[] }[]>(SEARCH_REGIONS, [agencies]);
  return regions;
}

/**
 * Restricts `qb` (over `documents` aliased `d`) to the documents matching `q` and ranks them
 * unless a sort is asked for, matching as `match` says (chooseSearchMatch). When every filter is
 * one the matches carry (agency, type, status), one statement matches, ranks, pages and counts
 * them and reads the page's documents (searchPageStatements()); otherwise the matches, in a query
 * aliased `s` over `documents` (or document_search_keys) narrowed to the caller's `scope` by
 * `narrow`, are a semi-join and `qb` filters, ranks and pages them.
 */
export function planDocumentSearch(
  qb: SelectQueryBuilder<Document>,
  query: ListDocumentsQuery,
  q: string,
  scope: DocumentScope,
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
  if (covered) {
    // the page and the total in one statement, with the page's documents and their current versions
    const statements = searchPageStatements(
      {
        match,
        scope: scope.all ? null : scope,
        q,
        agencyId: query.agencyId,
        type: query.type,
        status: query.status,
        offset: query.offset,
        limit: query.pageSize,
      },
      documentColumns(qb.connection.manager),
    );
    return {
      async read(manager) {
        const rows = await manager.query<Record<string, unknown>[]>(statements.page, statements.parameters);
        if (rows.length > 0) return pageOfDocuments(manager, rows);
        // a page past the end has no row to carry the total
        const [{ total }] = await manager.query<{ total: string }[]>(
          statements.count,
          statements.parameters.slice(0, statements.countParameters),
        );
        return { documents: [], total: Number(total) };
      },
    };
  }
  const keys = match.by === 'regions';
  const id = keys ? 's.document_id' : 's.id';
  const matches = (sub: SelectQueryBuilder<ObjectLiteral>) => {
    sub
      .select(id)
      .from(keys ? 'document_search_keys' : Document, 's')
      .where(
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
  // all matches are a semi-join; the outer query filters, ranks and pages them
  const all = matches(qb.subQuery());
  qb.andWhere(`d.id IN ${all.getQuery()}`, { ...parameters, ...all.getParameters() });
  return {
    async read(manager, outer) {
      const [documents, total] = await bind(manager, outer).getManyAndCount();
      return { documents, total };
    },
  };
}

/** The rows of SEARCH_PAGE_DOCUMENTS as the page's documents (in its order), its total and the current versions. */
export function pageOfDocuments(manager: EntityManager, rows: Record<string, unknown>[]): SearchPage {
  const versions = toEntities(
    manager,
    DocumentVersion,
    rows.filter((row) => row.v_id !== null),
    'v_',
  );
  return {
    documents: toEntities(manager, Document, rows),
    total: Number(rows[0].page_total),
    current: new Map(versions.map((version) => [version.id, version])),
  };
}

const documentColumnLists = new WeakMap<object, string[]>();

/** The database names of every column of the Document entity (SEARCH_PAGE_DOCUMENTS reads them). */
export function documentColumns(manager: EntityManager): string[] {
  let columns = documentColumnLists.get(manager.connection);
  if (!columns) {
    columns = manager.connection.getMetadata(Document).columns.map((c) => c.databaseName);
    documentColumnLists.set(manager.connection, columns);
  }
  return columns;
}

/** A copy of `b` that runs on `manager`'s connection (a replica's, in a replica read). */
function bind<T extends ObjectLiteral>(
  manager: EntityManager,
  b: SelectQueryBuilder<T>,
): SelectQueryBuilder<T> {
  return manager.queryRunner ? b.clone().setQueryRunner(manager.queryRunner) : b.clone();
}
