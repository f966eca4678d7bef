import ExcelJS from 'exceljs';
import { startTestApp, TestApp } from './support/harness';
import { client, Client } from './support/documents';
import { expectError, ok, thisYear } from './support/audits';
import { columnCells, sheetLayout } from './support/ooxml';
import { buildWorld, World } from './support/world';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('quality objectives (6.2, 9.1.1) and process performance from the one-stop system', () => {
  let t: TestApp;
  let w: World;
  let secretary: Client, staff: Client, admin: Client;
  let manualId: string, boundId: string, procedureBoundId: string;
  const year = thisYear();

  const post = (token: string, path: string, body: string | Buffer, type: string) =>
    t.http().post(path).set('Authorization', `Bearer ${token}`).set('Content-Type', type).send(body);
  const importPath = (period: string, agencyId = w.agencyA) =>
    `/api/v1/process-performance/imports?agencyId=${agencyId}&period=${period}`;
  const counts = async () => {
    const [row] = await t.sql<Record<string, string>>(
      `SELECT (SELECT count(*) FROM quality_objectives)::text AS objectives,
              (SELECT count(*) FROM objective_measurements)::text AS measurements,
              (SELECT count(*) FROM process_performance_imports)::text AS imports,
              (SELECT count(*) FROM process_performance)::text AS rows,
              (SELECT count(*) FROM deadlines)::text AS deadlines`,
    );
    return row;
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    secretary = client(t, w.users['a.iso_secretary'].token);
    staff = client(t, w.users['a.staff'].token);
    admin = client(t, w.adminToken);
  });
  afterAll(() => t.close());

  it('an objective is set for a year with its indicator and target; its next measurement is a deadline', async () => {
    const objective = await ok(
      secretary.post('/api/v1/quality-objectives', {
        agencyId: w.agencyA,
        year,
        title: 'Giảm số phản ánh về thái độ phục vụ',
        indicator: 'Số phản ánh về thái độ phục vụ mỗi quý',
        target: 2,
        unit: 'phản ánh',
        direction: 'AT_MOST',
        frequency: 'QUARTERLY',
      }),
      201,
    );
    manualId = objective.id;
    expect(objective).toMatchObject({
      status: 'TRACKING',
      target: 2,
      direction: 'AT_MOST',
      latestValue: null,
      achieved: null,
      measurementCount: 0,
      measurements: [],
    });
    const deadlines = await ok(
      secretary.get(`/api/v1/deadlines?agencyId=${w.agencyA}&kind=OBJECTIVE_MEASUREMENT`),
    );
    const mine = deadlines.items.filter((d: { subjectId: string }) => d.subjectId === manualId);
    expect(mine).toHaveLength(objective.nextDuePeriod ? 1 : 0);
  });

  it('measurements give the latest value, achievement against the target and the trend', async () => {
    await ok(
      secretary.post(`/api/v1/quality-objectives/${manualId}/measurements`, {
        period: `${year}-Q1`,
        value: 4,
      }),
      201,
    );
    const second = await ok(
      secretary.post(`/api/v1/quality-objectives/${manualId}/measurements`, {
        period: `${year}-Q2`,
        value: 1,
        evidence: 'Sổ theo dõi phản ánh quý 2',
      }),
      201,
    );
    expect(second).toMatchObject({
      latestPeriod: `${year}-Q2`,
      latestValue: 1,
      achieved: true,
      achievement: 2,
      trend: 'DOWN',
      improving: true,
      measurementCount: 2,
    });
    expect(
      second.measurements.map((m: { period: string; achieved: boolean }) => [m.period, m.achieved]),
    ).toEqual([
      [`${year}-Q1`, false],
      [`${year}-Q2`, true],
    ]);
    const before = await counts();
    expectError(
      await secretary.post(`/api/v1/quality-objectives/${manualId}/measurements`, {
        period: `${year}-Q2`,
        value: 3,
      }),
      409,
      'MEASUREMENT_PERIOD_TAKEN',
    );
    expectError(
      await secretary.post(`/api/v1/quality-objectives/${manualId}/measurements`, {
        period: `${year + 1}-Q1`,
        value: 3,
      }),
      400,
      'MEASUREMENT_OUT_OF_YEAR',
    );
    const bad = await secretary.post(`/api/v1/quality-objectives/${manualId}/measurements`, {
      period: `${year}-Q5`,
      value: 3,
    });
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(bad.body.details[0].field).toBe('period');
    expectError(
      await staff.post(`/api/v1/quality-objectives/${manualId}/measurements`, {
        period: `${year}-Q3`,
        value: 3,
      }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await client(t, w.users['b.iso_secretary'].token).post(
        `/api/v1/quality-objectives/${manualId}/measurements`,
        {
          period: `${year}-Q3`,
          value: 3,
        },
      ),
      404,
      'NOT_FOUND',
    );
    expect(await counts()).toEqual(before);
    const trail = await ok(
      admin.get(`/api/v1/audit-trail?subjectType=qualityObjective&subjectId=${manualId}`),
    );
    expect(trail.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'create',
      'measure',
      'measure',
    ]);
  });

  it('objectives bound to the on-time rate refuse manual values and measure themselves when the one-stop data is imported', async () => {
    boundId = (
      await ok(
        secretary.post('/api/v1/quality-objectives', {
          agencyId: w.agencyA,
          year,
          title: '98% hồ sơ TTHC giải quyết đúng hạn',
          indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
          target: 98,
          unit: '%',
          binding: 'ON_TIME_RATE',
        }),
        201,
      )
    ).id;
    procedureBoundId = (
      await ok(
        secretary.post('/api/v1/quality-objectives', {
          agencyId: w.agencyA,
          year,
          title: 'Cấp phiếu lý lịch tư pháp đúng hạn 100%',
          indicator: 'Tỷ lệ đúng hạn TTHC 2.000488',
          target: 100,
          unit: '%',
          binding: 'ON_TIME_RATE',
          procedureCode: '2.000488',
        }),
        201,
      )
    ).id;
    expectError(
      await secretary.post(`/api/v1/quality-objectives/${boundId}/measurements`, {
        period: `${year}-Q1`,
        value: 99,
      }),
      409,
      'OBJECTIVE_MEASURED_BY_IMPORT',
    );

    // CSV as Excel saves it in a Vietnamese locale: BOM, semicolons, Vietnamese headers
    const csv =
      '\uFEFFMã TTHC;Tên TTHC;Số hồ sơ tiếp nhận;Giải quyết đúng hạn;Giải quyết quá hạn;Đang giải quyết\r\n' +
      '2.000488;Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam;120;95;5;20\r\n' +
      '2.000635;Chứng thực bản sao từ bản chính;300;300;0;0\r\n';
    const imported = await ok(
      post(w.users['a.iso_secretary'].token, importPath(`${year}-Q1`), csv, 'text/csv'),
      201,
    );
    expect(imported).toMatchObject({
      status: 'CURRENT',
      format: 'CSV',
      rowCount: 2,
      received: 420,
      onTime: 395,
      late: 5,
      pending: 20,
      onTimeRate: 0.9875,
      replaced: null,
      objectivesMeasured: 2,
    });
    const bound = await ok(secretary.get(`/api/v1/quality-objectives/${boundId}`));
    expect(bound).toMatchObject({ latestPeriod: `${year}-Q1`, latestValue: 98.75, achieved: true });
    expect(bound.measurements[0].source).toBe('PROCESS_PERFORMANCE');
    const perProcedure = await ok(secretary.get(`/api/v1/quality-objectives/${procedureBoundId}`));
    expect(perProcedure).toMatchObject({ latestValue: 95, achieved: false });
  });

  it('wrong headers are a 400 listing each missing column; bad cells name their line; nothing is written', async () => {
    const before = await counts();
    const missing = await post(
      w.users['a.iso_secretary'].token,
      importPath(`${year}-Q2`),
      'Mã TTHC,Tiếp nhận,Ghi chú\n1.1,3,x\n',
      'text/csv',
    );
    expectError(missing, 400, 'VALIDATION_FAILED');
    expect(missing.body.details.map((d: { field: string }) => d.field)).toEqual([
      'onTime',
      'late',
      'pending',
    ]);
    expect(missing.body.details[0].message).toContain('Giải quyết đúng hạn');
    const badCell = await post(
      w.users['a.iso_secretary'].token,
      importPath(`${year}-Q2`),
      'procedureCode,received,onTime,late,pending\n1.1,3,x,0,0\n',
      'text/csv',
    );
    expectError(badCell, 400, 'VALIDATION_FAILED');
    expect(badCell.body.details[0].field).toBe('line 2: onTime');
    const badJson = await secretary.post(importPath(`${year}-Q2`), {
      rows: [{ procedureCode: '1', received: -1, onTime: 0, late: 0, pending: 0 }],
    });
    expectError(badJson, 400, 'VALIDATION_FAILED');
    const badPeriod = await secretary.post(
      `/api/v1/process-performance/imports?agencyId=${w.agencyA}&period=2026-13`,
      { rows: [] },
    );
    expectError(badPeriod, 400, 'VALIDATION_FAILED');
    expectError(
      await staff.post(importPath(`${year}-Q2`), {
        rows: [{ procedureCode: '1', received: 1, onTime: 1, late: 0, pending: 0 }],
      }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await client(t, w.users['b.iso_secretary'].token).post(importPath(`${year}-Q2`), {
        rows: [{ procedureCode: '1', received: 1, onTime: 1, late: 0, pending: 0 }],
      }),
      404,
      'NOT_FOUND',
    );
    expect(await counts()).toEqual(before);
  });

  it('a re-upload of a period replaces the current one (kept, REPLACED, in the audit trail) and re-measures', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Số liệu');
    sheet.addRow(['procedureCode', 'procedureName', 'received', 'onTime', 'late', 'pending']);
    sheet.addRow(['2.000488', 'Cấp Phiếu lý lịch tư pháp', 120, 100, 0, 20]);
    sheet.addRow(['2.000635', 'Chứng thực bản sao', 300, 299, 1, 0]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const again = await ok(
      post(w.users['a.iso_secretary'].token, importPath(`${year}-Q1`), bytes, XLSX_TYPE),
      201,
    );
    expect(again).toMatchObject({
      format: 'XLSX',
      status: 'CURRENT',
      onTime: 399,
      late: 1,
      objectivesMeasured: 2,
    });
    const firstId = again.replaced as string;
    expect(firstId).toBeTruthy();
    const history = await ok(
      secretary.get(`/api/v1/process-performance/imports?agencyId=${w.agencyA}&period=${year}-Q1`),
    );
    expect(
      history.items.map((i: { id: string; status: string; replacedBy: string | null }) => [
        i.id,
        i.status,
        i.replacedBy,
      ]),
    ).toEqual([
      [again.id, 'CURRENT', null],
      [firstId, 'REPLACED', again.id],
    ]);
    const trail = await ok(
      admin.get(`/api/v1/audit-trail?subjectType=processPerformanceImport&subjectId=${firstId}`),
    );
    expect(trail.items.map((e: { action: string }) => e.action).sort()).toEqual(['import', 'replace']);
    const perProcedure = await ok(secretary.get(`/api/v1/quality-objectives/${procedureBoundId}`));
    expect(perProcedure).toMatchObject({ latestValue: 100, achieved: true, measurementCount: 1 });
    const objectiveTrail = await ok(
      admin.get(`/api/v1/audit-trail?subjectType=qualityObjective&subjectId=${procedureBoundId}`),
    );
    expect(objectiveTrail.items.map((e: { action: string }) => e.action)).toContain('remeasure');

    // JSON, another period
    const json = await ok(
      secretary.post(importPath(`${year}-Q2`), {
        rows: [
          {
            procedureCode: '2.000488',
            procedureName: 'Cấp Phiếu lý lịch tư pháp',
            received: 80,
            onTime: 70,
            late: 10,
            pending: 5,
          },
        ],
      }),
      201,
    );
    expect(json).toMatchObject({ format: 'JSON', onTimeRate: 0.875 });
  });

  it('figures per agency and per TTHC; per province for oversight, each agency scoped', async () => {
    const report = await ok(secretary.get(`/api/v1/process-performance?agencyId=${w.agencyA}&year=${year}`));
    expect(report.totals).toMatchObject({ received: 500, onTime: 469, late: 11, pending: 25 });
    expect(
      report.byProcedure.find((p: { procedureCode: string }) => p.procedureCode === '2.000488'),
    ).toMatchObject({
      received: 200,
      onTime: 170,
      late: 10,
      onTimeRate: 0.9444,
    });
    const q1 = await ok(secretary.get(`/api/v1/process-performance?agencyId=${w.agencyA}&period=${year}-Q1`));
    expect(q1.totals).toMatchObject({ received: 420, onTime: 399, late: 1 });

    await ok(
      client(t, w.users['b.iso_secretary'].token).post(importPath(`${year}-Q1`, w.agencyB), {
        rows: [{ procedureCode: '1.009', received: 10, onTime: 5, late: 5, pending: 0 }],
      }),
      201,
    );
    const province = await ok(
      client(t, w.users['p1.oversight'].token).get(
        `/api/v1/process-performance?provinceAgencyId=${w.provinceId}&year=${year}`,
      ),
    );
    expect(province.totals).toMatchObject({ received: 510, onTime: 474, late: 16 });
    expect(province.byAgency.map((a: { agencyId: string }) => a.agencyId).sort()).toEqual(
      [w.agencyA, w.agencyB].sort(),
    );
    expectError(
      await client(t, w.users['p2.oversight'].token).get(
        `/api/v1/process-performance?provinceAgencyId=${w.provinceId}`,
      ),
      404,
      'NOT_FOUND',
    );
    expectError(
      await client(t, w.users['b.iso_secretary'].token).get(
        `/api/v1/process-performance?agencyId=${w.agencyA}`,
      ),
      404,
      'NOT_FOUND',
    );
    expect(
      (
        await ok(client(t, w.users['b.iso_secretary'].token).get('/api/v1/process-performance/imports'))
      ).items.every((i: { agencyId: string }) => i.agencyId === w.agencyB),
    ).toBe(true);
    expectError(await secretary.get('/api/v1/process-performance'), 400, 'VALIDATION_FAILED');
  });

  it('closing an objective ends its measurement deadline; lists are scoped', async () => {
    const closed = await ok(
      secretary.post(`/api/v1/quality-objectives/${manualId}/close`, { comment: 'Hết năm' }),
    );
    expect(closed).toMatchObject({ status: 'CLOSED', nextDuePeriod: null });
    const open = await ok(
      secretary.get(`/api/v1/deadlines?agencyId=${w.agencyA}&kind=OBJECTIVE_MEASUREMENT&status=OPEN`),
    );
    expect(open.items.filter((d: { subjectId: string }) => d.subjectId === manualId)).toEqual([]);
    expectError(
      await secretary.post(`/api/v1/quality-objectives/${manualId}/close`, {}),
      409,
      'QUALITY_OBJECTIVE_IS_CLOSED',
    );
    expect(
      (await ok(secretary.get(`/api/v1/quality-objectives?agencyId=${w.agencyA}&year=${year}`))).total,
    ).toBe(3);
    expect((await ok(client(t, w.users['b.staff'].token).get('/api/v1/quality-objectives'))).total).toBe(0);
    expectError(
      await client(t, w.users['b.staff'].token).get(`/api/v1/quality-objectives/${boundId}`),
      404,
      'NOT_FOUND',
    );
    expect(
      (await ok(client(t, w.users['p1.oversight'].token).get(`/api/v1/quality-objectives/${boundId}`))).id,
    ).toBe(boundId);
    expectError(
      await client(t, w.users['p1.oversight'].token).post('/api/v1/quality-objectives', {
        agencyId: w.agencyA,
        year,
        title: 'X',
        indicator: 'X',
        target: 1,
        unit: '%',
      }),
      403,
      'FORBIDDEN',
    );
  });
});

describe('quality objectives as a spreadsheet (format=xlsx)', () => {
  let t: TestApp;
  let w: World;
  const year = thisYear();
  const download = (c: Client, path: string) =>
    c
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('lists each objective with its target, latest value, achievement and whether it is met, in Vietnamese', async () => {
    const secretary = client(t, w.users['a.iso_secretary'].token);
    const objective = await ok(
      secretary.post('/api/v1/quality-objectives', {
        agencyId: w.agencyA,
        year,
        title: 'Giải quyết hồ sơ đúng hạn',
        indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        target: 95,
        unit: '%',
        direction: 'AT_LEAST',
        frequency: 'QUARTERLY',
      }),
      201,
    );
    await ok(
      secretary.post(`/api/v1/quality-objectives/${objective.id}/measurements`, {
        period: `${year}-Q1`,
        value: 90,
      }),
      201,
    );
    await ok(
      secretary.post('/api/v1/quality-objectives', {
        agencyId: w.agencyA,
        year,
        title: 'Không có phản ánh về thái độ',
        indicator: 'Số phản ánh',
        target: 0,
        unit: 'phản ánh',
        direction: 'AT_MOST',
        frequency: 'YEARLY',
      }),
      201,
    );
    const response = await download(
      secretary,
      `/api/v1/quality-objectives?agencyId=${w.agencyA}&format=xlsx`,
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain(XLSX_TYPE);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('Mục tiêu chất lượng')!;
    expect(sheetLayout(sheet)).toMatchObject({
      frozenRows: 1,
      autoFilter: 'A1:O1',
      orientation: 'landscape',
      paperSize: 9,
      printTitlesRow: '1:1',
    });
    expect(sheetLayout(sheet).headers).toEqual(
      expect.arrayContaining([
        'Mục tiêu chất lượng',
        'Chỉ tiêu',
        'Kết quả gần nhất',
        'Đánh giá',
        'Chiều đánh giá',
      ]),
    );
    const titles = columnCells(sheet, 'Mục tiêu chất lượng').map((c) => c.value);
    expect([...titles].sort()).toEqual(['Giải quyết hồ sơ đúng hạn', 'Không có phản ánh về thái độ']);
    const measured = titles.findIndex((title) => title === 'Giải quyết hồ sơ đúng hạn');
    const at = (header: string) => columnCells(sheet, header)[measured].value;
    expect([at('Chỉ tiêu'), at('Kết quả gần nhất'), at('Kỳ đo gần nhất')]).toEqual([95, 90, `${year}-Q1`]);
    expect([at('Đánh giá'), at('Chiều đánh giá'), at('Tần suất đo'), at('Trạng thái')]).toEqual([
      'Không đạt',
      'Không thấp hơn',
      'Hằng quý',
      'Đang theo dõi',
    ]);
    const other = columnCells(sheet, 'Đánh giá')[1 - measured].value;
    expect(other).toBe('');
    // another agency's user exports nothing of A; naming A is a 404
    const bStaff = client(t, w.users['b.staff'].token);
    const theirs = await download(bStaff, '/api/v1/quality-objectives?format=xlsx');
    expect(theirs.status).toBe(200);
    const theirBook = new ExcelJS.Workbook();
    await theirBook.xlsx.load(theirs.body as ArrayBuffer);
    expect(theirBook.worksheets[0].rowCount).toBe(1);
    expectError(
      await bStaff.get(`/api/v1/quality-objectives?agencyId=${w.agencyA}&format=xlsx`),
      404,
      'NOT_FOUND',
    );
    expectError(await secretary.get('/api/v1/quality-objectives?format=pdf'), 400, 'VALIDATION_FAILED');
  });
});
