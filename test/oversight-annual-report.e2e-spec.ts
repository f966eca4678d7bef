import ExcelJS from 'exceljs';
import { PeriodicObligations } from '../libs/deadlines/src';
import { startTestApp, TestApp } from './support/harness';
import { client, Client } from './support/documents';
import { binary } from './support/multipart';
import { expectError, ok, readXlsx, thisYear, today } from './support/audits';
import {
  closeNonconformity,
  holdAudit,
  holdReview,
  issueDocument,
  postCsv,
  reviseDocument,
} from './support/oversight';
import { buildWorld, World } from './support/world';

/** The labels of the report's table and the figure each one shows. */
const ROWS: [string, (f: any) => number][] = [
  ['Số tài liệu đang có hiệu lực', (f) => f.documents.inForce],
  ['Số tài liệu ban hành mới trong năm', (f) => f.documents.issued],
  ['Số lần sửa đổi tài liệu trong năm', (f) => f.documents.revised],
  ['Số cuộc đánh giá nội bộ theo kế hoạch', (f) => f.internalAudits.planned],
  ['Số cuộc đánh giá nội bộ đã thực hiện', (f) => f.internalAudits.held],
  ['Số điểm không phù hợp phát hiện trong năm', (f) => f.nonconformities.raised],
  ['Số điểm không phù hợp đã khắc phục, đóng trong năm', (f) => f.nonconformities.closed],
  ['Số điểm không phù hợp chưa đóng', (f) => f.nonconformities.open],
  ['Số cuộc họp xem xét của lãnh đạo', (f) => f.managementReviews.held],
  ['Số quyết định công bố, công bố lại trong năm', (f) => f.declaration.declaredInYear],
  ['Số thủ tục hành chính thuộc thẩm quyền', (f) => f.administrativeProcedures.total],
  ['Số thủ tục hành chính có quy trình đang hiệu lực', (f) => f.administrativeProcedures.covered],
  ['Số cuộc kiểm tra của Sở Khoa học và Công nghệ', (f) => f.inspections.held],
  ['Số văn bản pháp luật mới, sửa đổi có hiệu lực trong năm', (f) => f.legalChanges.recorded],
];

async function download(t: TestApp, token: string, path: string) {
  const response = await t
    .http()
    .get(path)
    .set('Authorization', `Bearer ${token}`)
    .buffer(true)
    .parse(binary);
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toContain('spreadsheetml');
  expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[^"]+\.xlsx"$/);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  return readXlsx(response.body as Buffer);
}

describe('annual report compiled from a scripted year of activity, its XLSX, submission and the provincial roll-up', () => {
  let t: TestApp;
  let w: World;
  let secretary: Client, drafter: Client, approver: Client, staff: Client, auditor: Client, oversight: Client;
  const year = thisYear();

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    [secretary, drafter, approver, staff, auditor, oversight] = [
      'a.iso_secretary',
      'a.drafter',
      'a.approver',
      'a.staff',
      'a.internal_auditor',
      'p1.oversight',
    ].map((key) => client(t, w.users[key].token));
  });
  afterAll(() => t.close());

  it('has the right counts, survives the XLSX round trip, and is submitted, returned, recompiled and accepted', async () => {
    await t.app.get(PeriodicObligations).ensure(year);
    const user = (key: string) => ({ id: w.users[key].id, client: client(t, w.users[key].token) });

    // the year of agency A: a TTHC catalogue of 3, four documents issued (two procedures covering 2 TTHC), one revised
    await ok(
      postCsv(
        t,
        w.users['a.iso_secretary'].token,
        `/api/v1/agencies/${w.agencyA}/administrative-procedures/import`,
        'code,name,field\n1.001,Cấp phiếu lý lịch tư pháp,Lý lịch tư pháp\n1.002,Chứng thực chữ ký,Chứng thực\n1.003,Đăng ký khai sinh,Hộ tịch\n',
      ),
    );
    const issue = (code: string, title: string, type: string, codes: string[] = []) =>
      issueDocument(drafter, secretary, approver, {
        agencyId: w.agencyA,
        code,
        title,
        type,
        administrativeProcedureCodes: codes,
      });
    await issue('CS-01', 'Chính sách chất lượng', 'POLICY');
    await issue('MT-01', 'Mục tiêu chất lượng', 'OBJECTIVES');
    const qt1 = await issue('QT-01', 'Quy trình cấp phiếu lý lịch tư pháp', 'PROCEDURE', ['1.001']);
    await issue('QT-02', 'Quy trình chứng thực chữ ký', 'PROCEDURE', ['1.002']);
    await reviseDocument(drafter, secretary, approver, qt1.id, 'QT-01');

    // an internal audit held (a major and a minor nonconformity, an observation), a second one only planned
    const audit = await holdAudit(secretary, user('a.internal_auditor'), w.agencyA, [
      { type: 'MAJOR_NC', clause: '8.5.1', description: 'Hồ sơ trễ hạn không có phiếu xin lỗi' },
      { type: 'MINOR_NC', clause: '7.5.3', description: 'Danh mục tài liệu bên ngoài chưa cập nhật' },
      { type: 'OBSERVATION', clause: '9.1.2', description: 'Phiếu khảo sát thiếu câu hỏi' },
    ]);
    await ok(
      secretary.post('/api/v1/audits', {
        programmeId: audit.programmeId,
        title: `Đánh giá nội bộ đợt 2 năm ${year}`,
        scope: {
          processes: ['Quy trình chứng thực'],
          clauses: ['8.5.1'],
          units: ['Phòng Hành chính tư pháp'],
        },
        criteria: 'TCVN ISO 9001:2015',
        plannedStart: today(),
        plannedEnd: today(),
        leadAuditorId: w.users['a.internal_auditor'].id,
        auditorIds: [],
        auditeeAgencyIds: [w.agencyA],
      }),
      201,
    );
    const [majorId, minorId] = audit.nonconformityIds;
    await closeNonconformity(majorId, { secretary, owner: user('a.staff'), verifier: auditor });
    // the management review, the head's confirmation and the declaration
    await holdReview(secretary, user('a.approver'), w.agencyA);
    await ok(
      approver.post(`/api/v1/quality-systems/${w.qmsA}/effectiveness-confirmations`, {
        confirmedOn: today(),
        statement: 'HTQLCL có hiệu lực',
      }),
      201,
    );
    const declaration = await ok(
      secretary.post('/api/v1/declarations', {
        agencyId: w.agencyA,
        decisionNumber: '88/QĐ-STP',
        decisionDate: today(),
        signerName: 'Giám đốc',
        signerTitle: 'Giám đốc Sở Tư pháp',
        scope: 'Toàn bộ TTHC của Sở',
      }),
      201,
    );
    expect(declaration.administrativeProcedureCodes).toEqual(['1.001', '1.002']);
    // an inspection by the province with a nonconformity, and a legal change in force this year
    await ok(
      oversight.post('/api/v1/inspections', {
        agencyId: w.agencyA,
        kind: 'ON_SITE',
        inspectedOn: today(),
        inspectors: ['Cán bộ Sở KH&CN'],
        conclusion: 'Còn tồn tại',
        findings: [{ type: 'NONCONFORMITY', description: 'Chưa cập nhật văn bản mới' }],
      }),
      201,
    );
    await ok(
      secretary.post('/api/v1/legal-changes', {
        agencyId: w.agencyA,
        reference: 'Nghị định 07/2025/NĐ-CP',
        title: 'Sửa đổi Nghị định về lý lịch tư pháp',
        effectiveFrom: today(),
        documentIds: [qt1.id],
      }),
      201,
    );

    const expected = {
      year,
      period: { from: `${year}-01-01`, to: `${year}-12-31` },
      agency: { id: w.agencyA, name: 'Sở Tư pháp' },
      qualitySystem: { id: w.qmsA, status: 'DECLARED' },
      documents: { inForce: 4, issued: 4, revised: 1, withdrawn: 0 },
      internalAudits: { planned: 2, held: 1, closed: 0 },
      // the audit's major and minor, and the inspection's finding opened in the agency's log (issue 14)
      nonconformities: {
        raised: 3,
        closed: 1,
        open: 2,
        openMajor: 0,
        correctiveActionsCompleted: 1,
        correctiveActionsOverdue: 0,
      },
      managementReviews: { held: 1, lastHeldOn: today() },
      declaration: {
        status: 'IN_FORCE',
        decisionNumber: '88/QĐ-STP',
        decisionDate: today(),
        declaredInYear: 1,
      },
      administrativeProcedures: { total: 3, covered: 2, ratio: 0.6667 },
      inspections: { held: 1, awaitingReport: 1 },
      legalChanges: { recorded: 1, done: 0, overdue: 0 },
    };

    // before it is created: a live compilation
    const preview = await ok(secretary.get(`/api/v1/reports/annual?year=${year}&agencyId=${w.agencyA}`));
    expect(preview).toMatchObject({ id: null, status: 'NOT_CREATED', figures: expected });

    // created as a draft with the figures of the year, then completed by the secretary
    const created = await ok(
      secretary.post('/api/v1/annual-reports', {
        agencyId: w.agencyA,
        year,
        assessment: 'HTQLCL được duy trì',
      }),
      201,
    );
    expect(created).toMatchObject({
      status: 'DRAFT',
      version: 1,
      figures: expected,
      assessment: 'HTQLCL được duy trì',
    });
    expectError(
      await secretary.post('/api/v1/annual-reports', { agencyId: w.agencyA, year }),
      409,
      'DUPLICATE',
    );
    const edited = await ok(
      secretary.patch(`/api/v1/annual-reports/${created.id}`, {
        difficulties: 'Thiếu cán bộ chuyên trách ISO',
        proposals: 'Đề nghị Sở KH&CN tổ chức tập huấn chuyên gia đánh giá nội bộ',
        version: 1,
      }),
    );
    expect(edited).toMatchObject({
      version: 2,
      assessment: 'HTQLCL được duy trì',
      difficulties: 'Thiếu cán bộ chuyên trách ISO',
    });
    expectError(
      await secretary.patch(`/api/v1/annual-reports/${created.id}`, { proposals: 'x', version: 1 }),
      409,
      'STALE_VERSION',
    );

    // the spreadsheet parses back to the same numbers, with its Vietnamese text intact
    const sheets = await download(
      t,
      w.users['a.iso_secretary'].token,
      `/api/v1/reports/annual?year=${year}&agencyId=${w.agencyA}&format=xlsx`,
    );
    const sheet = sheets[`Báo cáo năm ${year}`];
    expect(sheet[0][0]).toBe(`BÁO CÁO TÌNH HÌNH XÂY DỰNG, ÁP DỤNG, DUY TRÌ VÀ CẢI TIẾN HTQLCL NĂM ${year}`);
    expect(sheet[1]).toEqual(['Cơ quan', 'Sở Tư pháp']);
    expect(sheet.find((r) => r[0] === 'Trạng thái báo cáo')).toEqual(['Trạng thái báo cáo', 'Đang soạn']);
    expect(sheet.find((r) => r[0] === 'STT')).toEqual(['STT', 'Nội dung', 'Số liệu']);
    for (const [label, value] of ROWS) {
      const row = sheet.find((r) => r[1] === label);
      expect({ label, value: row?.[2] }).toEqual({ label, value: value(expected) });
    }
    expect(sheet.find((r) => r[1] === 'Tình trạng công bố')?.[2]).toBe('Đã công bố');
    expect(sheet.find((r) => r[1] === 'Số quyết định công bố')?.[2]).toBe('88/QĐ-STP');
    expect(sheet.find((r) => r[1] === 'Tỷ lệ thủ tục hành chính áp dụng HTQLCL')?.[2]).toBe(0.6667);
    expect(sheets['Đánh giá, kiến nghị']).toEqual([
      ['Đánh giá chung', 'HTQLCL được duy trì'],
      ['Khó khăn, vướng mắc', 'Thiếu cán bộ chuyên trách ISO'],
      ['Kiến nghị, đề xuất', 'Đề nghị Sở KH&CN tổ chức tập huấn chuyên gia đánh giá nội bộ'],
    ]);

    // submitted: the year's ANNUAL_REPORT obligation is met, and the report no longer changes
    const submitted = await ok(secretary.post(`/api/v1/annual-reports/${created.id}/submit`));
    expect(submitted).toMatchObject({ status: 'SUBMITTED', submittedBy: w.users['a.iso_secretary'].id });
    const obligation = await ok(secretary.get(`/api/v1/deadlines?agencyId=${w.agencyA}&kind=ANNUAL_REPORT`));
    expect(obligation.items).toEqual([
      expect.objectContaining({ subjectType: 'agency', subjectId: w.agencyA, status: 'MET' }),
    ]);
    expectError(
      await secretary.patch(`/api/v1/annual-reports/${created.id}`, { proposals: 'x' }),
      409,
      'ANNUAL_REPORT_IS_SUBMITTED',
    );
    expectError(
      await secretary.post(`/api/v1/annual-reports/${created.id}/submit`),
      409,
      'ANNUAL_REPORT_IS_SUBMITTED',
    );
    expectError(await secretary.post(`/api/v1/annual-reports/${created.id}/accept`), 403, 'FORBIDDEN');

    // OVERSIGHT returns it; the secretary closes the minor nonconformity, recompiles and submits again
    expectError(
      await oversight.post(`/api/v1/annual-reports/${created.id}/return`, {}),
      400,
      'VALIDATION_FAILED',
    );
    const returned = await ok(
      oversight.post(`/api/v1/annual-reports/${created.id}/return`, { reason: 'Bổ sung kết quả khắc phục' }),
    );
    expect(returned).toMatchObject({ status: 'DRAFT', returnReason: 'Bổ sung kết quả khắc phục' });
    await closeNonconformity(minorId, { secretary, owner: user('a.staff'), verifier: auditor });
    const recompiled = await ok(secretary.post(`/api/v1/annual-reports/${created.id}/compile`));
    expect(recompiled.figures.nonconformities).toEqual({
      ...expected.nonconformities,
      closed: 2,
      open: 1, // the inspection's finding is still being handled
      correctiveActionsCompleted: 2,
    });
    await ok(secretary.post(`/api/v1/annual-reports/${created.id}/submit`));
    const accepted = await ok(oversight.post(`/api/v1/annual-reports/${created.id}/accept`));
    expect(accepted).toMatchObject({ status: 'ACCEPTED', decidedBy: w.users['p1.oversight'].id });
    const trail = await ok(
      secretary.get(`/api/v1/audit-trail?subjectType=annualReport&subjectId=${created.id}&sort=id`),
    );
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'update',
      'submit',
      'return',
      'recompile',
      'submit',
      'accept',
    ]);

    // the province's roll-up: agency A accepted, agency B has not reported
    const rollup = await ok(oversight.get(`/api/v1/reports/annual/province?year=${year}`));
    expect(rollup).toMatchObject({
      provinceAgencyId: w.provinceId,
      year,
      byStatus: { NOT_CREATED: 1, DRAFT: 0, SUBMITTED: 0, ACCEPTED: 1 },
    });
    expect(rollup.totals).toMatchObject({
      'documents.inForce': 4,
      'documents.issued': 4,
      'nonconformities.raised': 3,
      'nonconformities.closed': 2,
      'administrativeProcedures.covered': 2,
    });
    expect(rollup.agencies.map((a: { agencyId: string; status: string }) => [a.agencyId, a.status])).toEqual([
      [w.agencyA, 'ACCEPTED'],
      [w.agencyB, 'NOT_CREATED'],
    ]);
    const rolled = await download(
      t,
      w.users['p1.oversight'].token,
      `/api/v1/reports/annual/province?year=${year}&format=xlsx`,
    );
    const table = rolled[`Tổng hợp năm ${year}`];
    const header = table[1];
    const totalRow = table.find((r) => r[2] === 'Tổng cộng')!;
    const column = (label: string) => header.indexOf(label);
    expect(header.slice(0, 3)).toEqual(['STT', 'Mã cơ quan', 'Tên cơ quan']);
    for (const [label] of ROWS) {
      const key = ROWS.find(([l]) => l === label)!;
      expect({ label, value: totalRow[column(label)] }).toEqual({ label, value: key[1](recompiled.figures) });
    }
    expect(table.find((r) => r[1] === 'A')?.[4]).toBe('Sở Khoa học và Công nghệ đã tiếp nhận');

    {
      // the workbook as a user opens it: real dates, a frozen and filtered header, landscape A4, labels not codes
      const raw = await t
        .http()
        .get(`/api/v1/reports/annual/province?year=${year}&format=xlsx`)
        .set('Authorization', `Bearer ${w.users['p1.oversight'].token}`)
        .buffer(true)
        .parse(binary);
      const opened = new ExcelJS.Workbook();
      await opened.xlsx.load(raw.body as ArrayBuffer);
      const rollupSheet = opened.getWorksheet(`Tổng hợp năm ${year}`)!;
      const headerRow = rollupSheet.getRow(2);
      const headerCells = (headerRow.values as unknown[]).slice(1);
      const agencyRow = rollupSheet
        .getRows(3, rollupSheet.rowCount - 2)!
        .find((r) => r.getCell(2).value === 'A')!;
      const submitted = agencyRow.getCell(headerCells.indexOf('Ngày gửi') + 1);
      const [{ submitted_at: submittedAt, level }] = await t.sql<{ submitted_at: Date; level: string }>(
        'SELECT r.submitted_at, a.level FROM annual_reports r JOIN agencies a ON a.id = r.agency_id WHERE r.agency_id = $1 AND r.year = $2',
        [w.agencyA, year],
      );
      expect(submitted.value).toBeInstanceOf(Date);
      const vietnamDay = new Date(submittedAt.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
      expect((submitted.value as Date).toISOString().slice(0, 10)).toBe(vietnamDay);
      expect(submitted.numFmt).toBe('dd/mm/yyyy');
      expect(rollupSheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(rollupSheet.autoFilter).toBeTruthy();
      expect(JSON.stringify(rollupSheet.autoFilter)).toMatch(/A2|"row":2/);
      expect(rollupSheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:2' });
      const levelShown = agencyRow.getCell(headerCells.indexOf('Cấp') + 1).value;
      expect(levelShown).not.toBe(level);
      expect(levelShown).toBe(
        {
          PROVINCE: 'Ủy ban nhân dân tỉnh',
          DEPARTMENT: 'Sở, ban, ngành',
          BRANCH: 'Chi cục',
          DISTRICT: 'Cấp huyện',
          COMMUNE: 'Cấp xã',
          OTHER: 'Khác',
        }[level],
      );
    }
  });

  it('lets only the right people write, read and roll up reports', async () => {
    const [bSecretary, p2, agencyAdmin] = ['b.iso_secretary', 'p2.oversight', 'a.agency_admin'].map((k) =>
      client(t, w.users[k].token),
    );
    const [report] = (await ok(secretary.get(`/api/v1/annual-reports?agencyId=${w.agencyA}`))).items;
    expectError(await staff.post('/api/v1/annual-reports', { agencyId: w.agencyB, year }), 404, 'NOT_FOUND');
    expectError(
      await staff.post('/api/v1/annual-reports', { agencyId: w.agencyA, year: year - 1 }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await oversight.post('/api/v1/annual-reports', { agencyId: w.agencyA, year: year - 1 }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await agencyAdmin.post('/api/v1/annual-reports', { agencyId: w.agencyA, year: year + 1 }),
      400,
      'VALIDATION_FAILED',
    );
    const invalid = await agencyAdmin.post('/api/v1/annual-reports', {
      agencyId: 'x',
      year: 'this',
      extra: 1,
    });
    expectError(invalid, 400, 'VALIDATION_FAILED');
    expect(invalid.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'agencyId',
      'extra',
      'year',
      'year',
      'year',
    ]);
    for (const who of [bSecretary, p2]) {
      expectError(await who.get(`/api/v1/annual-reports/${report.id}`), 404, 'NOT_FOUND');
      expectError(
        await who.get(`/api/v1/reports/annual?year=${year}&agencyId=${w.agencyA}`),
        404,
        'NOT_FOUND',
      );
      expect(
        (await ok(who.get('/api/v1/annual-reports'))).items.map((r: { agencyId: string }) => r.agencyId),
      ).not.toContain(w.agencyA);
    }
    expectError(
      await p2.get(`/api/v1/reports/annual/province?year=${year}&provinceAgencyId=${w.provinceId}`),
      404,
      'NOT_FOUND',
    );
    expectError(
      await secretary.get(`/api/v1/reports/annual/province?year=${year}&provinceAgencyId=${w.provinceId}`),
      404,
      'NOT_FOUND',
    );
    expect(
      (await ok(p2.get(`/api/v1/reports/annual/province?year=${year}`))).agencies.map(
        (a: { agencyId: string }) => a.agencyId,
      ),
    ).toEqual([w.agencyC]);
    expectError(
      await p2.post(`/api/v1/annual-reports/${report.id}/return`, { reason: 'x' }),
      404,
      'NOT_FOUND',
    );
  });
});
