import type { EntityManager } from 'typeorm';

/**
 * What one statement says about each of many rows, for their views (counts per audit, the
 * nonconformity of each finding…): runs `sql` with `ids` as $1 (then `params`), unless there are
 * no ids, and folds each row it returns into the entry of the key in its `key` column.
 */
export async function rowsByKey<R extends Record<K, string>, K extends keyof R, V>(
  manager: Pick<EntityManager, 'query'>,
  sql: string,
  ids: readonly string[],
  key: K,
  fold: (row: R, entry: V | undefined) => V,
  params: readonly unknown[] = [],
): Promise<Map<string, V>> {
  const map = new Map<string, V>();
  if (ids.length === 0) return map;
  const rows = await manager.query<R[]>(sql, [ids, ...params]);
  for (const row of rows) map.set(row[key], fold(row, map.get(row[key])));
  return map;
}
