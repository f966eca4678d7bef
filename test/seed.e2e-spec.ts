import { seedKonTum } from '../apps/cli/src/seed/kon-tum-seed';
import { PeriodicObligations } from '../libs/deadlines/src';
import { Clock } from '../libs/platform/src';
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

  it('starts quiet: nothing overdue and no yearly audit owed by QMSs still being built, on any day of the year', async () => {
    const obligations = t.app.get(PeriodicObligations);
    const clock = t.app.get(Clock);
    const overdue = () =>
      t.sql<{ kind: string; n: number }>(
        'SELECT kind, count(*)::int AS n FROM deadlines WHERE due_at <= $1 GROUP BY kind',
        [clock.now()],
      );
    // the worker's periodic job, today and on the last day of the year
    await obligations.ensure();
    expect(await overdue()).toEqual([]);
    const year = Number(clock.today().slice(0, 4));
    const toNewYearsEve = new Date(`${year}-12-31T12:00:00+07:00`).getTime() - clock.now().getTime();
    clock.travel(toNewYearsEve);
    try {
      await obligations.ensure();
      // (this year's annual reports, owed since today, are late by now: as they should be)
      expect((await overdue()).filter((r) => r.kind !== 'ANNUAL_REPORT')).toEqual([]);
      // the seeded QMSs are being built: no yearly internal audit or management review is owed yet
      expect(await t.sql("SELECT id FROM deadlines WHERE kind IN ('AUDIT', 'MANAGEMENT_REVIEW')")).toEqual(
        [],
      );
      // once one is applied, its next yearly audit is planned (not this year's, whose date has passed)
      await t.sql(
        "UPDATE quality_systems SET status = 'APPLYING' WHERE lead_agency_id = (SELECT id FROM agencies WHERE code = 'KT-001')",
      );
      clock.travel(2 * 24 * 3600_000);
      await obligations.ensure();
      const planned = await t.sql<{ kind: string; due: string }>(
        `SELECT kind, to_char((due_at - interval '1 second') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS due
           FROM deadlines WHERE kind IN ('AUDIT', 'MANAGEMENT_REVIEW') ORDER BY kind`,
      );
      expect(planned).toEqual([
        { kind: 'AUDIT', due: `${year + 1}-10-31` },
        { kind: 'MANAGEMENT_REVIEW', due: `${year + 1}-11-30` },
      ]);
    } finally {
      clock.reset();
    }
  });
});
