/**
 * Rows of grouped counts (`n`, PostgreSQL's count(*)::text) summed by the value of each of
 * `columns` (keys in the order the rows first name them), and their total.
 */
export function sumCounts<R extends { n: string }, C extends keyof R & string>(
  rows: readonly R[],
  columns: readonly C[],
): { total: number; by: Record<C, Record<string, number>> } {
  const by = Object.fromEntries(columns.map((c) => [c, {}])) as Record<C, Record<string, number>>;
  let total = 0;
  for (const row of rows) {
    const n = Number(row.n);
    total += n;
    for (const column of columns) {
      const sums: Record<string, number> = by[column];
      const key = String(row[column]);
      sums[key] = (sums[key] ?? 0) + n;
    }
  }
  return { total, by };
}
