import type { Server } from 'node:http';
import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import {
  AppConfig,
  createValidationPipe,
  requireApiSecrets,
  runMigrationsLocked,
  swaggerEnabled,
  contentLanguage,
  requestLogging,
  ROOT_LOGGER,
} from '@app/platform';
import { UsersService } from '@app/identity';
import { ObjectStorage } from '@app/storage';
import { boardCookieAuth } from './admin/board-session';
import { QUEUE_BOARD_PATH } from './admin/queue-board.controller';
import { ApiModule } from './api.module';
import { MetricsService } from './metrics/metrics.service';
import { buildOpenApiDocument } from './contract/openapi-document';
import { ApiHttpAdapter } from './http/api-http-adapter';
import { bodyDeadline } from './http/body-deadline';
import { corsOptions, securityHeaders } from './http/browser-access';
import { refuseDeepJson } from './http/json-depth';
import { trustProxySetting } from './http/trust-proxy';

export interface CreateApiOptions {
  /** Apply pending migrations (under the advisory lock) before serving. */
  migrate?: boolean;
  bufferLogs?: boolean;
  /** Nest's own SIGTERM handling (tests); main.ts drains the server itself (graceful-shutdown.ts). */
  shutdownHooks?: boolean;
}

/** Builds the HTTP application exactly as production runs it; tests use the same function. */
export async function createApi(
  config: AppConfig,
  options: CreateApiOptions = {},
): Promise<INestApplication> {
  requireApiSecrets(config);
  const app = await NestFactory.create<NestExpressApplication>(
    ApiModule.forRoot(config),
    new ApiHttpAdapter(),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  // first, so every request has its id and its log line, even one refused by a later layer
  app.use(requestLogging(app.get(ROOT_LOGGER)));
  app.use(app.get(MetricsService).httpMiddleware());
  app.use(securityHeaders(config));
  app.use(contentLanguage());
  const cors = corsOptions(config);
  if (cors) app.enableCors(cors);
  limitSlowClients(app.getHttpServer(), config);
  app.use(bodyDeadline(config.REQUEST_BODY_TIMEOUT_MS));
  app.use([QUEUE_BOARD_PATH, '/admin/logout'], boardCookieAuth(config));
  // Nest's typing hides `verify`; it is passed on to body-parser as is
  const jsonOptions = { limit: '1mb', verify: refuseDeepJson };
  app.useBodyParser<typeof jsonOptions>('json', jsonOptions);
  useApiPrefix(app);
  app.useGlobalPipes(createValidationPipe());
  if (options.shutdownHooks !== false) app.enableShutdownHooks();

  if (swaggerEnabled(config)) serveOpenApi(app);

  if (options.migrate) await runMigrationsLocked(app.get<DataSource>(getDataSourceToken()));
  await app.get(ObjectStorage).ensureBucket();
  await app.get(UsersService).ensureBootstrapAdmin();
  return app;
}

/**
 * Every route lives under /api/v1 except health and the queue board. The OpenAPI export
 * (contract/export-openapi.ts) applies it too, so the exported paths are the served ones.
 */
export function useApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
      { path: 'admin/queues', method: RequestMethod.ALL },
      { path: 'admin/queues/*path', method: RequestMethod.ALL },
      { path: 'admin/login', method: RequestMethod.ALL },
      { path: 'admin/logout', method: RequestMethod.POST },
    ],
  });
}

/**
 * Node's defaults let a client take 60 s for its headers and 300 s for its whole request. The
 * headers get HTTP_HEADERS_TIMEOUT_MS; the whole-request limit is off, because bodies have
 * their own rules (bodyDeadline for JSON, the upload idle timeout for files) and a large upload
 * that keeps flowing must not be cut at 300 s.
 */
function limitSlowClients(server: Server, config: AppConfig): void {
  server.headersTimeout = config.HTTP_HEADERS_TIMEOUT_MS;
  server.requestTimeout = 0;
}

/** Swagger UI at /api/docs and the OpenAPI JSON at /api/docs-json. */
function serveOpenApi(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    // Swagger UI's validator badge would load an image from the internet
    swaggerOptions: { validatorUrl: null },
  });
}
