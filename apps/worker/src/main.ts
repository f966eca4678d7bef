import './tracing'; // first: OpenTelemetry patches modules as they load (off unless configured)
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig } from '@app/platform';
import { stopTracing } from '../../../libs/platform/src/tracing/tracing';
import { WorkerModule } from './worker.module';

/** Beyond the grace given to running jobs (JobRunner), closing the connections gets this long. */
const CLOSE_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();

  const logger = new NestLogger('Shutdown');
  let stopping = false;
  // the job runner stops taking jobs at once and gives the running ones SHUTDOWN_GRACE_MS
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log({ signal, graceMs: config.SHUTDOWN_GRACE_MS }, 'stopping: finishing the running jobs');
    setTimeout(() => {
      logger.error('could not close in time: exiting');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS + CLOSE_TIMEOUT_MS).unref();
    await app.close();
    logger.log('stopped');
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
