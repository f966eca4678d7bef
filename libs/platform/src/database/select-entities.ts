import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Runs a hand-written SELECT and gives its rows back as entities, converted exactly as TypeORM
 * converts them (dates, arrays, numbers). For the hot read paths: on a lookup of a few rows,
 * the query builder's SQL generation and alias mapping cost the API more CPU than PostgreSQL
 * spends answering. Columns are matched by their database names; the statement may select any
 * subset of them.
 */
export async function selectEntities<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  return toEntities(manager, target, await manager.query<Record<string, unknown>[]>(sql, params));
}

/**
 * Rows of a hand-written SELECT as entities of `target`, from the columns named `prefix` and a
 * column's database name (a statement that reads two tables names one's columns with a prefix).
 */
export function toEntities<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Record<string, unknown>[],
  prefix = '',
): T[] {
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  return rows.map((row) => {
    const entity = metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const column of metadata.columns) {
      const name = prefix + column.databaseName;
      if (name in row) column.setEntityValue(entity, driver.prepareHydratedValue(row[name], column));
    }
    return entity;
  });
}
