/*
 * The pairs of adjacent words that content search matches a query of several words by (issue 17,
 * migration 1795220000000). Import-free: the benchmark's data generator and bare baseline use it.
 *
 * A Vietnamese word is one to four syllables, and each syllable alone is common: every syllable of
 * "chữ ký số" is in 97 % of a province's texts. A text keeps each pair of adjacent words within a
 * clause ('chu ky', 'ky so'), and a query asks for its own pairs, so the GIN index finds the texts
 * that hold the words together, and only those are ranked.
 */

/** Clauses end at anything but letters, digits and spaces (a comma, a full stop, a bracket…). */
const CLAUSE_BREAK = /[^a-z0-9\s]+/;

/** The distinct pairs of adjacent words of a normalised text (searchKey: lower case, no diacritics). */
export function contentPairs(key: string): string[] {
  const pairs = new Set<string>();
  for (const clause of key.split(CLAUSE_BREAK)) {
    const words = clause.split(/\s+/).filter((word) => word.length > 0);
    for (let i = 0; i + 1 < words.length; i += 1) pairs.add(`${words[i]} ${words[i + 1]}`);
  }
  return [...pairs];
}

/** A text's pairs as file_texts.pairs holds them: a tsvector literal (each a lexeme with a space). */
export function contentPairsLiteral(key: string): string {
  return contentPairs(key)
    .map((pair) => `'${pair}'`)
    .join(' ');
}

/**
 * What a text must hold besides its words for a content query, as a tsquery literal: every pair
 * of adjacent words of the query, and each word that is a clause of its own (which no pair
 * holds), so that the GIN index can answer a query of several words from the pairs' posting
 * lists alone. Null for a query of one word per clause: its words alone are the match.
 */
export function contentPairsQuery(key: string): string | null {
  const terms = new Set<string>();
  for (const clause of key.split(CLAUSE_BREAK)) {
    const words = clause.split(/\s+/).filter((word) => word.length > 0);
    if (words.length === 1) terms.add(words[0]);
    for (let i = 0; i + 1 < words.length; i += 1) terms.add(`${words[i]} ${words[i + 1]}`);
  }
  const pairs = [...terms].some((term) => term.includes(' '));
  return pairs ? [...terms].map((term) => `'${term}'`).join(' & ') : null;
}
