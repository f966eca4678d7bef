import { startTestApp, TestApp } from './support/harness';
import { client } from './support/documents';
import { createUser, expectError, ok } from './support/audits';
import { buildWorld, World } from './support/world';

/**
 * The Ministry of Science and Technology's view (issue 17): a MINISTRY agency above the two
 * provinces of the world, one row per province with the totals of its province dashboard.
 */
describe('national dashboard: one row per province, for the Ministry and administrators only', () => {
  let t: TestApp;
  let w: World;
  let ministryToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    const admin = client(t, w.adminToken);
    const ministry = await ok(
      admin.post('/api/v1/agencies', { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', level: 'MINISTRY' }),
      201,
    );
    for (const id of [w.provinceId, w.otherProvinceId])
      await ok(admin.patch(`/api/v1/agencies/${id}`, { parentId: ministry.id }));
    ministryToken = (
      await createUser(t, w.adminToken, 'most.oversight', [{ agencyId: ministry.id, roles: ['OVERSIGHT'] }])
    ).token;
    // A: two overdue deadlines, one due tomorrow, an open major nonconformity; C: one overdue, an open minor one
    await t.sql(
      `INSERT INTO deadlines (agency_id, kind, subject_type, subject_id, title, due_at)
       SELECT x.agency_id, 'AUDIT', 'qualitySystem', gen_random_uuid(), 'Đánh giá nội bộ', x.due_at
         FROM (VALUES ($1::uuid, now() - interval '3 days'), ($1, now() - interval '1 day'),
                      ($1, now() + interval '1 day'), ($2::uuid, now() - interval '2 days')) x(agency_id, due_at)`,
      [w.agencyA, w.agencyC],
    );
    await t.sql(
      `INSERT INTO nonconformities (agency_id, source, severity, description)
       VALUES ($1, 'PROCESS', 'MAJOR', 'Hồ sơ trễ hạn'), ($2, 'PROCESS', 'MINOR', 'Thiếu biểu mẫu')`,
      [w.agencyA, w.agencyC],
    );
  }, 180_000);
  afterAll(() => t.close());

  it("the Ministry's oversight sees both provinces with the totals of their province dashboards", async () => {
    const ministry = client(t, ministryToken);
    const national = await ok(ministry.get('/api/v1/dashboards/national'));
    expect(national.provinces.map((p: { provinceAgencyId: string }) => p.provinceAgencyId)).toEqual([
      w.provinceId,
      w.otherProvinceId,
    ]);
    const [p1, p2] = national.provinces;
    expect(p1.totals).toMatchObject({
      agencies: 2,
      withQms: 2,
      overdueDeadlines: 2,
      openNonconformities: 1,
      openMajorNonconformities: 1,
    });
    expect(p2.totals).toMatchObject({
      agencies: 1,
      withQms: 1,
      overdueDeadlines: 1,
      openNonconformities: 1,
      openMajorNonconformities: 0,
    });
    expect(national.totals).toMatchObject({
      agencies: 3,
      withQms: 3,
      overdueDeadlines: 3,
      openNonconformities: 2,
      openMajorNonconformities: 1,
    });
    // the same figures as each province's own dashboard, which the Ministry may open too
    for (const row of national.provinces) {
      const province = await ok(
        ministry.get(`/api/v1/dashboards/province?provinceAgencyId=${row.provinceAgencyId}`),
      );
      expect(row.totals).toEqual(province.totals);
    }
    // an administrator sees every province (no others exist in this database)
    const asAdmin = await ok(client(t, w.adminToken).get('/api/v1/dashboards/national'));
    expect(asAdmin.provinces).toEqual(national.provinces);
    expect(asAdmin.totals).toEqual(national.totals);
  });

  it("a province's oversight gets 403 on it and only its province on the province dashboard; an agency member 403", async () => {
    const p1 = client(t, w.users['p1.oversight'].token);
    expectError(await p1.get('/api/v1/dashboards/national'), 403, 'FORBIDDEN');
    const own = await ok(p1.get(`/api/v1/dashboards/province?provinceAgencyId=${w.provinceId}`));
    expect(own.agencies.map((a: { agencyId: string }) => a.agencyId).sort()).toEqual(
      [w.agencyA, w.agencyB].sort(),
    );
    expect(own.totals).toMatchObject({ agencies: 2, overdueDeadlines: 2, openNonconformities: 1 });
    expectError(
      await p1.get(`/api/v1/dashboards/province?provinceAgencyId=${w.otherProvinceId}`),
      404,
      'NOT_FOUND',
    );
    expectError(
      await client(t, w.users['a.staff'].token).get('/api/v1/dashboards/national'),
      403,
      'FORBIDDEN',
    );
    expectError(
      await client(t, w.users['a.agency_admin'].token).get('/api/v1/dashboards/national'),
      403,
      'FORBIDDEN',
    );
  });
});
