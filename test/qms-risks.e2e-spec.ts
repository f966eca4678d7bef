import { startTestApp, TestApp } from './support/harness';
import { client, Client } from './support/documents';
import { expectError, inDays, ok, readXlsx, today } from './support/audits';
import { buildWorld, World } from './support/world';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('risks and opportunities (ISO 9001 6.1): assessed, treated with actions that are deadlines, residual risk, yearly review, XLSX register', () => {
  let t: TestApp;
  let w: World;
  let secretary: Client, staff: Client, admin: Client, bSecretary: Client;
  let riskId: string;

  const counts = async () => {
    const [row] = await t.sql<{
      risks: string;
      actions: string;
      reviews: string;
      policies: string;
      deadlines: string;
    }>(
      `SELECT (SELECT count(*) FROM risks)::text AS risks, (SELECT count(*) FROM risk_actions)::text AS actions,
              (SELECT count(*) FROM risk_reviews)::text AS reviews, (SELECT count(*) FROM risk_level_policies)::text AS policies,
              (SELECT count(*) FROM deadlines)::text AS deadlines`,
    );
    return row;
  };
  const deadlinesOf = async (kind: string) =>
    (await ok(secretary.get(`/api/v1/deadlines?agencyId=${w.agencyA}&kind=${kind}&pageSize=100`))).items as {
      subjectId: string;
      status: string;
      responsibleUserIds: string[];
      dueAt: string;
    }[];

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    secretary = client(t, w.users['a.iso_secretary'].token);
    staff = client(t, w.users['a.staff'].token);
    admin = client(t, w.adminToken);
    bSecretary = client(t, w.users['b.iso_secretary'].token);
  });
  afterAll(() => t.close());

  it('a risk is created with its score (likelihood × impact), its level and a yearly review deadline', async () => {
    const risk = await ok(
      secretary.post('/api/v1/risks', {
        agencyId: w.agencyA,
        title: 'Hồ sơ cấp phiếu lý lịch tư pháp trả kết quả trễ hạn do chờ xác minh',
        process: 'Quy trình cấp phiếu lý lịch tư pháp',
        cause: 'Cơ quan phối hợp chậm trả lời xác minh',
        consequence: 'Người dân phải đi lại nhiều lần, khiếu nại',
        likelihood: 4,
        impact: 4,
      }),
      201,
    );
    riskId = risk.id;
    expect(risk).toMatchObject({
      kind: 'RISK',
      score: 16,
      level: 'HIGH',
      status: 'OPEN',
      version: 1,
      reviewDue: false,
    });
    expect(risk.nextReviewOn.slice(0, 4)).toBe(String(Number(today().slice(0, 4)) + 1));
    const reviews = await deadlinesOf('RISK_REVIEW');
    expect(reviews.find((d) => d.subjectId === riskId)).toMatchObject({ status: 'OPEN' });

    const opportunity = await ok(
      secretary.post('/api/v1/risks', {
        agencyId: w.agencyA,
        kind: 'OPPORTUNITY',
        title: 'Tiếp nhận hồ sơ trực tuyến toàn trình',
        likelihood: 2,
        impact: 2,
      }),
      201,
    );
    expect(opportunity).toMatchObject({ kind: 'OPPORTUNITY', score: 4, level: 'LOW' });
  });

  it('bad input is a 400 naming the field, and writes nothing', async () => {
    const before = await counts();
    for (const [body, field] of [
      [{ agencyId: w.agencyA, title: 'X', likelihood: 6, impact: 1 }, 'likelihood'],
      [{ agencyId: w.agencyA, title: 'X', likelihood: 1, impact: 0 }, 'impact'],
      [{ agencyId: w.agencyA, title: 'X', likelihood: 1, impact: 1, kind: 'THREAT' }, 'kind'],
      [{ agencyId: w.agencyA, title: '', likelihood: 1, impact: 1 }, 'title'],
    ] as const) {
      const response = await secretary.post('/api/v1/risks', body);
      expectError(response, 400, 'VALIDATION_FAILED');
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect(await counts()).toEqual(before);
  });

  it('the levels come from the agency’s thresholds (configurable), and the list filters by level', async () => {
    expect(await ok(secretary.get(`/api/v1/agencies/${w.agencyA}/risk-thresholds`))).toMatchObject({
      mediumFrom: 6,
      highFrom: 12,
      custom: false,
    });
    const before = await counts();
    expectError(
      await secretary.put(`/api/v1/agencies/${w.agencyA}/risk-thresholds`, { mediumFrom: 10, highFrom: 8 }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await staff.put(`/api/v1/agencies/${w.agencyA}/risk-thresholds`, { mediumFrom: 5, highFrom: 20 }),
      403,
      'FORBIDDEN',
    );
    expect(await counts()).toEqual(before);
    const put = await ok(
      secretary.put(`/api/v1/agencies/${w.agencyA}/risk-thresholds`, { mediumFrom: 5, highFrom: 20 }),
    );
    expect(put).toMatchObject({ mediumFrom: 5, highFrom: 20, custom: true, version: 1 });
    expect(await ok(secretary.get(`/api/v1/risks/${riskId}`))).toMatchObject({ score: 16, level: 'MEDIUM' });
    const medium = await ok(secretary.get(`/api/v1/risks?agencyId=${w.agencyA}&level=MEDIUM`));
    expect(medium.items.map((r: { id: string }) => r.id)).toEqual([riskId]);
    // a stale version is refused
    expectError(
      await secretary.put(`/api/v1/agencies/${w.agencyA}/risk-thresholds`, {
        mediumFrom: 6,
        highFrom: 12,
        version: 9,
      }),
      409,
      'STALE_VERSION',
    );
    await ok(
      secretary.put(`/api/v1/agencies/${w.agencyA}/risk-thresholds`, {
        mediumFrom: 6,
        highFrom: 12,
        version: 1,
      }),
    );
    expect(await ok(secretary.get(`/api/v1/risks/${riskId}`))).toMatchObject({ level: 'HIGH' });
  });

  it('a treatment other than acceptance needs actions; each action is a deadline of its owner', async () => {
    expectError(
      await secretary.post(`/api/v1/risks/${riskId}/treatment`, {
        strategy: 'MITIGATE',
        treatment: 'Giảm thiểu',
      }),
      400,
      'RISK_TREATMENT_NEEDS_ACTIONS',
    );
    const before = await counts();
    const badOwner = await secretary.post(`/api/v1/risks/${riskId}/treatment`, {
      strategy: 'MITIGATE',
      treatment: 'Giảm thiểu',
      actions: [{ description: 'Đôn đốc', ownerId: w.users['b.staff'].id, dueDate: inDays(10) }],
    });
    expectError(badOwner, 400, 'VALIDATION_FAILED');
    expect(badOwner.body.details[0].field).toBe('actions.0.ownerId');
    expect(await counts()).toEqual(before);

    const planned = await ok(
      secretary.post(`/api/v1/risks/${riskId}/treatment`, {
        strategy: 'MITIGATE',
        treatment: 'Theo dõi hằng tuần các hồ sơ chờ xác minh; đôn đốc cơ quan phối hợp',
        actions: [
          {
            description: 'Gửi văn bản đôn đốc xác minh sau 3 ngày',
            ownerId: w.users['a.staff'].id,
            dueDate: inDays(10),
          },
        ],
        version: 1,
      }),
    );
    expect(planned).toMatchObject({
      status: 'TREATMENT_PLANNED',
      strategy: 'MITIGATE',
      actionCounts: { total: 1, planned: 1 },
    });
    const action = planned.actions[0];
    const deadline = (await deadlinesOf('RISK_ACTION')).find((d) => d.subjectId === action.id);
    expect(deadline).toMatchObject({ status: 'OPEN', responsibleUserIds: [w.users['a.staff'].id] });

    // the residual risk is assessed only once the actions are done
    expectError(
      await secretary.post(`/api/v1/risks/${riskId}/residual`, {
        likelihood: 2,
        impact: 2,
        effective: true,
        comment: 'x',
      }),
      409,
      'RISK_ACTIONS_OPEN',
    );
    // another agency's staff cannot see the action; an unrelated member may not complete it
    expectError(
      await client(t, w.users['b.staff'].token).post(`/api/v1/risk-actions/${action.id}/complete`, {}),
      404,
      'NOT_FOUND',
    );
    expectError(
      await client(t, w.users['a.drafter'].token).post(`/api/v1/risk-actions/${action.id}/complete`, {}),
      403,
      'FORBIDDEN',
    );
    const done = await ok(
      staff.post(`/api/v1/risk-actions/${action.id}/complete`, { note: 'Đã gửi văn bản số 12/STP' }),
    );
    expect(done).toMatchObject({ status: 'DONE', completedBy: w.users['a.staff'].id });
    expect((await deadlinesOf('RISK_ACTION')).find((d) => d.subjectId === action.id)).toMatchObject({
      status: 'MET',
    });

    const treated = await ok(
      secretary.post(`/api/v1/risks/${riskId}/residual`, {
        likelihood: 2,
        impact: 3,
        effective: true,
        comment: 'Không còn hồ sơ trễ hạn do chờ xác minh trong quý',
      }),
    );
    expect(treated).toMatchObject({
      status: 'TREATED',
      residualScore: 6,
      residualLevel: 'MEDIUM',
      effective: true,
      score: 16,
    });
  });

  it('the yearly review records the assessment and plans the next review a year on', async () => {
    const reviewed = await ok(
      secretary.post(`/api/v1/risks/${riskId}/reviews`, {
        comment: 'Rà soát năm: rủi ro giảm',
        likelihood: 3,
      }),
    );
    expect(reviewed).toMatchObject({ likelihood: 3, score: 12, lastReviewedOn: today() });
    expect(reviewed.reviews).toEqual([
      expect.objectContaining({
        reviewedOn: today(),
        likelihood: 3,
        impact: 4,
        score: 12,
        comment: 'Rà soát năm: rủi ro giảm',
      }),
    ]);
    const reviews = (await deadlinesOf('RISK_REVIEW')).filter((d) => d.subjectId === riskId);
    expect(reviews.map((d) => d.status).sort()).toEqual(['MET', 'OPEN']);
  });

  it('closing ends what is owed; a closed risk is read-only until reopened; every change is in the audit trail', async () => {
    const closed = await ok(
      secretary.post(`/api/v1/risks/${riskId}/close`, { reason: 'Quy trình đã thay đổi' }),
    );
    expect(closed.status).toBe('CLOSED');
    expect(
      (await deadlinesOf('RISK_REVIEW')).filter((d) => d.subjectId === riskId && d.status === 'OPEN'),
    ).toEqual([]);
    expectError(await secretary.patch(`/api/v1/risks/${riskId}`, { title: 'Khác' }), 409, 'RISK_IS_CLOSED');
    const reopened = await ok(secretary.post(`/api/v1/risks/${riskId}/reopen`, { reason: 'Tái diễn' }));
    expect(reopened.status).toBe('OPEN');
    const edited = await ok(
      secretary.patch(`/api/v1/risks/${riskId}`, { impact: 5, version: reopened.version }),
    );
    expect(edited).toMatchObject({ impact: 5, score: 15 });
    expectError(
      await secretary.patch(`/api/v1/risks/${riskId}`, { impact: 4, version: 1 }),
      409,
      'STALE_VERSION',
    );

    const trail = await ok(
      admin.get(`/api/v1/audit-trail?subjectType=risk&subjectId=${riskId}&pageSize=100`),
    );
    const actions = trail.items.map((e: { action: string }) => e.action);
    for (const a of ['create', 'planTreatment', 'assessResidual', 'review', 'close', 'reopen', 'update'])
      expect(actions).toContain(a);
  });

  it('the register is an XLSX with Vietnamese headers, one row per risk', async () => {
    const response = await secretary
      .get(`/api/v1/risks?agencyId=${w.agencyA}&format=xlsx`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain(XLSX);
    const sheets = await readXlsx(response.body as Buffer);
    const rows = sheets['Sổ đăng ký rủi ro'];
    expect(rows[0][0]).toBe('SỔ ĐĂNG KÝ RỦI RO VÀ CƠ HỘI');
    const headerIndex = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[headerIndex]).toEqual(
      expect.arrayContaining(['Rủi ro, cơ hội', 'Khả năng xảy ra', 'Mức độ ảnh hưởng', 'Điểm', 'Mức']),
    );
    const body = rows.slice(headerIndex + 1);
    expect(body).toHaveLength(2);
    const row = body.find((r) => String(r[3]).startsWith('Hồ sơ cấp phiếu'))!;
    expect(row.slice(1, 4)).toEqual(['Rủi ro', 'Quy trình cấp phiếu lý lịch tư pháp', expect.any(String)]);
    expect(row[8]).toBe(15);
    expect(row[9]).toBe('Cao');
    expect(String(row[12])).toContain('Người dùng a.staff');
    // the register is per agency
    expectError(await secretary.get('/api/v1/risks?format=xlsx'), 400, 'VALIDATION_FAILED');
  });

  it('another agency sees nothing (404), staff may not write (403), oversight reads but never writes', async () => {
    const before = await counts();
    expectError(await bSecretary.get(`/api/v1/risks/${riskId}`), 404, 'NOT_FOUND');
    expectError(await bSecretary.get(`/api/v1/risks?agencyId=${w.agencyA}`), 404, 'NOT_FOUND');
    expect((await ok(bSecretary.get('/api/v1/risks'))).total).toBe(0);
    expectError(await bSecretary.patch(`/api/v1/risks/${riskId}`, { title: 'X' }), 404, 'NOT_FOUND');
    expectError(await bSecretary.post(`/api/v1/risks/${riskId}/close`, { reason: 'X' }), 404, 'NOT_FOUND');
    expectError(
      await bSecretary.post('/api/v1/risks', { agencyId: w.agencyA, title: 'X', likelihood: 1, impact: 1 }),
      404,
      'NOT_FOUND',
    );
    expectError(
      await staff.post('/api/v1/risks', { agencyId: w.agencyA, title: 'X', likelihood: 1, impact: 1 }),
      403,
      'FORBIDDEN',
    );
    expectError(await staff.post(`/api/v1/risks/${riskId}/close`, { reason: 'X' }), 403, 'FORBIDDEN');
    const p1 = client(t, w.users['p1.oversight'].token);
    expect((await ok(p1.get(`/api/v1/risks/${riskId}`))).id).toBe(riskId);
    expectError(await p1.post(`/api/v1/risks/${riskId}/close`, { reason: 'X' }), 403, 'FORBIDDEN');
    const p2 = client(t, w.users['p2.oversight'].token);
    expectError(await p2.get(`/api/v1/risks/${riskId}`), 404, 'NOT_FOUND');
    expect((await ok(p2.get('/api/v1/risks'))).total).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('found by fuzzing: six first threshold writes at once all succeed with one policy; null clears a text field', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        bSecretary.put(`/api/v1/agencies/${w.agencyB}/risk-thresholds`, { mediumFrom: 5, highFrom: 15 }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const [policies] = await t.sql<{ n: string }>(
      'SELECT count(*)::text AS n FROM risk_level_policies WHERE agency_id = $1',
      [w.agencyB],
    );
    expect(policies.n).toBe('1');
    const risk = await ok(
      bSecretary.post('/api/v1/risks', {
        agencyId: w.agencyB,
        title: 'Rủi ro có nguyên nhân',
        cause: 'Thiếu nhân lực',
        likelihood: 2,
        impact: 2,
      }),
      201,
    );
    const cleared = await ok(
      bSecretary.patch(`/api/v1/risks/${risk.id}`, { version: risk.version, cause: null }),
    );
    expect(cleared.cause).toBeNull();
  });
});
