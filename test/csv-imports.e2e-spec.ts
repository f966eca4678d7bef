import { startTestApp, TestApp } from './support/harness';
import { expectError } from './support/audits';
import { postCsv } from './support/oversight';
import { buildWorld, World } from './support/world';

interface Detail {
  field: string;
  code?: string;
  message: string;
}

/**
 * Every CSV import of the API refuses a file with wrong headers: a 400 whose details name each
 * missing column (code missingColumn, with the headers accepted), and nothing is written.
 */
describe('CSV imports with wrong headers', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const counts = async () =>
    (
      await t.sql<Record<string, number>>(
        `SELECT (SELECT count(*) FROM administrative_procedures)::int AS procedures,
                (SELECT count(*) FROM rollout_plans)::int AS plans,
                (SELECT count(*) FROM process_performance_imports)::int AS performance,
                (SELECT count(*) FROM satisfaction_surveys)::int AS surveys,
                (SELECT count(*) FROM audit_trail)::int AS trail`,
      )
    )[0];
  const missingColumns = (details: Detail[]) =>
    details.filter((d) => d.code === 'missingColumn').map((d) => d.field);

  const cases: { name: string; user: string; path: () => string; csv: string; missing: string[] }[] = [
    {
      name: 'the TTHC catalogue',
      user: 'a.iso_secretary',
      path: () => `/api/v1/agencies/${w.agencyA}/administrative-procedures/import`,
      csv: 'ma so,ghi chu\n1.001,Cấp phiếu lý lịch tư pháp\n',
      missing: ['code', 'name'],
    },
    {
      name: 'the provincial rollout plan',
      user: 'p1.oversight',
      path: () =>
        `/api/v1/rollout-plans/import?provinceAgencyId=${w.provinceId}&title=K%E1%BA%BF%20ho%E1%BA%A1ch`,
      csv: 'stt,don vi,ghi chu\n1,Sở Tư pháp,2025\n',
      missing: ['name', 'eiso_target_year'],
    },
    {
      name: 'process performance',
      user: 'a.iso_secretary',
      path: () => `/api/v1/process-performance/imports?agencyId=${w.agencyA}&period=2026-Q1`,
      csv: 'Mã TTHC,Tiếp nhận\n1.001,10\n',
      missing: ['onTime', 'late', 'pending'],
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s: a 400 naming each missing column', async (_, c) => {
    const before = await counts();
    const response = await postCsv(t, w.users[c.user].token, c.path(), c.csv);
    expectError(response, 400, 'VALIDATION_FAILED');
    expect(missingColumns(response.body.details)).toEqual(c.missing);
    for (const detail of response.body.details as Detail[])
      expect(detail.message).toMatch(/^Tệp thiếu cột "[^"]+" \(tên cột được chấp nhận: .+\)$/);
    // in English on request
    const english = await t
      .http()
      .post(c.path())
      .set('Authorization', `Bearer ${w.users[c.user].token}`)
      .set('Accept-Language', 'en')
      .set('Content-Type', 'text/csv')
      .send(c.csv);
    expect((english.body.details as Detail[])[0].message).toMatch(/^the file has no column "/);
    expect(await counts()).toEqual(before);
  });

  it('a satisfaction survey without any question column is refused, nothing written', async () => {
    const before = await counts();
    const response = await postCsv(
      t,
      w.users['a.iso_secretary'].token,
      `/api/v1/satisfaction-surveys/import?agencyId=${w.agencyA}&period=2026-Q1&title=Kh%E1%BA%A3o%20s%C3%A1t`,
      'STT\n1\n2\n',
    );
    expectError(response, 400, 'VALIDATION_FAILED');
    expect(response.body.details).toEqual([expect.objectContaining({ field: 'file' })]);
    expect(await counts()).toEqual(before);
  });
});
