import { DataSource, DataSourceOptions, MixedList } from 'typeorm';

/** An entity or migration class (entities and migrations are listed, never globbed). */
export type ClassRef = abstract new (...args: never[]) => unknown;
import { AppConfig } from '../config/app-config';

/** Entities and migrations are listed explicitly by each app: no globs. */
export function dataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
  entities: MixedList<ClassRef>,
  migrations: MixedList<ClassRef> = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: {
      max: config.DATABASE_POOL_SIZE,
      connectionTimeoutMillis: 3000,
      // a query that waits on a dead server must fail, not hang the request
      query_timeout: 15000,
      application_name: 'iso-dien-tu',
      // our queries are short OLTP reads and writes: JIT compilation costs them 100-230 ms (the
      // province dashboard, measured in bench/) to save microseconds
      options: '-c jit=off',
    },
  };
}

/** Arbitrary but fixed key: every process that migrates takes the same advisory lock. */
const MIGRATION_LOCK_KEY = 7_271_009_001;

/**
 * Runs pending migrations while holding a session-level advisory lock, so replicas that
 * start together apply each migration exactly once; the others wait, then find nothing to do.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
