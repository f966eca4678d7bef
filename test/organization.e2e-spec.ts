import { startTestApp, TestApp } from './support/harness';
import { buildWorld, PASSWORD, World } from './support/world';

describe('agency tree: levels as data, rename, move, merge', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const admin = () => ({
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${w.adminToken}`),
    post: (path: string, body: object) =>
      t.http().post(path).set('Authorization', `Bearer ${w.adminToken}`).send(body),
    patch: (path: string, body: object) =>
      t.http().patch(path).set('Authorization', `Bearer ${w.adminToken}`).send(body),
  });
  const agency = async (code: string, name: string, level: string, parentId: string) =>
    (await admin().post('/api/v1/agencies', { code, name, level, parentId }).expect(201)).body as {
      id: string;
    };

  it('keeps former names when an agency is renamed, and finds agencies without diacritics', async () => {
    const district = await agency('DH', 'Ủy ban nhân dân huyện Đăk Hà', 'DISTRICT', w.provinceId);
    await admin().patch(`/api/v1/agencies/${district.id}`, { name: 'Ủy ban nhân dân xã Đăk Hà' }).expect(200);
    const read = await admin().get(`/api/v1/agencies/${district.id}`).expect(200);
    expect(read.body.name).toBe('Ủy ban nhân dân xã Đăk Hà');
    expect(read.body.formerNames).toEqual([
      { name: 'Ủy ban nhân dân huyện Đăk Hà', validUntil: expect.any(String) },
    ]);
    const found = await admin().get('/api/v1/agencies?q=dak ha').expect(200);
    expect(found.body.items.map((a: { id: string }) => a.id)).toEqual([district.id]);
  });

  it('moves an agency under another, and refuses to put it under its own descendant', async () => {
    const parent = await agency('MV1', 'Huyện Một', 'DISTRICT', w.provinceId);
    const child = await agency('MV2', 'Xã Một', 'COMMUNE', parent.id);
    const moved = await admin()
      .patch(`/api/v1/agencies/${child.id}`, { parentId: w.otherProvinceId })
      .expect(200);
    expect(moved.body.parentId).toBe(w.otherProvinceId);
    await admin().patch(`/api/v1/agencies/${child.id}`, { parentId: parent.id }).expect(200);
    const cycle = await admin().patch(`/api/v1/agencies/${parent.id}`, { parentId: child.id }).expect(409);
    expect(cycle.body.code).toBe('AGENCY_CYCLE');
    const self = await admin().patch(`/api/v1/agencies/${parent.id}`, { parentId: parent.id }).expect(409);
    expect(self.body.code).toBe('AGENCY_CYCLE');
  });

  it('merges an agency into another without losing anything attached to it', async () => {
    const district = await agency('MG0', 'Huyện Sáp Nhập', 'DISTRICT', w.provinceId);
    const absorbed = await agency('MG1', 'Xã Cũ', 'COMMUNE', district.id);
    const survivor = await agency('MG2', 'Xã Mới', 'COMMUNE', district.id);
    const hamlet = await agency('MG3', 'Thôn thuộc xã cũ', 'OTHER', absorbed.id);
    const qms = (
      await admin()
        .post('/api/v1/quality-systems', {
          name: 'HTQLCL xã cũ',
          scope: 'Toàn bộ TTHC',
          leadAgencyId: absorbed.id,
        })
        .expect(201)
    ).body;
    const clerk = (
      await admin()
        .post('/api/v1/users', {
          username: 'xa.cu',
          password: PASSWORD,
          fullName: 'Cán bộ xã cũ',
          memberships: [{ agencyId: absorbed.id, roles: ['ISO_SECRETARY'] }],
        })
        .expect(201)
    ).body;
    await admin()
      .post('/api/v1/users', {
        username: 'xa.moi',
        password: PASSWORD,
        fullName: 'Cán bộ xã mới',
        memberships: [{ agencyId: survivor.id, roles: ['STAFF'] }],
      })
      .expect(201);
    await t
      .http()
      .put(`/api/v1/users/${clerk.id}/memberships`)
      .set('Authorization', `Bearer ${w.adminToken}`)
      .send([
        { agencyId: absorbed.id, roles: ['ISO_SECRETARY'] },
        { agencyId: survivor.id, roles: ['STAFF'] },
      ])
      .expect(200);

    const merged = await admin()
      .post(`/api/v1/agencies/${absorbed.id}/merge`, {
        intoAgencyId: survivor.id,
        reason: 'Nghị quyết sáp nhập xã',
      })
      .expect(200);
    expect(merged.body).toMatchObject({ status: 'MERGED', mergedIntoId: survivor.id });

    // the merged agency stays readable, with its name as it was
    const old = await admin().get(`/api/v1/agencies/${absorbed.id}`).expect(200);
    expect(old.body).toMatchObject({ name: 'Xã Cũ', status: 'MERGED', mergedIntoId: survivor.id });
    // children, memberships (roles united) and the QMS now belong to the survivor
    expect((await admin().get(`/api/v1/agencies/${hamlet.id}`).expect(200)).body.parentId).toBe(survivor.id);
    const clerkNow = (await admin().get(`/api/v1/users/${clerk.id}`).expect(200)).body;
    expect(clerkNow.memberships).toEqual([{ agencyId: survivor.id, roles: ['ISO_SECRETARY', 'STAFF'] }]);
    const qmsNow = (await admin().get(`/api/v1/quality-systems/${qms.id}`).expect(200)).body;
    expect(qmsNow).toMatchObject({ leadAgencyId: survivor.id, memberAgencyIds: [survivor.id] });
    const clerkToken = await t.login('xa.cu', PASSWORD);
    await t
      .http()
      .get(`/api/v1/quality-systems/${qms.id}`)
      .set('Authorization', `Bearer ${clerkToken}`)
      .expect(200);
    // history says what happened, and a merged agency can no longer change
    const trail = (
      await admin().get(`/api/v1/audit-trail?subjectType=agency&subjectId=${absorbed.id}`).expect(200)
    ).body.items;
    expect(trail[0]).toMatchObject({
      action: 'merge',
      fromState: 'ACTIVE',
      toState: 'MERGED',
      reason: 'Nghị quyết sáp nhập xã',
    });
    const again = await admin().patch(`/api/v1/agencies/${absorbed.id}`, { name: 'Hồi sinh' }).expect(409);
    expect(again.body.code).toBe('AGENCY_MERGED');
    await admin()
      .post(`/api/v1/agencies/${survivor.id}/merge`, { intoAgencyId: survivor.id, reason: 'x' })
      .expect(409);
  });

  it('accepts any level from the list and refuses others', async () => {
    for (const level of ['PROVINCE', 'DEPARTMENT', 'BRANCH', 'DISTRICT', 'COMMUNE', 'OTHER']) {
      await admin()
        .post('/api/v1/agencies', { code: `LV-${level}`, name: `Cấp ${level}`, level })
        .expect(201);
    }
    await admin().post('/api/v1/agencies', { code: 'LV-X', name: 'Cấp lạ', level: 'HAMLET' }).expect(400);
  });
});
