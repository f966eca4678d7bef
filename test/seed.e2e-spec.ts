import { seedKonTum } from '../apps/cli/src/seed/kon-tum-seed';
import { startTestApp, TestApp } from './support/harness';

describe('Kon Tum demo seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('loads the 147 agencies of the plan as a tree with a QMS each, and is safe to run twice', async () => {
    const first = await seedKonTum(t.app, { password: 'Demo@12345' });
    expect(first.created).toEqual({ agencies: 148, qualitySystems: 147, users: 11 });
    const second = await seedKonTum(t.app, { password: 'Demo@12345' });
    expect(second.created).toEqual({ agencies: 0, qualitySystems: 0, users: 0 });

    const levels = await t.sql<{ level: string; n: string }>(
      'SELECT level, count(*) AS n FROM agencies GROUP BY level ORDER BY level',
    );
    expect(Object.fromEntries(levels.map((r) => [r.level, Number(r.n)]))).toEqual({
      PROVINCE: 1,
      DEPARTMENT: 20,
      BRANCH: 15,
      DISTRICT: 10,
      COMMUNE: 102,
    });
    // every commune hangs under its own district (named in the CSV)
    const misplaced = await t.sql(
      `SELECT c.name FROM agencies c JOIN agencies d ON d.id = c.parent_id WHERE c.level = 'COMMUNE' AND d.level <> 'DISTRICT'`,
    );
    expect(misplaced).toEqual([]);
    const dakGlei = await t.sql<{ n: string }>(
      `SELECT count(*) AS n FROM agencies c JOIN agencies d ON d.id = c.parent_id WHERE d.name = 'Ủy ban nhân dân huyện Đăk Glei'`,
    );
    expect(Number(dakGlei[0].n)).toBe(12);
    const withoutQms = await t.sql(
      `SELECT a.code FROM agencies a WHERE a.level <> 'PROVINCE' AND NOT EXISTS (SELECT 1 FROM quality_system_agencies m WHERE m.agency_id = a.id)`,
    );
    expect(withoutQms).toEqual([]);
  });

  it('gives demo users that can log in and see their agency', async () => {
    const token = await t.login('stp.thuky', 'Demo@12345');
    const me = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body.memberships).toHaveLength(1);
    expect(me.body.memberships[0].roles).toEqual(['ISO_SECRETARY']);
    const agency = await t
      .http()
      .get(`/api/v1/agencies/${me.body.memberships[0].agencyId}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(agency.body.name).toBe('Sở Tư pháp');
    const oversight = await t.login('skhcn.giamsat', 'Demo@12345');
    const systems = await t
      .http()
      .get('/api/v1/quality-systems?pageSize=1')
      .set('Authorization', `Bearer ${oversight}`)
      .expect(200);
    expect(systems.body.total).toBe(147);
  });
});
