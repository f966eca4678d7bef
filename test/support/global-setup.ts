import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrationsLocked } from '../../libs/platform/src';
import { MIGRATIONS } from '../../migrations';
import { databaseUrl, PG_ADMIN_URL, runIdOf, TEMPLATE_PREFIX, TEST_DB_PREFIX } from './env';

// s3rver is plain JavaScript shipped in scripts/
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startS3Server } = require('../../scripts/s3-server.js') as {
  startS3Server: (o: { port: number; directory: string }) => Promise<import('node:http').Server>;
};

/** Once per run: an S3 server, and a template database with every migration applied. */
export default async function globalSetup(): Promise<void> {
  process.env.TEST_RUN_ID = String(process.pid);
  const templateDb = `${TEMPLATE_PREFIX}${process.pid}`;
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  // leftovers of runs whose jest process is gone (killed runs); concurrent runs are left alone
  const leftovers = await admin.query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname LIKE $2',
    [`${TEST_DB_PREFIX}%`, `${TEMPLATE_PREFIX}%`],
  );
  for (const { datname } of leftovers.rows) {
    const runId = Number(runIdOf(datname));
    if (!runId || runId === process.pid || !isAlive(runId)) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  }
  await admin.query(`CREATE DATABASE "${templateDb}"`);
  await admin.end();

  const dataSource = new DataSource(
    dataSourceOptions({ DATABASE_URL: databaseUrl(templateDb), DATABASE_POOL_SIZE: 2 }, [], MIGRATIONS),
  );
  await dataSource.initialize();
  await runMigrationsLocked(dataSource);
  await dataSource.destroy();

  const directory = `/tmp/iso-test-s3-${process.pid}`;
  const server = await startS3Server({ port: 0, directory });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('S3 server did not start');
  process.env.TEST_S3_ENDPOINT = `http://127.0.0.1:${address.port}`;
  process.env.TEST_S3_DIRECTORY = directory;
  (globalThis as { __s3server?: unknown }).__s3server = server;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
