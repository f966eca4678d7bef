import type { Response } from 'supertest';
import { startTestApp, TestApp } from './support/harness';
import { client, Client } from './support/documents';
import { createUser } from './support/approvals';
import { expectError, ok, thisYear, today } from './support/audits';
import { postCsv } from './support/oversight';
import { buildWorld, World } from './support/world';

const TABLES = [
  'effectiveness_confirmations',
  'declarations',
  'administrative_procedures',
  'legal_changes',
  'legal_change_documents',
  'rollout_plans',
  'rollout_plan_items',
  'inspection_plans',
  'inspection_plan_items',
  'inspections',
  'inspection_findings',
  'inspection_reports',
  'annual_reports',
  'deadlines',
  'audit_trail',
];
const CSV = 'code,name\n1.001,Cấp phiếu lý lịch tư pháp\n';

type Call = [string, () => PromiseLike<Response>];

describe('oversight is scoped: 404 across agencies and provinces, 403 for roles without the right, 400 for bad input', () => {
  let t: TestApp;
  let w: World;
  let c: Record<string, Client>;
  let token: Record<string, string>;
  let provinceStaff: { token: string; client: Client };
  /** Agency A's and province P1's records. */
  let legalChangeId: string, rolloutPlanId: string, inspectionPlanId: string, inspectionId: string;
  let reportId: string, declarationId: string;
  let documentId: string;
  const year = thisYear();

  const counts = async () => {
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      // refused writes are audited on purpose (access.denied, issue 11): nothing else may change
      const where = table === 'audit_trail' ? " WHERE action <> 'access.denied'" : '';
      const [{ n }] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}${where}`);
      result[table] = Number(n);
    }
    return result;
  };
  const expectAll = async (calls: Call[], status: number, code: string) => {
    const before = await counts();
    for (const [name, call] of calls) {
      const response = await call();
      expect({ name, status: response.status, code: response.body?.code }).toEqual({ name, status, code });
      expectError(response, status, code);
    }
    expect(await counts()).toEqual(before);
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    c = Object.fromEntries(Object.entries(w.users).map(([key, u]) => [key, client(t, u.token)]));
    token = Object.fromEntries(Object.entries(w.users).map(([key, u]) => [key, u.token]));
    provinceStaff = await createUser(t, w.adminToken, 'p1.staff', [
      { agencyId: w.provinceId, roles: ['STAFF'] },
    ]);

    await ok(
      postCsv(
        t,
        token['a.iso_secretary'],
        `/api/v1/agencies/${w.agencyA}/administrative-procedures/import`,
        CSV,
      ),
    );
    legalChangeId = (
      await ok(
        c['a.iso_secretary'].post('/api/v1/legal-changes', {
          agencyId: w.agencyA,
          reference: 'Nghị định 1/2025/NĐ-CP',
          title: 'Văn bản mới',
          effectiveFrom: today(),
        }),
        201,
      )
    ).id;
    const document = await ok(
      c['a.drafter'].post('/api/v1/documents', {
        agencyId: w.agencyA,
        code: 'QT-01',
        title: 'Quy trình',
        type: 'PROCEDURE',
      }),
      201,
    );
    documentId = document.id;
    rolloutPlanId = (
      await ok(
        c['p1.oversight'].post('/api/v1/rollout-plans', {
          provinceAgencyId: w.provinceId,
          title: 'Kế hoạch tỉnh Một',
          items: [
            { agencyId: w.agencyA, targetYear: 2025 },
            { agencyId: w.agencyB, targetYear: 2027, tier: 'so-nganh' },
          ],
        }),
        201,
      )
    ).id;
    inspectionPlanId = (
      await ok(
        c['p1.oversight'].post('/api/v1/inspection-plans', {
          provinceAgencyId: w.provinceId,
          year,
          title: 'Kế hoạch kiểm tra',
          items: [
            { agencyId: w.agencyA, onSite: true, plannedMonth: 6 },
            { agencyId: w.agencyB, onSite: false },
          ],
        }),
        201,
      )
    ).id;
    inspectionId = (
      await ok(
        c['p1.oversight'].post('/api/v1/inspections', {
          agencyId: w.agencyA,
          kind: 'ON_SITE',
          inspectedOn: today(),
          inspectors: ['Cán bộ kiểm tra'],
          conclusion: 'Còn tồn tại',
          findings: [{ type: 'NONCONFORMITY', description: 'Thiếu hồ sơ' }],
        }),
        201,
      )
    ).id;
    await ok(
      c['a.approver'].post(`/api/v1/quality-systems/${w.qmsA}/effectiveness-confirmations`, {
        confirmedOn: today(),
        statement: 'Có hiệu lực',
      }),
      201,
    );
    // a declaration of A in force (its own workflow is tested in oversight-declarations)
    const [confirmation] = await t.sql<{ id: string }>(
      `INSERT INTO effectiveness_confirmations (quality_system_id, agency_id, confirmed_on, statement)
       VALUES ($1, $2, $3, 'x') RETURNING id`,
      [w.qmsA, w.agencyA, today()],
    );
    [{ id: declarationId }] = await t.sql<{ id: string }>(
      `INSERT INTO declarations (quality_system_id, agency_id, agency_ids, decision_number, decision_date, signer_name,
                                 signer_title, scope, confirmation_id)
       VALUES ($1, $2, ARRAY[$2]::uuid[], '9/QĐ', $3, 'Người ký', 'Giám đốc', 'Phạm vi', $4) RETURNING id`,
      [w.qmsA, w.agencyA, today(), confirmation.id],
    );
    reportId = (
      await ok(c['a.iso_secretary'].post('/api/v1/annual-reports', { agencyId: w.agencyA, year }), 201)
    ).id;
    // province P2's own records
    await ok(
      c['p2.oversight'].post('/api/v1/rollout-plans', {
        provinceAgencyId: w.otherProvinceId,
        title: 'Kế hoạch tỉnh Hai',
        items: [{ agencyId: w.agencyC, targetYear: 2030 }],
      }),
      201,
    );
  });
  afterAll(() => t.close());

  /** Every read and write of agency A's (or province P1's) records, as one user. */
  const callsAs = (who: Client, tokenOf: string): Call[] => [
    ['GET declaration', () => who.get(`/api/v1/declarations/${declarationId}`)],
    ['POST declaration', () => who.post('/api/v1/declarations', declarationBody())],
    ['GET readiness', () => who.get(`/api/v1/quality-systems/${w.qmsA}/declaration-readiness`)],
    ['GET confirmations', () => who.get(`/api/v1/quality-systems/${w.qmsA}/effectiveness-confirmations`)],
    [
      'POST confirmation',
      () =>
        who.post(`/api/v1/quality-systems/${w.qmsA}/effectiveness-confirmations`, {
          confirmedOn: today(),
          statement: 'x',
        }),
    ],
    ['GET catalogue', () => who.get(`/api/v1/agencies/${w.agencyA}/administrative-procedures`)],
    [
      'POST catalogue import',
      () => postCsv(t, tokenOf, `/api/v1/agencies/${w.agencyA}/administrative-procedures/import`, CSV),
    ],
    ['GET coverage', () => who.get(`/api/v1/agencies/${w.agencyA}/coverage`)],
    ['GET province coverage', () => who.get(`/api/v1/reports/coverage?provinceAgencyId=${w.provinceId}`)],
    ['GET legal change', () => who.get(`/api/v1/legal-changes/${legalChangeId}`)],
    [
      'POST legal change',
      () =>
        who.post('/api/v1/legal-changes', {
          agencyId: w.agencyA,
          reference: 'x',
          title: 'x',
          effectiveFrom: today(),
        }),
    ],
    [
      'POST legal change documents',
      () => who.post(`/api/v1/legal-changes/${legalChangeId}/documents`, { documentIds: [documentId] }),
    ],
    ['POST legal change complete', () => who.post(`/api/v1/legal-changes/${legalChangeId}/complete`)],
    ['GET rollout plan', () => who.get(`/api/v1/rollout-plans/${rolloutPlanId}`)],
    ['GET rollout progress', () => who.get(`/api/v1/rollout-plans/${rolloutPlanId}/progress`)],
    [
      'POST rollout plan',
      () =>
        who.post('/api/v1/rollout-plans', {
          provinceAgencyId: w.provinceId,
          title: 'x',
          items: [{ agencyId: w.agencyA, targetYear: 2025 }],
        }),
    ],
    [
      'POST rollout plan import',
      () =>
        postCsv(
          t,
          tokenOf,
          `/api/v1/rollout-plans/import?provinceAgencyId=${w.provinceId}&title=x`,
          'name,eiso_target_year\nSở Tư pháp,2025\n',
        ),
    ],
    ['GET inspection plan', () => who.get(`/api/v1/inspection-plans/${inspectionPlanId}`)],
    [
      'POST inspection plan',
      () =>
        who.post('/api/v1/inspection-plans', {
          provinceAgencyId: w.provinceId,
          year: year + 1,
          title: 'x',
          items: [
            { agencyId: w.agencyA, onSite: true },
            { agencyId: w.agencyB, onSite: true },
          ],
        }),
    ],
    ['GET inspection', () => who.get(`/api/v1/inspections/${inspectionId}`)],
    [
      'POST inspection',
      () =>
        who.post('/api/v1/inspections', {
          agencyId: w.agencyA,
          kind: 'DOSSIER',
          inspectedOn: today(),
          inspectors: ['x'],
          conclusion: 'x',
          findings: [],
        }),
    ],
    [
      'POST corrective report',
      () => who.post(`/api/v1/inspections/${inspectionId}/corrective-report`, { content: 'x' }),
    ],
    [
      'POST corrective report accept',
      () => who.post(`/api/v1/inspections/${inspectionId}/corrective-report/accept`),
    ],
    [
      'POST corrective report reject',
      () => who.post(`/api/v1/inspections/${inspectionId}/corrective-report/reject`, { comment: 'x' }),
    ],
    ['GET annual report', () => who.get(`/api/v1/annual-reports/${reportId}`)],
    [
      'GET annual report of the year',
      () => who.get(`/api/v1/reports/annual?year=${year}&agencyId=${w.agencyA}`),
    ],
    ['POST annual report', () => who.post('/api/v1/annual-reports', { agencyId: w.agencyA, year: year - 1 })],
    ['PATCH annual report', () => who.patch(`/api/v1/annual-reports/${reportId}`, { assessment: 'x' })],
    ['POST annual report compile', () => who.post(`/api/v1/annual-reports/${reportId}/compile`)],
    ['POST annual report submit', () => who.post(`/api/v1/annual-reports/${reportId}/submit`)],
    ['POST annual report accept', () => who.post(`/api/v1/annual-reports/${reportId}/accept`)],
    [
      'POST annual report return',
      () => who.post(`/api/v1/annual-reports/${reportId}/return`, { reason: 'x' }),
    ],
    [
      'GET annual roll-up',
      () => who.get(`/api/v1/reports/annual/province?year=${year}&provinceAgencyId=${w.provinceId}`),
    ],
    ['GET dashboard', () => who.get(`/api/v1/dashboards/province?provinceAgencyId=${w.provinceId}`)],
  ];
  const declarationBody = () => ({
    agencyId: w.agencyA,
    decisionNumber: '10/QĐ',
    decisionDate: today(),
    signerName: 'x',
    signerTitle: 'x',
    scope: 'x',
  });

  it('answers 404 to another agency of the province and to the other province, for every endpoint, and changes nothing', async () => {
    await expectAll(callsAs(c['b.iso_secretary'], token['b.iso_secretary']), 404, 'NOT_FOUND');
    await expectAll(callsAs(c['b.agency_admin'], token['b.agency_admin']), 404, 'NOT_FOUND');
    await expectAll(callsAs(c['p2.oversight'], token['p2.oversight']), 404, 'NOT_FOUND');
  });

  it("OVERSIGHT of one province sees nothing of another province's in its lists, dashboard and roll-ups", async () => {
    const p2 = c['p2.oversight'];
    for (const path of [
      '/api/v1/declarations',
      '/api/v1/legal-changes',
      '/api/v1/inspection-plans',
      '/api/v1/inspections',
      '/api/v1/annual-reports',
    ]) {
      expect({ path, total: (await ok(p2.get(path))).total }).toEqual({ path, total: 0 });
    }
    const plans = await ok(p2.get('/api/v1/rollout-plans'));
    expect(plans.items.map((p: { provinceAgencyId: string }) => p.provinceAgencyId)).toEqual([
      w.otherProvinceId,
    ]);
    const own = await ok(p2.get('/api/v1/dashboards/province'));
    expect(own.agencies.map((a: { agencyId: string }) => a.agencyId)).toEqual([w.agencyC]);
    expect(
      (await ok(p2.get('/api/v1/reports/coverage'))).agencies.map((a: { agencyId: string }) => a.agencyId),
    ).toEqual([w.agencyC]);
    expect((await ok(p2.get(`/api/v1/declarations?agencyId=${w.agencyA}`))).total).toBe(0);
    // P1's own overseer sees A's records
    const p1 = c['p1.oversight'];
    expect((await ok(p1.get('/api/v1/declarations'))).items.map((d: { id: string }) => d.id)).toEqual([
      declarationId,
    ]);
    expect(
      (await ok(p1.get('/api/v1/dashboards/province'))).agencies.map((a: { agencyId: string }) => a.agencyId),
    ).toEqual([w.agencyA, w.agencyB]);
    // published declarations are public whatever the province
    const published = await t.http().get(`/api/v1/public/agencies/${w.agencyA}/declarations`).expect(200);
    expect(published.body.items.map((d: { id: string }) => d.id)).toEqual([declarationId]);
  });

  it('answers 403 to readers whose role does not allow the action, and changes nothing', async () => {
    const staff = c['a.staff'];
    const staffToken = token['a.staff'];
    const agencyWrites = (who: Client, whoToken: string): Call[] =>
      callsAs(who, whoToken).filter(([name]) =>
        [
          'POST declaration',
          'POST confirmation',
          'POST catalogue import',
          'POST legal change',
          'POST legal change documents',
          'POST legal change complete',
          'POST annual report',
          'PATCH annual report',
          'POST annual report compile',
          'POST annual report submit',
        ].includes(name),
      );
    await expectAll(agencyWrites(staff, staffToken), 403, 'FORBIDDEN');
    await expectAll(
      [
        ...agencyWrites(c['p1.oversight'], token['p1.oversight']),
        [
          'POST corrective report',
          () =>
            c['p1.oversight'].post(`/api/v1/inspections/${inspectionId}/corrective-report`, { content: 'x' }),
        ],
      ],
      403,
      'FORBIDDEN',
    );
    const secretary = c['a.iso_secretary'];
    await expectAll(
      [
        [
          'POST confirmation',
          () =>
            secretary.post(`/api/v1/quality-systems/${w.qmsA}/effectiveness-confirmations`, {
              confirmedOn: today(),
              statement: 'x',
            }),
        ],
        ['POST inspection', () => callsAs(secretary, '').find(([n]) => n === 'POST inspection')![1]()],
        [
          'POST corrective report accept',
          () => secretary.post(`/api/v1/inspections/${inspectionId}/corrective-report/accept`),
        ],
        [
          'POST corrective report reject',
          () =>
            secretary.post(`/api/v1/inspections/${inspectionId}/corrective-report/reject`, { comment: 'x' }),
        ],
        [
          'POST annual report return',
          () => secretary.post(`/api/v1/annual-reports/${reportId}/return`, { reason: 'x' }),
        ],
        ['POST annual report accept', () => secretary.post(`/api/v1/annual-reports/${reportId}/accept`)],
        [
          'POST declaration as approver',
          () => c['a.approver'].post('/api/v1/declarations', declarationBody()),
        ],
      ],
      403,
      'FORBIDDEN',
    );
    // a member of the province agency who is not its OVERSIGHT reads nothing below and keeps no plan
    const p1staff = provinceStaff.client;
    await expectAll(
      callsAs(p1staff, provinceStaff.token).filter(([name]) =>
        [
          'GET province coverage',
          'POST rollout plan',
          'POST rollout plan import',
          'POST inspection plan',
          'GET annual roll-up',
          'GET dashboard',
        ].includes(name),
      ),
      403,
      'FORBIDDEN',
    );
    await expectAll(
      callsAs(p1staff, provinceStaff.token).filter(([name]) =>
        [
          'GET declaration',
          'GET inspection',
          'POST inspection',
          'GET annual report',
          'GET legal change',
        ].includes(name),
      ),
      404,
      'NOT_FOUND',
    );
  });

  it('refuses bad input with 400 and the documented error shape, naming each bad field', async () => {
    const secretary = c['a.iso_secretary'];
    const p1 = c['p1.oversight'];
    const cases: [string, () => PromiseLike<Response>, string[]][] = [
      [
        'declaration',
        () =>
          secretary.post('/api/v1/declarations', {
            agencyId: 'A',
            decisionNumber: '',
            decisionDate: '2025-13-01',
            scope: 7,
            administrativeProcedureCodes: ['a b'],
            extra: true,
          }),
        [
          'administrativeProcedureCodes',
          'agencyId',
          'decisionDate',
          'decisionNumber',
          'extra',
          'scope',
          'signerName',
          'signerTitle',
        ],
      ],
      [
        'confirmation',
        () =>
          c['a.approver'].post(`/api/v1/quality-systems/${w.qmsA}/effectiveness-confirmations`, {
            confirmedOn: 'hôm nay',
          }),
        ['confirmedOn', 'statement'],
      ],
      [
        'legal change',
        () =>
          secretary.post('/api/v1/legal-changes', {
            agencyId: w.agencyA,
            reference: '',
            effectiveFrom: '2025-02-30x',
            documentIds: ['x'],
          }),
        ['documentIds', 'effectiveFrom', 'reference', 'title'],
      ],
      [
        'rollout plan',
        () =>
          p1.post('/api/v1/rollout-plans', {
            provinceAgencyId: w.provinceId,
            title: 'x',
            items: [{ agencyId: w.agencyA, targetYear: 1990, tier: 'Sở Ngành' }],
          }),
        ['items.0.targetYear', 'items.0.tier'],
      ],
      [
        'rollout plan outside the province',
        () =>
          p1.post('/api/v1/rollout-plans', {
            provinceAgencyId: w.provinceId,
            title: 'x',
            items: [{ agencyId: w.agencyC, targetYear: 2025 }],
          }),
        ['items[0].agencyId'],
      ],
      [
        'inspection',
        () =>
          p1.post('/api/v1/inspections', {
            agencyId: w.agencyA,
            kind: 'PHONE',
            inspectedOn: today(),
            inspectors: [],
            conclusion: 'x',
            findings: [{ type: 'BAD' }],
          }),
        ['findings.0.description', 'findings.0.type', 'inspectors', 'kind'],
      ],
      [
        'annual report query',
        () => secretary.get(`/api/v1/reports/annual?year=20x6&agencyId=${w.agencyA}&format=docx`),
        ['format', 'year'],
      ],
      ['list paging', () => p1.get('/api/v1/inspections?pageSize=500&status=LOST'), ['pageSize', 'status']],
      ['path id', () => p1.get('/api/v1/rollout-plans/123/progress'), ['id']],
    ];
    for (const [name, call, fields] of cases) {
      const response = await call();
      expect({ name, status: response.status, code: response.body.code }).toEqual({
        name,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expectError(response, 400, 'VALIDATION_FAILED');
      const named = [...new Set((response.body.details as { field: string }[]).map((d) => d.field))].sort();
      expect({ name, fields: named }).toEqual({ name, fields });
    }
  });

  it("moves a merged agency's oversight records to the surviving agency", async () => {
    const systemAdmin = client(t, w.adminToken);
    const merged = await ok(
      systemAdmin.post('/api/v1/agencies', {
        code: 'D',
        name: 'Chi cục sáp nhập',
        level: 'BRANCH',
        parentId: w.provinceId,
      }),
      201,
    );
    await ok(
      postCsv(
        t,
        w.adminToken,
        `/api/v1/agencies/${merged.id}/administrative-procedures/import`,
        'code,name\n1.001,Trùng mã với cơ quan A\n9.009,Thủ tục riêng\n',
      ),
    );
    const change = await ok(
      systemAdmin.post('/api/v1/legal-changes', {
        agencyId: merged.id,
        reference: 'Luật 1/2025/QH15',
        title: 'Luật mới',
        effectiveFrom: today(),
      }),
      201,
    );
    await ok(
      systemAdmin.post(`/api/v1/agencies/${merged.id}/merge`, {
        intoAgencyId: w.agencyA,
        reason: 'Sáp nhập theo nghị quyết',
      }),
    );
    const catalogue = await ok(
      c['a.iso_secretary'].get(`/api/v1/agencies/${w.agencyA}/administrative-procedures?sort=code`),
    );
    expect(catalogue.items.map((p: { code: string; name: string }) => [p.code, p.name])).toEqual([
      ['1.001', 'Cấp phiếu lý lịch tư pháp'],
      ['9.009', 'Thủ tục riêng'],
    ]);
    expect((await ok(c['a.iso_secretary'].get(`/api/v1/legal-changes/${change.id}`))).agencyId).toBe(
      w.agencyA,
    );
    expect(
      (await ok(c['p1.oversight'].get(`/api/v1/agencies/${merged.id}/administrative-procedures`))).items,
    ).toEqual([expect.objectContaining({ code: '1.001', name: 'Trùng mã với cơ quan A' })]);
  });

  it('lists are paged as {items, page, pageSize, total}', async () => {
    const p1 = c['p1.oversight'];
    for (const path of [
      '/api/v1/declarations',
      '/api/v1/legal-changes',
      '/api/v1/rollout-plans',
      '/api/v1/inspection-plans',
      '/api/v1/inspections',
      '/api/v1/annual-reports',
      `/api/v1/agencies/${w.agencyA}/administrative-procedures`,
      `/api/v1/quality-systems/${w.qmsA}/effectiveness-confirmations`,
    ]) {
      const page = await ok(p1.get(`${path}${path.includes('?') ? '&' : '?'}page=1&pageSize=1`));
      expect({
        path,
        keys: Object.keys(page).sort(),
        pageSize: page.pageSize,
        items: page.items.length,
      }).toEqual({
        path,
        keys: ['items', 'page', 'pageSize', 'total'],
        pageSize: 1,
        items: 1,
      });
    }
  });
});
