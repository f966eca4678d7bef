import { SelectQueryBuilder } from 'typeorm';
import type { DocumentScope } from '../document-access';
import { Document } from '../document.entity';
import type { ListDocumentsQuery } from '../dto/document.dto';
import type { DocumentSearch } from './document-search';
import {
  CONTENT_FEW_AGENCIES,
  CONTENT_RANKED,
  CONTENT_SNIPPETS,
  contentMatchPlan,
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
 * together (content-pairs.ts; file_texts' GIN index finds the texts, within the caller's agencies
 * when they do not read every agency), joined to their rank and ordered by it unless a sort is
 * asked for. read() also fetches the page's snippets.
 */
export function planContentSearch(
  qb: SelectQueryBuilder<Document>,
  query: ListDocumentsQuery,
  q: string,
  scope: DocumentScope,
): ContentSearch {
  // the texts of the agency asked for, else of the caller's agencies (all of them: no filter)
  const agencyIds = query.agencyId
    ? [query.agencyId]
    : scope.all
      ? null
      : [...scope.readable, ...scope.shared];
  const key = searchKey(q);
  const parameters = {
    contentQuery: key,
    contentPairs: contentPairsQuery(key),
    contentDrafting: scope.all ? null : scope.drafting,
    contentAgencies: agencyIds,
  };
  const agencies = agencyIds ? ' AND t.agency_id = ANY(:contentAgencies)' : '';
  const plan = contentMatchPlan(
    !!agencyIds && agencyIds.length <= CONTENT_FEW_AGENCIES,
    parameters.contentPairs,
  );
  const ranked = CONTENT_RANKED(plan, ':contentQuery', ':contentPairs', ':contentDrafting', agencies);
  qb.innerJoin(`(${ranked})`, 'cm', 'cm.document_id = d.id', parameters);
  if (!query.sort) qb.addOrderBy('cm.rank', 'DESC').addOrderBy('d.updated_at', 'DESC');
  const snippets = new Map<string, string[]>();
  return {
    snippets,
    async read(manager, outer) {
      // LIMIT/OFFSET as written (with a join, skip/take would page by a second DISTINCT query),
      // and the total counted in the same pass (a window over every match): matching and ranking
      // the texts is the cost, a separate count did it twice
      const { skip, take } = outer.expressionMap;
      const bind = <T extends SelectQueryBuilder<Document>>(b: T) =>
        manager.queryRunner ? b.setQueryRunner(manager.queryRunner) : b;
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
      if (documents.length > 0) {
        const rows = await manager.query<{ documentId: string; snippet: string }[]>(CONTENT_SNIPPETS, [
          parameters.contentQuery,
          parameters.contentDrafting,
          documents.map((d) => d.id),
          parameters.contentPairs,
        ]);
        for (const { documentId, snippet } of rows)
          snippets.set(documentId, [...(snippets.get(documentId) ?? []), snippet]);
      }
      return [documents, total];
    },
  };
}
