import './tracing'; // first: OpenTelemetry patches modules as they load (off unless configured)
import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@app/platform';
import { stopTracing } from '../../../libs/platform/src/tracing/tracing';
import { createApi } from './create-api';
import { trackForShutdown } from './http/graceful-shutdown';

/** Beyond the grace, closing the pools and queues gets this long before the process exits anyway. */
const CLOSE_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApi(config, {
    migrate: process.env.MIGRATE_ON_START !== 'false',
    shutdownHooks: false,
  });
  const drain = trackForShutdown(app.getHttpServer() as Server);
  await app.listen(config.PORT, process.env.HOST ?? '0.0.0.0');

  const logger = new Logger('Shutdown');
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    logger.log({ signal, inFlight: drain.inFlight(), graceMs: config.SHUTDOWN_GRACE_MS }, 'draining');
    setTimeout(() => {
      logger.error('could not close in time: exiting');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS + CLOSE_TIMEOUT_MS).unref();
    const cut = await drain.close(config.SHUTDOWN_GRACE_MS);
    // then the database pools, Redis and the queues (the server is closed already)
    await app.close();
    logger.log({ cut, ms: Date.now() - started }, 'stopped');
    await stopTracing();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
