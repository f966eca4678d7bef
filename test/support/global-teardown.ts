import type { Server } from 'node:http';
import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { PG_ADMIN_URL, TEMPLATE_PREFIX } from './env';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __s3server?: Server }).__s3server;
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_PREFIX}${process.pid}" WITH (FORCE)`);
  await admin.end();
  if (process.env.TEST_S3_DIRECTORY) rmSync(process.env.TEST_S3_DIRECTORY, { recursive: true, force: true });
}
