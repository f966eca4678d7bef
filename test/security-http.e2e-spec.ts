import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigError, loadConfig, PageQuery, PUBLISHED_SECRETS } from '../libs/platform/src';
import { ADMIN, JWT_SECRET as TEST_JWT_SECRET, startTestApp, TestApp } from './support/harness';
import { buildAgencyFixtures, databaseFingerprint, fillPath } from './support/agency-fixtures';
import { client, PDF } from './support/documents';
import { loadOpenApi, OpenApi, Operation } from './support/openapi';
import { rawRequest, trickle } from './support/raw-http';
import { buildWorld, PASSWORD as WORLD_PASSWORD, World } from './support/world';
import { PASSWORD as BENCH_PASSWORD } from '../bench/lib/options';

/** The attack of the security review: 400,000 nested arrays, 781 KB, under the 1 MB body limit. */
const DEEP = Buffer.from('['.repeat(400_000) + ']'.repeat(400_000));
const nested = (levels: number, inner = '"x"') => '['.repeat(levels) + inner + ']'.repeat(levels);

describe('HTTP edge: JSON nesting, slow bodies, hostile traffic next to /health', () => {
  let t: TestApp;
  let w: World;
  let port: number;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ REQUEST_BODY_TIMEOUT_MS: '1500' });
    w = await buildWorld(t);
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => t.close());

  const counts = async () =>
    (
      await t.sql<{ sessions: number; audit: number }>(
        'SELECT (SELECT count(*)::int FROM sessions) AS sessions, (SELECT count(*)::int FROM audit_trail) AS audit',
      )
    )[0];
  const postJson = (path: string, body: string | Buffer, token?: string) => {
    const request = t.http().post(path).set('Content-Type', 'application/json');
    if (token) request.set('Authorization', `Bearer ${token}`);
    // a string: superagent would serialise a Buffer as JSON ({"type":"Buffer",…})
    return request.send(body.toString());
  };

  it('a body nested 400,000 levels deep to /auth/login and /auth/refresh is a 400 JSON_TOO_DEEP, and nothing is written', async () => {
    const before = await counts();
    for (const path of ['/api/v1/auth/login', '/api/v1/auth/refresh']) {
      const response = await postJson(path, DEEP);
      expect({ path, status: response.status, body: response.body }).toEqual({
        path,
        status: 400,
        body: {
          statusCode: 400,
          code: 'JSON_TOO_DEEP',
          message: 'Nội dung JSON lồng nhau quá sâu (tối đa 32 cấp)',
          details: [],
        },
      });
    }
    const english = await postJson('/api/v1/auth/login', DEEP).set('Accept-Language', 'en').expect(400);
    expect(english.body.message).toBe('The JSON body is nested too deeply (at most 32 levels)');
    expect(await counts()).toEqual(before);
  });

  it('the limit is 32 levels on every route, before authentication and validation; brackets inside strings do not count', async () => {
    // 32 levels (the object and 31 arrays) reach validation; 33 do not
    const atLimit = await postJson('/api/v1/auth/login', `{"username":${nested(31)},"password":"x"}`);
    expect(atLimit.status).toBe(400);
    expect(atLimit.body.code).toBe('VALIDATION_FAILED');
    const overLimit = await postJson('/api/v1/auth/login', `{"username":${nested(32)},"password":"x"}`);
    expect(overLimit.status).toBe(400);
    expect(overLimit.body.code).toBe('JSON_TOO_DEEP');

    // a protected route: refused before the token is even looked at, and with one
    const unauthenticated = await postJson('/api/v1/documents', nested(40));
    expect([unauthenticated.status, unauthenticated.body.code]).toEqual([400, 'JSON_TOO_DEEP']);
    const before = await databaseFingerprint(t);
    const drafter = w.users['a.drafter'].token;
    const deepDocument = await postJson(
      '/api/v1/documents',
      JSON.stringify({
        agencyId: w.agencyA,
        code: 'QT-99',
        title: JSON.parse(nested(33)),
        type: 'PROCEDURE',
      }),
      drafter,
    );
    expect([deepDocument.status, deepDocument.body.code]).toEqual([400, 'JSON_TOO_DEEP']);
    expect(await databaseFingerprint(t)).toEqual(before);

    // 80 brackets inside a string (after an escaped quote) are text, not nesting
    const text = `\\"${'['.repeat(40)}${'{'.repeat(40)}`;
    const inString = await postJson('/api/v1/auth/login', `{"username":"${text}","password":"x"}`);
    expect([inString.status, inString.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    // and an ordinary login works
    await postJson('/api/v1/auth/login', JSON.stringify(ADMIN)).expect(200);
  });

  it('/health keeps answering 200 while two clients keep sending such bodies', async () => {
    let attacking = true;
    const attacker = async (path: string) => {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const response = await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: DEEP,
        });
        statuses.push(response.status);
        await response.text();
      }
      return statuses;
    };
    const attack = Promise.all([attacker('/api/v1/auth/login'), attacker('/api/v1/auth/refresh')]).finally(
      () => (attacking = false),
    );
    const answeredDuringAttack: number[] = [];
    while (attacking) {
      const response = await fetch(`${base}/health`);
      await response.text();
      if (attacking) answeredDuringAttack.push(response.status);
      await sleep(10);
    }
    const statuses = (await attack).flat();
    expect(statuses).toEqual(new Array(16).fill(400));
    // health answered, and answered 200, before the attack was over
    expect(answeredDuringAttack.length).toBeGreaterThan(0);
    expect(answeredDuringAttack.every((status) => status === 200)).toBe(true);
  });

  const jsonHead = (path: string, length: number) =>
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

  it('a JSON body sent one byte a second is cut with 408 and the connection closed, long before it completes', async () => {
    const body = Buffer.from(JSON.stringify({ username: 'admin', password: 'x'.repeat(150) }));
    const before = await counts();
    const response = await rawRequest(port, jsonHead('/api/v1/auth/login', body.length), (socket, sent) =>
      trickle(socket, body, 1000, sent),
    );
    expect(response.status).toBe(408);
    expect(response.body).toEqual({
      statusCode: 408,
      code: 'REQUEST_BODY_TIMEOUT',
      message: 'Nội dung yêu cầu gửi lên quá chậm (phải nhận đủ trong 1.5 giây)',
      details: [],
    });
    expect(response.sentBodyBytes).toBeLessThan(body.length);
    // the server hangs up: the slow client holds no connection of ours
    await response.closedByServer;
    expect(await counts()).toEqual(before);
  });

  it('a JSON body that arrives in pieces within the limit is served as usual', async () => {
    const body = Buffer.from(JSON.stringify(ADMIN));
    const response = await rawRequest(port, jsonHead('/api/v1/auth/login', body.length), (socket, sent) => {
      const half = Math.floor(body.length / 2);
      socket.write(body.subarray(0, half));
      sent(half);
      setTimeout(() => {
        socket.write(body.subarray(half));
        sent(body.length - half);
      }, 400);
    });
    expect(response.status).toBe(200);
    expect(typeof response.body.accessToken).toBe('string');
    response.socket.destroy();
  });

  const preamble = Buffer.from(
    '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="cham.pdf"\r\nContent-Type: application/pdf\r\n\r\n',
  );
  const uploadHead = (path: string, length: number, token?: string) =>
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${token ? `Authorization: Bearer ${token}\r\n` : ''}` +
    `Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: ${length}\r\n\r\n`;

  it('an upload that keeps flowing is not cut by the JSON body limit: slower than 1.5 s in all, it is stored', async () => {
    const drafter = client(t, w.users['a.drafter'].token);
    const doc = (
      await drafter
        .post('/api/v1/documents', {
          agencyId: w.agencyA,
          code: 'QT-88',
          title: 'Tải chậm',
          type: 'PROCEDURE',
        })
        .expect(201)
    ).body;
    const path = `/api/v1/documents/${doc.id}/versions/${doc.draftVersion.id}/files`;
    const bytes = Buffer.concat([PDF('chậm mà đều'), Buffer.alloc(600 * 1024, 5)]);
    const body = Buffer.concat([preamble, bytes, Buffer.from('\r\n--XyZ--\r\n')]);
    const started = Date.now();
    const response = await rawRequest(
      port,
      uploadHead(path, body.length, w.users['a.drafter'].token),
      // 64 KB every 300 ms: about 3 s in all, twice the JSON limit, never idle for long
      (socket, sent) => trickle(socket, body, 300, sent, 64 * 1024),
    );
    expect(Date.now() - started).toBeGreaterThan(1500);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: 'cham.pdf', size: bytes.length });
    response.socket.destroy();
  });

  it('a refused upload whose client keeps the rest of the body coming slowly is answered, then disconnected', async () => {
    const path = `/api/v1/documents/00000000-0000-4000-8000-000000000000/versions/00000000-0000-4000-8000-000000000000/files`;
    const response = await rawRequest(port, uploadHead(path, 10 * 1024 * 1024), (socket, sent) => {
      socket.write(preamble);
      sent(preamble.length);
      trickle(socket, Buffer.alloc(1024, 1), 200, sent);
    });
    expect(response.status).toBe(401);
    await response.closedByServer;
    expect(response.socket.destroyed).toBe(true);
  });
});

describe('sort keys are own properties of each list’s allow-list', () => {
  const PROTOTYPE_KEYS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
  let t: TestApp;
  let w: World;
  let api: OpenApi;
  let paramsFor: (path: string) => Record<string, string> | undefined;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    paramsFor = (await buildAgencyFixtures(t, w)).paramsFor;
    api = await loadOpenApi(t);
  }, 120_000);
  afterAll(() => t.close());

  /** Query parameters a list needs to answer 200 for the administrator (as in the security matrix). */
  const ownQuery = (op: Operation, extra: Record<string, string> = {}) => {
    const known: Record<string, string> = {
      agencyId: w.agencyA,
      provinceAgencyId: w.provinceId,
      year: String(new Date().getFullYear()),
    };
    const query = new URLSearchParams();
    for (const { name } of op.queryParams) if (known[name]) query.set(name, known[name]);
    for (const [name, value] of Object.entries(extra)) query.set(name, value);
    const text = query.toString();
    return text ? `?${text}` : '';
  };

  it('every list operation answers 400 naming `sort` for constructor, toString, valueOf, hasOwnProperty, __proto__ (never 500), and changes nothing', async () => {
    const lists = api.operations.filter(
      (op) => op.method === 'get' && op.queryParams.some((p) => p.name === 'sort'),
    );
    expect(lists.length).toBeGreaterThanOrEqual(17);
    const before = await databaseFingerprint(t);
    const wrong: string[] = [];
    for (const op of lists) {
      const path = fillPath(op.path, paramsFor(op.path));
      const get = (query: string) => {
        const request = t.http().get(path + query);
        return op.isPublic ? request : request.set('Authorization', `Bearer ${w.adminToken}`);
      };
      // the list itself answers: a 400 below is the sort key's doing
      const plain = await get(ownQuery(op));
      if (plain.status !== 200) wrong.push(`${op.key}${ownQuery(op)} → ${plain.status} without sort`);
      for (const key of PROTOTYPE_KEYS) {
        for (const sort of [key, `-${key}`]) {
          const response = await get(ownQuery(op, { sort }));
          const namesSort = (response.body?.details ?? []).some(
            (d: { field?: string }) => d.field === 'sort',
          );
          if (response.status !== 400 || response.body.code !== 'VALIDATION_FAILED' || !namesSort)
            wrong.push(`${op.key} sort=${sort} → ${response.status} ${response.body?.code}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(await databaseFingerprint(t)).toEqual(before);
  });

  it('the allow-list lookup itself only accepts its own keys (whatever validation let through)', () => {
    const allowed = { code: 'd.code', title: 'd.title' };
    for (const key of [
      'constructor',
      'toString',
      'valueOf',
      'hasOwnProperty',
      '__proto__',
      'isPrototypeOf',
    ]) {
      const query = Object.assign(new PageQuery(), { sort: `-${key}` });
      expect(() => query.orderBy(allowed, 'code')).toThrow(
        expect.objectContaining({ code: 'VALIDATION_FAILED' }),
      );
    }
    expect(Object.assign(new PageQuery(), { sort: '-title' }).orderBy(allowed, 'code')).toEqual({
      column: 'd.title',
      direction: 'DESC',
    });
  });
});

describe('production refuses published and weak secrets', () => {
  const strongSecret = () => randomBytes(48).toString('base64');
  const production = (overrides: Record<string, string | undefined>) => ({
    NODE_ENV: 'production',
    JWT_SECRET: strongSecret(),
    ADMIN_USERNAME: 'quantri',
    ADMIN_PASSWORD: `Qt-${randomBytes(12).toString('hex')}`,
    S3_SECRET_KEY: strongSecret(),
    AUDIT_HMAC_KEY: strongSecret(),
    DATABASE_URL: `postgres://iso:${randomBytes(12).toString('hex')}@db:5432/iso`,
    ...overrides,
  });
  const refusal = (env: Record<string, string | undefined>): string => {
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('the configuration was accepted');
  };

  it('a production environment of its own secrets is accepted', () => {
    expect(loadConfig(production({})).NODE_ENV).toBe('production');
  });

  it('every bad variable is named in one message: published JWT secret, default admin password, published storage and database passwords', () => {
    const message = refusal(
      production({
        JWT_SECRET: 'dev-only-jwt-secret-not-for-production-0123456789',
        ADMIN_PASSWORD: 'Admin@12345',
        S3_SECRET_KEY: 'minioadmin',
        DATABASE_URL: 'postgres://iso:iso-dev-password@postgres:5432/iso',
        SEED_PASSWORD: 'Demo@12345',
      }),
    );
    expect(message.split('\n')[0]).toBe('Invalid environment:');
    for (const name of ['JWT_SECRET', 'ADMIN_PASSWORD', 'S3_SECRET_KEY', 'DATABASE_URL', 'SEED_PASSWORD'])
      expect(message).toMatch(new RegExp(`- ${name}: this value is published in the repository`));
    // the secrets themselves are not repeated in the message (it goes to logs)
    expect(message).not.toContain('iso-dev-password');
    expect(message).not.toContain('Admin@12345');
  });

  it('a JWT secret under 32 bytes, a placeholder, the storage default left unset: each refused by name', () => {
    const short = refusal(production({ JWT_SECRET: 'k7#Vq9!xZ2@pL4$w' }));
    expect(short).toMatch(/- JWT_SECRET: must be at least 32 bytes/);
    const placeholder = refusal(
      production({
        JWT_SECRET: 'please-change-me-to-a-long-random-string',
        ADMIN_PASSWORD: 'changeme-now-2024',
      }),
    );
    expect(placeholder).toMatch(/- JWT_SECRET: this value is a placeholder/);
    expect(placeholder).toMatch(/- ADMIN_PASSWORD: this value is a placeholder/);
    const repeated = refusal(production({ JWT_SECRET: 'ab'.repeat(20) }));
    expect(repeated).toMatch(/- JWT_SECRET: too few distinct characters/);
    const unsetStorageKey = refusal(production({ S3_SECRET_KEY: undefined }));
    expect(unsetStorageKey).toMatch(/- S3_SECRET_KEY: this value is published in the repository/);
  });

  it('every secret this repository writes down is on the published list', () => {
    // (the benchmark's JWT secret is random per run, so it is not written down)
    for (const value of [TEST_JWT_SECRET, ADMIN.password, WORLD_PASSWORD, BENCH_PASSWORD]) {
      expect(PUBLISHED_SECRETS).toContain(value);
      expect(refusal(production({ JWT_SECRET: value }))).toMatch(/JWT_SECRET: this value is published/);
    }
  });

  it('development and test environments keep their published defaults', () => {
    expect(loadConfig({ NODE_ENV: 'development', JWT_SECRET: TEST_JWT_SECRET }).JWT_SECRET).toBe(
      TEST_JWT_SECRET,
    );
    expect(
      loadConfig({ NODE_ENV: 'test', ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'Admin@12345' }).NODE_ENV,
    ).toBe('test');
  });
});

describe('production: no Swagger unless enabled, readiness details for administrators only', () => {
  const secrets = () => ({
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(48).toString('base64'),
    ADMIN_PASSWORD: `Qt-${randomBytes(12).toString('hex')}`,
    S3_SECRET_KEY: randomBytes(24).toString('hex'),
    AUDIT_HMAC_KEY: randomBytes(48).toString('base64'),
  });
  let t: TestApp;
  let adminPassword: string;

  beforeAll(async () => {
    const env = secrets();
    adminPassword = env.ADMIN_PASSWORD;
    // s3rver checks no credentials, so a made-up storage key works in tests
    t = await startTestApp(env);
  });
  afterAll(() => t.close());

  it('Swagger UI and the OpenAPI JSON are not served in production by default', async () => {
    await t.http().get('/api/docs-json').expect(404);
    await t.http().get('/api/docs').expect(404);
    // the API itself is up
    await t.http().get('/health').expect(200);
  });

  it('/health/ready tells the public up or down only; a system administrator sees each dependency', async () => {
    const anonymous = await t.http().get('/health/ready').expect(200);
    expect(anonymous.body).toEqual({ status: 'ok' });
    const forged = await t.http().get('/health/ready').set('Authorization', 'Bearer not-a-token').expect(200);
    expect(forged.body).toEqual({ status: 'ok' });

    const adminToken = await t.login(ADMIN.username, adminPassword);
    const admin = await t
      .http()
      .get('/health/ready')
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    expect(admin.body).toEqual({
      status: 'ok',
      checks: { database: { status: 'up' }, redis: { status: 'up' }, storage: { status: 'up' } },
      worker: { lastHeartbeat: null },
    });
  });

  it('SWAGGER_ENABLED=true serves it in production', async () => {
    const enabled = await startTestApp({ ...secrets(), SWAGGER_ENABLED: 'true' });
    try {
      const response = await enabled.http().get('/api/docs-json').expect(200);
      expect(response.body.openapi).toMatch(/^3\./);
    } finally {
      await enabled.close();
    }
  });
});
