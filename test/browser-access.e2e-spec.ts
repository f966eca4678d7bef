import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { RequestContext, requestLogging } from '../libs/platform/src';
import { ADMIN, startTestApp, TestApp } from './support/harness';
import { buildWorld, PASSWORD, World } from './support/world';

const FRONTEND = 'http://motcua.tinh.gov.vn:8080';
const METRICS_TOKEN = 'scrape-token-0123456789';

/** The cookie a Set-Cookie header sets, as a Cookie header sends it back. */
function cookieOf(setCookie: string[] | string | undefined): string {
  const first = ([] as string[]).concat(setCookie ?? [])[0] ?? '';
  return first.split(';')[0];
}

describe('a deployment on plain HTTP with a front-end origin configured', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: `${FRONTEND}, http://10.0.0.5:3001` });
    w = await buildWorld(t);
  });
  afterAll(() => t?.close());

  describe('CORS', () => {
    it('answers the preflight of the configured origin with the methods and headers a front-end sends', async () => {
      const response = await t
        .http()
        .options('/api/v1/documents')
        .set('Origin', FRONTEND)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type,idempotency-key,if-match')
        .expect(204);
      expect(response.headers['access-control-allow-origin']).toBe(FRONTEND);
      expect(response.headers['access-control-allow-methods']).toContain('POST');
      const allowed = String(response.headers['access-control-allow-headers']).toLowerCase().split(',');
      for (const header of [
        'authorization',
        'content-type',
        'if-match',
        'idempotency-key',
        'accept-language',
        'x-request-id',
      ])
        expect(allowed).toContain(header);
      // tokens travel in Authorization, never in cookies
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    });

    it('lets the front-end read X-Request-Id, ETag and Content-Disposition', async () => {
      const response = await t.http().get('/health').set('Origin', FRONTEND).expect(200);
      expect(response.headers['access-control-allow-origin']).toBe(FRONTEND);
      const exposed = String(response.headers['access-control-expose-headers']).split(',');
      expect(exposed).toEqual(expect.arrayContaining(['X-Request-Id', 'Content-Disposition', 'ETag']));
    });

    it('gives another origin no CORS header at all, preflight or request', async () => {
      const preflight = await t
        .http()
        .options('/api/v1/documents')
        .set('Origin', 'http://evil.example')
        .set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-headers']).toBeUndefined();
      const get = await t.http().get('/health').set('Origin', 'http://evil.example').expect(200);
      expect(get.headers['access-control-allow-origin']).toBeUndefined();
      expect(get.headers['access-control-expose-headers']).toBeUndefined();
    });
  });

  describe('security headers on plain HTTP', () => {
    it('sends no upgrade-insecure-requests and no HSTS, and allows resources from this server only', async () => {
      const response = await t.http().get('/api/docs').expect(200);
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(csp).not.toMatch(/https:|http:/);
      expect(response.headers['strict-transport-security']).toBeUndefined();
    });

    it('Swagger UI references no resource on another host', async () => {
      const html = (await t.http().get('/api/docs').expect(200)).text;
      const references = [...html.matchAll(/(?:src|href)=["']([^"']+)["']/g)].map((m) => m[1]);
      expect(references.length).toBeGreaterThan(0);
      expect(references.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
      const init = (await t.http().get('/api/docs/swagger-ui-init.js').expect(200)).text;
      expect(init).toContain('"validatorUrl": null');
    });
  });

  describe('Bull Board in a browser', () => {
    const login = (username: string, password: string) =>
      t.http().post('/admin/login').type('form').send({ username, password });

    it('sends a browser without a session to the login form, and API clients still get 401', async () => {
      const page = await t
        .http()
        .get('/admin/queues')
        .set('Accept', 'text/html,application/xhtml+xml')
        .expect(303);
      expect(page.headers.location).toBe('/admin/login');
      await t.http().get('/admin/queues').expect(401);
      const form = await t.http().get('/admin/login').expect(200);
      expect(form.headers['content-type']).toContain('text/html');
      expect(form.text).toContain('<form method="post" action="/admin/login">');
    });

    it('refuses a wrong password and a user who is not a system administrator, with no cookie and no session', async () => {
      const sessions = () =>
        t.sql<{ n: number }>('SELECT count(*)::int AS n FROM sessions').then((r) => r[0].n);
      const before = await sessions();
      const wrong = await login(ADMIN.username, 'not-the-password').expect(401);
      expect(wrong.headers['set-cookie']).toBeUndefined();
      expect(wrong.text).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
      const staff = await login(w.users['a.agency_admin'].username, PASSWORD).expect(403);
      expect(staff.headers['set-cookie']).toBeUndefined();
      expect(staff.text).toContain('Chỉ quản trị hệ thống');
      const empty = await login('', '').expect(401);
      expect(empty.headers['set-cookie']).toBeUndefined();
      expect(await sessions()).toBe(before);
    });

    it('logs a system administrator in with a 15-minute HttpOnly SameSite=Strict cookie that opens the board only', async () => {
      const response = await login(ADMIN.username, ADMIN.password).expect(303);
      expect(response.headers.location).toBe('/admin/queues');
      const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? [])[0] ?? '';
      expect(setCookie).toMatch(/^iso_board=/);
      expect(setCookie).toContain('HttpOnly');
      expect(setCookie).toContain('SameSite=Strict');
      expect(setCookie).toContain('Path=/admin');
      expect(setCookie).toContain('Max-Age=900');
      expect(setCookie).not.toContain('Secure');
      const cookie = cookieOf(response.headers['set-cookie']);

      const page = await t
        .http()
        .get('/admin/queues')
        .set('Cookie', cookie)
        .set('Accept', 'text/html')
        .expect(200);
      expect(page.text).toContain('<div id="root">');
      expect(page.text).not.toMatch(/fonts\.(googleapis|gstatic)\.com/);
      const queues = await t.http().get('/admin/queues/api/queues').set('Cookie', cookie).expect(200);
      expect((queues.body as { queues: unknown[] }).queues.length).toBeGreaterThan(0);
      // the cookie is no way into the API (which a cross-site form could otherwise ride)
      await t.http().get('/api/v1/me').set('Cookie', cookie).expect(401);
    });

    it('logout ends the session behind the cookie: the same cookie no longer opens the board', async () => {
      const cookie = cookieOf(
        (await login(ADMIN.username, ADMIN.password).expect(303)).headers['set-cookie'],
      );
      await t.http().get('/admin/queues/api/queues').set('Cookie', cookie).expect(200);
      const out = await t.http().post('/admin/logout').set('Cookie', cookie).expect(303);
      expect(out.headers.location).toBe('/admin/login');
      expect(String(out.headers['set-cookie'])).toMatch(/iso_board=;/);
      await t.http().get('/admin/queues/api/queues').set('Cookie', cookie).expect(401);
    });

    it('a forged or expired cookie opens nothing', async () => {
      const forged =
        'iso_board=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSIsImV4cCI6OTk5OTk5OTk5OX0.AAAA';
      await t.http().get('/admin/queues/api/queues').set('Cookie', forged).expect(401);
      const expired = 'iso_board=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSIsImV4cCI6MX0.AAAA';
      const page = await t
        .http()
        .get('/admin/queues')
        .set('Cookie', expired)
        .set('Accept', 'text/html')
        .expect(303);
      expect(page.headers.location).toBe('/admin/login');
    });
  });

  describe('request ids', () => {
    it('echo a sane X-Request-Id and give every other answer a fresh one, a refused body included', async () => {
      const mine = await t.http().get('/api/v1/me').set('X-Request-Id', 'req-42').expect(401);
      expect(mine.headers['x-request-id']).toBe('req-42');
      const insane = await t.http().get('/api/v1/me').set('X-Request-Id', 'a b<script>').expect(401);
      expect(insane.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      // refused by the JSON parser, before any route: it still has its id
      const broken = await t
        .http()
        .post('/api/v1/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"username":')
        .expect(400);
      expect(broken.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(broken.headers['x-request-id']).not.toBe(insane.headers['x-request-id']);
    });

    it('are no AsyncLocalStorage store: no request runs inside one', async () => {
      // a store in use turns Node 20's promise hooks on for the whole process, and every promise
      // then pays for them (libs/platform/src/logging/logging.ts)
      const run = jest.spyOn(AsyncLocalStorage.prototype, 'run');
      const enterWith = jest.spyOn(AsyncLocalStorage.prototype, 'enterWith');
      try {
        const token = await t.login(w.users['a.drafter'].username, PASSWORD);
        await t.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
        await t.http().get('/api/v1/documents').set('Authorization', `Bearer ${token}`).expect(200);
        await t
          .http()
          .get('/api/v1/documents/not-a-uuid')
          .set('Authorization', `Bearer ${token}`)
          .expect(400);
        expect(run).not.toHaveBeenCalled();
        expect(enterWith).not.toHaveBeenCalled();
      } finally {
        run.mockRestore();
        enterWith.mockRestore();
      }
    });

    it("are made with express's prototypes: express never has to change one (apps/api/src/http/api-http-adapter.ts)", async () => {
      // a request or response whose prototype changes after it is made outlives V8's young
      // collections with everything it references (BENCHMARKS item 21)
      const setPrototypeOf = Object.setPrototypeOf;
      const changed: string[] = [];
      const spy = jest
        .spyOn(Object, 'setPrototypeOf')
        .mockImplementation((target: object, proto: object | null) => {
          const isHttp = target instanceof IncomingMessage || target instanceof ServerResponse;
          if (isHttp && Object.getPrototypeOf(target) !== proto) changed.push(target.constructor.name);
          return setPrototypeOf(target, proto) as object;
        });
      try {
        const token = await t.login(w.users['a.drafter'].username, PASSWORD);
        await t.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
        await t.http().get('/api/v1/documents').set('Authorization', `Bearer ${token}`).expect(200);
        await t.http().get('/health').expect(200);
        // express's own calls ran, and found the prototypes in place
        expect(spy).toHaveBeenCalled();
        expect(changed).toEqual([]);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('/metrics without METRICS_TOKEN', () => {
    it('answers a loopback scraper in Prometheus format: HTTP latency by route pattern, queues, outbox, reminders, pool', async () => {
      const agencyId = w.agencyA;
      await t
        .http()
        .get(`/api/v1/agencies/${agencyId}`)
        .set('Authorization', `Bearer ${w.adminToken}`)
        .expect(200);
      const response = await t.http().get('/metrics').expect(200);
      expect(response.headers['content-type']).toContain('text/plain');
      const text = response.text;
      expect(text).toMatch(
        /http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/agencies\/:id",status_code="200"\} [1-9]/,
      );
      // the raw URL (with its id) never becomes a label
      expect(text).not.toContain(agencyId);
      expect(text).toMatch(/iso_queue_jobs\{queue="email",state="failed"\} \d+/);
      expect(text).toMatch(/iso_queue_jobs\{queue="reminders",state="delayed"\} \d+/);
      expect(text).toMatch(/^iso_outbox_lag_seconds \d/m);
      expect(text).toMatch(/^iso_reminder_backlog \d+/m);
      expect(text).toMatch(/iso_db_pool_connections\{state="total"\} [1-9]/);
      expect(text).toMatch(/iso_db_pool_connections\{state="waiting"\} \d+/);
    });

    it('refuses a scrape relayed by a proxy (X-Forwarded-For or Forwarded)', async () => {
      const relayed = await t.http().get('/metrics').set('X-Forwarded-For', '203.0.113.9').expect(403);
      expect(relayed.body.code).toBe('FORBIDDEN');
      await t.http().get('/metrics').set('Forwarded', 'for=203.0.113.9').expect(403);
    });
  });
});

describe('a deployment with HTTPS and a metrics token configured', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ HTTPS: 'true', METRICS_TOKEN });
  });
  afterAll(() => t?.close());

  it('sends HSTS and upgrade-insecure-requests', async () => {
    const response = await t.http().get('/health').expect(200);
    expect(String(response.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    expect(response.headers['strict-transport-security']).toContain('max-age=');
  });

  it('answers no origin with CORS when CORS_ORIGINS is not set', async () => {
    const response = await t
      .http()
      .options('/api/v1/documents')
      .set('Origin', FRONTEND)
      .set('Access-Control-Request-Method', 'GET');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('marks the board cookie Secure', async () => {
    const response = await t
      .http()
      .post('/admin/login')
      .type('form')
      .send({ username: ADMIN.username, password: ADMIN.password })
      .expect(303);
    expect(String(response.headers['set-cookie'])).toContain('Secure');
  });

  it('/metrics needs the token: 401 without, 403 with another, the metrics with it', async () => {
    const missing = await t.http().get('/metrics').expect(401);
    expect(missing.body.code).toBe('UNAUTHENTICATED');
    const wrong = await t
      .http()
      .get('/metrics')
      .set('Authorization', 'Bearer scrape-token-9876543210')
      .expect(403);
    expect(wrong.body.code).toBe('FORBIDDEN');
    const admin = await t.login(ADMIN.username, ADMIN.password);
    await t.http().get('/metrics').set('Authorization', `Bearer ${admin}`).expect(403);
    const ok = await t.http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    for (const name of [
      'http_request_duration_seconds',
      'iso_queue_jobs',
      'iso_outbox_lag_seconds',
      'iso_reminder_backlog',
      'iso_db_pool_connections',
    ])
      expect(ok.text).toContain(`# TYPE ${name}`);
  });
});

describe('request log lines', () => {
  it('carry method, path, route, status, duration, request id, user and agency ids, and no headers', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = requestLogging(pino({ level: 'info' }, sink));
    const ctx = new RequestContext({ id: 'user-1', username: 'u', fullName: 'U' }, [
      { agencyId: 'agency-1', roles: ['STAFF'] },
      { agencyId: 'agency-2', roles: ['DRAFTER'] },
    ]);
    const server = createServer((req, res) => {
      log(req, res);
      // what passport and the router leave on the request
      Object.assign(req, { user: ctx, route: { path: '/api/v1/documents/:id' }, baseUrl: '' });
      res.setHeader('Content-Security-Policy', "default-src 'self'");
      res.end('{}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/api/v1/documents/42?q=Nguy%E1%BB%85n`, {
      headers: { 'X-Request-Id': 'req-abc', Authorization: 'Bearer secret' },
    });
    await new Promise((done) => setTimeout(done, 50));
    server.close();
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]) as Record<string, unknown>;
    // one route only: the pattern that answered, not the logger's catch-all
    expect(lines[0].match(/"route"/g)).toHaveLength(1);
    expect(line).toMatchObject({
      req: { id: 'req-abc', method: 'GET', url: '/api/v1/documents/42' },
      res: { statusCode: 200 },
      route: '/api/v1/documents/:id',
      userId: 'user-1',
      agencyIds: ['agency-1', 'agency-2'],
    });
    expect(typeof line.responseTime).toBe('number');
    expect(lines[0]).not.toMatch(/content-security-policy|authorization|secret|Nguy/i);
    expect(lines[0].length).toBeLessThan(400);
  });
});
