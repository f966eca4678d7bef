import { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { DocumentScope } from '../document-access';
import { Document } from '../document.entity';
import type { ListDocumentsQuery } from '../dto/document.dto';
import { DocumentSearch, documentColumns, pageOfDocuments, searchRegions } from './document-search';
import {
  CONTENT_FEW_AGENCIES,
  CONTENT_MAX_REGIONS,
  CONTENT_PAGE_ORDER,
  CONTENT_SNIPPETS,
  contentMatchPlan,
  contentPageStatements,
  contentParameters,
  contentRanked,
  SEARCH_PAGE_DOCUMENTS,
  searchKey,
} from './document-search.sql';
import { contentPairsQuery } from './content-pairs';

/** A content search: its page, then the snippets of the page's documents. */
export interface ContentSearch extends DocumentSearch {
  snippets: Map<string, string[]>;
}

/**
 * Restricts `qb` (over `documents` aliased `d`, already restricted to the caller's scope) to the
 * documents whose visible files' text holds every word of `q`, the words typed together found
 * together (content-pairs.ts), ranked unless a sort is asked for. The texts are read from
 * file_texts alone (migration 1795230000000), within the caller's agencies — through their
 * regions' part of the GIN index when there are more than a few. When no filter but an agency
 * applies, the texts alone rank, page and count the matches, joined to the page's documents
 * and their current versions in the same statement; otherwise the documents are joined to the ranked matches. read() also fetches the page's
 * snippets.
 */
export async function planContentSearch(
  manager: EntityManager,
  qb: SelectQueryBuilder<Document>,
  query: ListDocumentsQuery,
  q: string,
  scope: DocumentScope,
): Promise<ContentSearch> {
  const agencies = searchedAgencies(scope, query.agencyId);
  const key = searchKey(q);
  const pairs = contentPairsQuery(key);
  const plan = contentMatchPlan(!!agencies && agencies.length <= CONTENT_FEW_AGENCIES, pairs);
  const regions = plan === 'filtered' || !agencies ? [] : await regionsOf(manager, scope, agencies);
  const parameters = contentParameters({
    key,
    pairs,
    drafting: scope.all ? null : scope.drafting,
    agencies,
    regions,
  });
  const snippets = new Map<string, string[]>();
  const readSnippets = async (reader: EntityManager, documents: Document[]) => {
    if (documents.length === 0) return;
    const rows = await reader.query<{ documentId: string; snippet: string }[]>(CONTENT_SNIPPETS, [
      key,
      parameters.contentDrafting,
      documents.map((d) => d.id),
      pairs,
    ]);
    for (const { documentId, snippet } of rows)
      snippets.set(documentId, [...(snippets.get(documentId) ?? []), snippet]);
  };

  const covered =
    !query.sort &&
    !query.type &&
    !query.status &&
    !query.ownerUnit &&
    !query.parentId &&
    !query.administrativeProcedureCode &&
    !query.dueForReview &&
    query.format !== 'xlsx';
  if (covered) {
    // the texts answer the page and the total; the caller's scope is theirs (visible texts of
    // the caller's agencies are those of readable documents), so only the page's documents are read
    const statements = contentPageStatements(plan, !!agencies, regions.length);
    const values = statements.parameters.map((name) => parameters[name]);
    return {
      snippets,
      async read(reader) {
        const rows = await reader.query<Record<string, unknown>[]>(
          SEARCH_PAGE_DOCUMENTS(statements.page, documentColumns(reader), CONTENT_PAGE_ORDER),
          [...values, query.offset, query.pageSize],
        );
        // a page past the end has no row to carry the total
        if (rows.length === 0) {
          const total =
            query.offset === 0
              ? 0
              : Number((await reader.query<{ total: string }[]>(statements.count, values))[0].total);
          return { documents: [], total };
        }
        const found = pageOfDocuments(reader, rows);
        await readSnippets(reader, found.documents);
        return found;
      },
    };
  }

  const ranked = contentRanked(plan, !!agencies, regions.length, (name) => `:${name}`);
  qb.innerJoin(`(${ranked})`, 'cm', 'cm.document_id = d.id', parameters);
  if (!query.sort) qb.addOrderBy('cm.rank', 'DESC');
  return {
    snippets,
    async read(reader, outer) {
      // LIMIT/OFFSET as written (with a join, skip/take would page by a second DISTINCT query),
      // and the total counted in the same pass (a window over every match): matching and ranking
      // the texts is the cost, a separate count did it twice
      const { skip, take } = outer.expressionMap;
      const bind = <T extends SelectQueryBuilder<Document>>(b: T) =>
        reader.queryRunner ? b.setQueryRunner(reader.queryRunner) : b;
      const paged = outer
        .clone()
        .skip(undefined)
        .take(undefined)
        .offset(skip)
        .limit(take)
        .addSelect('count(*) OVER ()', 'content_total');
      const { entities: documents, raw } = await bind(paged).getRawAndEntities<{ content_total: string }>();
      // a page past the end has no row to carry the total
      const total = raw.length > 0 ? Number(raw[0].content_total) : await bind(outer.clone()).getCount();
      await readSnippets(reader, documents);
      return { documents, total };
    },
  };
}

/**
 * The agencies whose texts are searched: the one asked for when the caller reads it, else all
 * the caller reads (null: every agency, for a caller who reads them all).
 */
function searchedAgencies(scope: DocumentScope, agencyId?: string): string[] | null {
  if (scope.all) return agencyId ? [agencyId] : null;
  const readable = [...new Set([...scope.readable, ...scope.shared])];
  if (!agencyId) return readable;
  return readable.includes(agencyId) ? [agencyId] : [];
}

/**
 * The regions of `agencies`, when they lie in few enough for the index to be read region by
 * region. Only a search of more than CONTENT_FEW_AGENCIES asks, and searchedAgencies() gives that
 * many only as every agency the caller reads (one asked for is read agency by agency), whose
 * regions the scope carries (searchRegions()).
 */
async function regionsOf(
  manager: EntityManager,
  scope: DocumentScope,
  agencies: string[],
): Promise<string[]> {
  const regions = await searchRegions(manager, scope, agencies);
  return regions.length <= CONTENT_MAX_REGIONS ? regions : [];
}
