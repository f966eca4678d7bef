import { JwtService } from '@nestjs/jwt';
import { ADMIN, JWT_SECRET, startTestApp, TestApp } from './support/harness';

describe('authentication', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3', ACCESS_TOKEN_TTL_SECONDS: '60' });
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) =>
    t.http().post('/api/v1/auth/login').send({ username, password });
  const me = (token: string) => t.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`);

  it('logs in the bootstrap administrator and tells who they are', async () => {
    const response = await login(ADMIN.username, ADMIN.password).expect(200);
    expect(response.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 60 });
    expect(typeof response.body.accessToken).toBe('string');
    expect(response.body.refreshToken).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{20,}$/);
    const profile = await me(response.body.accessToken).expect(200);
    expect(profile.body).toMatchObject({ username: 'admin', isSystemAdmin: true, memberships: [] });
  });

  it('refuses a wrong password with 401 in the error shape, in Vietnamese by default and English on request', async () => {
    const vi = await login(ADMIN.username, 'wrong-password').expect(401);
    expect(vi.body).toEqual({
      statusCode: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng',
      details: [],
    });
    const en = await login('nobody', 'whatever').set('Accept-Language', 'en').expect(401);
    expect(en.body.message).toBe('Wrong username or password');
  });

  it('answers 400 with per-field details for a login body without a password', async () => {
    const response = await t.http().post('/api/v1/auth/login').send({ username: 'admin' }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((d: { field: string }) => d.field)).toContain('password');
  });

  it('rotates refresh tokens: each works once, and the new pair works', async () => {
    const first = (await login(ADMIN.username, ADMIN.password).expect(200)).body;
    const second = (
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)
    ).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await me(second.accessToken).expect(200);
    const third = (
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: second.refreshToken }).expect(200)
    ).body;
    await me(third.accessToken).expect(200);
  });

  it('detects a reused refresh token and revokes its whole family', async () => {
    const first = (await login(ADMIN.username, ADMIN.password).expect(200)).body;
    const second = (
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)
    ).body;
    const reuse = await t
      .http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.refreshToken })
      .expect(401);
    expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');
    // the legitimate descendant is revoked too, and so is the session's access token
    const descendant = await t
      .http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: second.refreshToken })
      .expect(401);
    expect(descendant.body.code).toBe('INVALID_REFRESH_TOKEN');
    await me(second.accessToken).expect(401);
    // other sessions of the same user are untouched
    const other = (await login(ADMIN.username, ADMIN.password).expect(200)).body;
    await me(other.accessToken).expect(200);
  });

  it('refuses malformed and unknown refresh tokens', async () => {
    await t.http().post('/api/v1/auth/refresh').send({ refreshToken: 'not-a-token-at-all' }).expect(401);
    await t
      .http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: '00000000-0000-4000-8000-000000000000.abcdefghijklmnopqrstuvwxyz' })
      .expect(401);
    await t.http().post('/api/v1/auth/refresh').send({}).expect(400);
  });

  it('logout ends the session: its access token and refresh token stop working', async () => {
    const pair = (await login(ADMIN.username, ADMIN.password).expect(200)).body;
    await t
      .http()
      .post('/api/v1/auth/logout')
      .set('Authorization', `Bearer ${pair.accessToken}`)
      .send({})
      .expect(204);
    await me(pair.accessToken).expect(401);
    await t.http().post('/api/v1/auth/refresh').send({ refreshToken: pair.refreshToken }).expect(401);
  });

  it('answers 401 for missing, expired, forged and unsigned tokens', async () => {
    const pair = (await login(ADMIN.username, ADMIN.password).expect(200)).body;
    const claims = JSON.parse(Buffer.from(pair.accessToken.split('.')[1], 'base64url').toString()) as {
      sub: string;
      sid: string;
    };
    const expired = await new JwtService({ secret: JWT_SECRET }).signAsync(
      { sub: claims.sub, sid: claims.sid },
      { expiresIn: -10 },
    );
    const forged = await new JwtService({ secret: 'another-secret-another-secret-another' }).signAsync({
      sub: claims.sub,
      sid: claims.sid,
    });
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${pair.accessToken.split('.')[1]}.`;
    await t.http().get('/api/v1/me').expect(401);
    for (const token of [expired, forged, unsigned, 'garbage']) {
      const response = await me(token).expect(401);
      expect(response.body.code).toBe('UNAUTHENTICATED');
    }
    await me(pair.accessToken).expect(200);
  });

  it('throttles repeated failures per username and address with 429, and a correct password does not bypass it', async () => {
    const created = await t
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${await t.login(ADMIN.username, ADMIN.password)}`)
      .send({ username: 'throttled', password: 'Correct-horse-1', fullName: 'Người thử' })
      .expect(201);
    expect(created.body.username).toBe('throttled');
    for (let i = 0; i < 3; i++) await login('throttled', 'wrong-password').expect(401);
    const blocked = await login('throttled', 'Correct-horse-1').expect(429);
    expect(blocked.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // another user is not affected
    await login(ADMIN.username, ADMIN.password).expect(200);
  });

  it('refuses a deactivated user at once, even with a live access token', async () => {
    const adminToken = await t.login(ADMIN.username, ADMIN.password);
    const user = (
      await t
        .http()
        .post('/api/v1/users')
        .set('Authorization', `Bearer ${adminToken}`)
        .send({ username: 'leaver', password: 'Rời-cơ-quan-7', fullName: 'Người nghỉ' })
        .expect(201)
    ).body;
    const token = await t.login('leaver', 'Rời-cơ-quan-7');
    await me(token).expect(200);
    await t
      .http()
      .patch(`/api/v1/users/${user.id}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ isActive: false })
      .expect(200);
    await me(token).expect(401);
    await login('leaver', 'Rời-cơ-quan-7').expect(401);
  });
});
