/** Where the shared services of a test run live; global setup fills in the S3 port. */
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Databases of a run carry the id (pid) of the jest process that made them, so concurrent runs never collide. */
export const RUN_ID = process.env.TEST_RUN_ID ?? String(process.pid);
export const TEMPLATE_PREFIX = 'iso_tpl_';
export const TEST_DB_PREFIX = 'iso_t_';
export const TEMPLATE_DB = `${TEMPLATE_PREFIX}${RUN_ID}`;

/** The run id in a test database's name, if it is one. */
export function runIdOf(databaseName: string): string | undefined {
  return /^iso_(?:tpl|t)_(\d+)/.exec(databaseName)?.[1];
}
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function databaseUrl(name: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
