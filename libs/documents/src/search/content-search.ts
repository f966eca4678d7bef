import { SelectQueryBuilder } from 'typeorm';
import type { DocumentScope } from '../document-access';
import { Document } from '../document.entity';
import type { ListDocumentsQuery } from '../dto/document.dto';
import type { DocumentSearch } from './document-search';
import {
  CONTENT_HEADLINE,
  CONTENT_MATCHES,
  CONTENT_QUERY,
  CONTENT_RANK,
  searchKey,
} from './document-search.sql';

/** Passages shown per document (from its best matching files). */
const SNIPPETS_PER_DOCUMENT = 3;

/** A content search: its page, then the snippets of the page's documents. */
export interface ContentSearch extends DocumentSearch {
  snippets: Map<string, string[]>;
}

/**
 * Restricts `qb` (over `documents` aliased `d`, already restricted to the caller's scope) to the
 * documents whose visible files' text holds every word of `q` (file_texts' GIN index finds the
 * texts; within the caller's agencies when they do not read every agency), ranked by the best
 * file's ts_rank unless a sort is asked for. read() also fetches the page's snippets.
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
  qb.andWhere(`d.id IN (SELECT f.document_id FROM ${CONTENT_MATCHES()}${agencies})`, parameters);
  if (!query.sort) qb.addOrderBy(CONTENT_RANK('d'), 'DESC', 'NULLS LAST').addOrderBy('d.updated_at', 'DESC');
  const snippets = new Map<string, string[]>();
  return {
    snippets,
    async read(manager, outer) {
      const bound = manager.queryRunner ? outer.clone().setQueryRunner(manager.queryRunner) : outer.clone();
      const [documents, total] = await bound.getManyAndCount();
      if (documents.length > 0) {
        const rows = await manager.query<{ documentId: string; snippet: string }[]>(
          `SELECT f.document_id AS "documentId", ${CONTENT_HEADLINE('t.text', CONTENT_QUERY('$1'))} AS snippet
             FROM ${CONTENT_MATCHES(CONTENT_QUERY('$1'), '$2')} AND f.document_id = ANY($3::uuid[])
            ORDER BY f.document_id, ts_rank(t.tsv, ${CONTENT_QUERY('$1')}) DESC, f.created_at, f.id`,
          [parameters.contentQuery, parameters.contentDrafting, documents.map((d) => d.id)],
        );
        for (const { documentId, snippet } of rows) {
          const list = snippets.get(documentId) ?? [];
          if (list.length < SNIPPETS_PER_DOCUMENT) snippets.set(documentId, [...list, snippet]);
        }
      }
      return [documents, total];
    },
  };
}
