import type { Server } from 'node:http';
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __s3server?: Server }).__s3server;
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  if (process.env.TEST_S3_DIRECTORY) rmSync(process.env.TEST_S3_DIRECTORY, { recursive: true, force: true });
}
