import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** PostgreSQL's limit on the parameters of one statement (a 16-bit count). */
const MAX_PARAMETERS = 65_535;

/**
 * Inserts rows in order, in as many statements as PostgreSQL's parameter limit needs: a unit of
 * work that writes thousands of rows at once (an agency import publishing its register writes an
 * audit entry per version) would otherwise fail as one INSERT of more than 65,535 parameters.
 * Sequential statements in the caller's transaction keep the order (the audit chain relies on it).
 */
export async function insertInChunks<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = manager.connection.getMetadata(entity).columns.length;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns)));
  for (let start = 0; start < rows.length; start += size)
    await manager.insert(entity, rows.slice(start, start + size));
}
