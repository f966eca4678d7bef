import { seedKonTum } from '../apps/cli/src/seed/kon-tum-seed';
import { seedDepartmentQuality } from '../apps/cli/src/seed/qms-seed';
import { startTestApp, TestApp } from './support/harness';

describe('Kon Tum demo seed: the quality data of Sở Tư pháp', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives the department risks, objectives, one-stop figures, a survey, feedback and a qualified internal auditor; safe to run twice', async () => {
    const seeded = await seedKonTum(t.app, { password: 'Demo@12345' });
    const agencyId = seeded.agencyIdsByNo.get(3)!;
    const options = {
      agencyId,
      secretaryUsername: 'stp.thuky',
      auditorUsername: 'stp.danhgia',
      staffUsername: 'stp.nhanvien',
    };
    expect(await seedDepartmentQuality(t.app, options)).toEqual({ created: true });
    expect(await seedDepartmentQuality(t.app, options)).toEqual({ created: false });

    const token = await t.login('stp.thuky', 'Demo@12345');
    const get = async (path: string) =>
      (await t.http().get(path).set('Authorization', `Bearer ${token}`).expect(200)).body;
    const risks = await get(`/api/v1/risks?agencyId=${agencyId}`);
    expect(risks.total).toBe(4);
    expect(risks.items.map((r: { status: string }) => r.status).sort()).toEqual([
      'OPEN',
      'OPEN',
      'TREATED',
      'TREATMENT_PLANNED',
    ]);
    const objectives = await get(`/api/v1/quality-objectives?agencyId=${agencyId}`);
    const bound = objectives.items.find((o: { binding: string | null }) => o.binding === 'ON_TIME_RATE');
    expect(bound.measurementCount).toBe(2);
    const auditors = await get(`/api/v1/agencies/${agencyId}/auditors`);
    expect(auditors.items).toEqual([expect.objectContaining({ internalAuditor: true })]);
    const feedback = await get(`/api/v1/feedback?agencyId=${agencyId}`);
    expect(feedback.items.filter((f: { nonconformityId: string | null }) => f.nonconformityId)).toHaveLength(
      1,
    );
    const performance = await get(`/api/v1/process-performance?agencyId=${agencyId}`);
    expect(performance.totals.onTimeRate).toBeGreaterThan(0.98);
    const trail = await get(`/api/v1/audit-trail?subjectType=risk&pageSize=100`);
    expect(trail.items.length).toBeGreaterThanOrEqual(4);
  });
});
