import { ConfigError, loadConfig } from '@app/platform';
import { createApi } from './create-api';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApi(config, { migrate: process.env.MIGRATE_ON_START !== 'false' });
  await app.listen(config.PORT, process.env.HOST ?? '0.0.0.0');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
