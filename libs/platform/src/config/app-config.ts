import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { stack } from '../http/decorator-stack';
import { productionSecretProblems } from './production-secrets';

const PROXY_ADDRESS = String.raw`(loopback|linklocal|uniquelocal|[0-9A-Fa-f:.]+(\/\d{1,3})?)`;
/** '' | hops | address[/prefix][, …] (see TRUST_PROXY). */
const TRUST_PROXY_FORMAT = new RegExp(`^(|\\d{1,2}|${PROXY_ADDRESS}(\\s*,\\s*${PROXY_ADDRESS})*)$`);

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** An integer variable of at least `min` (and at most `max`), read from its string. */
const IntSetting = (min: number, max?: number) =>
  stack(Transform(toInt), IsInt(), Min(min), ...(max === undefined ? [] : [Max(max)]));

/** Every environment variable the system reads, validated once at boot. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IntSetting(1, 65535)
  PORT = 3000;

  @IsString()
  @MinLength(1)
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/iso';

  @IntSetting(1, 200)
  DATABASE_POOL_SIZE = 10;

  @IsString()
  @MinLength(1)
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every BullMQ key, so several deployments (or test files) can share one Redis. */
  @IsString()
  @MinLength(1)
  QUEUE_PREFIX = 'iso';

  @IsString()
  @MinLength(1)
  S3_ENDPOINT = 'http://127.0.0.1:9000';

  @IsString()
  @MinLength(1)
  S3_ACCESS_KEY = 'S3RVER';

  @IsString()
  @MinLength(1)
  S3_SECRET_KEY = 'S3RVER';

  @IsString()
  @MinLength(3)
  S3_BUCKET = 'iso-documents';

  @IsString()
  S3_REGION = 'us-east-1';

  /** Largest accepted upload, in bytes (default 250 MB). */
  @IntSetting(1)
  UPLOAD_MAX_BYTES = 250 * 1024 * 1024;

  /** Objects no row owns (an upload whose row never committed) are removed once older than this. */
  @IntSetting(0)
  ORPHAN_BLOB_GRACE_MS = 3600_000;

  /** An upload that sends no data for this long is cut off (a stalled client holds no connection). */
  @IntSetting(100)
  UPLOAD_IDLE_TIMEOUT_MS = 30_000;

  /**
   * A request body other than an upload (JSON, at most 1 MB) must arrive completely within this
   * long, or the request is cut with 408: a client trickling bytes holds no connection for long.
   */
  @IntSetting(100)
  REQUEST_BODY_TIMEOUT_MS = 15_000;

  /** The request line and headers must arrive within this long (Node's headersTimeout; 408). */
  @IntSetting(100)
  HTTP_HEADERS_TIMEOUT_MS = 20_000;

  /** Serve the OpenAPI document and Swagger UI: unset means on outside production, off in production. */
  @IsIn(['', 'true', 'false'])
  SWAGGER_ENABLED = '';

  /** An OOXML upload (DOCX, XLSX) may unpack to at most this many bytes (default 200 MB). */
  @IntSetting(1)
  OOXML_MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

  /** ... and to at most this many times its own size (a zip bomb expands by 1,000 or more). */
  @IntSetting(1)
  OOXML_MAX_EXPANSION_RATIO = 100;

  /** How long an Idempotency-Key (and the answer kept under it) lives, in hours. */
  @IntSetting(1, 24 * 30)
  IDEMPOTENCY_TTL_HOURS = 24;

  /** Live Idempotency-Keys one user may hold; a POST with a new key past it is refused (429). */
  @IntSetting(1)
  IDEMPOTENCY_MAX_KEYS_PER_USER = 1000;

  /** Interval of the worker job that deletes expired Idempotency-Keys. */
  @IntSetting(1000)
  IDEMPOTENCY_SWEEP_INTERVAL_MS = 3600_000;

  /** Lifetime of presigned download URLs, in seconds. */
  @IntSetting(10, 3600)
  PRESIGN_TTL_SECONDS = 300;

  /** Required by the API only (see requireApiSecrets). */
  @IsString()
  JWT_SECRET = '';

  @IntSetting(30, 3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @IntSetting(300)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  /**
   * Login throttle (counted before the password is checked; a correct password is refunded):
   * failed logins allowed per username (from any address) within LOGIN_THROTTLE_WINDOW_SECONDS.
   */
  @IntSetting(1)
  LOGIN_MAX_FAILURES = 5;

  /** Failed logins allowed per client address (an IPv6 /64) within LOGIN_THROTTLE_WINDOW_SECONDS. */
  @IntSetting(1)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 50;

  /** Failed logins allowed across every user and address within LOGIN_GLOBAL_WINDOW_SECONDS. */
  @IntSetting(1)
  LOGIN_MAX_FAILURES_GLOBAL = 1000;

  @IntSetting(1)
  LOGIN_GLOBAL_WINDOW_SECONDS = 60;

  /**
   * Express `trust proxy`: empty (default) uses the socket's address and ignores X-Forwarded-For;
   * a number of proxy hops in front of the API, or a comma-separated list of proxy addresses or
   * subnets (`loopback`, `uniquelocal`, `10.0.0.0/8`…). `true` (trust any hop) is refused.
   */
  @Matches(TRUST_PROXY_FORMAT, {
    message: 'TRUST_PROXY must be empty, a number of hops, or a comma-separated list of proxy addresses',
  })
  TRUST_PROXY = '';

  @IntSetting(1)
  LOGIN_THROTTLE_WINDOW_SECONDS = 900;

  @IsOptional()
  @IsString()
  ADMIN_USERNAME?: string;

  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'ADMIN_PASSWORD must be at least 8 characters' })
  ADMIN_PASSWORD?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Interval of the outbox relay job scheduler, in milliseconds. */
  @IntSetting(100)
  OUTBOX_RELAY_INTERVAL_MS = 1000;

  /**
   * Webhooks may target loopback, private, link-local and other internal addresses (checked when
   * a webhook is saved and again on every delivery, after DNS): unset means allowed outside
   * production and refused in production (an internal target is a server-side request forgery).
   */
  @IsIn(['', 'true', 'false'])
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES = '';

  /** A webhook delivery is attempted this many times in all (exponential backoff between). */
  @IntSetting(1, 20)
  WEBHOOK_MAX_ATTEMPTS = 8;

  /** Delay before a webhook's first retry, in ms; each next retry waits twice as long. */
  @IntSetting(10)
  WEBHOOK_RETRY_BASE_MS = 10_000;

  /** A webhook receiver must answer within this long, in ms. */
  @IntSetting(100)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** Interval of the sweep that activates approved versions whose effective date has come. */
  @IntSetting(1000)
  ACTIVATION_SWEEP_INTERVAL_MS = 15 * 60_000;

  /** Interval of the reminder sweep (the reconciler that enqueues due reminders from the registry). */
  @IntSetting(500)
  REMINDER_SWEEP_INTERVAL_MS = 60_000;

  /** How far ahead the sweep enqueues reminders as delayed jobs. */
  @IntSetting(1000)
  REMINDER_LOOKAHEAD_MS = 15 * 60_000;

  /**
   * The "due soon" reminder comes at most this percentage of the time between a deadline's
   * registration and its due date ahead of the due date (and never more than the agency's
   * `daysBefore`): a 3-day task is reminded after 1.5 days, not as it is assigned. 100: no bound.
   */
  @IntSetting(1, 100)
  REMINDER_MAX_LEAD_PERCENT = 50;

  /**
   * How an approval step's `slaDays` count: CALENDAR (the step is due that many 24-hour days
   * after it opens) or WORKING (due at the end of the that-many-th working day in Viet Nam after
   * the day it opens, skipping Saturdays, Sundays and PUBLIC_HOLIDAYS).
   */
  @IsIn(['CALENDAR', 'WORKING'])
  APPROVAL_SLA_DAYS: 'CALENDAR' | 'WORKING' = 'CALENDAR';

  /** Non-working days besides weekends, comma-separated YYYY-MM-DD (Tết, Quốc khánh, …). */
  @Matches(/^\s*(\d{4}-\d{2}-\d{2}\s*(,\s*\d{4}-\d{2}-\d{2}\s*)*)?$/, {
    message: 'PUBLIC_HOLIDAYS must be a comma-separated list of dates (YYYY-MM-DD)',
  })
  PUBLIC_HOLIDAYS = '';

  /** A claimed e-mail whose worker vanished is handed to another worker after this many seconds. */
  @IntSetting(1)
  EMAIL_CLAIM_LEASE_SECONDS = 300;

  /**
   * On SIGTERM the API stops accepting connections at once and lets the requests in flight
   * finish for at most this long; the worker lets its running jobs finish for at most this long,
   * then hands them back (another worker takes them once their lock lapses, JOB_LOCK_MS).
   */
  @IntSetting(0)
  SHUTDOWN_GRACE_MS = 10_000;

  /** Lock of a running job; a job whose worker died is taken over by another after about this long. */
  @IntSetting(1000)
  JOB_LOCK_MS = 30_000;

  /** SMTP server for e-mail reminders (`smtp://user:pass@host:port`); unset: e-mails are recorded as skipped. */
  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must start with smtp:// or smtps://' })
  SMTP_URL?: string;

  @IsString()
  SMTP_FROM = 'ISO điện tử <no-reply@iso-dien-tu.local>';

  /** Day and month (MM-DD) the annual report to the provincial Department of Science and Technology is due. */
  @Matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'ANNUAL_REPORT_DUE must be MM-DD' })
  ANNUAL_REPORT_DUE = '12-10';

  /** Day and month (MM-DD) by which each QMS's yearly internal audit and management review are due. */
  @Matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'YEARLY_AUDIT_DUE must be MM-DD' })
  YEARLY_AUDIT_DUE = '10-31';

  @Matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'YEARLY_REVIEW_DUE must be MM-DD' })
  YEARLY_REVIEW_DUE = '11-30';

  /**
   * Key of the audit trail's HMAC chain and of its checkpoints; kept out of the database, so
   * whoever can write the database cannot recompute a valid chain. Required in production
   * (at least 32 bytes); development and tests fall back to DEV_AUDIT_HMAC_KEY.
   */
  @IsString()
  AUDIT_HMAC_KEY = '';

  /** Interval of the job that checkpoints the audit trail's last id and hash to object storage. */
  @IntSetting(1000)
  AUDIT_CHECKPOINT_INTERVAL_MS = 5 * 60_000;

  /** Interval of the job that re-hashes stored files (oldest-checked first). */
  @IntSetting(1000)
  SCRUB_INTERVAL_MS = 10 * 60_000;

  /** Read rate of the scrub job, so re-hashing never starves downloads of storage bandwidth. */
  @IntSetting(1024)
  SCRUB_BYTES_PER_SECOND = 8 * 1024 * 1024;

  /** Most files one scrub run checks (a run also stops at about half its interval). */
  @IntSetting(1)
  SCRUB_MAX_FILES_PER_RUN = 500;

  /**
   * Browser origins allowed to call the API (CORS), comma-separated, e.g.
   * `https://motcua.tinh.gov.vn,http://10.0.0.5:8080`; empty (default): no cross-origin access.
   */
  @Matches(/^(|\s*https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*\s*)$/, {
    message: 'CORS_ORIGINS must be a comma-separated list of origins (scheme://host[:port])',
  })
  CORS_ORIGINS = '';

  /** Address users reach the API at; an https:// one turns on HSTS and upgrade-insecure-requests. */
  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'PUBLIC_URL must start with http:// or https://' })
  PUBLIC_URL?: string;

  /** `true`: the API is served over HTTPS (same effect as an https:// PUBLIC_URL). */
  @IsIn(['', 'true', 'false'])
  HTTPS = '';

  /** Bearer token Prometheus sends to GET /metrics; empty (default): /metrics answers loopback only. */
  @IsString()
  METRICS_TOKEN = '';

  /**
   * CAs whose PDF signatures are trusted: a PEM bundle, inline or the path of a PEM file (the
   * national root certificates). Empty (default): no signature is ever reported VALID.
   */
  @IsString()
  SIGNATURE_TRUST_ANCHORS = '';

  /** Who makes the system's own signatures: none, dev-pkcs12 (a local key; refused in production) or remote. */
  @IsIn(['none', 'dev-pkcs12', 'remote'])
  SIGNING_PROVIDER = 'none';

  /** PKCS#12 (.p12/.pfx) file and password of the dev-pkcs12 provider. */
  @IsString()
  SIGNING_PKCS12_PATH = '';

  @IsString()
  SIGNING_PKCS12_PASSWORD = '';

  /** Development: a folder of `<userId>.p12` files, each user's own key for the competent person's signature (password SIGNING_PKCS12_PASSWORD; refused in production). */
  @IsString()
  SIGNING_PERSON_PKCS12_DIR = '';

  /** Base URL, bearer token and credential of the remote-signing provider (docs/signing-providers.md). */
  @IsOptional()
  @Matches(/^(|https?:\/\/\S+)$/, { message: 'SIGNING_REMOTE_URL must start with http:// or https://' })
  SIGNING_REMOTE_URL = '';

  @IsString()
  SIGNING_REMOTE_TOKEN = '';

  @IsString()
  SIGNING_REMOTE_CREDENTIAL_ID = '';

  /** `cms`: the provider returns a CMS; `raw`: a bare signature the system wraps into a CMS. */
  @IsIn(['cms', 'raw'])
  SIGNING_REMOTE_MODE = 'cms';

  /** How long a remote signature may wait for the signer's confirmation. */
  @IntSetting(1000)
  SIGNING_REMOTE_TIMEOUT_MS = 120_000;

  /** Interval of the worker's heartbeat job scheduler, in milliseconds. */
  @IntSetting(1000)
  HEARTBEAT_INTERVAL_MS = 60_000;
}

export class ConfigError extends Error {}

/** Published in this repository: good enough for development and tests, refused in production. */
export const DEV_AUDIT_HMAC_KEY = 'development-only-audit-hmac-key-not-a-secret';

/** Production needs its own audit key; elsewhere a missing one falls back to the development key. */
function auditKeyProblems(config: AppConfig): string[] {
  if (config.AUDIT_HMAC_KEY === '') {
    if (config.NODE_ENV === 'production') return ['AUDIT_HMAC_KEY: required in production'];
    config.AUDIT_HMAC_KEY = DEV_AUDIT_HMAC_KEY;
    return [];
  }
  if (Buffer.byteLength(config.AUDIT_HMAC_KEY) < 32) return ['AUDIT_HMAC_KEY: must be at least 32 bytes'];
  if (config.NODE_ENV === 'production' && config.AUDIT_HMAC_KEY === DEV_AUDIT_HMAC_KEY)
    return ['AUDIT_HMAC_KEY: the development key is published in the repository'];
  return [];
}

/** Builds the typed config from an environment; throws one error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, unknown> = {};
  for (const key of [...known, 'ADMIN_USERNAME', 'ADMIN_PASSWORD', 'PUBLIC_URL']) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  const problems = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
  if ((config.ADMIN_USERNAME === undefined) !== (config.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_USERNAME and ADMIN_PASSWORD must be set together');
  }
  problems.push(...auditKeyProblems(config));
  if (config.NODE_ENV === 'production') problems.push(...productionSecretProblems(config, env));
  if (problems.length > 0) {
    throw new ConfigError(`Invalid environment:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}

/** Swagger UI and the OpenAPI JSON: on by default outside production, opt-in (SWAGGER_ENABLED=true) in it. */
export function swaggerEnabled(config: AppConfig): boolean {
  return config.SWAGGER_ENABLED === '' ? config.NODE_ENV !== 'production' : config.SWAGGER_ENABLED === 'true';
}

/** HTTPS is configured: HSTS and upgrade-insecure-requests are sent only then. */
export function httpsConfigured(config: AppConfig): boolean {
  return config.HTTPS === 'true' || (config.HTTPS === '' && (config.PUBLIC_URL ?? '').startsWith('https://'));
}

/** The dates of PUBLIC_HOLIDAYS. */
export function publicHolidays(config: AppConfig): Set<string> {
  return new Set(
    config.PUBLIC_HOLIDAYS.split(',')
      .map((date) => date.trim())
      .filter((date) => date !== ''),
  );
}

/** The origins of CORS_ORIGINS, without blanks and trailing slashes. */
export function corsOrigins(config: AppConfig): string[] {
  return config.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
}

/** The API signs tokens; a missing or short secret must stop it from starting. */
export function requireApiSecrets(config: AppConfig): void {
  if (config.JWT_SECRET.length < 32) {
    throw new ConfigError('Invalid environment:\n  - JWT_SECRET: must be at least 32 characters');
  }
}
