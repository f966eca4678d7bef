import {
  carriedRank,
  contentPageStatements,
  indexedTrigrams,
  SEARCH_RANK,
  searchPageStatements,
  searchTokens,
  searchTrigrams,
} from './document-search.sql';

/** The numbers of the positional parameters a statement uses, sorted. */
const placeholders = (sql: string) =>
  [...new Set([...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);

describe('contentPageStatements', () => {
  it('numbers only the parameters the plan uses: PostgreSQL rejects one a statement does not use', () => {
    const indexed = contentPageStatements('indexed', false, 0);
    expect(indexed.parameters).toEqual(['contentQuery', 'contentDrafting']);
    expect(placeholders(indexed.count)).toEqual([1, 2]);
    // the page's offset and limit follow
    expect(placeholders(indexed.page)).toEqual([1, 2, 3, 4]);
  });

  it('reads the index region by region, one condition per region and kind of match', () => {
    const { page, count, parameters } = contentPageStatements('indexedPairs', true, 2);
    expect(parameters).toEqual([
      'contentQuery',
      'contentPairs',
      'contentDrafting',
      'contentAgencies',
      'contentRegion0',
      'contentRegion1',
    ]);
    expect(placeholders(count)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(placeholders(page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(count.match(/t\.region = \$\d/g)).toEqual([
      't.region = $5',
      't.region = $5',
      't.region = $6',
      't.region = $6',
    ]);
  });

  it('reads a few agencies text by text, without the regions', () => {
    const { count, parameters } = contentPageStatements('filtered', true, 0);
    expect(parameters).toEqual(['contentQuery', 'contentPairs', 'contentDrafting', 'contentAgencies']);
    expect(count).not.toContain('t.region');
    expect(count).toContain('t.agency_id = ANY($4::uuid[])');
  });
});

describe('the trigrams a province-wide title search looks up', () => {
  it('asks for every trigram of a short query', () => {
    expect(indexedTrigrams('giay phep')).toEqual(['gia', 'iay', 'phe', 'hep']);
    expect(indexedTrigrams('nam 2019')).toEqual(['nam', '201', '019']);
  });

  it('asks for four of a long one: each word’s onset, longest words first, a number’s last digits', () => {
    expect(indexedTrigrams('mot cua lien thong')).toEqual(['tho', 'lie', 'mot', 'cua']);
    expect(indexedTrigrams('quy trinh 2019')).toEqual(['tri', '019', 'quy', 'rin']);
    // every one looked up is a trigram any matching key holds
    for (const query of ['mot cua lien thong', 'quy trinh 2019', 'cap giay phep xay dung'])
      for (const trigram of indexedTrigrams(query)) expect(searchTrigrams(query)).toContain(trigram);
  });

  it('asks for none when no word has three characters (the keys are tested instead)', () => {
    expect(indexedTrigrams('qt 01')).toEqual([]);
  });

  it('prefixes them with each region', () => {
    expect(searchTokens(['r1', 'r2'], 'lan dau')).toEqual([
      ['r1:lan', 'r1:dau'],
      ['r2:lan', 'r2:dau'],
    ]);
  });
});

describe('carriedRank', () => {
  it('selects every key but the id as a column of the page, and orders the page over them as ranked', () => {
    const rank = SEARCH_RANK('s', '$5', '$6', 's.document_id');
    const { columns, order } = carriedRank(rank);
    expect(columns).toEqual([
      [rank[0][0], 'page_rank_0'],
      ['octet_length(s.search_key)', 'page_rank_1'],
      ['s.updated_at', 'page_rank_2'],
    ]);
    expect(order).toBe('p.page_rank_0 DESC, p.page_rank_1 ASC, p.page_rank_2 DESC, p.page_id ASC');
  });
});

describe('searchPageStatements', () => {
  const scope = { readable: ['a'], shared: [], drafting: [] };
  const base = { q: 'Giấy phép', offset: 20, limit: 10 };

  it('numbers its parameters in order; the count takes the first of them, the matching and the filters', () => {
    const { page, count, parameters, countParameters } = searchPageStatements(
      { ...base, match: { by: 'regions', regions: ['r1', 'r2'] }, scope, type: 'PROCEDURE' },
      ['id', 'title'],
    );
    expect(placeholders(page)).toEqual(parameters.map((_, i) => i + 1));
    expect(placeholders(count)).toEqual(parameters.slice(0, countParameters).map((_, i) => i + 1));
    // each region with its own tokens, then the text, the scope, the type; the ranking's keys and the page's bounds after
    expect(parameters).toEqual([
      'r1',
      ['r1:gia', 'r1:iay', 'r1:phe', 'r1:hep'],
      'r2',
      ['r2:gia', 'r2:iay', 'r2:phe', 'r2:hep'],
      'giay phep',
      ['a'],
      [],
      [],
      'PROCEDURE',
      'giay phep ',
      '\ngiay phep\n',
      20,
      10,
    ]);
    expect(countParameters).toBe(9);
    expect(page).toContain('FROM document_search_keys s');
  });

  it('reads every agency without a scope, through the LIKE the country’s trigram index answers', () => {
    const { page, parameters } = searchPageStatements({ ...base, match: { by: 'trigrams' }, scope: null }, [
      'id',
    ]);
    expect(page).toContain('s.search_key LIKE $1');
    expect(page).not.toContain('ANY(');
    expect(parameters[0]).toBe('%giay phep%');
  });
});
