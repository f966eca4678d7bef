import { startTestApp, TestApp } from './support/harness';
import { buildWorld, PASSWORD, World } from './support/world';

describe('role and agency scoping', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const as = (key: string) => {
    const token = key === 'admin' ? w.adminToken : w.users[key].token;
    return {
      get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${token}`),
      post: (path: string, body: object) =>
        t.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
      patch: (path: string, body: object) =>
        t.http().patch(path).set('Authorization', `Bearer ${token}`).send(body),
      put: (path: string, body: unknown) =>
        t
          .http()
          .put(path)
          .set('Authorization', `Bearer ${token}`)
          .send(body as object),
    };
  };
  const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

  describe('users', () => {
    it('a user of agency A reads colleagues of A and gets 404 for users of agency B', async () => {
      const colleague = await as('a.staff').get(`/api/v1/users/${w.users['a.approver'].id}`).expect(200);
      expect(colleague.body.memberships).toEqual([{ agencyId: w.agencyA, roles: ['APPROVER'] }]);
      const other = await as('a.staff').get(`/api/v1/users/${w.users['b.staff'].id}`).expect(404);
      expect(other.body.code).toBe('NOT_FOUND');
      const list = await as('a.staff').get('/api/v1/users?pageSize=100').expect(200);
      expect(ids(list.body)).toContain(w.users['a.approver'].id);
      expect(ids(list.body)).not.toContain(w.users['b.staff'].id);
      expect(ids(list.body)).not.toContain(w.users['p1.oversight'].id);
    });

    it('an agency admin cannot touch users of another agency (404), nor grant roles there', async () => {
      await as('a.agency_admin')
        .patch(`/api/v1/users/${w.users['b.staff'].id}`, { fullName: 'Đổi tên' })
        .expect(404);
      await as('a.agency_admin')
        .put(`/api/v1/users/${w.users['b.staff'].id}/memberships`, [
          { agencyId: w.agencyA, roles: ['STAFF'] },
        ])
        .expect(404);
      await as('a.agency_admin')
        .put(`/api/v1/users/${w.users['a.staff'].id}/memberships`, [
          { agencyId: w.agencyB, roles: ['STAFF'] },
        ])
        .expect(404);
      const unchanged = await as('admin').get(`/api/v1/users/${w.users['b.staff'].id}`).expect(200);
      expect(unchanged.body.fullName).toBe('Người dùng b.staff');
    });

    it('an agency admin creates a user in their own agency and manages its memberships only while every one is in their agency', async () => {
      const created = await as('a.agency_admin')
        .post('/api/v1/users', {
          username: 'a.newcomer',
          password: PASSWORD,
          fullName: 'Nguyễn Văn Mới',
          memberships: [{ agencyId: w.agencyA, roles: ['STAFF'] }],
        })
        .expect(201);
      expect(created.body.memberships).toEqual([{ agencyId: w.agencyA, roles: ['STAFF'] }]);
      const replaced = await as('a.agency_admin')
        .put(`/api/v1/users/${created.body.id}/memberships`, [
          { agencyId: w.agencyA, roles: ['DRAFTER', 'STAFF'] },
        ])
        .expect(200);
      expect(replaced.body.memberships).toEqual([{ agencyId: w.agencyA, roles: ['DRAFTER', 'STAFF'] }]);
      // once the system admin adds a membership in B, the account acts outside A: A's admin may
      // no longer change it (issue 11: that was a cross-agency takeover), nothing is written
      await as('admin')
        .put(`/api/v1/users/${created.body.id}/memberships`, [
          { agencyId: w.agencyA, roles: ['DRAFTER', 'STAFF'] },
          { agencyId: w.agencyB, roles: ['REVIEWER'] },
        ])
        .expect(200);
      await as('a.agency_admin')
        .put(`/api/v1/users/${created.body.id}/memberships`, [{ agencyId: w.agencyA, roles: ['STAFF'] }])
        .expect(403);
      const seenByAdmin = await as('admin').get(`/api/v1/users/${created.body.id}`).expect(200);
      expect(seenByAdmin.body.memberships).toHaveLength(2);
      expect(seenByAdmin.body.memberships).toContainEqual({
        agencyId: w.agencyA,
        roles: ['DRAFTER', 'STAFF'],
      });
      expect(seenByAdmin.body.memberships).toContainEqual({ agencyId: w.agencyB, roles: ['REVIEWER'] });
    });

    it('roles an agency admin may not grant, and actions roles lack, answer 403', async () => {
      await as('a.agency_admin')
        .put(`/api/v1/users/${w.users['a.staff'].id}/memberships`, [
          { agencyId: w.agencyA, roles: ['OVERSIGHT'] },
        ])
        .expect(403);
      await as('a.staff')
        .post('/api/v1/users', {
          username: 'a.sneaky',
          password: PASSWORD,
          fullName: 'X',
          memberships: [{ agencyId: w.agencyA, roles: ['STAFF'] }],
        })
        .expect(403);
      await as('a.iso_secretary')
        .patch(`/api/v1/users/${w.users['a.staff'].id}`, { isActive: false })
        .expect(403);
      await as('a.staff')
        .put(`/api/v1/users/${w.users['a.staff'].id}/memberships`, [
          { agencyId: w.agencyA, roles: ['AGENCY_ADMIN'] },
        ])
        .expect(403);
      const count = await t.sql<{ n: string }>("SELECT count(*) AS n FROM users WHERE username = 'a.sneaky'");
      expect(count[0].n).toBe('0');
    });

    it('a user edits their own name but not their own active flag', async () => {
      const self = w.users['a.reviewer'];
      const updated = await as('a.reviewer')
        .patch(`/api/v1/users/${self.id}`, { fullName: 'Hoàng Văn Sửa' })
        .expect(200);
      expect(updated.body.fullName).toBe('Hoàng Văn Sửa');
      await as('a.reviewer').patch(`/api/v1/users/${self.id}`, { isActive: false }).expect(403);
    });
  });

  describe('quality systems', () => {
    it('members read their QMS; another agency gets 404 on it and does not see it listed', async () => {
      const own = await as('a.staff').get(`/api/v1/quality-systems/${w.qmsA}`).expect(200);
      expect(own.body).toMatchObject({
        id: w.qmsA,
        leadAgencyId: w.agencyA,
        memberAgencyIds: [w.agencyA],
        standard: 'TCVN ISO 9001:2015',
      });
      await as('b.staff').get(`/api/v1/quality-systems/${w.qmsA}`).expect(404);
      const list = await as('b.staff').get('/api/v1/quality-systems').expect(200);
      expect(ids(list.body)).toEqual([w.qmsB]);
    });

    it('the ISO secretary changes the QMS scope; staff get 403; another agency gets 404', async () => {
      const changed = await as('a.iso_secretary')
        .patch(`/api/v1/quality-systems/${w.qmsA}`, { scope: 'Phạm vi mới', version: 1 })
        .expect(200);
      expect(changed.body).toMatchObject({ scope: 'Phạm vi mới', version: 2 });
      await as('a.staff').patch(`/api/v1/quality-systems/${w.qmsA}`, { scope: 'Không được' }).expect(403);
      await as('b.iso_secretary')
        .patch(`/api/v1/quality-systems/${w.qmsA}`, { scope: 'Không được' })
        .expect(404);
      const stale = await as('a.iso_secretary')
        .patch(`/api/v1/quality-systems/${w.qmsA}`, { scope: 'Cũ', version: 1 })
        .expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      const after = await as('admin').get(`/api/v1/quality-systems/${w.qmsA}`).expect(200);
      expect(after.body.scope).toBe('Phạm vi mới');
    });

    it('a QMS may not take in an agency the caller does not manage', async () => {
      // B's staff member also sits in A's secretariat: B is readable to them but not theirs to manage
      const dual = await as('admin')
        .post('/api/v1/users', {
          username: 'dual.role',
          password: PASSWORD,
          fullName: 'Hai Vai',
          memberships: [
            { agencyId: w.agencyA, roles: ['ISO_SECRETARY'] },
            { agencyId: w.agencyB, roles: ['STAFF'] },
          ],
        })
        .expect(201);
      const token = await t.login('dual.role', PASSWORD);
      const patch = (body: object) =>
        t
          .http()
          .patch(`/api/v1/quality-systems/${w.qmsA}`)
          .set('Authorization', `Bearer ${token}`)
          .send(body);
      // agencies are public: the refusal says why, naming the agency, for one of another province too
      const inB = await patch({ memberAgencyIds: [w.agencyB] }).expect(403);
      expect(inB.body.code).toBe('QMS_AGENCY_NOT_COVERED');
      const inC = await patch({ memberAgencyIds: [w.agencyC] }).expect(403);
      expect(inC.body.code).toBe('QMS_AGENCY_NOT_COVERED');
      const qms = await as('admin').get(`/api/v1/quality-systems/${w.qmsA}`).expect(200);
      expect(qms.body.memberAgencyIds).toEqual([w.agencyA]);
      expect(dual.body.id).toBeDefined();
    });
  });

  describe('oversight', () => {
    it('OVERSIGHT reads every agency under its province, and nothing of another province', async () => {
      for (const qms of [w.qmsA, w.qmsB])
        await as('p1.oversight').get(`/api/v1/quality-systems/${qms}`).expect(200);
      await as('p1.oversight').get(`/api/v1/quality-systems/${w.qmsC}`).expect(404);
      await as('p1.oversight').get(`/api/v1/users/${w.users['a.staff'].id}`).expect(200);
      const list = await as('p1.oversight').get('/api/v1/quality-systems').expect(200);
      expect(ids(list.body).sort()).toEqual([w.qmsA, w.qmsB].sort());
      const other = await as('p2.oversight').get('/api/v1/quality-systems').expect(200);
      expect(ids(other.body)).toEqual([w.qmsC]);
      await as('p2.oversight').get(`/api/v1/users/${w.users['a.staff'].id}`).expect(404);
    });

    it('OVERSIGHT cannot write: QMS, users and agencies answer 403', async () => {
      await as('p1.oversight')
        .patch(`/api/v1/quality-systems/${w.qmsA}`, { name: 'Giám sát sửa' })
        .expect(403);
      await as('p1.oversight')
        .post('/api/v1/quality-systems', { name: 'X', scope: 'Y', leadAgencyId: w.agencyA })
        .expect(403);
      await as('p1.oversight')
        .post('/api/v1/agencies', { code: 'NEW', name: 'Mới', level: 'OTHER' })
        .expect(403);
      await as('p1.oversight').patch(`/api/v1/agencies/${w.agencyA}`, { name: 'Đổi' }).expect(403);
      await as('p1.oversight')
        .patch(`/api/v1/users/${w.users['a.staff'].id}`, { fullName: 'Đổi' })
        .expect(403);
      const qms = await as('admin').get(`/api/v1/quality-systems/${w.qmsA}`).expect(200);
      expect(qms.body.name).toBe('HTQLCL A');
    });
  });

  describe('agencies', () => {
    it('the agency directory is readable by every signed-in user; only a system admin changes it', async () => {
      const list = await as('b.staff').get(`/api/v1/agencies?parentId=${w.provinceId}`).expect(200);
      expect(list.body.items.map((a: { name: string }) => a.name).sort()).toEqual([
        'Sở Nội vụ',
        'Sở Tư pháp',
      ]);
      await as('a.agency_admin').patch(`/api/v1/agencies/${w.agencyA}`, { name: 'Đổi tên' }).expect(403);
      await as('a.agency_admin')
        .post('/api/v1/agencies', { code: 'X1', name: 'X', level: 'OTHER' })
        .expect(403);
    });
  });
});
