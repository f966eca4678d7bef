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

/** The words of each clause of a normalised text (searchKey: lower case, no diacritics). */
function clauses(key: string): string[][] {
  return key
    .split(CLAUSE_BREAK)
    .map((clause) => clause.split(/\s+/).filter((word) => word.length > 0))
    .filter((words) => words.length > 0);
}

/** The pairs of adjacent words of one clause. */
function pairsOf(words: string[]): string[] {
  return words.slice(1).map((word, i) => `${words[i]} ${word}`);
}

/**
 * The pairs of adjacent words of a normalised text, each with where it stands: the number of its
 * first word in the text (counted across clauses, from 1), in the text's order.
 */
export function contentPairPositions(key: string): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  let counted = 0;
  for (const words of clauses(key)) {
    pairsOf(words).forEach((pair, i) => {
      const at = positions.get(pair);
      if (at) at.push(counted + i + 1);
      else positions.set(pair, [counted + i + 1]);
    });
    counted += words.length;
  }
  return positions;
}

/** The distinct pairs of adjacent words of a normalised text. */
export function contentPairs(key: string): string[] {
  return [...contentPairPositions(key).keys()];
}

/**
 * A text's pairs as file_texts.pairs holds them: a tsvector literal, each pair a lexeme with a
 * space, with its positions — content search ranks a query of several words by its pairs
 * (document-search.sql.ts CONTENT_RANK_QUERY). PostgreSQL keeps the first 256 positions of a
 * lexeme and counts none past 16,383.
 */
export function contentPairsLiteral(key: string): string {
  return [...contentPairPositions(key)].map(([pair, at]) => `'${pair}':${at.join(',')}`).join(' ');
}

/**
 * What a text must hold besides its words for a content query, as a tsquery literal: every pair
 * of adjacent words of the query, and each word that is a clause of its own (which no pair
 * holds), so that the GIN index can answer a query of several words from the pairs' posting
 * lists alone. Null for a query of one word per clause: its words alone are the match.
 */
export function contentPairsQuery(key: string): string | null {
  const words = clauses(key);
  if (words.every((clause) => clause.length === 1)) return null;
  const terms = new Set(words.flatMap((clause) => (clause.length === 1 ? clause : pairsOf(clause))));
  return [...terms].map((term) => `'${term}'`).join(' & ');
}
