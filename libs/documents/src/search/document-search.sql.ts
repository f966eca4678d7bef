/*
 * The SQL of the register search, as text (importing only the import-free fold below): the API
 * builds its statements from it (document-search.ts) and the benchmark's bare baseline runs the
 * same (bench/lib/sql.ts), which is why the fold is reached by its path, not through @app/platform.
 */
import { foldVietnamese } from '../../../platform/src/i18n/fold-vietnamese';

/** The form of text the search index holds: no diacritics, lower case (đ → d included). */
export const searchKey = foldVietnamese;

export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The match on documents.search_key (code, title and former codes; migration 1795130000000) for a
 * search of every agency: a LIKE the trigram index documents_search answers.
 */
export const SEARCH_MATCH = (alias: string, pattern = ':searchPattern') =>
  `${alias}.search_key LIKE ${pattern}`;

/**
 * The same match within the caller's agencies: strpos, which no trigram index answers, so
 * PostgreSQL reads only those agencies' entries of documents_search_agency (an index-only scan)
 * instead of intersecting the country's trigram matches with them: 670 ms (174 ms cached) for a
 * 300-agency province at full scale, when the planner took the trigram index for the LIKE.
 */
export const SEARCH_MATCH_SCOPED = (alias: string, text = ':searchText') =>
  `strpos(${alias}.search_key, ${text}) > 0`;

/**
 * The same match for callers whose agencies lie in a few regions (a province's oversight): their
 * regions' rows of document_search_keys (migration 1795250000000), a table of the search's own
 * columns hash-partitioned by region, whose GIN index over the region-prefixed trigrams of each
 * key (search_tokens()) reads that region's posting lists only; then confirmed on the key, so a
 * token collision costs time, never a wrong answer. One condition per region, the region named
 * (the partition is pruned) with its tokens (searchTokens(): a parameter each).
 */
export const SEARCH_MATCH_REGIONS = (
  alias: string,
  regions: { region: string; tokens: string }[],
  text = ':searchText',
) =>
  `(${regions.map(({ region, tokens }) => `(${alias}.region = ${region} AND search_tokens(${alias}.region, ${alias}.search_key) @> ${tokens}::text[])`).join(' OR ')}) AND ${SEARCH_MATCH_SCOPED(alias, text)}`;

/** The regions (agency_region(), migration 1795190000000) of some agencies: $1 a uuid[]. */
export const SEARCH_REGIONS = 'SELECT agency_regions($1::uuid[]) AS regions';

/**
 * The trigrams every key containing `key` holds: each run of three letters or digits within a
 * word (pg_trgm's words are runs of letters and digits, and show_trgm lists their inner
 * trigrams). None when no word of the query has three characters: no trigram index can serve.
 */
export function searchTrigrams(key: string): string[] {
  const trigrams = new Set<string>();
  for (const word of key.split(/[^a-z0-9]+/))
    for (let i = 0; i + 3 <= word.length; i += 1) trigrams.add(word.slice(i, i + 3));
  return [...trigrams];
}

/** At most this many trigrams of a query are looked up in the index (the key confirms the rest). */
const INDEXED_TRIGRAMS = 4;

/**
 * The trigrams of `key` the region index is asked for: all of them up to INDEXED_TRIGRAMS, else
 * the first of each word, longest words first (a syllable's onset tells it from the many sharing
 * its rhyme: "ong", "ien"), the last of a number (its final digits vary most), then the others in
 * order. Each posting list read costs time whether or not it narrows the match: "mot cua lien
 * thong" with its 7 trigrams took 5.3 ms in a 300-agency province, with 3 of them 3.1 ms, for the
 * same 3,530 matches.
 */
export function indexedTrigrams(key: string): string[] {
  const all = searchTrigrams(key);
  if (all.length <= INDEXED_TRIGRAMS) return all;
  const words = key.split(/[^a-z0-9]+/).filter((word) => word.length >= 3);
  const leading = [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => (/^[0-9]+$/.test(word) ? word.slice(-3) : word.slice(0, 3)));
  return [...new Set([...leading, ...all])].slice(0, INDEXED_TRIGRAMS);
}

/** The tokens SEARCH_MATCH_REGIONS looks for in each region: the query's indexed trigrams there. */
export function searchTokens(regions: string[], key: string): string[][] {
  const trigrams = indexedTrigrams(key);
  return regions.map((region) => trigrams.map((trigram) => `${region}:${trigram}`));
}

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
  id = `${alias}.id`,
): [string, 'ASC' | 'DESC'][] => [
  [
    `(starts_with(${alias}.search_key, ${code}) OR strpos(${alias}.search_key || E'\\n', ${formerCode}) > 0)`,
    'DESC',
  ],
  // in bytes: the key is unaccented, so the same order as in letters, without decoding each key
  [`octet_length(${alias}.search_key)`, 'ASC'],
  [`${alias}.updated_at`, 'DESC'],
  [id, 'ASC'],
];

/**
 * A ranking's keys carried out of a page's statement: each key but the last (the id, selected
 * as page_id) as a column page_rank_<i> of the page, and the page's order over them (`p`), so
 * that a statement joining the page to its documents (SEARCH_PAGE_DOCUMENTS) keeps the page's
 * order without ranking anything again.
 */
export function carriedRank(rank: [string, 'ASC' | 'DESC'][]): {
  columns: [expression: string, alias: string][];
  order: string;
} {
  const keys = rank.slice(0, -1);
  const [, idDirection] = rank[rank.length - 1];
  return {
    columns: keys.map(([expression], i) => [expression, `page_rank_${i}`]),
    order: [
      ...keys.map(([, direction], i) => `p.page_rank_${i} ${direction}`),
      `p.page_id ${idDirection}`,
    ].join(', '),
  };
}

/**
 * A search's page with its documents and their current versions, in one statement: reading the
 * page's documents, then their versions, by the page's ids cost two round trips more of a
 * search's five. `page` is a statement whose rows are the page: page_id (a document's id),
 * page_total (the number of matches) and the carried ranking (carriedRank(), whose `order` is
 * `order`); `columns` the documents' columns read. The current version comes as v_id,
 * v_revision and v_effective_from (NULL for a document never in force).
 */
export const SEARCH_PAGE_DOCUMENTS = (page: string, columns: string[], order: string) =>
  `SELECT ${columns.map((column) => `d."${column}"`).join(', ')}, p.page_total,
          v.id AS v_id, v.revision AS v_revision, v.effective_from AS v_effective_from
     FROM (${page}) p JOIN documents d ON d.id = p.page_id
     LEFT JOIN document_versions v ON v.id = d.current_version_id
    ORDER BY ${order}`;

/**
 * Who may see a document, on a query over documents (or their search keys) aliased `alias`:
 * one of the caller's agencies or of those sharing a quality system with them, and a draft only
 * in an agency where the caller holds a document role (DocumentAccess; each argument a uuid[]).
 */
export const DOCUMENT_SCOPE = (alias: string, readable: string, shared: string, drafting: string) =>
  `((${alias}.agency_id = ANY(${readable}) OR ${alias}.agency_id = ANY(${shared}))
        AND (${alias}.status <> 'DRAFT' OR ${alias}.agency_id = ANY(${drafting})))`;

/** How a search finds its matches (document-search.ts, chooseSearchMatch()). */
export type SearchMatch = { by: 'trigrams' } | { by: 'key' } | { by: 'regions'; regions: string[] };

/** What a ranked search with no filter but those its matches carry is asked (searchPageStatements()). */
export interface SearchPageInput {
  match: SearchMatch;
  /** The caller's agencies (DOCUMENT_SCOPE); null for a caller who reads every agency. */
  scope: { readable: string[]; shared: string[]; drafting: string[] } | null;
  /** What the user typed. */
  q: string;
  agencyId?: string;
  type?: string;
  status?: string;
  offset: number;
  limit: number;
}

/**
 * The statements of a ranked search whose filters its matches answer (agency, type, status):
 * `page`, the page with the total from one pass over the matches (a window count: ranking and
 * counting them in two statements read every match twice) joined to its documents' `columns`
 * and their current versions (SEARCH_PAGE_DOCUMENTS); `count`, the number of matches alone (a
 * page past the end has no row to carry it). Positional: `page` takes `parameters`, `count` the
 * first `countParameters` of them. Written as text, not with a query builder: the API builds it
 * on every search, and the benchmark's baseline runs the very same.
 */
export function searchPageStatements(
  input: SearchPageInput,
  columns: string[],
): { page: string; count: string; parameters: unknown[]; countParameters: number } {
  const parameters: unknown[] = [];
  const $ = (value: unknown) => `$${parameters.push(value)}`;
  const { searchPattern, searchText, searchCode, searchFormerCode } = searchParameters(input.q);
  const { match } = input;
  const [from, id] =
    match.by === 'regions' ? ['document_search_keys s', 's.document_id'] : ['documents s', 's.id'];
  const conditions = [
    match.by === 'regions'
      ? SEARCH_MATCH_REGIONS(
          's',
          searchTokens(match.regions, searchText).map((tokens, i) => ({
            region: $(match.regions[i]),
            tokens: $(tokens),
          })),
          $(searchText),
        )
      : match.by === 'key'
        ? SEARCH_MATCH_SCOPED('s', $(searchText))
        : SEARCH_MATCH('s', $(searchPattern)),
  ];
  const { scope } = input;
  if (scope) conditions.push(DOCUMENT_SCOPE('s', $(scope.readable), $(scope.shared), $(scope.drafting)));
  if (input.agencyId) conditions.push(`s.agency_id = ${$(input.agencyId)}`);
  if (input.type) conditions.push(`s.type = ${$(input.type)}`);
  if (input.status) conditions.push(`s.status = ${$(input.status)}`);
  const where = `FROM ${from} WHERE ${conditions.join(' AND ')}`;
  const countParameters = parameters.length;
  const rank = SEARCH_RANK('s', $(searchCode), $(searchFormerCode), id);
  const carried = carriedRank(rank);
  const page = `SELECT ${id} AS page_id, count(*) OVER () AS page_total,
         ${carried.columns.map(([expression, alias]) => `${expression} AS ${alias}`).join(', ')}
    ${where}
    ORDER BY ${rank.map(([expression, direction]) => `${expression} ${direction}`).join(', ')}
    OFFSET ${$(input.offset)} LIMIT ${$(input.limit)}`;
  return {
    page: SEARCH_PAGE_DOCUMENTS(page, columns, carried.order),
    count: `SELECT count(*) AS total ${where}`,
    parameters,
    countParameters,
  };
}

/** The parameters of SEARCH_MATCH and SEARCH_RANK for what the user typed. */
export function searchParameters(q: string): {
  searchPattern: string;
  searchText: string;
  searchCode: string;
  searchFormerCode: string;
} {
  const key = searchKey(q);
  return {
    searchPattern: `%${likeEscape(key)}%`,
    searchText: key,
    searchCode: `${key} `,
    searchFormerCode: `\n${key}\n`,
  };
}

/*
 * Content search (issue 17): file_texts (migration 1795135000000) holds each document file's text
 * normalised as searchKey, with a GIN-indexed tsvector of it ('simple': no stemming).
 */

/** Every word of what the user typed (normalised with searchKey), as a tsquery: the match, a one-word query's rank, the snippets' query. */
export const CONTENT_QUERY = (param = ':contentQuery') => `plainto_tsquery('simple', ${param})`;

/** The lexeme of texts without pairs (migration 1795220000000), as a tsquery. */
const UNPAIRED = `''' unpaired'''::tsquery`;

/**
 * The match as one tsquery: every word, and when the query has pairs (contentPairsQuery()) those
 * too — or, in a text without pairs, its words alone.
 */
export const CONTENT_MATCH_QUERY = (param = ':contentQuery', pairs = ':contentPairs') =>
  `(CASE WHEN ${pairs}::text IS NULL THEN ${CONTENT_QUERY(param)} ELSE ${CONTENT_QUERY(param)} && (${pairs}::tsquery || ${UNPAIRED}) END)`;

/**
 * What a text's relevance (ts_rank) is measured by: the query's pairs when it has some, whose
 * positions each text keeps (contentPairsLiteral), else its words. ts_rank compares the positions
 * of the query's terms, and each common syllable stands dozens of times in a text where each pair
 * stands a few: over a province's 404 texts holding "co so du lieu quoc gia", ranking by its six
 * words was 6–7 of a 13 ms page statement hot. A text without pairs has none of them and ranks
 * after those that have.
 */
export const CONTENT_RANK_QUERY = (param = ':contentQuery', pairs = ':contentPairs') =>
  `coalesce(${pairs}::tsquery, ${CONTENT_QUERY(param)})`;

/**
 * The texts the caller may search: of files not taken off, of published versions or of an agency
 * where the caller has a document role (`drafting`: a uuid[]; NULL when the caller reads every
 * agency) — DocumentAccess.canSeeVersion on the text's own columns (migration 1795230000000).
 */
export const CONTENT_TEXT_VISIBLE = (drafting = ':contentDrafting') =>
  `NOT t.removed AND (${drafting}::uuid[] IS NULL OR t.published OR t.agency_id = ANY(${drafting}::uuid[]))`;

/** How the texts are matched (CONTENT_MATCHES). */
export type ContentMatchPlan = 'indexed' | 'indexedPairs' | 'filtered';

/**
 * The plan for a query: `filtered` for a few agencies (reading their texts by agency and testing
 * each is cheaper than the country's matches of common syllables — 'co', 'so', 'du', 'lieu': 100
 * ms in the GIN index at full scale, for an agency with 20 texts); `indexedPairs` when the query
 * has pairs: the GIN index answers the pairs alone (a text holding a pair holds its words), whose
 * posting lists are as selective as the phrase, or the words of texts without pairs (a second
 * index scan, OR-ed) — with the words in one tsquery with the pairs, the scan decoded the posting
 * lists of the common words too ('chu', 'ky', 'so': ~95,000 texts each), 25 of a 27 ms scan for
 * "chu ky so" at full scale; else `indexed`.
 */
export function contentMatchPlan(fewAgencies: boolean, pairs: string | null): ContentMatchPlan {
  if (fewAgencies) return 'filtered';
  return pairs === null ? 'indexed' : 'indexedPairs';
}

/**
 * The matching texts the caller may see, as `plan` says. `regions` (a text parameter per region;
 * none for texts of every region) narrows the index scans to the texts of those regions (the GIN
 * index holds each text's region beside its tsvector: a province's posting lists only); one
 * index condition per region and kind of match, each written as the index answers it, so that
 * no text's tsvector is read again to recheck the OR (4 of a 7 ms statement province-wide).
 */
export const CONTENT_MATCHES = (
  plan: ContentMatchPlan,
  param = ':contentQuery',
  pairs = ':contentPairs',
  drafting = ':contentDrafting',
  regions: string[] = [],
) => {
  const scans = {
    indexed: [`t.tsv @@ ${CONTENT_QUERY(param)}`],
    indexedPairs: [`t.tsv @@ ${pairs}::tsquery`, `t.tsv @@ (${CONTENT_QUERY(param)} && ${UNPAIRED})`],
    filtered: [],
  }[plan];
  const match =
    plan === 'filtered'
      ? `(t.tsv @@ ${CONTENT_MATCH_QUERY(param, pairs)}) IS TRUE`
      : `(${(regions.length === 0 ? scans : regions.flatMap((region) => scans.map((scan) => `t.region = ${region} AND ${scan}`))).map((c) => `(${c})`).join(' OR ')})`;
  return `file_texts t WHERE ${match} AND ${CONTENT_TEXT_VISIBLE(drafting)}`;
};

/** Up to this many regions, the texts' index is read region by region (CONTENT_MATCHES). */
export const CONTENT_MAX_REGIONS = 8;

/**
 * The matching documents with their relevance (`document_id`, `rank`: the best matching text's
 * ts_rank), from file_texts alone, each text matched and ranked once; `agencies` narrows the
 * texts to the caller's agencies (an AND clause over `t`).
 */
export const CONTENT_RANKED = (
  plan: ContentMatchPlan,
  param = ':contentQuery',
  pairs = ':contentPairs',
  drafting = ':contentDrafting',
  agencies = '',
  regions: string[] = [],
) =>
  `SELECT t.document_id, max(ts_rank(t.tsv, ${plan === 'indexed' ? CONTENT_QUERY(param) : CONTENT_RANK_QUERY(param, pairs)})) AS rank FROM ${CONTENT_MATCHES(plan, param, pairs, drafting, regions)}${agencies}
    GROUP BY t.document_id`;

/** What a content search is asked: the values of the statements' parameters, by name (contentParameters). */
export interface ContentSearchInput {
  /** The query as searchKey(). */
  key: string;
  /** contentPairsQuery() of the key. */
  pairs: string | null;
  /** The caller's drafting agencies; null for a reader of every agency. */
  drafting: string[] | null;
  /** The agencies whose texts are read; null for every agency. */
  agencies: string[] | null;
  /** The regions the index is read by (CONTENT_MAX_REGIONS at most); none for every region. */
  regions: string[];
}

/** The parameters of contentRanked() and contentPageStatements(), by name. */
export function contentParameters(input: ContentSearchInput): Record<string, unknown> {
  return {
    contentQuery: input.key,
    contentPairs: input.pairs,
    contentDrafting: input.drafting,
    contentAgencies: input.agencies,
    ...Object.fromEntries(input.regions.map((region, i) => [`contentRegion${i}`, region])),
  };
}

/**
 * CONTENT_RANKED for a search of `plan`, narrowed to the caller's agencies when `agencies`, read
 * by `regions` regions, with each parameter of contentParameters() written by `placeholder`
 * (`:name` for TypeORM, `$n` for a positional statement); the pairs only where the plan uses them.
 */
export function contentRanked(
  plan: ContentMatchPlan,
  agencies: boolean,
  regions: number,
  placeholder: (name: string) => string,
): string {
  return CONTENT_RANKED(
    plan,
    placeholder('contentQuery'),
    plan === 'indexed' ? '' : placeholder('contentPairs'),
    placeholder('contentDrafting'),
    agencies ? ` AND t.agency_id = ANY(${placeholder('contentAgencies')}::uuid[])` : '',
    Array.from({ length: regions }, (_, i) => placeholder(`contentRegion${i}`)),
  );
}

/**
 * A page of contentRanked(), best first (ties by document id), with the number of matching
 * documents on every row, and that number alone (for a page past the end): the statements of a
 * search with no filter but the caller's agencies, which the texts alone answer (the page's
 * documents are joined to it: SEARCH_PAGE_DOCUMENTS, in CONTENT_PAGE_ORDER). `page` selects
 * page_id, page_total and page_rank_0 (the best text's rank). Positional parameters, numbered in the order
 * the statement first uses them (PostgreSQL rejects one it does not use); `parameters` lists
 * their names (contentParameters()) in that order, then the page's offset and limit follow.
 */
export function contentPageStatements(
  plan: ContentMatchPlan,
  agencies: boolean,
  regions: number,
): { page: string; count: string; parameters: string[] } {
  const parameters: string[] = [];
  const ranked = contentRanked(plan, agencies, regions, (name) => {
    if (!parameters.includes(name)) parameters.push(name);
    return `$${parameters.indexOf(name) + 1}`;
  });
  const [offset, limit] = [parameters.length + 1, parameters.length + 2];
  return {
    page: `SELECT r.document_id AS page_id, count(*) OVER () AS page_total, r.rank AS page_rank_0 FROM (${ranked}) r
    ORDER BY r.rank DESC, r.document_id OFFSET $${offset} LIMIT $${limit}`,
    count: `SELECT count(*) AS total FROM (${ranked}) r`,
    parameters,
  };
}

/** The order of contentPageStatements()'s page over `p` (SEARCH_PAGE_DOCUMENTS). */
export const CONTENT_PAGE_ORDER = carriedRank([
  ['r.rank', 'DESC'],
  ['r.document_id', 'ASC'],
]).order;

/** Up to this many agencies, their texts are read by agency rather than through the GIN index (CONTENT_MATCHES). */
export const CONTENT_FEW_AGENCIES = 5;

/** Snippet markers around each matching word (ts_headline's StartSel/StopSel). */
export const SNIPPET_START = '«';
export const SNIPPET_STOP = '»';

/** Up to two fragments of a matching text around its matches, of the normalised text. */
export const CONTENT_HEADLINE = (text: string, query = CONTENT_QUERY()) =>
  `ts_headline('simple', ${text}, ${query}, 'StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`;

/** Characters either side of the query kept for the snippets (CONTENT_EXCERPT). */
export const SNIPPET_WINDOW = 150;

/**
 * The part of a text its snippets are cut from: SNIPPET_WINDOW characters either side of the
 * first place where the query stands as typed (normalised), cut at whole words; the whole text
 * when the query is not there as typed (phrases separated by commas, or punctuation between its
 * words). ts_headline parses and scores every word it is given, and a page's texts are 60–120
 * sentences each at full scale. `key` is the query as searchKey() (a parameter).
 */
export const CONTENT_EXCERPT = (text: string, key: string) => {
  const at = `strpos(${text}, ${key})`;
  const start = `greatest(${at} - ${SNIPPET_WINDOW}, 1)`;
  const length = `length(${key}) + ${2 * SNIPPET_WINDOW}`;
  // a partial word at either end is dropped; a space added where the window is at the text's end keeps its last word
  const window = `CASE WHEN ${start} = 1 THEN ' ' ELSE '' END || substr(${text}, ${start}, ${length})
      || CASE WHEN ${start} + ${length} > length(${text}) THEN ' ' ELSE '' END`;
  return `CASE WHEN ${at} = 0 OR length(${text}) <= ${length} THEN ${text}
    ELSE regexp_replace(${window}, '^\\S*\\s|\\s\\S*$', '', 'g') END`;
};

/** Passages shown per document, from its best matching files. */
export const SNIPPETS_PER_DOCUMENT = 3;

/**
 * The snippets of a page of documents ($1 the query as searchKey(), $2 the drafting agencies, $3
 * the documents' ids, $4 contentPairsQuery()), best text first, at most SNIPPETS_PER_DOCUMENT
 * each: the page's texts by document, so only they are read and only the kept ones are cut into
 * snippets. The match is written so the GIN index cannot answer it: with it, the planner (which
 * expects a few matches of a query of common syllables) started from every text in the country
 * that matches and joined them to the page — 7,118 texts read for 20 documents, 243 ms instead
 * of 21 ms at full scale. Snippets are cut from each text's excerpt around the query
 * (CONTENT_EXCERPT) of the text read once (`|| ''` makes a plain copy: each use of the stored,
 * compressed value in the excerpt's expression decompressed it again, 1 of 6 ms for a page).
 */
export const CONTENT_SNIPPETS = `SELECT m."documentId", ${CONTENT_HEADLINE(CONTENT_EXCERPT('m.text', '$1'), CONTENT_QUERY('$1'))} AS snippet
    FROM (SELECT t.document_id AS "documentId", t.text || '' AS text,
                 row_number() OVER (PARTITION BY t.document_id
                                    ORDER BY ts_rank(t.tsv, ${CONTENT_RANK_QUERY('$1', '$4')}) DESC, t.file_id) AS n
            FROM file_texts t
           WHERE t.document_id = ANY($3::uuid[]) AND (t.tsv @@ ${CONTENT_MATCH_QUERY('$1', '$4')}) IS TRUE
             AND ${CONTENT_TEXT_VISIBLE('$2')}) m
   WHERE m.n <= ${SNIPPETS_PER_DOCUMENT}
   ORDER BY m."documentId", m.n`;
