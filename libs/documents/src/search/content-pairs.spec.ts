import { contentPairs, contentPairsLiteral, contentPairsQuery } from './content-pairs';

describe('content pairs: the adjacent words content search matches a query of several words by', () => {
  it('pairs each word with the next within a clause, once each', () => {
    expect(contentPairs('ky bang chu ky so. chu ky so cua nguoi')).toEqual([
      'ky bang',
      'bang chu',
      'chu ky',
      'ky so',
      'so cua',
      'cua nguoi',
    ]);
  });

  it('does not pair words across punctuation: a full stop, a comma, a colon, a bracket', () => {
    expect(contentPairs('muc dich: quy dinh (trinh tu), thu tuc')).toEqual([
      'muc dich',
      'quy dinh',
      'trinh tu',
      'thu tuc',
    ]);
    expect(contentPairs('iso 9001:2015 va')).toEqual(['iso 9001', '2015 va']);
  });

  it('has no pair for one word or none', () => {
    expect(contentPairs('so')).toEqual([]);
    expect(contentPairs('  , . ')).toEqual([]);
    expect(contentPairsLiteral('so')).toBe('');
    expect(contentPairsQuery('so, ho')).toBeNull();
  });

  it('writes a text’s pairs as a tsvector literal and a query’s as a tsquery', () => {
    // with where each stands (the number of its first word), the words counted across clauses
    expect(contentPairsLiteral('chu ky so')).toBe("'chu ky':1 'ky so':2");
    expect(contentPairsLiteral('ky bang chu ky so. chu ky so')).toBe(
      "'ky bang':1 'bang chu':2 'chu ky':3,6 'ky so':4,7",
    );
    expect(contentPairsQuery('chu ky so, niem yet')).toBe("'chu ky' & 'ky so' & 'niem yet'");
    // a word that is a clause of its own is in no pair: the query asks for it too
    expect(contentPairsQuery('chu ky so; iso')).toBe("'chu ky' & 'ky so' & 'iso'");
  });
});
