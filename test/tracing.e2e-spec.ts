import { ChildProcess, spawn } from 'node:child_process';
import { createServer, IncomingMessage, Server } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ADMIN, createTestDatabase, dropTestDatabase, JWT_SECRET } from './support/harness';
import { databaseUrl, REDIS_URL } from './support/env';
import { freePort } from './support/processes';
import { waitFor } from './support/wait';

/**
 * Optional OpenTelemetry tracing of the compiled API (run `npm run build` first, as `npm test`
 * does): off without OTEL_EXPORTER_OTLP_ENDPOINT, nothing of OpenTelemetry is loaded; on, a
 * request's spans reach an OTLP/HTTP collector — here a tiny node:http sink — with its HTTP
 * server span and the PostgreSQL queries it made, in one trace.
 */
const root = join(__dirname, '..');

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: Record<string, unknown> }[];
}
interface ExportedSpan extends OtlpSpan {
  scope: string;
  service: string;
}

/** An OTLP/HTTP (JSON) collector that keeps every span it is sent. */
class OtlpSink {
  readonly spans: ExportedSpan[] = [];
  readonly paths: string[] = [];
  private server?: Server;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((request: IncomingMessage, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        this.paths.push(`${request.method} ${request.url}`);
        let body = Buffer.concat(chunks);
        if (request.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
        const payload = JSON.parse(body.toString('utf8') || '{}') as {
          resourceSpans?: {
            resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
            scopeSpans?: { scope?: { name?: string }; spans?: OtlpSpan[] }[];
          }[];
        };
        for (const resource of payload.resourceSpans ?? []) {
          const service =
            resource.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ?? '';
          for (const scope of resource.scopeSpans ?? [])
            for (const span of scope.spans ?? [])
              this.spans.push({ ...span, scope: scope.scope?.name ?? '', service });
        }
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The first of these attributes the span carries, as text ('' when it has none). */
const attribute = (span: OtlpSpan, ...keys: string[]): string => {
  const found = span.attributes?.find((a) => keys.includes(a.key))?.value;
  const value = found ? Object.values(found)[0] : undefined;
  return typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
};

/** Runs a snippet in a fresh node process (the compiled tracing entry) and returns what it printed. */
function nodeSnippet(code: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', code], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(output.trim()) : reject(new Error(output))));
  });
}

const LOADED = `
require('./dist/apps/api/src/tracing.js');
const loaded = Object.keys(require.cache).filter((k) => k.includes('@opentelemetry'));
console.log(loaded.length);
process.exit(0);
`;

describe('OpenTelemetry tracing (optional, OTLP over HTTP)', () => {
  const sink = new OtlpSink();
  let database: string;
  let api: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    await sink.start();
    database = await createTestDatabase();
  });
  afterAll(async () => {
    api?.kill('SIGKILL');
    await sink.stop();
    await dropTestDatabase(database);
  });

  it('is off by default: without OTEL_EXPORTER_OTLP_ENDPOINT nothing of OpenTelemetry is loaded', async () => {
    expect(await nodeSnippet(LOADED, {})).toBe('0');
    expect(
      Number(await nodeSnippet(LOADED, { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${sink.port}` })),
    ).toBeGreaterThan(10);
    expect(
      await nodeSnippet(LOADED, {
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${sink.port}`,
        OTEL_SDK_DISABLED: 'true',
      }),
    ).toBe('0');
  });

  it('a request to the API sends its spans to the collector: the HTTP server span and its PostgreSQL queries, in one trace', async () => {
    const port = await freePort();
    api = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrl(database),
        REDIS_URL,
        QUEUE_PREFIX: database,
        S3_ENDPOINT: process.env.TEST_S3_ENDPOINT ?? 'http://127.0.0.1:9000',
        S3_BUCKET: database.replace(/_/g, '-'),
        JWT_SECRET,
        ADMIN_USERNAME: ADMIN.username,
        ADMIN_PASSWORD: ADMIN.password,
        MIGRATE_ON_START: 'false',
        LOG_LEVEL: 'warn',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${sink.port}`,
        OTEL_BSP_SCHEDULE_DELAY: '200',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    api.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    await waitFor(
      'the API to answer /health',
      async () => {
        if (api!.exitCode !== null) throw new Error(`the API exited:\n${output}`);
        return (await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined))?.ok;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );

    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    expect(login.status).toBe(200);

    const isLogin = (s: ExportedSpan) =>
      s.kind === 2 && /\/api\/v1\/auth\/login/.test(attribute(s, 'url.path', 'http.target') || s.name);
    await waitFor(
      'the login request and its queries at the collector',
      () => {
        const server = sink.spans.find(isLogin);
        return Boolean(
          server &&
            sink.spans.some((s) => s.traceId === server.traceId && s.scope.includes('instrumentation-pg')),
        );
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(sink.paths.every((p) => p === 'POST /v1/traces')).toBe(true);
    const server = sink.spans.find(isLogin)!;
    expect(server.service).toBe('iso-dien-tu-api');
    const trace = sink.spans.filter((s) => s.traceId === server.traceId);
    const queries = trace.filter((s) => s.scope.includes('instrumentation-pg'));
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.some((q) => /select/i.test(attribute(q, 'db.statement', 'db.query.text')))).toBe(true);
    // the Express route and the server span are part of the same trace as the queries
    expect(trace.some((s) => s.scope.includes('instrumentation-express'))).toBe(true);
    // readiness probes are not traced
    expect(
      sink.spans.filter((s) => s.kind === 2 && /^\/health/.test(attribute(s, 'url.path', 'http.target'))),
    ).toEqual([]);
  });
});
