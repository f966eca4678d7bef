import type { AppConfig } from './app-config';

/**
 * Secret values written in this repository (development script, docker-compose fallbacks,
 * tests, benchmarks, README, defaults of AppConfig). Anyone can read them, so production
 * refuses every one of them, whichever variable holds it. A test checks that the values the
 * repository actually uses are listed here.
 */
export const PUBLISHED_SECRETS: readonly string[] = [
  // JWT secrets
  'dev-only-jwt-secret-not-for-production-0123456789', // scripts/dev.sh
  'local-trial-only-jwt-secret-change-me-0123456789', // docker-compose.yml (before it required one)
  'test-secret-test-secret-test-secret-0123', // test/support/harness.ts
  'bench-secret-bench-secret-bench-secret-0123', // bench/lib/options.ts
  // passwords of the bootstrap administrator, demo and test users
  'Admin@12345', // scripts/dev.sh, docker-compose.yml, README, tests
  'BenchAdmin@12345', // bench/lib/procs.ts
  'Bench@12345', // bench/lib/options.ts
  'Demo@12345', // SEED_PASSWORD default (apps/cli, scripts/dev.sh, docker-compose.yml)
  'Passw0rd!x', // test/support/world.ts
  // object storage and database
  'S3RVER', // S3_SECRET_KEY default (s3rver)
  'minioadmin', // MinIO's own default, docker-compose.yml, scripts/dev.sh
  'iso-dev-password', // POSTGRES_PASSWORD fallback of docker-compose.yml
  // the audit chain's development key
  'development-only-audit-hmac-key-not-a-secret',
];

/** Values that say "replace me" rather than being a secret. */
const PLACEHOLDER =
  /change[-_ ]?me|changeit|replace[-_ ]?me|placeholder|example|not[-_ ]?for[-_ ]?production|dev(elopment)?[-_ ]?only|local[-_ ]?trial|^(secret|password|admin|test|demo)\b/i;

const PUBLISHED = new Set(PUBLISHED_SECRETS.map((value) => value.toLowerCase()));

/** Why a secret value must not be used in production, or undefined when nothing is wrong with it. */
function publishedOrPlaceholder(value: string): string | undefined {
  if (PUBLISHED.has(value.toLowerCase())) return 'this value is published in the repository';
  if (PLACEHOLDER.test(value)) return 'this value is a placeholder';
  return undefined;
}

/** The password inside a connection URL (postgres://user:password@host/db), if any. */
function urlPassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Production checks of every secret the processes read: none may be a value published in the
 * repository or a placeholder, the JWT secret needs at least 32 bytes with some variety, and
 * the object storage key may not be left at its (published) default. One line per bad variable.
 */
export function productionSecretProblems(config: AppConfig, env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const secrets: [string, string | undefined][] = [
    ['JWT_SECRET', config.JWT_SECRET || undefined],
    ['ADMIN_PASSWORD', config.ADMIN_PASSWORD],
    ['S3_SECRET_KEY', config.S3_SECRET_KEY],
    ['DATABASE_URL', urlPassword(config.DATABASE_URL)],
    ['REDIS_URL', urlPassword(config.REDIS_URL)],
    ['SMTP_URL', urlPassword(config.SMTP_URL)],
    ['SEED_PASSWORD', env.SEED_PASSWORD],
    // the audit trail's key, when this build has one (its own checks run in loadConfig)
    ['AUDIT_HMAC_KEY', (config as unknown as Record<string, string | undefined>).AUDIT_HMAC_KEY || undefined],
    ['SIGNING_REMOTE_TOKEN', config.SIGNING_REMOTE_TOKEN || undefined],
  ];
  for (const [name, value] of secrets) {
    if (value === undefined) continue;
    const reason = publishedOrPlaceholder(value);
    if (reason) problems.push(`${name}: ${reason}; set a secret of your own`);
    else if (name === 'JWT_SECRET' && Buffer.byteLength(value) < 32)
      problems.push('JWT_SECRET: must be at least 32 bytes (e.g. `openssl rand -base64 48`)');
    else if (name === 'JWT_SECRET' && new Set(value).size < 10)
      problems.push('JWT_SECRET: too few distinct characters to be a random secret');
  }
  // the system never holds an agency's private key in production: remote signing keeps it with the CA
  if (config.SIGNING_PROVIDER === 'dev-pkcs12')
    problems.push(
      'SIGNING_PROVIDER: dev-pkcs12 signs with a local key file and is for development only; use remote (or none)',
    );
  if (config.SIGNING_PERSON_PKCS12_DIR)
    problems.push(
      'SIGNING_PERSON_PKCS12_DIR: local per-user key files are for development only; use a licensed remote-signing provider',
    );
  return problems;
}
