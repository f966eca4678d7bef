import { JwtService } from '@nestjs/jwt';
import Redis from 'ioredis';
import { AddressInfo } from 'node:net';
import { ADMIN, JWT_SECRET, startTestApp, TestApp } from './support/harness';
import { REDIS_URL } from './support/env';
import { buildWorld, PASSWORD, World } from './support/world';

/**
 * Issue 11, identity items: each test is the attack the outside security test made, the refusal
 * it must now get, and the database left as it was.
 */

interface AuditRow {
  action: string;
  actor_id: string | null;
  subject_type: string;
  subject_id: string;
  reason: string | null;
  data: Record<string, unknown> | null;
}

const auditOf = (t: TestApp, action: string, subjectId?: string) =>
  t.sql<AuditRow>(
    `SELECT action, actor_id, subject_type, subject_id, reason, data FROM audit_trail
      WHERE action = $1 AND ($2::text IS NULL OR subject_id = $2) ORDER BY id`,
    [action, subjectId ?? null],
  );

const passwordHashOf = async (t: TestApp, userId: string) =>
  (await t.sql<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [userId]))[0]
    .password_hash;

const liveSessionsOf = async (t: TestApp, userId: string) =>
  Number(
    (
      await t.sql<{ n: string }>(
        'SELECT count(*) AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL',
        [userId],
      )
    )[0].n,
  );

const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string; sid: string };

describe('identity and authentication under attack (issue 11)', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  }, 120_000);
  afterAll(() => t.close());

  const as = (token: string) => ({
    patch: (path: string, body: object) =>
      t.http().patch(path).set('Authorization', `Bearer ${token}`).send(body),
    put: (path: string, body: unknown) =>
      t
        .http()
        .put(path)
        .set('Authorization', `Bearer ${token}`)
        .send(body as object),
    post: (path: string, body: object) =>
      t.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${token}`),
  });
  const admin = () => as(w.adminToken);
  const login = (username: string, password: string) =>
    t.http().post('/api/v1/auth/login').send({ username, password });
  const membershipsOf = (userId: string) =>
    t.sql<{ agency_id: string; roles: string[] }>(
      'SELECT agency_id, roles FROM memberships WHERE user_id = $1 ORDER BY agency_id',
      [userId],
    );

  describe('item 1: an agency administrator cannot take over an account that acts outside their agency', () => {
    it('STAFF in A but AGENCY_ADMIN in B: A’s administrator may not set the password, e-mail, active flag or memberships (403), nothing written', async () => {
      const victim = (
        await admin()
          .post('/api/v1/users', {
            username: 'hai.coquan',
            password: 'Hai-co-quan-2025',
            fullName: 'Người hai cơ quan',
            email: 'hai@b.gov.vn',
            memberships: [
              { agencyId: w.agencyA, roles: ['STAFF'] },
              { agencyId: w.agencyB, roles: ['AGENCY_ADMIN'] },
            ],
          })
          .expect(201)
      ).body as { id: string; version: number };
      const victimToken = await t.login('hai.coquan', 'Hai-co-quan-2025');
      const hash = await passwordHashOf(t, victim.id);
      const memberships = await membershipsOf(victim.id);
      const attacker = as(w.users['a.agency_admin'].token);

      for (const body of [
        { password: 'Chiem-quyen-2025!' },
        { email: 'attacker@evil.example' },
        { isActive: false },
        { fullName: 'Đã bị chiếm' },
      ]) {
        const refused = await attacker.patch(`/api/v1/users/${victim.id}`, body).expect(403);
        expect(refused.body.code).toBe('FORBIDDEN');
      }
      await attacker
        .put(`/api/v1/users/${victim.id}/memberships`, [{ agencyId: w.agencyA, roles: ['STAFF', 'DRAFTER'] }])
        .expect(403);

      await login('hai.coquan', 'Chiem-quyen-2025!').expect(401);
      expect(await passwordHashOf(t, victim.id)).toBe(hash);
      expect(await membershipsOf(victim.id)).toEqual(memberships);
      const [row] = await t.sql<{ email: string; is_active: boolean; version: number; full_name: string }>(
        'SELECT email, is_active, version, full_name FROM users WHERE id = $1',
        [victim.id],
      );
      expect(row).toEqual({
        email: 'hai@b.gov.vn',
        is_active: true,
        version: victim.version,
        full_name: 'Người hai cơ quan',
      });
      await as(victimToken).get('/api/v1/me').expect(200);
    });

    it('an OVERSIGHT officer given a STAFF membership in A, and a system administrator in A: never reset by A’s administrator', async () => {
      const officer = w.users['p1.oversight'];
      await admin()
        .put(`/api/v1/users/${officer.id}/memberships`, [
          { agencyId: w.provinceId, roles: ['OVERSIGHT'] },
          { agencyId: w.agencyA, roles: ['STAFF'] },
        ])
        .expect(200);
      const [adminRow] = await t.sql<{ id: string }>("SELECT id FROM users WHERE username = 'admin'");
      await admin()
        .put(`/api/v1/users/${adminRow.id}/memberships`, [{ agencyId: w.agencyA, roles: ['STAFF'] }])
        .expect(200);
      const attacker = as(w.users['a.agency_admin'].token);
      for (const target of [officer.id, adminRow.id]) {
        const hash = await passwordHashOf(t, target);
        const sessions = await liveSessionsOf(t, target);
        await attacker.patch(`/api/v1/users/${target}`, { password: 'Chiem-quyen-2025!' }).expect(403);
        await attacker
          .put(`/api/v1/users/${target}/memberships`, [{ agencyId: w.agencyA, roles: ['STAFF'] }])
          .expect(403);
        expect(await passwordHashOf(t, target)).toBe(hash);
        expect(await liveSessionsOf(t, target)).toBe(sessions);
      }
      await login(officer.username, 'Chiem-quyen-2025!').expect(401);
      await login(ADMIN.username, 'Chiem-quyen-2025!').expect(401);
      expect((await membershipsOf(officer.id)).length).toBe(2);
      // a user of another agency only is not even visible
      await attacker
        .patch(`/api/v1/users/${w.users['b.staff'].id}`, { password: 'Chiem-quyen-2025!' })
        .expect(404);
    });

    it('an administrator’s reset is one-time: the user’s sessions end, and until they choose their own password only /me, /me/password and logout answer', async () => {
      const target = w.users['a.reviewer'];
      const other = await t.login(target.username, PASSWORD);
      await as(w.users['a.agency_admin'].token)
        .patch(`/api/v1/users/${target.id}`, { password: 'Tam-thoi-2025-x' })
        .expect(200);
      await as(target.token).get('/api/v1/me').expect(401);
      await as(other).get('/api/v1/me').expect(401);
      expect(await liveSessionsOf(t, target.id)).toBe(0);

      const first = (await login(target.username, 'Tam-thoi-2025-x').expect(200)).body;
      expect(first.passwordChangeRequired).toBe(true);
      const second = (await login(target.username, 'Tam-thoi-2025-x').expect(200)).body;
      const pending = await as(first.accessToken).get(`/api/v1/quality-systems/${w.qmsA}`).expect(403);
      expect(pending.body).toMatchObject({ statusCode: 403, code: 'PASSWORD_CHANGE_REQUIRED' });
      await as(first.accessToken).patch(`/api/v1/users/${target.id}`, { fullName: 'Không được' }).expect(403);
      expect((await as(first.accessToken).get('/api/v1/me').expect(200)).body.mustChangePassword).toBe(true);

      // the same one-time password is not a new password
      await as(first.accessToken)
        .post('/api/v1/me/password', { currentPassword: 'Tam-thoi-2025-x', newPassword: 'Tam-thoi-2025-x' })
        .expect(400);
      await as(first.accessToken)
        .post('/api/v1/me/password', {
          currentPassword: 'Tam-thoi-2025-x',
          newPassword: 'Xem-xet-ky-luong-9',
        })
        .expect(204);
      await as(first.accessToken).get(`/api/v1/quality-systems/${w.qmsA}`).expect(200);
      expect((await as(first.accessToken).get('/api/v1/me').expect(200)).body.mustChangePassword).toBe(false);
      // the other session (which knew only the one-time password) ended
      await as(second.accessToken).get('/api/v1/me').expect(401);
      await login(target.username, 'Tam-thoi-2025-x').expect(401);
      await login(target.username, 'Xem-xet-ky-luong-9').expect(200);

      expect((await auditOf(t, 'password.reset', target.id)).length).toBe(1);
      const [changed] = await auditOf(t, 'password.change', target.id);
      expect(changed.data?.revokedSessionIds).toEqual([claimsOf(second.accessToken).sid]);
    });

    it('changing one’s own password needs the current one: PATCH of one’s password and a wrong current password are refused, hash unchanged', async () => {
      const me = w.users['a.drafter'];
      const hash = await passwordHashOf(t, me.id);
      const patched = await as(me.token)
        .patch(`/api/v1/users/${me.id}`, { password: 'Khong-can-cu-2025' })
        .expect(400);
      expect(patched.body.details[0].field).toBe('password');
      const wrong = await as(me.token)
        .post('/api/v1/me/password', { currentPassword: 'doan-bua-123', newPassword: 'Khong-can-cu-2025' })
        .expect(400);
      expect(wrong.body.details).toEqual([
        { field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' },
      ]);
      expect(await passwordHashOf(t, me.id)).toBe(hash);
      await as(me.token).get('/api/v1/me').expect(200);
      expect((await auditOf(t, 'password.change_failed', me.id)).length).toBe(1);
    });
  });

  describe('item 7: security events are in the audit trail', () => {
    it('logout and the reuse of a rotated refresh token each write an entry', async () => {
      const user = w.users['a.staff'];
      const pair = (await login(user.username, PASSWORD).expect(200)).body;
      await t
        .http()
        .post('/api/v1/auth/logout')
        .set('Authorization', `Bearer ${pair.accessToken}`)
        .send({})
        .expect(204);
      const logouts = await auditOf(t, 'logout', user.id);
      expect(logouts).toHaveLength(1);
      expect(logouts[0]).toMatchObject({
        actor_id: user.id,
        data: { sessionId: claimsOf(pair.accessToken).sid },
      });

      const first = (await login(user.username, PASSWORD).expect(200)).body;
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
      const reused = await auditOf(t, 'refresh.reused', user.id);
      expect(reused).toHaveLength(1);
      expect(reused[0].data).toMatchObject({
        sessionId: claimsOf(first.accessToken).sid,
        sessionRevoked: true,
      });
    });

    it('a failed login is recorded on the user, without the password; an unknown username under a fixed subject', async () => {
      const user = w.users['a.approver'];
      await login(user.username, 'doan-mo-123456').set('X-Forwarded-For', '198.51.100.9').expect(401);
      await login('khong.ton.tai', 'doan-mo-123456').expect(401);
      const failed = await auditOf(t, 'login.failed', user.id);
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ actor_id: null, reason: 'wrong password' });
      // no TRUST_PROXY: X-Forwarded-For is ignored, the socket's address is what counts
      expect(failed[0].data?.address).toMatch(/127\.0\.0\.1/);
      expect(JSON.stringify(failed)).not.toContain('doan-mo');
      const unknown = await auditOf(t, 'login.failed', 'unknown-user');
      expect(unknown.map((e) => e.data?.username)).toEqual(['khong.ton.tai']);
    });

    it('a write the service refuses (403) is recorded on the caller, and the target is unchanged', async () => {
      const staff = w.users['a.staff'];
      const [before] = await t.sql('SELECT * FROM quality_systems WHERE id = $1', [w.qmsA]);
      await as(staff.token).patch(`/api/v1/quality-systems/${w.qmsA}`, { name: 'Sửa trái phép' }).expect(403);
      expect((await t.sql('SELECT * FROM quality_systems WHERE id = $1', [w.qmsA]))[0]).toEqual(before);
      const denied = await auditOf(t, 'access.denied', staff.id);
      expect(denied).toHaveLength(1);
      expect(denied[0]).toMatchObject({
        actor_id: staff.id,
        // the refusal's own code: only the QMS's managers change it (issue 14)
        reason: 'QMS_MANAGERS_ONLY',
        data: { method: 'PATCH', path: `/api/v1/quality-systems/${w.qmsA}` },
      });
      const verify = await admin().get('/api/v1/audit-trail/verify').expect(200);
      expect(verify.body.ok).toBe(true);
    });
  });

  describe('item 11: password policy', () => {
    const create = (username: string, password: string) =>
      admin().post('/api/v1/users', {
        username,
        password,
        fullName: 'Người thử mật khẩu',
        memberships: [{ agencyId: w.agencyA, roles: ['STAFF'] }],
      });

    it.each([
      ['12345678', 'ít nhất 10 ký tự'],
      ['1234567890', 'phổ biến'],
      ['password123', 'phổ biến'],
      ['qwerty123456', 'phổ biến'],
      ['matkhau123', 'phổ biến'],
      ['MatKhau@123', 'phổ biến'],
      ['yeu.nguoi.thu-2025', 'tên đăng nhập'],
      ['Dai-du-ky-tu\u0000x', 'ký tự điều khiển'],
      ['Dai-du-ky-tu\tx', 'ký tự điều khiển'],
      ['Dai-du-ky-tu\u0085x', 'ký tự điều khiển'],
      // nine letters once normalised (NFC), twelve UTF-16 units as typed (NFD)
      ['Hương Quế'.normalize('NFD'), 'ít nhất 10 ký tự'],
    ])(
      'creating a user with %j is a 400 naming password (%s), and no user is created',
      async (password, why) => {
        const before = await t.sql('SELECT count(*) AS n FROM users');
        const response = await create('nguoi.thu', password).expect(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
        expect(response.body.details).toHaveLength(1);
        expect(response.body.details[0].field).toBe('password');
        expect(response.body.details[0].message).toContain(why);
        expect(await t.sql('SELECT count(*) AS n FROM users')).toEqual(before);
      },
    );

    it('an administrator’s reset and one’s own change follow the same policy; a long passphrase with spaces and Vietnamese letters is accepted', async () => {
      const target = w.users['b.staff'];
      const hash = await passwordHashOf(t, target.id);
      const reset = await admin().patch(`/api/v1/users/${target.id}`, { password: '1234567890' }).expect(400);
      expect(reset.body.details[0].field).toBe('password');
      const own = await as(target.token)
        .post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: 'qwerty123456' })
        .expect(400);
      expect(own.body.details[0]).toMatchObject({ field: 'newPassword' });
      expect(await passwordHashOf(t, target.id)).toBe(hash);

      // typed decomposed (NFD) at creation, precomposed (NFC) at login: the same password
      const passphrase = 'ngựa đúng pin kẹp giấy';
      await create('cum.tu', passphrase.normalize('NFD')).expect(201);
      await login('cum.tu', passphrase.normalize('NFC')).expect(200);
    });
  });

  describe('item 17: tokens without an expiry or with another algorithm are refused', () => {
    it('a token signed with the real secret but without exp, with alg none or with HS512 is a 401', async () => {
      const pair = (await login(w.users['a.internal_auditor'].username, PASSWORD).expect(200)).body;
      const { sub, sid } = claimsOf(pair.accessToken);
      const signer = new JwtService({ secret: JWT_SECRET });
      const withExp = await signer.signAsync({ sub, sid }, { expiresIn: 60 });
      const noExp = await signer.signAsync({ sub, sid });
      expect(claimsOf(noExp)).not.toHaveProperty('exp');
      const hs512 = await signer.signAsync({ sub, sid }, { expiresIn: 60, algorithm: 'HS512' });
      const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${withExp.split('.')[1]}.`;
      await as(withExp).get('/api/v1/me').expect(200);
      for (const token of [noExp, hs512, none]) {
        const response = await as(token).get('/api/v1/me').expect(401);
        expect(response.body.code).toBe('UNAUTHENTICATED');
      }
    });
  });
});

describe('login throttle under attack (issue 11, items 7 and 8)', () => {
  const LIMITS = {
    LOGIN_MAX_FAILURES: '5',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '10',
    LOGIN_MAX_FAILURES_GLOBAL: '40',
    LOGIN_GLOBAL_WINDOW_SECONDS: '600',
    TRUST_PROXY: 'loopback',
  };
  let t: TestApp;
  let base: string;
  let userId: string;
  let redis: Redis;

  beforeAll(async () => {
    t = await startTestApp(LIMITS);
    redis = new Redis(REDIS_URL);
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const adminToken = await t.login(ADMIN.username, ADMIN.password);
    userId = (
      await t
        .http()
        .post('/api/v1/users')
        .set('Authorization', `Bearer ${adminToken}`)
        .send({ username: 'muc.tieu', password: 'Dung-mat-khau-2025', fullName: 'Mục tiêu' })
        .expect(201)
    ).body.id;
  }, 60_000);
  afterAll(async () => {
    redis.disconnect();
    await t.close();
  });

  const attempt = (username: string, password: string, address: string) =>
    fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
      body: JSON.stringify({ username, password }),
    });

  it('16 parallel logins for one username from 16 addresses (15 wrong, then the right one): the right one is refused with 429 and no session is created', async () => {
    const wrong = Array.from({ length: 15 }, (_, i) =>
      attempt('muc.tieu', `Sai-mat-khau-${i}-x`, `203.0.113.${i + 1}`),
    );
    // the right one goes once the 15 wrong ones have arrived, while their passwords are still
    // being checked (a throttle that counts only finished failures lets it through)
    const key = `${t.databaseName}:{login-throttle}:username:muc.tieu`;
    const deadline = Date.now() + 10_000;
    while (Number(await redis.get(key)) < 15 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 2));
    const right = attempt('muc.tieu', 'Dung-mat-khau-2025', '203.0.113.16');
    const responses = await Promise.all([...wrong, right]);
    const statuses = responses.map((r) => r.status);
    // only LOGIN_MAX_FAILURES attempts reach the password check
    expect(statuses.filter((s) => s !== 429)).toHaveLength(5);
    const last = responses[15];
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last.json()).toMatchObject({
      statusCode: 429,
      code: 'TOO_MANY_LOGIN_ATTEMPTS',
      details: [],
    });
    expect(
      Number(
        (await t.sql<{ n: string }>('SELECT count(*) AS n FROM sessions WHERE user_id = $1', [userId]))[0].n,
      ),
    ).toBe(0);
    // the lockout itself is audited once, not each refused attempt
    const locked = await t.sql<{ data: { bucket: string } }>(
      "SELECT data FROM audit_trail WHERE action = 'login.locked' AND subject_id = $1",
      [userId],
    );
    expect(locked.map((e) => e.data.bucket)).toEqual(['username']);
  });

  it('wrong passwords across usernames from one address stop at the per-address limit; another address is not affected', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await attempt(`khach.${i}`, 'Doan-thu-2025-x', '198.51.100.7')).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    expect((await attempt('khach.moi', 'Doan-thu-2025-x', '198.51.100.8')).status).toBe(401);
    // behind the configured proxy (TRUST_PROXY=loopback) the client's address comes from X-Forwarded-For
    const locked = await t.sql<{ subject_type: string; subject_id: string }>(
      "SELECT subject_type, subject_id FROM audit_trail WHERE action = 'login.locked' AND data->>'bucket' = 'address'",
    );
    expect(locked).toEqual([{ subject_type: 'client-address', subject_id: '198.51.100.7' }]);
  });

  it('a distributed attack stops at the global limit (429 for everyone), and its audit entries stay within the budget', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++)
      statuses.push((await attempt(`rai.rac.${i}`, 'Doan-thu-2025-x', `192.0.2.${i + 1}`)).status);
    expect(statuses).toContain(429);
    const firstRefused = statuses.indexOf(429);
    expect(statuses.slice(firstRefused).every((s) => s === 429)).toBe(true);
    // the right password of a real user, from a fresh address, waits too
    const blocked = await attempt(ADMIN.username, ADMIN.password, '192.0.2.200');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    const [{ n }] = await t.sql<{ n: string }>(
      "SELECT count(*) AS n FROM audit_trail WHERE actor_id IS NULL AND action IN ('login.failed', 'login.locked')",
    );
    // failures: at most the global limit (each passed the global bucket); lockouts: one per
    // bucket and window, username and address ones within a budget of the same size
    const [{ failed }] = await t.sql<{ failed: string }>(
      "SELECT count(*) AS failed FROM audit_trail WHERE action = 'login.failed'",
    );
    expect(Number(failed)).toBe(Number(LIMITS.LOGIN_MAX_FAILURES_GLOBAL));
    expect(Number(n)).toBeLessThanOrEqual(2 * Number(LIMITS.LOGIN_MAX_FAILURES_GLOBAL) + 1);
    const global = await t.sql(
      "SELECT 1 FROM audit_trail WHERE action = 'login.locked' AND subject_id = 'global'",
    );
    expect(global).toHaveLength(1);
  });
});
