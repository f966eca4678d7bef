/*
 * The SQL of the register search, as text (no imports): the API builds its statements from it
 * (document-search.ts) and the benchmark's bare baseline runs the same (bench/lib/sql.ts).
 */

/** The form of text the search index holds: no diacritics, lower case (đ → d included). */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The match on documents.search_key (code, title and former codes; migration 1795130000000). */
export const SEARCH_MATCH = (alias: string, pattern = ':searchPattern') =>
  `${alias}.search_key LIKE ${pattern}`;

/**
 * Relevance, best first: the document's code (or a former code) typed exactly, then the share of
 * the text the query covers (every result contains the query, so the shorter text is the closer
 * match: what trigram similarity would say, without computing it for every match), then the most
 * recently updated.
 */
export const SEARCH_RANK = (
  alias: string,
  code = ':searchCode',
  formerCode = ':searchFormerCode',
): [string, 'ASC' | 'DESC'][] => [
  [
    `(starts_with(${alias}.search_key, ${code}) OR strpos(${alias}.search_key || E'\\n', ${formerCode}) > 0)`,
    'DESC',
  ],
  [`length(${alias}.search_key)`, 'ASC'],
  [`${alias}.updated_at`, 'DESC'],
  [`${alias}.id`, 'ASC'],
];

/** The parameters of SEARCH_MATCH and SEARCH_RANK for what the user typed. */
export function searchParameters(q: string): {
  searchPattern: string;
  searchCode: string;
  searchFormerCode: string;
} {
  const key = searchKey(q);
  return {
    searchPattern: `%${likeEscape(key)}%`,
    searchCode: `${key} `,
    searchFormerCode: `\n${key}\n`,
  };
}
