import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportOpenApiDocument, openApiText } from './export-openapi';

/** npm run openapi: writes openapi.json at the repository root (or the path given). */
async function main(): Promise<void> {
  const target = resolve(process.argv[2] ?? 'openapi.json');
  const document = await exportOpenApiDocument();
  writeFileSync(target, openApiText(document));
  console.log(`${target}: ${Object.keys(document.paths).length} paths`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
