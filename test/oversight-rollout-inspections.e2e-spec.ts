import { readFileSync } from 'node:fs';
import { konTumCsvPath } from '../apps/cli/src/seed/kon-tum-seed';
import { addDays, addMonths } from '../libs/platform/src';
import { startTestApp, TestApp } from './support/harness';
import { expectError, inDays, ok, thisYear, today } from './support/audits';
import { konTum, KonTum, postCsv } from './support/oversight';

/** Plan rows (by `no` in the CSV) whose QMS the test puts in each state. */
const APPLYING = [1, 2, 3, 21, 22, 41, 46, 47, 48, 49];
const SUSPENDED = [4];
const DECLARED = [1, 46];

describe('rollout plan progress, inspections and the province dashboard (Kon Tum seed)', () => {
  let t: TestApp;
  let k: KonTum;
  let planId: string;
  const idOf = (no: number) => k.agencyIdsByNo.get(no)!;

  beforeAll(async () => {
    t = await startTestApp();
    k = await konTum(t);
  });
  afterAll(() => t.close());

  it('imports the provincial plan from the CSV: 147 agencies, 35/10/102 by 2025/2027/2030', async () => {
    const { oversight, secretary } = k.users;
    const csv = readFileSync(konTumCsvPath(), 'utf8');
    const path = `/api/v1/rollout-plans/import?provinceAgencyId=${k.provinceId}&title=${encodeURIComponent(
      'Kế hoạch ISO điện tử tỉnh Kon Tum',
    )}&reference=${encodeURIComponent('Kế hoạch 123/KH-UBND')}`;
    expectError(await postCsv(t, secretary.token, path, csv), 404, 'NOT_FOUND');
    const plan = await ok(postCsv(t, oversight.token, path, csv), 201);
    planId = plan.id;
    expect(plan).toMatchObject({
      provinceAgencyId: k.provinceId,
      title: 'Kế hoạch ISO điện tử tỉnh Kon Tum',
      reference: 'Kế hoạch 123/KH-UBND',
      agencies: 147,
      targets: { '2025': 35, '2027': 10, '2030': 102 },
    });
    expect(plan.items).toHaveLength(147);
    expect(plan.items.find((i: { agencyId: string }) => i.agencyId === k.stpId)).toMatchObject({
      name: 'Sở Tư pháp',
      tier: 'provincial-department',
      targetYear: 2025,
    });
    const commune = plan.items.find((i: { agencyId: string }) => i.agencyId === idOf(46));
    expect(commune).toMatchObject({ tier: 'commune', targetYear: 2030, level: 'COMMUNE' });

    // a row that matches no agency refuses the whole file, naming the line
    const bad = await postCsv(
      t,
      oversight.token,
      path,
      'no,name,tier,district,eiso_target_year\n1,Sở Tư pháp,provincial-department,,2025\n2,Sở Không Có,branch,,2026\n3,Sở Tài chính,provincial-department,,20x5\n',
    );
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(bad.body.details).toEqual([
      { field: 'line 3', message: 'Không có cơ quan nào tên "Sở Không Có" thuộc tỉnh' },
      { field: 'line 4: eiso_target_year', message: 'Năm phải trong khoảng 2000 đến 2100' },
    ]);
    const list = await ok(oversight.client.get('/api/v1/rollout-plans'));
    expect(list).toMatchObject({ total: 1, items: [{ id: planId, agencies: 147 }] });
  });

  it("counts the plan's progress from the data: planned vs applying vs declared, per year and per tier", async () => {
    const { oversight } = k.users;
    const initial = await ok(oversight.client.get(`/api/v1/rollout-plans/${planId}/progress`));
    expect(initial.totals).toMatchObject({ planned: 147, applying: 0, declared: 0 });

    const admin = k.users.admin; // AGENCY_ADMIN of Sở Tư pháp only: the others go through SQL below
    await ok(admin.client.patch(`/api/v1/quality-systems/${k.stpQmsId}`, { status: 'APPLYING' }));
    await t.sql(
      `UPDATE quality_systems SET status = 'APPLYING' WHERE id IN
         (SELECT quality_system_id FROM quality_system_agencies WHERE agency_id = ANY($1::uuid[]))`,
      [APPLYING.map(idOf)],
    );
    await t.sql(
      `UPDATE quality_systems SET status = 'SUSPENDED' WHERE id IN
         (SELECT quality_system_id FROM quality_system_agencies WHERE agency_id = ANY($1::uuid[]))`,
      [SUSPENDED.map(idOf)],
    );
    // two declarations in force (their own workflow is tested in oversight-declarations)
    for (const no of DECLARED) {
      const agencyId = idOf(no);
      const [{ quality_system_id: qms }] = await t.sql<{ quality_system_id: string }>(
        'SELECT quality_system_id FROM quality_system_agencies WHERE agency_id = $1',
        [agencyId],
      );
      const [confirmation] = await t.sql<{ id: string }>(
        `INSERT INTO effectiveness_confirmations (quality_system_id, agency_id, confirmed_on, statement)
         VALUES ($1, $2, $3, 'Có hiệu lực') RETURNING id`,
        [qms, agencyId, today()],
      );
      await t.sql(
        `INSERT INTO declarations (quality_system_id, agency_id, agency_ids, decision_number, decision_date, signer_name,
                                   signer_title, scope, confirmation_id)
         VALUES ($1, $2, ARRAY[$2]::uuid[], $3, $4, 'Người ký', 'Thủ trưởng', 'Phạm vi', $5)`,
        [qms, agencyId, `${no}/QĐ`, today(), confirmation.id],
      );
      await t.sql(`UPDATE quality_systems SET status = 'DECLARED' WHERE id = $1`, [qms]);
    }

    const progress = await ok(oversight.client.get(`/api/v1/rollout-plans/${planId}/progress`));
    expect(progress.byYear).toEqual([
      expect.objectContaining({
        targetYear: 2025,
        planned: 35,
        applying: 5,
        declared: 1,
        cumulativePlanned: 35,
      }),
      expect.objectContaining({
        targetYear: 2027,
        planned: 10,
        applying: 1,
        declared: 0,
        cumulativePlanned: 45,
      }),
      expect.objectContaining({
        targetYear: 2030,
        planned: 102,
        applying: 4,
        declared: 1,
        cumulativePlanned: 147,
        cumulativeApplying: 10,
        cumulativeDeclared: 2,
      }),
    ]);
    expect(progress.byTier).toEqual([
      { tier: 'branch', planned: 15, applying: 2, declared: 0, targetYears: [2025] },
      { tier: 'commune', planned: 102, applying: 4, declared: 1, targetYears: [2030] },
      { tier: 'district', planned: 10, applying: 1, declared: 0, targetYears: [2027] },
      { tier: 'provincial-department', planned: 20, applying: 3, declared: 1, targetYears: [2025] },
    ]);
    const year = thisYear();
    const dueByNow = [2025, 2027, 2030].filter((y) => y <= year);
    const expectedDue = dueByNow.reduce(
      (sum, y) => sum + ({ 2025: 35, 2027: 10, 2030: 102 } as Record<number, number>)[y],
      0,
    );
    const applyingDue = dueByNow.reduce(
      (sum, y) => sum + ({ 2025: 5, 2027: 1, 2030: 4 } as Record<number, number>)[y],
      0,
    );
    expect(progress.totals).toEqual({
      planned: 147,
      applying: 10,
      declared: 2,
      dueByNow: expectedDue,
      behind: expectedDue - applyingDue,
    });
    // the same counts straight from the tables
    const [direct] = await t.sql<{ applying: string; declared: string }>(
      `SELECT count(*) FILTER (WHERE q.status IN ('APPLYING','DECLARED')) AS applying,
              count(*) FILTER (WHERE q.status = 'DECLARED') AS declared
         FROM rollout_plan_items i JOIN quality_system_agencies m ON m.agency_id = i.agency_id
         JOIN quality_systems q ON q.id = m.quality_system_id WHERE i.plan_id = $1`,
      [planId],
    );
    expect([Number(direct.applying), Number(direct.declared)]).toEqual([10, 2]);
    expectError(
      await k.users.secretary.client.get(`/api/v1/rollout-plans/${planId}/progress`),
      404,
      'NOT_FOUND',
    );
  });

  it('refuses an inspection plan that does not check every agency, or visits fewer than a third on site', async () => {
    const { oversight, secretary } = k.users;
    const agencies = [...k.agencyIdsByNo.values()];
    const items = (onSite: number) =>
      agencies.map((agencyId, index) => ({ agencyId, onSite: index < onSite }));
    const body = (list: { agencyId: string; onSite: boolean }[]) => ({
      provinceAgencyId: k.provinceId,
      year: thisYear(),
      title: `Kế hoạch kiểm tra việc áp dụng HTQLCL năm ${thisYear()}`,
      items: list,
    });
    const tooFew = await oversight.client.post('/api/v1/inspection-plans', body(items(48)));
    expectError(tooFew, 409, 'INSPECTION_PLAN_TOO_FEW_ON_SITE');
    expect(tooFew.body.message).toBe(
      'Kế hoạch kiểm tra phải kiểm tra tại chỗ ít nhất một phần ba số cơ quan (49/147); kế hoạch mới có 48',
    );
    const incomplete = await oversight.client.post('/api/v1/inspection-plans', body(items(60).slice(1)));
    expectError(incomplete, 409, 'INSPECTION_PLAN_INCOMPLETE');
    expect(incomplete.body.details).toEqual([
      { field: agencies[0], message: expect.stringContaining('KT-') },
    ]);
    const twice = await oversight.client.post('/api/v1/inspection-plans', body([...items(60), items(60)[0]]));
    expectError(twice, 400, 'VALIDATION_FAILED');
    expectError(await secretary.client.post('/api/v1/inspection-plans', body(items(60))), 404, 'NOT_FOUND');
    const invalid = await oversight.client.post('/api/v1/inspection-plans', {
      ...body([]),
      year: 1999,
      items: [{ onSite: 'yes' }],
    });
    expectError(invalid, 400, 'VALIDATION_FAILED');
    expect(invalid.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'items.0.agencyId',
      'items.0.onSite',
      'year',
    ]);
    const plan = await ok(oversight.client.post('/api/v1/inspection-plans', body(items(49))), 201);
    expect(plan).toMatchObject({ agencies: 147, onSite: 49, inspected: { dossier: 0, onSite: 0 } });
    expectError(await oversight.client.post('/api/v1/inspection-plans', body(items(49))), 409, 'DUPLICATE');
  });

  it('records inspections; the corrective-action report is due 2 months later, then rejected once and accepted', async () => {
    const { oversight, secretary, staff, communeSecretary } = k.users;
    const inspected = await ok(
      oversight.client.post('/api/v1/inspections', {
        agencyId: k.stpId,
        kind: 'ON_SITE',
        inspectedOn: today(),
        inspectors: ['Trần Thị Giám Sát', 'Lê Văn Kiểm Tra'],
        conclusion: 'Sở duy trì HTQLCL; còn tồn tại cần khắc phục',
        findings: [
          {
            type: 'NONCONFORMITY',
            clause: '7.5.3',
            description: 'Danh mục tài liệu bên ngoài chưa cập nhật',
          },
          { type: 'RECOMMENDATION', description: 'Nên khảo sát sự hài lòng hằng quý' },
        ],
      }),
      201,
    );
    const reportDue = addMonths(today(), 2);
    expect(inspected).toMatchObject({
      agencyId: k.stpId,
      provinceAgencyId: k.provinceId,
      status: 'AWAITING_REPORT',
      reportDue,
      round: 1,
      findingCounts: { NONCONFORMITY: 1, RECOMMENDATION: 1 },
    });
    expect(inspected.planId).toEqual(expect.any(String));
    const path = `/api/v1/inspections/${inspected.id}`;
    const due = await ok(
      secretary.client.get(`/api/v1/deadlines?agencyId=${k.stpId}&kind=INSPECTION_REPORT`),
    );
    expect(due.items).toEqual([
      expect.objectContaining({ subjectType: 'inspection', subjectId: inspected.id, status: 'OPEN' }),
    ]);
    expect(new Date(due.items[0].dueAt).toISOString()).toBe(
      new Date(`${addDays(reportDue, 1)}T00:00:00+07:00`).toISOString(), // the end of that day
    );

    // a dossier check without nonconformities is closed at once
    const closed = await ok(
      oversight.client.post('/api/v1/inspections', {
        agencyId: idOf(46),
        kind: 'DOSSIER',
        inspectedOn: today(),
        inspectors: ['Trần Thị Giám Sát'],
        conclusion: 'Hồ sơ đầy đủ',
        findings: [{ type: 'RECOMMENDATION', description: 'Bổ sung mục lục hồ sơ' }],
      }),
      201,
    );
    expect(closed).toMatchObject({ status: 'CLOSED', reportDue: null });
    expect(
      (await ok(oversight.client.get(`/api/v1/inspection-plans/${inspected.planId}`))).inspected,
    ).toEqual({
      dossier: 2,
      onSite: 1,
    });

    // who may do what
    const record = {
      agencyId: k.stpId,
      kind: 'DOSSIER',
      inspectedOn: today(),
      inspectors: ['X'],
      conclusion: 'X',
      findings: [],
    };
    expectError(await secretary.client.post('/api/v1/inspections', record), 403, 'FORBIDDEN');
    expectError(await communeSecretary.client.post('/api/v1/inspections', record), 404, 'NOT_FOUND');
    expectError(
      await oversight.client.post('/api/v1/inspections', { ...record, inspectedOn: inDays(2) }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(await communeSecretary.client.get(path), 404, 'NOT_FOUND');
    expectError(await oversight.client.post(`${path}/corrective-report`, { content: 'X' }), 403, 'FORBIDDEN');
    expectError(await staff.client.post(`${path}/corrective-report`, { content: 'X' }), 403, 'FORBIDDEN');
    expectError(
      await oversight.client.post(`${path}/corrective-report/accept`),
      409,
      'INSPECTION_IS_AWAITING_REPORT',
    );

    // the agency reports; its deadline is met
    const submitted = await ok(
      secretary.client.post(`${path}/corrective-report`, {
        content: 'Đã cập nhật danh mục tài liệu bên ngoài',
      }),
    );
    expect(submitted).toMatchObject({ status: 'REPORT_SUBMITTED', reports: [{ round: 1, decision: null }] });
    expectError(
      await secretary.client.post(`${path}/corrective-report`, { content: 'Lần nữa' }),
      409,
      'INSPECTION_IS_REPORT_SUBMITTED',
    );
    expectError(await secretary.client.post(`${path}/corrective-report/accept`), 403, 'FORBIDDEN');
    expect(
      (
        await ok(secretary.client.get(`/api/v1/deadlines?agencyId=${k.stpId}&kind=INSPECTION_REPORT`))
      ).items.map((d: { status: string }) => d.status),
    ).toEqual(['MET']);

    // rejected (a reason is required): a new round, a new deadline
    expectError(
      await oversight.client.post(`${path}/corrective-report/reject`, {}),
      400,
      'VALIDATION_FAILED',
    );
    const rejected = await ok(
      oversight.client.post(`${path}/corrective-report/reject`, { comment: 'Chưa có bằng chứng cập nhật' }),
    );
    expect(rejected).toMatchObject({ status: 'AWAITING_REPORT', round: 2, reportDue });
    expect(rejected.reports[0]).toMatchObject({
      decision: 'REJECTED',
      decisionComment: 'Chưa có bằng chứng cập nhật',
    });
    const reopened = await ok(
      secretary.client.get(`/api/v1/deadlines?agencyId=${k.stpId}&kind=INSPECTION_REPORT&sort=createdAt`),
    );
    expect(reopened.items.map((d: { status: string }) => d.status)).toEqual(['MET', 'OPEN']);

    await ok(
      secretary.client.post(`${path}/corrective-report`, {
        content: 'Gửi kèm danh mục đã cập nhật',
        version: rejected.version,
      }),
    );
    // two inspectors accept at once: one decision, one 409
    const [a, b] = await Promise.all([
      oversight.client.post(`${path}/corrective-report/accept`, { comment: 'Đạt' }),
      oversight.client.post(`${path}/corrective-report/accept`, { comment: 'Đạt' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const accepted = await ok(oversight.client.get(path));
    expect(accepted).toMatchObject({ status: 'REPORT_ACCEPTED', round: 2 });
    expect(accepted.reports.map((r: { round: number; decision: string }) => [r.round, r.decision])).toEqual([
      [1, 'REJECTED'],
      [2, 'ACCEPTED'],
    ]);
    const own = await ok(secretary.client.get('/api/v1/inspections'));
    expect(own.items.map((i: { id: string }) => i.id)).toEqual([inspected.id]);
    expect((await ok(oversight.client.get(`/api/v1/inspections?year=${thisYear()}`))).total).toBe(2);
  });

  it('shows the province dashboard: per agency QMS, declaration, coverage, overdue work, open nonconformities; totals per tier', async () => {
    const { oversight, secretary } = k.users;
    // an overdue legal change and an open major nonconformity at Sở Tư pháp
    await ok(
      secretary.client.post('/api/v1/legal-changes', {
        agencyId: k.stpId,
        reference: 'Thông tư 01/2020/TT-BTP',
        title: 'Hướng dẫn chứng thực',
        effectiveFrom: inDays(-200),
      }),
      201,
    );
    await ok(
      secretary.client.post('/api/v1/nonconformities', {
        agencyId: k.stpId,
        source: 'INSPECTION',
        description: 'Danh mục tài liệu bên ngoài chưa cập nhật',
        severity: 'MAJOR',
      }),
      201,
    );
    const dashboard = await ok(
      oversight.client.get(`/api/v1/dashboards/province?provinceAgencyId=${k.provinceId}`),
    );
    expect(dashboard.agencies).toHaveLength(147);
    expect(dashboard.totals).toMatchObject({
      agencies: 147,
      withQms: 147,
      applying: 10,
      declared: 2,
      redeclarationRequired: 0,
      // the inspection's nonconformity finding opened one (MINOR) in the agency's log, besides this MAJOR one
      openNonconformities: 2,
      openMajorNonconformities: 1,
    });
    expect(dashboard.totals.overdueDeadlines).toBeGreaterThanOrEqual(1);
    expect(
      dashboard.byTier.map((r: { level: string; agencies: number; applying: number; declared: number }) => [
        r.level,
        r.agencies,
        r.applying,
        r.declared,
      ]),
    ).toEqual([
      ['BRANCH', 15, 2, 0],
      ['COMMUNE', 102, 4, 1],
      ['DEPARTMENT', 20, 3, 1],
      ['DISTRICT', 10, 1, 0],
    ]);
    const stp = dashboard.agencies.find((a: { agencyId: string }) => a.agencyId === k.stpId);
    expect(stp).toMatchObject({
      name: 'Sở Tư pháp',
      level: 'DEPARTMENT',
      qualitySystem: { id: k.stpQmsId, status: 'APPLYING' },
      declaration: null,
      coverage: { total: 0, covered: 0, ratio: null },
      openNonconformities: 2,
      openMajorNonconformities: 1,
      annualReport: 'NOT_CREATED',
    });
    expect(stp.overdueDeadlines).toBeGreaterThanOrEqual(1);
    const declared = dashboard.agencies.find((a: { agencyId: string }) => a.agencyId === idOf(46));
    expect(declared).toMatchObject({ declaration: { status: 'IN_FORCE', decisionNumber: '46/QĐ' } });
    // the caller's only province is the default; others read nothing of it
    expect((await ok(oversight.client.get('/api/v1/dashboards/province'))).provinceAgencyId).toBe(
      k.provinceId,
    );
    expectError(
      await secretary.client.get(`/api/v1/dashboards/province?provinceAgencyId=${k.provinceId}`),
      404,
      'NOT_FOUND',
    );
  });
});
