import { SelectQueryBuilder } from 'typeorm';
import type { DocumentScope } from '../document-access';
import { Document } from '../document.entity';
import type { ListDocumentsQuery } from '../dto/document.dto';
import type { DocumentSearch } from './document-search';
import { CONTENT_QUERY, CONTENT_RANKED, CONTENT_SNIPPETS, searchKey } from './document-search.sql';

/** Passages shown per document (from its best matching files). */
const SNIPPETS_PER_DOCUMENT = 3;

/** A content search: its page, then the snippets of the page's documents. */
export interface ContentSearch extends DocumentSearch {
  snippets: Map<string, string[]>;
}

/**
 * Restricts `qb` (over `documents` aliased `d`, already restricted to the caller's scope) to the
 * documents whose visible files' text holds every word of `q` (file_texts' GIN index finds the
 * texts; within the caller's agencies when they do not read every agency), joined to their rank
 * and ordered by it unless a sort is asked for. read() also fetches the page's snippets.
 */
export function planContentSearch(
  qb: SelectQueryBuilder<Document>,
  query: ListDocumentsQuery,
  q: string,
  scope: DocumentScope,
): ContentSearch {
  const parameters = { contentQuery: searchKey(q), contentDrafting: scope.all ? null : scope.drafting };
  const agencies = scope.all
    ? ''
    : ' AND (t.agency_id = ANY(:scopeReadable) OR t.agency_id = ANY(:scopeShared))';
  qb.innerJoin(
    `(${CONTENT_RANKED(CONTENT_QUERY(), ':contentDrafting', agencies)})`,
    'cm',
    'cm.document_id = d.id',
    parameters,
  );
  if (!query.sort) qb.addOrderBy('cm.rank', 'DESC').addOrderBy('d.updated_at', 'DESC');
  const snippets = new Map<string, string[]>();
  return {
    snippets,
    async read(manager, outer) {
      // LIMIT/OFFSET as written: with a join, skip/take would page by a second DISTINCT query
      const { skip, take } = outer.expressionMap;
      const paged = outer.clone().skip(undefined).take(undefined).offset(skip).limit(take);
      const bound = manager.queryRunner ? paged.setQueryRunner(manager.queryRunner) : paged;
      const [documents, total] = await bound.getManyAndCount();
      if (documents.length > 0) {
        const rows = await manager.query<{ documentId: string; snippet: string }[]>(CONTENT_SNIPPETS, [
          parameters.contentQuery,
          parameters.contentDrafting,
          documents.map((d) => d.id),
        ]);
        for (const { documentId, snippet } of rows) {
          const list = snippets.get(documentId) ?? [];
          if (list.length < SNIPPETS_PER_DOCUMENT) snippets.set(documentId, [...list, snippet]);
        }
      }
      return [documents, total];
    },
  };
}
