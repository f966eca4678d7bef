import { DataSource, DataSourceOptions, MixedList } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { replicaUrls } from './read-replica';

// heavy reads reach the replica through it (exported with the data source's options)
export { ReadReplica } from './read-replica';

/** An entity or migration class (entities and migrations are listed, never globbed). */
export type ClassRef = abstract new (...args: never[]) => unknown;

/**
 * Entities and migrations are listed explicitly by each app: no globs. With DATABASE_REPLICA_URLS,
 * TypeORM opens one pool per server; every query still runs on the primary unless it is passed
 * through ReadReplica (TypeORM would otherwise send each non-transactional SELECT to a replica).
 */
export function dataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'> &
    Partial<Pick<AppConfig, 'DATABASE_REPLICA_URLS'>>,
  entities: MixedList<ClassRef>,
  migrations: MixedList<ClassRef> = [],
): DataSourceOptions {
  const replicas = replicaUrls(config);
  return {
    type: 'postgres',
    ...(replicas.length === 0
      ? { url: config.DATABASE_URL }
      : {
          replication: {
            master: { url: config.DATABASE_URL },
            slaves: replicas.map((url) => ({ url })),
            defaultMode: 'master' as const,
          },
        }),
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
 * They run on a connection of their own without the pool's 15 s query timeout: a migration that
 * fills a table from a large one (1.5 million deadlines in the benchmark) takes longer, and a
 * timeout would only roll it back to be tried again.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  // migrations need no entities; every start that finds nothing pending opens nothing more
  const extra = (dataSource.options as { extra?: Record<string, unknown> }).extra ?? {};
  const migrating = new DataSource({
    ...dataSource.options,
    entities: [],
    extra: { ...extra, max: 1, query_timeout: undefined },
  });
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      if (!(await dataSource.showMigrations())) return [];
      await migrating.initialize();
      const applied = await migrating.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      if (migrating.isInitialized) await migrating.destroy();
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
