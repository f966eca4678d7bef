import { rmSync } from 'node:fs';
import { ADMIN, startTestApp, TestApp } from './support/harness';
import { freePort, RedisProcess, S3Process } from './support/processes';
import { waitFor } from './support/wait';

interface ReadyBody {
  status: string;
  statusCode?: number;
  code?: string;
  message?: string;
  details?: { field: string; message: string }[];
  checks: Record<'database' | 'redis' | 'storage', { status: 'up' | 'down'; error?: string }>;
  worker: { lastHeartbeat: unknown };
}

describe('health with every dependency up', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('GET /health answers 200 {status: ok} without a token', async () => {
    const response = await t.http().get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('GET /health/ready answers 200 {status: ok} without a token, and nothing about the dependencies', async () => {
    const response = await t.http().get('/health/ready').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('GET /health/ready with a system administrator’s token shows database, redis and storage up', async () => {
    const token = await t.login(ADMIN.username, ADMIN.password);
    const response = await t.http().get('/health/ready').set('Authorization', `Bearer ${token}`).expect(200);
    const body = response.body as ReadyBody;
    expect(body.status).toBe('ok');
    expect(body.checks).toEqual({
      database: { status: 'up' },
      redis: { status: 'up' },
      storage: { status: 'up' },
    });
    // no worker runs for this file's queue prefix
    expect(body.worker).toEqual({ lastHeartbeat: null });
  });

  it('is not under the /api/v1 prefix, and protected routes still need a token', async () => {
    await t.http().get('/api/v1/health').expect(404);
    await t.http().get('/api/v1/me').expect(401);
  });
});

/**
 * Outages are staged on dependencies this file owns, never on the machine's Redis or the run's
 * S3 server (other files use them at the same time): a redis-server child process on a free port,
 * and an s3rver of our own. The API cannot start while storage is unreachable (createApi calls
 * ensureBucket), so it boots with both up and the outage begins afterwards, exactly as it would
 * in production: the dependency goes away under a running API and later comes back.
 */
describe('health when a dependency goes away and comes back', () => {
  let redis: RedisProcess;
  let s3: S3Process;
  let t: TestApp | undefined;

  beforeAll(async () => {
    redis = new RedisProcess(await freePort());
    s3 = new S3Process(await freePort(), `/tmp/iso-test-health-s3-${process.pid}-${Date.now()}`);
    await redis.start();
    await s3.start();
    t = await startTestApp({ REDIS_URL: redis.url, S3_ENDPOINT: s3.endpoint });
  });
  afterAll(async () => {
    try {
      await t?.close();
    } finally {
      await redis?.stop();
      await s3?.stop();
      if (s3) rmSync(s3.directory, { recursive: true, force: true });
    }
  });

  /** Readiness as a system administrator sees it (the public sees up or down only). */
  let adminToken = '';
  const readyAsAdmin = () => t!.http().get('/health/ready').set('Authorization', `Bearer ${adminToken}`);
  const ready = async () => (await readyAsAdmin()).body as ReadyBody;
  const readyStatus = async () => (await t!.http().get('/health/ready')).status;
  const login = () => t!.http().post('/api/v1/auth/login').send(ADMIN);

  it('starts ready', async () => {
    adminToken = await t!.login(ADMIN.username, ADMIN.password);
    const response = await readyAsAdmin().expect(200);
    expect((response.body as ReadyBody).checks.redis).toEqual({ status: 'up' });
    await login().expect(200);
  });

  it('answers 503 (naming redis to an administrator) while Redis is down, and login answers 503 rather than 500', async () => {
    await redis.stop();

    // the public learns that the service is not ready, not which dependency failed or why
    const anonymous = await t!.http().get('/health/ready').expect(503);
    expect(anonymous.body).toEqual({
      statusCode: 503,
      code: 'DEPENDENCY_UNAVAILABLE',
      message: 'Dịch vụ tạm thời không sẵn sàng',
      details: [],
      status: 'unavailable',
    });

    const response = await readyAsAdmin().expect(503);
    const body = response.body as ReadyBody;
    expect(body).toMatchObject({
      statusCode: 503,
      code: 'DEPENDENCY_UNAVAILABLE',
      status: 'unavailable',
      message: 'Dịch vụ tạm thời không sẵn sàng (redis)',
    });
    expect(body.details?.map((d) => d.field)).toEqual(['redis']);
    expect(body.checks.redis.status).toBe('down');
    expect(body.checks.database).toEqual({ status: 'up' });
    expect(body.checks.storage).toEqual({ status: 'up' });

    const refused = await login().expect(503);
    expect(refused.body).toMatchObject({
      statusCode: 503,
      code: 'DEPENDENCY_UNAVAILABLE',
      message: 'Dịch vụ tạm thời không sẵn sàng (redis); vui lòng thử lại',
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // liveness does not depend on Redis
    await t!.http().get('/health').expect(200);
  });

  it('becomes ready again by itself once Redis is back on the same port', async () => {
    await redis.start();
    await waitFor('readiness to return after Redis restarted', async () => (await readyStatus()) === 200, {
      timeoutMs: 20_000,
      intervalMs: 250,
    });
    expect((await ready()).checks).toEqual({
      database: { status: 'up' },
      redis: { status: 'up' },
      storage: { status: 'up' },
    });
    await login().expect(200);
  });

  it('answers 503 (naming storage to an administrator) while the S3 server is unreachable, then recovers', async () => {
    await s3.stop();

    const response = await readyAsAdmin().expect(503);
    const body = response.body as ReadyBody;
    expect(body.code).toBe('DEPENDENCY_UNAVAILABLE');
    expect(body.message).toBe('Dịch vụ tạm thời không sẵn sàng (storage)');
    expect(body.details?.map((d) => d.field)).toEqual(['storage']);
    expect(body.checks.storage.status).toBe('down');
    expect(body.checks.database).toEqual({ status: 'up' });
    expect(body.checks.redis).toEqual({ status: 'up' });

    await s3.start();
    await waitFor('readiness to return after storage restarted', async () => (await readyStatus()) === 200, {
      timeoutMs: 20_000,
      intervalMs: 250,
    });
  });
});
