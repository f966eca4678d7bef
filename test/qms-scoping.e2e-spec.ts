import type { Response } from 'supertest';
import { startTestApp, TestApp } from './support/harness';
import { client, Client } from './support/documents';
import { expectError, inDays, ok, thisYear, today } from './support/audits';
import { buildQmsFixtures } from './support/qms';
import { buildWorld, World } from './support/world';

const TABLES = [
  'risks',
  'risk_actions',
  'risk_reviews',
  'risk_level_policies',
  'quality_objectives',
  'objective_measurements',
  'process_performance_imports',
  'process_performance',
  'satisfaction_surveys',
  'citizen_feedback',
  'training_records',
  'training_certificates',
  'nonconformities',
  'deadlines',
];

type Call = [string, () => PromiseLike<Response>];

describe('quality data: scoped to the agency and role, and fed into the management review, the annual report and the province dashboard', () => {
  let t: TestApp;
  let w: World;
  let secretary: Client, admin: Client;
  let ids: Record<string, string>;
  const year = thisYear();

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => {
          const [row] = await t.sql<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`);
          return [table, Number(row.n)] as const;
        }),
      ),
    );

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    secretary = client(t, w.users['a.iso_secretary'].token);
    admin = client(t, w.adminToken);
    ids = await buildQmsFixtures(t, w, secretary);
    // one-stop figures of the year, a bound objective and an answered complaint
    await ok(
      secretary.post('/api/v1/quality-objectives', {
        agencyId: w.agencyA,
        year,
        title: '98% hồ sơ đúng hạn',
        indicator: 'Tỷ lệ đúng hạn',
        target: 98,
        unit: '%',
        binding: 'ON_TIME_RATE',
      }),
      201,
    );
    await ok(
      secretary.post(`/api/v1/process-performance/imports?agencyId=${w.agencyA}&period=${year}-Q1`, {
        rows: [
          { procedureCode: '2.000488', received: 100, onTime: 90, late: 10, pending: 5 },
          { procedureCode: '2.000635', received: 100, onTime: 100, late: 0, pending: 0 },
        ],
      }),
      201,
    );
  });
  afterAll(() => t.close());

  /** Every qms call against agency A's records (valid bodies: only scoping can refuse them). */
  const callsAgainstA = (c: Client, token: string): Call[] => {
    const raw = (path: string) => t.http().get(path).set('Authorization', `Bearer ${token}`);
    return [
      ['GET risk', () => c.get(`/api/v1/risks/${ids.risk}`)],
      ['GET risks of A', () => c.get(`/api/v1/risks?agencyId=${w.agencyA}`)],
      ['GET register of A', () => raw(`/api/v1/risks?agencyId=${w.agencyA}&format=xlsx`)],
      ['PATCH risk', () => c.patch(`/api/v1/risks/${ids.risk}`, { title: 'X' })],
      [
        'POST risk in A',
        () => c.post('/api/v1/risks', { agencyId: w.agencyA, title: 'X', likelihood: 1, impact: 1 }),
      ],
      [
        'residual',
        () =>
          c.post(`/api/v1/risks/${ids.risk}/residual`, {
            likelihood: 1,
            impact: 1,
            effective: true,
            comment: 'X',
          }),
      ],
      ['review', () => c.post(`/api/v1/risks/${ids.risk}/reviews`, { comment: 'X' })],
      ['close', () => c.post(`/api/v1/risks/${ids.risk}/close`, { reason: 'X' })],
      ['complete action', () => c.post(`/api/v1/risk-actions/${ids.riskAction}/complete`, {})],
      ['GET thresholds', () => c.get(`/api/v1/agencies/${w.agencyA}/risk-thresholds`)],
      [
        'PUT thresholds',
        () => c.put(`/api/v1/agencies/${w.agencyA}/risk-thresholds`, { mediumFrom: 2, highFrom: 3 }),
      ],
      ['GET objective', () => c.get(`/api/v1/quality-objectives/${ids.qualityObjective}`)],
      ['GET objectives of A', () => c.get(`/api/v1/quality-objectives?agencyId=${w.agencyA}`)],
      [
        'POST objective in A',
        () =>
          c.post('/api/v1/quality-objectives', {
            agencyId: w.agencyA,
            year,
            title: 'X',
            indicator: 'X',
            target: 1,
            unit: '%',
          }),
      ],
      [
        'measure',
        () =>
          c.post(`/api/v1/quality-objectives/${ids.qualityObjective}/measurements`, {
            period: `${year}-Q2`,
            value: 1,
          }),
      ],
      ['close objective', () => c.post(`/api/v1/quality-objectives/${ids.qualityObjective}/close`, {})],
      ['GET performance of A', () => c.get(`/api/v1/process-performance?agencyId=${w.agencyA}`)],
      ['GET imports of A', () => c.get(`/api/v1/process-performance/imports?agencyId=${w.agencyA}`)],
      [
        'import for A',
        () =>
          c.post(`/api/v1/process-performance/imports?agencyId=${w.agencyA}&period=${year}-Q1`, {
            rows: [{ procedureCode: 'X', received: 1, onTime: 1, late: 0, pending: 0 }],
          }),
      ],
      ['GET survey', () => c.get(`/api/v1/satisfaction-surveys/${ids.satisfactionSurvey}`)],
      ['GET surveys of A', () => c.get(`/api/v1/satisfaction-surveys?agencyId=${w.agencyA}`)],
      [
        'POST survey in A',
        () =>
          c.post('/api/v1/satisfaction-surveys', {
            agencyId: w.agencyA,
            period: `${year}-Q3`,
            title: 'X',
            respondents: 1,
            satisfied: 1,
          }),
      ],
      ['GET feedback', () => c.get(`/api/v1/feedback/${ids.feedback}`)],
      ['GET feedback of A', () => c.get(`/api/v1/feedback?agencyId=${w.agencyA}`)],
      ['answer', () => c.post(`/api/v1/feedback/${ids.feedback}/answer`, { answer: 'X' })],
      ['escalate', () => c.post(`/api/v1/feedback/${ids.feedback}/nonconformity`, { severity: 'MINOR' })],
      ['GET training', () => c.get(`/api/v1/training-records/${ids.trainingRecord}`)],
      ['GET training of A', () => c.get(`/api/v1/training-records?agencyId=${w.agencyA}`)],
      ['GET certificate', () => raw(`/api/v1/training-records/${ids.trainingRecord}/certificate/content`)],
      [
        'POST training in A',
        () =>
          c.post('/api/v1/training-records', {
            agencyId: w.agencyA,
            userId: w.users['a.staff'].id,
            category: 'OTHER',
            course: 'X',
            provider: 'X',
            completedOn: today(),
          }),
      ],
    ];
  };

  it('another agency’s roles and another province’s oversight get 404 on every call, see nothing of A, change nothing', async () => {
    const before = await counts();
    const outsiders = [
      ...['iso_secretary', 'agency_admin', 'staff', 'approver', 'internal_auditor'].map((r) => `b.${r}`),
      'p2.oversight',
    ];
    for (const username of outsiders) {
      const token = w.users[username].token;
      const c = client(t, token);
      for (const [name, call] of callsAgainstA(c, token)) {
        const response = await call();
        expect({ who: username, call: name, status: response.status }).toEqual({
          who: username,
          call: name,
          status: 404,
        });
      }
      for (const path of [
        '/api/v1/risks',
        '/api/v1/quality-objectives',
        '/api/v1/satisfaction-surveys',
        '/api/v1/feedback',
        '/api/v1/training-records',
        '/api/v1/process-performance/imports',
      ]) {
        const list = await ok(c.get(path));
        expect(list.items.filter((i: { agencyId: string }) => i.agencyId === w.agencyA)).toEqual([]);
      }
    }
    expect(await counts()).toEqual(before);
  });

  it('agency A’s roles without the right and the province’s oversight may read but not write (403), nothing changed', async () => {
    const before = await counts();
    const writes = new Set([
      'PATCH risk',
      'POST risk in A',
      'residual',
      'review',
      'close',
      'complete action',
      'PUT thresholds',
      'POST objective in A',
      'measure',
      'close objective',
      'import for A',
      'POST survey in A',
      'answer',
      'escalate',
      'POST training in A',
    ]);
    for (const username of ['a.drafter', 'a.reviewer', 'a.internal_auditor', 'p1.oversight']) {
      const token = w.users[username].token;
      for (const [name, call] of callsAgainstA(client(t, token), token)) {
        const response = await call();
        // the head of agency answers feedback; nobody else here writes
        const expected = writes.has(name) ? 403 : 200;
        expect({ who: username, call: name, status: response.status }).toEqual({
          who: username,
          call: name,
          status: expected,
        });
      }
    }
    expect(await counts()).toEqual(before);
  });

  it('the management review’s 9.3.2 inputs are filled in from the quality data', async () => {
    const review = await ok(
      secretary.post('/api/v1/management-reviews', {
        agencyId: w.agencyA,
        title: `Họp xem xét của lãnh đạo năm ${year}`,
        plannedDate: today(),
        chairId: w.users['a.approver'].id,
        participantIds: [],
      }),
      201,
    );
    const section = (key: string) =>
      review.inputs.sections.find((s: { key: string }) => s.key === key) as { data: Record<string, unknown> };
    expect(section('customerSatisfaction').data).toMatchObject({
      surveys: 1,
      respondents: 10,
      satisfied: 9,
      satisfiedShare: 0.9,
      feedbackReceived: 1,
      complaints: 1,
      feedbackAnswered: 0,
    });
    expect(section('qualityObjectives').data).toMatchObject({ total: 2, measured: 2, met: 1 });
    expect(section('processPerformance').data).toMatchObject({
      received: 200,
      onTime: 190,
      late: 10,
      onTimeRate: 0.95,
    });
    expect(section('risksAndOpportunities').data).toMatchObject({
      open: 1,
      actionsPlanned: 1,
      actionsDone: 0,
    });
    expect(section('monitoringResults').data).toMatchObject({
      objectivesMet: 1,
      objectivesTotal: 2,
      onTimeRate: 0.95,
    });
  });

  it('the annual report and the province dashboard count objectives met, dossiers on time and satisfaction', async () => {
    const report = await ok(secretary.get(`/api/v1/reports/annual?year=${year}&agencyId=${w.agencyA}`));
    expect(report.figures).toMatchObject({
      objectives: { total: 2, met: 1 },
      processPerformance: { received: 200, onTime: 190, late: 10, onTimeRate: 0.95 },
      satisfaction: { respondents: 10, satisfied: 9, satisfiedShare: 0.9, feedbackReceived: 1 },
      risks: { open: 1 },
    });
    const dashboard = await ok(
      client(t, w.users['p1.oversight'].token).get(
        `/api/v1/dashboards/province?provinceAgencyId=${w.provinceId}`,
      ),
    );
    expect(dashboard.totals).toMatchObject({
      objectives: 2,
      objectivesMet: 1,
      dossiersReceived: 200,
      dossiersOnTime: 190,
      onTimeRate: 0.95,
      surveyRespondents: 10,
      satisfiedShare: 0.9,
    });
    expect(
      dashboard.agencies.find((a: { agencyId: string }) => a.agencyId === w.agencyA).quality,
    ).toMatchObject({
      objectives: 2,
      objectivesMet: 1,
      onTimeRate: 0.95,
      satisfiedShare: 0.9,
    });
    expect(
      dashboard.agencies.find((a: { agencyId: string }) => a.agencyId === w.agencyB).quality,
    ).toMatchObject({
      objectives: 0,
      onTimeRate: null,
    });
    expectError(await admin.get('/api/v1/risks?format=xlsx'), 400, 'VALIDATION_FAILED');
    expect(inDays(0)).toBe(today());
  });
});
