import { NestFactory } from '@nestjs/core';
import { OpenAPIObject } from '@nestjs/swagger';
import { loadConfig } from '@app/platform';
import { ApiModule } from '../api.module';
import { useApiPrefix } from '../create-api';
import { buildOpenApiDocument } from './openapi-document';

/**
 * The API's OpenAPI document without any service running: Nest's preview mode resolves the
 * modules and reads the controllers' metadata but instantiates no provider, so nothing connects
 * to PostgreSQL, Redis or object storage.
 */
export async function exportOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig({ NODE_ENV: 'development' });
  const app = await NestFactory.create(ApiModule.forRoot(config), { preview: true, logger: false });
  try {
    useApiPrefix(app);
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

/** The committed file's text: two-space JSON with a final newline. */
export function openApiText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
