import { createHash } from 'node:crypto';

/**
 * The ends of a PDF's revisions: each `%%EOF` marker, with and without the end-of-line that
 * follows it (writers differ). A revision's bytes are the file up to one of these offsets.
 */
export function revisionEnds(pdf: Buffer): number[] {
  const ends = new Set<number>();
  for (let at = pdf.indexOf('%%EOF'); at >= 0; at = pdf.indexOf('%%EOF', at + 5)) {
    let end = at + 5;
    ends.add(end);
    if (pdf[end] === 0x0d) ends.add(++end);
    if (pdf[end] === 0x0a) ends.add(++end);
  }
  return [...ends].sort((a, b) => a - b);
}

/**
 * The earlier revision of `pdf` whose sha256 is one of `hashes` (an incremental update of that
 * file keeps its bytes unchanged as a prefix), with the offset it ends at; null when none is.
 */
export function findBaseRevision(pdf: Buffer, hashes: string[]): { sha256: string; end: number } | null {
  const wanted = new Set(hashes);
  for (const end of revisionEnds(pdf)) {
    if (end >= pdf.length) break;
    const sha256 = createHash('sha256').update(pdf.subarray(0, end)).digest('hex');
    if (wanted.has(sha256)) return { sha256, end };
  }
  return null;
}
