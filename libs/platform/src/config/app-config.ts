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

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** How one environment variable is read: its value when unset and its rules, top-down as a decorator stack. */
interface Setting<T> {
  fallback: T;
  rules: PropertyDecorator[];
}

const setting = <T>(fallback: T, ...rules: PropertyDecorator[]): Setting<T> => ({ fallback, rules });
/** Any string (empty allowed unless a rule says otherwise). */
const text = (fallback = '', ...rules: PropertyDecorator[]) =>
  setting<string>(fallback, IsString(), ...rules);
/** A string of at least `minLength` characters. */
const filled = (fallback: string, minLength = 1) => text(fallback, MinLength(minLength));
/** An integer of at least `min` (and at most `max`), read from its string. */
const int = (fallback: number, min: number, max?: number) =>
  setting(fallback, Transform(toInt), IsInt(), Min(min), ...(max === undefined ? [] : [Max(max)]));
/** One of the listed words. */
const oneOf = <const T extends string>(values: readonly T[], fallback: T) =>
  setting<T>(fallback, IsIn(values));
/** '' (decided by the environment), 'true' or 'false'. */
const toggle = () => oneOf(['', 'true', 'false'], '');
/** A string matching `format`; `message` names the variable and what it should be. */
const format = (fallback: string, pattern: RegExp, message: string) =>
  setting(fallback, Matches(pattern, { message }));
/** Unset is allowed (no value at all); set, it follows `inner`'s rules. */
const optional = (inner: Setting<string>) =>
  setting<string | undefined>(undefined, IsOptional(), ...inner.rules);

/** Every environment variable the system reads, validated once at boot: name → fallback and rules. */
const SETTINGS = {
  NODE_ENV: oneOf(['development', 'production', 'test'], 'development'),
  PORT: int(3000, 1, 65535),
  DATABASE_URL: filled('postgres://postgres@127.0.0.1:5432/iso'),
  DATABASE_POOL_SIZE: int(10, 1, 200),
  /** Streaming replicas for heavy reads (ReadReplica), comma-separated URLs; empty: every read on the primary. */
  DATABASE_REPLICA_URLS: text(),
  /** After a write, that user's reads stay on the primary for this long, in ms (replication lag); 0: never. */
  READ_YOUR_WRITES_MS: int(5000, 0),
  REDIS_URL: filled('redis://127.0.0.1:6379'),
  /** Prefix of every BullMQ key, so several deployments (or test files) can share one Redis. */
  QUEUE_PREFIX: filled('iso'),
  S3_ENDPOINT: filled('http://127.0.0.1:9000'),
  S3_ACCESS_KEY: filled('S3RVER'),
  S3_SECRET_KEY: filled('S3RVER'),
  S3_BUCKET: filled('iso-documents', 3),
  S3_REGION: text('us-east-1'),
  /** Largest accepted upload, in bytes (default 250 MB). */
  UPLOAD_MAX_BYTES: int(250 * 1024 * 1024, 1),
  /** Objects no row owns (an upload whose row never committed) are removed once older than this. */
  ORPHAN_BLOB_GRACE_MS: int(3600_000, 0),
  /** An upload that sends no data for this long is cut off (a stalled client holds no connection). */
  UPLOAD_IDLE_TIMEOUT_MS: int(30_000, 100),
  /**
   * A request body other than an upload (JSON, at most 1 MB) must arrive completely within this
   * long, or the request is cut with 408: a client trickling bytes holds no connection for long.
   */
  REQUEST_BODY_TIMEOUT_MS: int(15_000, 100),
  /** The request line and headers must arrive within this long (Node's headersTimeout; 408). */
  HTTP_HEADERS_TIMEOUT_MS: int(20_000, 100),
  /** Serve the OpenAPI document and Swagger UI: unset means on outside production, off in production. */
  SWAGGER_ENABLED: toggle(),
  /** An OOXML upload (DOCX, XLSX) may unpack to at most this many bytes (default 200 MB). */
  OOXML_MAX_UNCOMPRESSED_BYTES: int(200 * 1024 * 1024, 1),
  /** ... and to at most this many times its own size (a zip bomb expands by 1,000 or more). */
  OOXML_MAX_EXPANSION_RATIO: int(100, 1),
  /** How long an Idempotency-Key (and the answer kept under it) lives, in hours. */
  IDEMPOTENCY_TTL_HOURS: int(24, 1, 24 * 30),
  /** Live Idempotency-Keys one user may hold; a POST with a new key past it is refused (429). */
  IDEMPOTENCY_MAX_KEYS_PER_USER: int(1000, 1),
  /** Interval of the worker job that deletes expired Idempotency-Keys. */
  IDEMPOTENCY_SWEEP_INTERVAL_MS: int(3600_000, 1000),
  /** How long an agency export (issue 18) may be downloaded before its archive is removed, in hours. */
  EXPORT_TTL_HOURS: int(72, 1, 24 * 365),
  /** Interval of the worker job that expires agency exports (and re-adds the job of one still waiting). */
  EXPORT_SWEEP_INTERVAL_MS: int(15 * 60_000, 1000),
  /** Lifetime of presigned download URLs, in seconds. */
  PRESIGN_TTL_SECONDS: int(300, 10, 3600),
  /** Required by the API only (see requireApiSecrets). */
  JWT_SECRET: text(),
  ACCESS_TOKEN_TTL_SECONDS: int(900, 30, 3600),
  REFRESH_TOKEN_TTL_SECONDS: int(30 * 24 * 3600, 300),
  /**
   * Login throttle (counted before the password is checked; a correct password is refunded):
   * failed logins allowed per username (from any address) within LOGIN_THROTTLE_WINDOW_SECONDS.
   */
  LOGIN_MAX_FAILURES: int(5, 1),
  /** Failed logins allowed per client address (an IPv6 /64) within LOGIN_THROTTLE_WINDOW_SECONDS. */
  LOGIN_MAX_FAILURES_PER_ADDRESS: int(50, 1),
  /** Failed logins allowed across every user and address within LOGIN_GLOBAL_WINDOW_SECONDS. */
  LOGIN_MAX_FAILURES_GLOBAL: int(1000, 1),
  LOGIN_GLOBAL_WINDOW_SECONDS: int(60, 1),
  /**
   * Express `trust proxy`: empty (default) uses the socket's address and ignores X-Forwarded-For;
   * a number of proxy hops in front of the API, or a comma-separated list of proxy addresses or
   * subnets (`loopback`, `uniquelocal`, `10.0.0.0/8`…). `true` (trust any hop) is refused.
   */
  TRUST_PROXY: format(
    '',
    TRUST_PROXY_FORMAT,
    'TRUST_PROXY must be empty, a number of hops, or a comma-separated list of proxy addresses',
  ),
  LOGIN_THROTTLE_WINDOW_SECONDS: int(900, 1),
  ADMIN_USERNAME: optional(text()),
  ADMIN_PASSWORD: optional(
    text('', MinLength(8, { message: 'ADMIN_PASSWORD must be at least 8 characters' })),
  ),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
  /** Interval of the outbox relay job scheduler, in milliseconds. */
  OUTBOX_RELAY_INTERVAL_MS: int(1000, 100),
  /**
   * Webhooks may target loopback, private, link-local and other internal addresses (checked when
   * a webhook is saved and again on every delivery, after DNS): unset means allowed outside
   * production and refused in production (an internal target is a server-side request forgery).
   */
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: toggle(),
  /** A webhook delivery is attempted this many times in all (exponential backoff between). */
  WEBHOOK_MAX_ATTEMPTS: int(8, 1, 20),
  /** Delay before a webhook's first retry, in ms; each next retry waits twice as long. */
  WEBHOOK_RETRY_BASE_MS: int(10_000, 10),
  /** A webhook receiver must answer within this long, in ms. */
  WEBHOOK_TIMEOUT_MS: int(10_000, 100),
  /** Interval of the sweep that activates approved versions whose effective date has come. */
  ACTIVATION_SWEEP_INTERVAL_MS: int(15 * 60_000, 1000),
  /** Interval of the reminder sweep (the reconciler that enqueues due reminders from the registry). */
  REMINDER_SWEEP_INTERVAL_MS: int(60_000, 500),
  /** How far ahead the sweep enqueues reminders as delayed jobs. */
  REMINDER_LOOKAHEAD_MS: int(15 * 60_000, 1000),
  /**
   * Due reminder steps fired in one transaction (claimed with SKIP LOCKED): per-transaction work
   * (the claim, the look-ups, one statement for every insert) is shared by this many.
   */
  REMINDER_BATCH_SIZE: int(1000, 1, 10_000),
  /** Batches of one slot each worker fires at once (each on its own connection; SKIP LOCKED splits the rows). */
  REMINDER_BATCH_CONCURRENCY: int(2, 1, 16),
  /**
   * The "due soon" reminder comes at most this percentage of the time between a deadline's
   * registration and its due date ahead of the due date (and never more than the agency's
   * `daysBefore`): a 3-day task is reminded after 1.5 days, not as it is assigned. 100: no bound.
   */
  REMINDER_MAX_LEAD_PERCENT: int(50, 1, 100),
  /**
   * How an approval step's `slaDays` count: CALENDAR (the step is due that many 24-hour days
   * after it opens) or WORKING (due at the end of the that-many-th working day in Viet Nam after
   * the day it opens, skipping Saturdays, Sundays and PUBLIC_HOLIDAYS).
   */
  APPROVAL_SLA_DAYS: oneOf(['CALENDAR', 'WORKING'], 'CALENDAR'),
  /** Non-working days besides weekends, comma-separated YYYY-MM-DD (Tết, Quốc khánh, …). */
  PUBLIC_HOLIDAYS: format(
    '',
    /^\s*(\d{4}-\d{2}-\d{2}\s*(,\s*\d{4}-\d{2}-\d{2}\s*)*)?$/,
    'PUBLIC_HOLIDAYS must be a comma-separated list of dates (YYYY-MM-DD)',
  ),
  /** A claimed e-mail whose worker vanished is handed to another worker after this many seconds. */
  EMAIL_CLAIM_LEASE_SECONDS: int(300, 1),
  /**
   * On SIGTERM the API stops accepting connections at once and lets the requests in flight
   * finish for at most this long; the worker lets its running jobs finish for at most this long,
   * then hands them back (another worker takes them once their lock lapses, JOB_LOCK_MS).
   */
  SHUTDOWN_GRACE_MS: int(10_000, 0),
  /** Lock of a running job; a job whose worker died is taken over by another after about this long. */
  JOB_LOCK_MS: int(30_000, 1000),
  /** SMTP server for e-mail reminders (`smtp://user:pass@host:port`); unset: e-mails are recorded as skipped. */
  SMTP_URL: optional(format('', /^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')),
  SMTP_FROM: text('ISO điện tử <no-reply@iso-dien-tu.local>'),
  /** Day and month (MM-DD) the annual report to the provincial Department of Science and Technology is due. */
  ANNUAL_REPORT_DUE: format('12-10', MONTH_DAY, 'ANNUAL_REPORT_DUE must be MM-DD'),
  /** Day and month (MM-DD) by which each QMS's yearly internal audit and management review are due. */
  YEARLY_AUDIT_DUE: format('10-31', MONTH_DAY, 'YEARLY_AUDIT_DUE must be MM-DD'),
  YEARLY_REVIEW_DUE: format('11-30', MONTH_DAY, 'YEARLY_REVIEW_DUE must be MM-DD'),
  /**
   * Key of the audit trail's HMAC chain and of its checkpoints; kept out of the database, so
   * whoever can write the database cannot recompute a valid chain. Required in production
   * (at least 32 bytes); development and tests fall back to DEV_AUDIT_HMAC_KEY.
   */
  AUDIT_HMAC_KEY: text(),
  /** Interval of the job that checkpoints the audit trail's last id and hash to object storage. */
  AUDIT_CHECKPOINT_INTERVAL_MS: int(5 * 60_000, 1000),
  /** Interval of the job that re-hashes stored files (oldest-checked first). */
  SCRUB_INTERVAL_MS: int(10 * 60_000, 1000),
  /** Read rate of the scrub job, so re-hashing never starves downloads of storage bandwidth. */
  SCRUB_BYTES_PER_SECOND: int(8 * 1024 * 1024, 1024),
  /** Most files one scrub run checks (a run also stops at about half its interval). */
  SCRUB_MAX_FILES_PER_RUN: int(500, 1),
  /**
   * Browser origins allowed to call the API (CORS), comma-separated, e.g.
   * `https://motcua.tinh.gov.vn,http://10.0.0.5:8080`; empty (default): no cross-origin access.
   */
  CORS_ORIGINS: format(
    '',
    /^(|\s*https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*\s*)$/,
    'CORS_ORIGINS must be a comma-separated list of origins (scheme://host[:port])',
  ),
  /** Address users reach the API at; an https:// one turns on HSTS and upgrade-insecure-requests. */
  PUBLIC_URL: optional(format('', /^https?:\/\//, 'PUBLIC_URL must start with http:// or https://')),
  /** `true`: the API is served over HTTPS (same effect as an https:// PUBLIC_URL). */
  HTTPS: toggle(),
  /** Bearer token Prometheus sends to GET /metrics; empty (default): /metrics answers loopback only. */
  METRICS_TOKEN: text(),
  /**
   * CAs whose PDF signatures are trusted: a PEM bundle, inline or the path of a PEM file (the
   * national root certificates). Empty (default): no signature is ever reported VALID.
   */
  SIGNATURE_TRUST_ANCHORS: text(),
  /** Who makes the system's own signatures: none, dev-pkcs12 (a local key; refused in production) or remote. */
  SIGNING_PROVIDER: oneOf(['none', 'dev-pkcs12', 'remote'], 'none'),
  /** PKCS#12 (.p12/.pfx) file and password of the dev-pkcs12 provider. */
  SIGNING_PKCS12_PATH: text(),
  SIGNING_PKCS12_PASSWORD: text(),
  /** Development: a folder of `<userId>.p12` files, each user's own key for the competent person's signature (password SIGNING_PKCS12_PASSWORD; refused in production). */
  SIGNING_PERSON_PKCS12_DIR: text(),
  /** Base URL, bearer token and credential of the remote-signing provider (docs/signing-providers.md). */
  SIGNING_REMOTE_URL: setting(
    '',
    IsOptional(),
    Matches(/^(|https?:\/\/\S+)$/, { message: 'SIGNING_REMOTE_URL must start with http:// or https://' }),
  ),
  SIGNING_REMOTE_TOKEN: text(),
  SIGNING_REMOTE_CREDENTIAL_ID: text(),
  /** `cms`: the provider returns a CMS; `raw`: a bare signature the system wraps into a CMS. */
  SIGNING_REMOTE_MODE: oneOf(['cms', 'raw'], 'cms'),
  /** How long a remote signature may wait for the signer's confirmation. */
  SIGNING_REMOTE_TIMEOUT_MS: int(120_000, 1000),
  /** Interval of the worker's heartbeat job scheduler, in milliseconds. */
  HEARTBEAT_INTERVAL_MS: int(60_000, 1000),
};

type Settings = typeof SETTINGS;
type ValueOf<S> = S extends Setting<infer T> ? T : never;
/** Variables that may be left unset altogether (no fallback). */
type OptionalName = {
  [K in keyof Settings]: undefined extends ValueOf<Settings[K]> ? K : never;
}[keyof Settings];
type SettingValues = { [K in Exclude<keyof Settings, OptionalName>]: ValueOf<Settings[K]> } & {
  [K in OptionalName]?: Exclude<ValueOf<Settings[K]>, undefined>;
};

/**
 * The typed config: the interface gives it one property per SETTINGS entry, the class is what
 * Nest injects by (a type alias would leave no runtime token in the constructor metadata).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface AppConfig extends SettingValues {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class AppConfig {
  constructor() {
    for (const [name, { fallback }] of Object.entries(SETTINGS)) {
      if (fallback !== undefined) Object.assign(this, { [name]: fallback });
    }
  }
}

// each variable's rules, as if written as decorators on its property
for (const [name, { rules }] of Object.entries(SETTINGS)) stack(...rules)(AppConfig.prototype, name);

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
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(SETTINGS)) {
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
