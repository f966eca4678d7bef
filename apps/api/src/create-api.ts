import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig, createValidationPipe, requireApiSecrets, runMigrationsLocked } from '@app/platform';
import { UsersService } from '@app/identity';
import { ObjectStorage } from '@app/storage';
import { ApiModule } from './api.module';
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
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.use(helmet());
  app.useBodyParser('json', { limit: '1mb' });
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'admin/queues', method: RequestMethod.ALL },
      { path: 'admin/queues/*path', method: RequestMethod.ALL },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  if (options.shutdownHooks !== false) app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('ISO điện tử API')
      .setDescription('Hệ thống quản lý chất lượng TCVN ISO 9001:2015 của cơ quan hành chính nhà nước')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (options.migrate) await runMigrationsLocked(app.get<DataSource>(getDataSourceToken()));
  await app.get(ObjectStorage).ensureBucket();
  await app.get(UsersService).ensureBootstrapAdmin();
  return app;
}
