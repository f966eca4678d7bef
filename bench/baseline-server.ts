/*
 * The baseline: a bare node:http handler running, through pg, exactly the SQL the API runs for
 * each benchmarked endpoint (bench/lib/sql.ts; the dashboard's is imported from libs/reporting,
 * the read-model lib the API runs it from), with the same pool size, the same access token
 * check (HS256) and the same paths, so the only difference left is the framework around the
 * queries (Nest, Express, passport, class-validator, TypeORM, pino, helmet). It answers JSON of
 * the same shape, built by hand. Not part of the product.
 */
import * as argon2 from 'argon2';
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import * as Minio from 'minio';
import { Pool } from 'pg';
import type { EntityManager } from 'typeorm';
import { nationalDashboard, nationalProvinces } from '../libs/reporting/src/province-dashboard';
import { COVERAGE_COUNTS_SQL, PROVINCE_DASHBOARD_SQL } from '../libs/reporting/src/province-dashboard.sql';
import { agencyIds, SESSION_USER_SQL } from '../libs/reporting/src/session-user.sql';
import {
  CONTENT_FEW_AGENCIES,
  CONTENT_MAX_REGIONS,
  contentMatchPlan,
  contentParameters,
  searchKey,
} from '../libs/documents/src/search/document-search.sql';
import { contentPairsQuery } from '../libs/documents/src/search/content-pairs';
import * as Q from './lib/sql';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'iso-bench-baseline',
  // as the API's pool (libs/platform/src/database/data-source.ts)
  connectionTimeoutMillis: 3000,
  query_timeout: 15000,
  options: '-c jit=off',
});
const secret = process.env.JWT_SECRET ?? '';
const s3 = process.env.S3_ENDPOINT ? new URL(process.env.S3_ENDPOINT) : undefined;
const objects = s3
  ? new Minio.Client({
      endPoint: s3.hostname,
      port: Number(s3.port || 80),
      useSSL: false,
      accessKey: process.env.S3_ACCESS_KEY ?? 'S3RVER',
      secretKey: process.env.S3_SECRET_KEY ?? 'S3RVER',
      region: 'us-east-1',
    })
  : undefined;
const DOCUMENT_ROLES = ['AGENCY_ADMIN', 'ISO_SECRETARY', 'DRAFTER', 'REVIEWER', 'APPROVER'];
const AUDIT_CHAIN_LOCK_KEY = 7_271_009_002;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function sign(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64(JSON.stringify({ ...claims, iat: now, exp: now + 900 }))}`;
  return `${head}.${b64(createHmac('sha256', secret).update(head).digest())}`;
}

function verify(header: string | undefined): { sub: string; sid: string } {
  const token = header?.startsWith('Bearer ') ? header.slice(7) : '';
  const [h, p, s] = token.split('.');
  if (!h || !p || !s) throw new HttpError(401, 'UNAUTHENTICATED');
  const expected = createHmac('sha256', secret).update(`${h}.${p}`).digest();
  const given = Buffer.from(s, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new HttpError(401, 'UNAUTHENTICATED');
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as {
    sub: string;
    sid: string;
    exp: number;
  };
  if (claims.exp * 1000 < Date.now()) throw new HttpError(401, 'UNAUTHENTICATED');
  return claims;
}

interface Context {
  userId: string;
  memberships: { agencyId: string; roles: string[] }[];
  oversight: string[];
  shared: string[];
  /** The search regions of the agencies read and shared (as the API's RequestContext.searchRegions). */
  regions: string[];
}

/** Same statement as the API's ContextLoader: the session's user with its memberships and oversight subtree. */
async function context(request: IncomingMessage): Promise<Context> {
  const claims = verify(request.headers.authorization);
  // prepared once per connection, as the API's ContextLoader does
  const { rows } = await pool.query({
    name: 'session-user',
    text: SESSION_USER_SQL,
    values: [claims.sub, claims.sid],
  });
  if (rows.length === 0) throw new HttpError(401, 'UNAUTHENTICATED');
  return {
    userId: claims.sub,
    memberships: rows[0].memberships as Context['memberships'],
    oversight: agencyIds(rows[0].oversight as string),
    shared: agencyIds(rows[0].shared as string),
    regions: agencyIds(rows[0].regions as string),
  };
}

/** The DocumentAccess scope: readable, shared (same QMS, read with the session) and drafting agencies. */
async function documentScope(ctx: Context): Promise<[string[], string[], string[]]> {
  const memberOf = ctx.memberships.map((m) => m.agencyId);
  const readable = [...new Set([...memberOf, ...ctx.oversight])];
  const shared = ctx.shared;
  const drafting = ctx.memberships
    .filter((m) => m.roles.some((r) => DOCUMENT_ROLES.includes(r)))
    .map((m) => m.agencyId);
  return [readable, shared, drafting];
}

/** A row of SEARCH_PAGE_DOCUMENTS: its document's columns named as the register's (`d_`), its current version put in `current`. */
function searchRow(
  row: Record<string, unknown>,
  current: Map<string, Record<string, unknown>>,
): Record<string, unknown> {
  if (row.v_id)
    current.set(row.v_id as string, { revision: row.v_revision, effective_from: row.v_effective_from });
  return Object.fromEntries(Q.DOCUMENT_COLUMN_NAMES.map((column) => [`d_${column}`, row[column]]));
}

/** Strips the `alias_` prefix TypeORM puts on selected columns and camel-cases the rest. */
function view(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const name = key.startsWith(prefix) ? key.slice(prefix.length) : key;
    out[name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return out;
}

async function documents(ctx: Context, url: URL): Promise<unknown> {
  const scope = await documentScope(ctx);
  const q = url.searchParams.get('q');
  let page: Record<string, unknown>[];
  let total: number;
  const snippets = new Map<string, string[]>();
  // a search's page comes with its documents' current versions
  const current = new Map<string, Record<string, unknown>>();
  const content = q && url.searchParams.get('searchIn') === 'content';
  if (content) {
    const agencyId = url.searchParams.get('agencyId');
    // the texts of the agency asked for when the caller reads it, else of the caller's agencies (the API's choice)
    const readable = [...new Set([...scope[0], ...scope[1]])];
    const texts = agencyId ? (readable.includes(agencyId) ? [agencyId] : []) : readable;
    const key = searchKey(q);
    const pairs = contentPairsQuery(key);
    const plan = contentMatchPlan(texts.length <= CONTENT_FEW_AGENCIES, pairs);
    // the texts are of every agency the caller reads: the session's regions (as the API's)
    const found: string[] = plan === 'filtered' ? [] : ctx.regions;
    const regions = found.length <= CONTENT_MAX_REGIONS ? found : [];
    const statements = Q.contentPageStatements(plan, true, regions.length);
    const values = contentParameters({ key, pairs, drafting: scope[2], agencies: texts, regions });
    const params = statements.parameters.map((name) => values[name]);
    // the page joined to its documents and their current versions (as the API reads it)
    const rows = (
      await pool.query(
        Q.SEARCH_PAGE_DOCUMENTS(statements.page, Q.DOCUMENT_COLUMN_NAMES, Q.CONTENT_PAGE_ORDER),
        [...params, 0, 20],
      )
    ).rows;
    total = rows.length ? Number(rows[0].page_total) : 0;
    page = rows.map((row) => searchRow(row, current));
    if (page.length) {
      const rows = (await pool.query(Q.CONTENT_SNIPPETS, [key, scope[2], page.map((d) => d.d_id), pairs]))
        .rows;
      for (const { documentId, snippet } of rows) {
        const list = snippets.get(documentId) ?? [];
        if (list.length < 3) snippets.set(documentId, [...list, snippet]);
      }
    }
  } else if (q) {
    const agencyId = url.searchParams.get('agencyId');
    // the benchmark's province-wide caller reads ~300 agencies of one province: the API's region match
    const regions: string[] = agencyId ? [] : ctx.regions;
    const statements = Q.searchPageStatements(
      {
        match: agencyId ? { by: 'key' } : { by: 'regions', regions },
        scope: { readable: scope[0], shared: scope[1], drafting: scope[2] },
        q,
        agencyId: agencyId ?? undefined,
        offset: 0,
        limit: 20,
      },
      Q.DOCUMENT_COLUMN_NAMES,
    );
    const rows = (await pool.query(statements.page, statements.parameters)).rows;
    total = rows.length ? Number(rows[0].page_total) : 0;
    page = rows.map((row) => searchRow(row, current));
  } else {
    const params = [
      ...scope,
      url.searchParams.get('agencyId'),
      url.searchParams.get('type'),
      url.searchParams.get('status'),
    ];
    const pageNo = Number(url.searchParams.get('page') ?? 1);
    page = (await pool.query(Q.REGISTER_PAGE + String((pageNo - 1) * 20), params)).rows;
    total = Number((await pool.query(Q.REGISTER_COUNT, params)).rows[0].cnt);
  }
  if (!q) {
    const currentIds = page.map((d) => d.d_current_version_id).filter(Boolean);
    if (currentIds.length)
      for (const v of (await pool.query(Q.CURRENT_VERSIONS, [currentIds])).rows) current.set(v.id, v);
  }
  const items = page.map((d) => {
    const v = current.get(d.d_current_version_id as string);
    return {
      ...view(d, 'd_'),
      inForce: d.d_status === 'EFFECTIVE',
      revision: v?.revision ?? null,
      effectiveFrom: v?.effective_from ?? null,
      ...(content ? { snippets: snippets.get(d.d_id as string) ?? [] } : {}),
    };
  });
  return { items, page: Number(url.searchParams.get('page') ?? 1), pageSize: 20, total };
}

async function versions(ctx: Context, documentId: string): Promise<unknown> {
  const [readable, shared, drafting] = await documentScope(ctx);
  const [document] = (await pool.query(Q.DOCUMENT_BY_ID, [documentId])).rows;
  const agencyId = document?.agency_id as string;
  const reads = document && (readable.includes(agencyId) || shared.includes(agencyId));
  if (!reads || (document.status === 'DRAFT' && !drafting.includes(agencyId)))
    throw new HttpError(404, 'NOT_FOUND');
  const all = (await pool.query(Q.VERSIONS_OF_DOCUMENT, [documentId])).rows;
  const visible = all.filter(
    (v) => ['EFFECTIVE', 'SUPERSEDED'].includes(v.status) || drafting.includes(v.agency_id),
  );
  const files = visible.length
    ? (await pool.query(Q.FILES_OF_VERSIONS, [visible.map((v) => v.id)])).rows
    : [];
  return visible.map((v) => ({
    ...view(v, ''),
    inForce: v.status === 'EFFECTIVE' && document.status === 'EFFECTIVE',
    files: files.filter((f) => f.version_id === v.id).map((f) => view(f, '')),
  }));
}

async function inbox(ctx: Context): Promise<unknown> {
  const params = Q.inboxParameters(ctx);
  const requests = (await pool.query(Q.INBOX_PAGE, [...params, 20, 0])).rows;
  const total = requests.length ? Number(requests[0].total) : 0;
  const steps = requests.length
    ? (await pool.query(Q.STEPS_OF_REQUESTS, [requests.map((r) => r.id)])).rows
    : [];
  const items = requests.map(({ total: _total, dueAt, ...r }) => ({
    ...r,
    documentId: r.subjectType === 'document' ? r.subjectId : null,
    steps: steps.filter((s) => s.requestId === r.id).map(({ requestId: _request, ...s }) => s),
    dueAt,
  }));
  return { items, page: 1, pageSize: 20, total };
}

async function deadlines(ctx: Context, url: URL): Promise<unknown> {
  const readable = [...new Set([...ctx.memberships.map((m) => m.agencyId), ...ctx.oversight])];
  const params = Q.deadlineParameters({ readable, agencyId: url.searchParams.get('agencyId') ?? undefined });
  const rows = (await pool.query(Q.deadlinesPage('d.due_at', 'ASC'), [...params, 20, 0])).rows;
  const total =
    Q.totalFromPage(0, 20, rows.length) ??
    Number((await pool.query(Q.DEADLINES_COUNT, params)).rows[0].total);
  const items = rows.map((d) => view(d, ''));
  return { items, page: 1, pageSize: 20, total };
}

async function dashboard(ctx: Context, url: URL): Promise<unknown> {
  const province = url.searchParams.get('provinceAgencyId') ?? '';
  if (!ctx.memberships.some((m) => m.agencyId === province && m.roles.includes('OVERSIGHT')))
    throw new HttpError(403, 'FORBIDDEN');
  const now = new Date();
  const rows = (await pool.query(PROVINCE_DASHBOARD_SQL, [province, now, now.getUTCFullYear()])).rows;
  const ids = rows.map((r) => r.id as string);
  const coverage = new Map<string, { total: number; covered: number }>(
    ids.map((id) => [id, { total: 0, covered: 0 }]),
  );
  for (const c of (await pool.query(COVERAGE_COUNTS_SQL, [ids])).rows)
    coverage.set(c.agency_id, { total: c.total, covered: c.covered });
  const agencies = rows.map((r) => ({ ...view(r, ''), coverage: coverage.get(r.id) }));
  const totals = {
    agencies: agencies.length,
    overdueDeadlines: rows.reduce((n, r) => n + Number(r.overdue), 0),
  };
  return { provinceAgencyId: province, asOf: now.toISOString(), totals, agencies };
}

/**
 * The Ministry's national view: the read model's own functions (libs/reporting, the code the API
 * runs), given pg's pool in place of TypeORM's manager.
 */
async function national(ctx: Context): Promise<unknown> {
  const overseen = ctx.memberships.filter((m) => m.roles.includes('OVERSIGHT')).map((m) => m.agencyId);
  const manager = {
    query: async (sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows,
  } as unknown as EntityManager;
  const provinces = overseen.length ? await nationalProvinces(manager, overseen) : null;
  if (!provinces) throw new HttpError(403, 'FORBIDDEN');
  const now = new Date();
  return nationalDashboard(manager, provinces, now, now.getUTCFullYear());
}

async function login(body: string): Promise<unknown> {
  const { username, password } = JSON.parse(body) as { username: string; password: string };
  const [user] = (await pool.query(Q.USER_BY_NAME, [username])).rows;
  if (!user || !(await argon2.verify(user.u_password_hash, password)) || !user.u_is_active)
    throw new HttpError(401, 'INVALID_CREDENTIALS');
  const client = await pool.connect();
  try {
    await client.query('START TRANSACTION');
    const expires = new Date(Date.now() + 30 * 24 * 3600 * 1000);
    const [session] = (await client.query(Q.INSERT_SESSION, [user.u_id, null, null, expires])).rows;
    const refresh = randomBytes(32).toString('base64url');
    const [token] = (
      await client.query(Q.INSERT_REFRESH_TOKEN, [
        session.id,
        createHash('sha256').update(refresh).digest('hex'),
        null,
      ])
    ).rows;
    await client.query(Q.AUDIT_LOCK, [AUDIT_CHAIN_LOCK_KEY]);
    const [last] = (await client.query(Q.AUDIT_LAST)).rows;
    const prev = (last?.hash as string) ?? '0'.repeat(64);
    const data = { sessionId: token.id };
    const occurredAt = new Date();
    const hash = createHash('sha256')
      .update(prev + JSON.stringify({ occurredAt, actor: user.u_id, data }))
      .digest('hex');
    await client.query(Q.AUDIT_INSERT, [
      occurredAt,
      user.u_id,
      user.u_username,
      null,
      'user',
      user.u_id,
      'login',
      null,
      null,
      null,
      data,
      randomUUID(),
      prev,
      hash,
    ]);
    await client.query('COMMIT');
    return {
      accessToken: sign({ sub: user.u_id, sid: session.id }),
      refreshToken: `${token.id}.${refresh}`,
      expiresIn: 900,
      tokenType: 'Bearer',
    };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

async function route(request: IncomingMessage): Promise<[number, unknown]> {
  const url = new URL(request.url ?? '/', 'http://baseline');
  const path = url.pathname;
  if (path === '/health') return [200, { status: 'ok' }];
  if (request.method === 'POST' && path === '/api/v1/auth/login')
    return [201, await login(await readBody(request))];
  if (request.method !== 'GET') throw new HttpError(404, 'NOT_FOUND');
  const ctx = await context(request);
  if (path === '/api/v1/documents') return [200, await documents(ctx, url)];
  const versionsMatch = /^\/api\/v1\/documents\/([0-9a-f-]{36})\/versions$/.exec(path);
  if (versionsMatch) return [200, await versions(ctx, versionsMatch[1])];
  if (path === '/api/v1/approval-requests') return [200, await inbox(ctx)];
  if (path === '/api/v1/deadlines') return [200, await deadlines(ctx, url)];
  if (path === '/api/v1/dashboards/province') return [200, await dashboard(ctx, url)];
  if (path === '/api/v1/dashboards/national') return [200, await national(ctx)];
  throw new HttpError(404, 'NOT_FOUND');
}

/**
 * A file's bytes as a bare proxy serves them: the same token and session check, the file's row,
 * then the object piped into the response with the API's headers. (Not the API's exact
 * statements: for a 200 MB transfer, the few milliseconds of SQL do not count.)
 */
async function fileContent(
  request: IncomingMessage,
  response: ServerResponse,
  fileId: string,
): Promise<void> {
  await context(request);
  const [file] = (
    await pool.query(
      'SELECT name, size, content_type, sha256, storage_key FROM document_files WHERE id = $1',
      [fileId],
    )
  ).rows;
  if (!file || !objects) throw new HttpError(404, 'NOT_FOUND');
  const body = await objects.getObject(process.env.S3_BUCKET ?? '', file.storage_key as string);
  response.writeHead(200, {
    'Content-Type': file.content_type as string,
    'Content-Length': String(file.size),
    'Content-Disposition': `attachment; filename="${encodeURIComponent(file.name as string)}"`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    Digest: `sha-256=${Buffer.from(file.sha256 as string, 'hex').toString('base64')}`,
  });
  await pipeline(body, response);
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
  });
  response.end(json);
}

const server = createServer((request, response) => {
  const file = /^\/api\/v1\/files\/([0-9a-f-]{36})\/content$/.exec(request.url ?? '');
  const handled = file
    ? fileContent(request, response, file[1]).then(() => null)
    : route(request).then(([status, body]) => [status, body] as const);
  handled.then(
    (answer) => answer && send(response, answer[0], answer[1]),
    (error: unknown) => {
      if (response.headersSent) response.destroy();
      else if (error instanceof HttpError)
        send(response, error.status, { statusCode: error.status, code: error.message });
      else if (/timeout/i.test(String((error as Error)?.message)))
        send(response, 503, { statusCode: 503, code: 'DEPENDENCY_UNAVAILABLE' });
      else {
        console.error(error);
        send(response, 500, { statusCode: 500, code: 'INTERNAL' });
      }
    },
  );
});
server.keepAliveTimeout = 5000;
server.listen(Number(process.env.PORT ?? 3901), '127.0.0.1');
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
