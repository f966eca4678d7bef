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
  const rows = await manager.query<Record<string, unknown>[]>(sql, params);
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  return rows.map((row) => {
    const entity = metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const column of metadata.columns) {
      if (column.databaseName in row)
        column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return entity;
  });
}
