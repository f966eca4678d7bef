import { PeriodicObligations } from '../libs/deadlines/src';
import { startTestApp, TestApp } from './support/harness';
import { approveAll, client, Client, PDF, sha256 } from './support/documents';
import { binary } from './support/multipart';
import { columnCells, excelDayOf, openWorkbook, sheetLayout } from './support/ooxml';
import {
  attach,
  AuditBody,
  auditBody,
  auditTeam,
  FindingBody,
  inDays,
  LEAD_UNIT,
  NonconformityBody,
  ok,
  readXlsx,
  SECOND_UNIT,
  thisYear,
  today,
} from './support/audits';
import { buildWorld, World } from './support/world';

interface Section {
  key: string;
  clause: string;
  title: string;
  data: Record<string, any> | null;
  notes: string | null;
}

describe('internal audit → nonconformities → corrective action → management review, through the REST API', () => {
  let t: TestApp;
  let w: World;
  let secretary: Client, lead: Client, second: Client, staff: Client, approver: Client, agencyAdmin: Client;
  let drafter: Client, oversight: Client;
  let leadId: string, secondId: string, staffId: string, adminId: string, approverId: string;
  let secondToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    const team = await auditTeam(t, w);
    [secretary, lead, second] = [team.secretary, team.lead.client, team.second.client];
    [leadId, secondId] = [team.lead.id, team.second.id];
    secondToken = team.second.token;
    [staff, approver, agencyAdmin, drafter, oversight] = [
      'a.staff',
      'a.approver',
      'a.agency_admin',
      'a.drafter',
      'p1.oversight',
    ].map((k) => client(t, w.users[k].token));
    [staffId, adminId, approverId] = ['a.staff', 'a.agency_admin', 'a.approver'].map((k) => w.users[k].id);
  });
  afterAll(() => t.close());

  it('runs the whole story of the issue', async () => {
    const year = thisYear();
    // this year's obligations of every QMS (a yearly internal audit and management review), as the
    // worker's periodic job creates them
    // (owed by QMSs being applied: the world's QMSs move on from BUILDING first)
    await t.sql("UPDATE quality_systems SET status = 'APPLYING' WHERE status = 'BUILDING'");
    await t.app.get(PeriodicObligations).ensure(year);

    // 0. the auditor register shows both auditors of agency A with their home units
    const register = await ok(secretary.get(`/api/v1/agencies/${w.agencyA}/auditors`));
    expect(register.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: leadId, unit: LEAD_UNIT, internalAuditor: true }),
        expect.objectContaining({ userId: secondId, unit: SECOND_UNIT, internalAuditor: true }),
      ]),
    );

    // 1. the ISO secretary plans the year's programme for agency A's QMS
    const programme = await ok(
      secretary.post('/api/v1/audit-programmes', {
        agencyId: w.agencyA,
        year,
        objectives: 'Đánh giá toàn bộ các quá trình của HTQLCL ít nhất một lần trong năm',
      }),
      201,
    );
    expect(programme).toMatchObject({
      agencyId: w.agencyA,
      qualitySystemId: w.qmsA,
      year,
      audits: { total: 0 },
    });
    const programmes = await ok(secretary.get(`/api/v1/audit-programmes?agencyId=${w.agencyA}`));
    expect(programmes.items.map((p: { id: string }) => p.id)).toEqual([programme.id]);

    // 2. an audit of two units of the agency, led by a.internal_auditor with a second auditor
    const planned = await ok<AuditBody>(
      secretary.post(
        '/api/v1/audits',
        auditBody(programme.id, w, { leadAuditorId: leadId, auditorIds: [secondId] }),
      ),
      201,
    );
    expect(planned).toMatchObject({
      status: 'PLANNED',
      agencyId: w.agencyA,
      leadAuditorId: leadId,
      auditorIds: [secondId],
      auditeeAgencyIds: [w.agencyA],
      scope: { units: ['Phòng Hành chính tư pháp', 'Phòng Bổ trợ tư pháp'] },
      findingCounts: { MAJOR_NC: 0, MINOR_NC: 0, OBSERVATION: 0, OFI: 0 },
    });
    const auditPath = `/api/v1/audits/${planned.id}`;
    // its report is due by the end of the audit: a deadline of the lead auditor
    const auditDeadlines = await ok(secretary.get(`/api/v1/deadlines?agencyId=${w.agencyA}&kind=AUDIT`));
    expect(auditDeadlines.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subjectType: 'audit', subjectId: planned.id, status: 'OPEN' }),
        // the QMS's yearly obligation, created by the worker's periodic job
        expect.objectContaining({ subjectType: 'qualitySystem', subjectId: w.qmsA, status: 'OPEN' }),
      ]),
    );
    expect(auditDeadlines.total).toBe(2);

    // 3. the team prepares the checklist: questions tied to clauses
    const checklist = await ok(
      lead.put(`${auditPath}/checklist`, {
        items: [
          { clause: '7.5.3', question: 'Tài liệu bên ngoài có được cập nhật và kiểm soát không?' },
          { clause: '8.5.1', question: 'Hồ sơ TTHC có được giải quyết đúng hạn không?' },
          { clause: '9.1.2', question: 'Có khảo sát sự hài lòng của người dân không?' },
          { clause: '8.3', question: 'Có hoạt động thiết kế và phát triển không?' },
        ],
      }),
    );
    expect(checklist.summary).toEqual({
      total: 4,
      conforming: 0,
      nonconforming: 0,
      notApplicable: 0,
      unanswered: 4,
    });
    expect(checklist.items[0]).toMatchObject({
      clause: '7.5.3',
      clauseTitle: 'Kiểm soát thông tin dạng văn bản',
    });
    const [q1, q2, q3, q4] = checklist.items as { id: string }[];

    // 4. the lead auditor starts the audit; the team answers every question with evidence
    expect((await ok<AuditBody>(lead.post(`${auditPath}/start`))).status).toBe('IN_PROGRESS');
    const answers: [string, Client, string, string][] = [
      [q1.id, lead, 'NONCONFORMING', 'Luật Hộ tịch sửa đổi chưa được cập nhật vào danh mục'],
      [q2.id, second, 'NONCONFORMING', '3/20 hồ sơ trễ hạn không có phiếu xin lỗi'],
      [q3.id, second, 'CONFORMING', 'Phiếu khảo sát quý I, II đã tổng hợp'],
      [q4.id, lead, 'NOT_APPLICABLE', 'Cơ quan không có hoạt động thiết kế (loại trừ 8.3)'],
    ];
    for (const [id, who, result, evidence] of answers) {
      const answered = await ok(who.put(`${auditPath}/checklist/items/${id}/answer`, { result, evidence }));
      expect(answered).toMatchObject({ result, evidence, version: 2 });
    }
    expect((await ok(staff.get(`${auditPath}/checklist`))).summary).toEqual({
      total: 4,
      conforming: 1,
      nonconforming: 2,
      notApplicable: 1,
      unanswered: 0,
    });

    // 5. one finding of each type; the two nonconformities open at once, in the same transaction
    const log = (who: Client, body: object) => ok<FindingBody>(who.post(`${auditPath}/findings`, body), 201);
    const major = await log(second, {
      type: 'MAJOR_NC',
      clause: '8.5.1',
      description: 'Hồ sơ TTHC trả kết quả trễ hạn không có văn bản xin lỗi người dân',
      evidence: 'Sổ theo dõi hồ sơ tháng 2: hồ sơ 000.12.34, 000.12.56, 000.12.78',
      checklistItemId: q2.id,
    });
    const minor = await log(lead, {
      type: 'MINOR_NC',
      clause: '7.5.3',
      description: 'Danh mục tài liệu bên ngoài chưa cập nhật Luật Hộ tịch sửa đổi',
      evidence: 'Danh mục tài liệu bên ngoài bản ngày 02/01',
      checklistItemId: q1.id,
    });
    const observation = await log(second, {
      type: 'OBSERVATION',
      clause: '9.1.2',
      description: 'Phiếu khảo sát chưa có câu hỏi về thời gian chờ',
      evidence: 'Mẫu phiếu khảo sát BM-02/QT-09',
    });
    const ofi = await log(lead, {
      type: 'OFI',
      clause: '10.3',
      description: 'Có thể gửi tin nhắn nhắc hạn cho chuyên viên thụ lý',
      evidence: 'Trao đổi với bộ phận một cửa',
    });
    expect(major.nonconformity).toEqual({ id: expect.any(String), status: 'OPEN' });
    expect(minor.nonconformity).toEqual({ id: expect.any(String), status: 'OPEN' });
    expect(observation.nonconformity).toBeNull();
    expect(ofi.nonconformity).toBeNull();
    const findings = await ok(staff.get(`${auditPath}/findings?sort=createdAt`));
    expect(findings.total).toBe(4);
    expect(findings.items.map((f: FindingBody) => f.type)).toEqual([
      'MAJOR_NC',
      'MINOR_NC',
      'OBSERVATION',
      'OFI',
    ]);

    // 6. evidence attached to the major finding comes back byte for byte
    const photo = PDF('Ảnh chụp sổ theo dõi hồ sơ');
    const attached = await ok(attach(t, secondToken, major.id, photo, 'Sổ theo dõi hồ sơ.pdf'), 201);
    expect(attached).toMatchObject({
      name: 'Sổ theo dõi hồ sơ.pdf',
      size: photo.length,
      sha256: sha256(photo),
      contentType: 'application/pdf',
    });
    const download = await t
      .http()
      .get(`/api/v1/findings/${major.id}/attachments/${attached.id}/content`)
      .set('Authorization', `Bearer ${w.users['a.staff'].token}`)
      .buffer(true)
      .parse(binary);
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, photo)).toBe(0);
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect((await ok<FindingBody>(staff.get(`/api/v1/findings/${major.id}`))).attachments).toEqual([
      expect.objectContaining({ id: attached.id, sha256: sha256(photo) }),
    ]);
    expect(await ok(staff.get(`/api/v1/findings/${major.id}/attachments`))).toMatchObject({
      items: [{ id: attached.id, name: 'Sổ theo dõi hồ sơ.pdf', size: photo.length }],
      total: 1,
    });

    // 7. the ISO secretary sees the nonconformities opened, by source and severity
    const opened = await ok(secretary.get(`/api/v1/nonconformities?auditId=${planned.id}&sort=severity`));
    expect(opened.items).toEqual([
      expect.objectContaining({
        id: major.nonconformity!.id,
        agencyId: w.agencyA,
        source: 'AUDIT',
        severity: 'MAJOR',
        status: 'OPEN',
        findingId: major.id,
        clause: '8.5.1',
      }),
      expect.objectContaining({
        id: minor.nonconformity!.id,
        severity: 'MINOR',
        status: 'OPEN',
        findingId: minor.id,
      }),
    ]);
    expect(await ok(secretary.get(`/api/v1/nonconformities/summary?agencyId=${w.agencyA}`))).toEqual({
      open: 2,
      byAgency: [{ agencyId: w.agencyA, open: 2 }],
      bySource: { AUDIT: 2 },
      bySeverity: { MAJOR: 1, MINOR: 1 },
      byStatus: { OPEN: 2 },
      overdueActions: 0,
    });

    // 8. the lead auditor reports: findings are frozen, the report lists them by clause and type
    const reported = await ok<AuditBody>(
      lead.post(`${auditPath}/report`, { summary: 'HTQLCL được duy trì; còn 2 điểm không phù hợp' }),
    );
    expect(reported).toMatchObject({
      status: 'REPORTED',
      findingCounts: { MAJOR_NC: 1, MINOR_NC: 1, OBSERVATION: 1, OFI: 1 },
      nonconformities: { total: 2, open: 2 },
    });
    const report = await ok(staff.get(`${auditPath}/report`));
    expect(report.byType).toEqual({ MAJOR_NC: 1, MINOR_NC: 1, OBSERVATION: 1, OFI: 1 });
    expect(report.byClause.map((r: { clause: string }) => r.clause)).toEqual([
      '7.5.3',
      '8.5.1',
      '9.1.2',
      '10.3',
    ]);
    expect(report.byClause[1]).toMatchObject({ clause: '8.5.1', MAJOR_NC: 1, MINOR_NC: 0, total: 1 });
    expect(report.checklist).toMatchObject({ total: 4, nonconforming: 2 });
    const xlsx = await t
      .http()
      .get(`${auditPath}/report?format=xlsx`)
      .set('Authorization', `Bearer ${w.users['a.staff'].token}`)
      .buffer(true)
      .parse(binary);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toMatch(/^attachment; filename=/);
    expect(xlsx.headers['x-content-type-options']).toBe('nosniff');
    const sheets = await readXlsx(xlsx.body as Buffer);
    expect(sheets['Tổng hợp']).toEqual([
      [
        'Điều khoản',
        'Tên điều khoản',
        'Không phù hợp nặng',
        'Không phù hợp nhẹ',
        'Khuyến nghị',
        'Cơ hội cải tiến',
        'Tổng cộng',
      ],
      ['7.5.3', 'Kiểm soát thông tin dạng văn bản', 0, 1, 0, 0, 1],
      ['8.5.1', 'Kiểm soát sản xuất và cung cấp dịch vụ', 1, 0, 0, 0, 1],
      ['9.1.2', 'Sự thỏa mãn của khách hàng', 0, 0, 1, 0, 1],
      ['10.3', 'Cải tiến liên tục', 0, 0, 0, 1, 1],
      ['Tổng cộng', null, 1, 1, 1, 1, 4],
    ]);
    const list = sheets['Danh sách phát hiện'];
    expect(list).toHaveLength(5);
    expect(list.slice(1).map((r) => [r[1], r[3]])).toEqual([
      ['7.5.3', 'Không phù hợp nhẹ'],
      ['8.5.1', 'Không phù hợp nặng'],
      ['9.1.2', 'Khuyến nghị'],
      ['10.3', 'Cơ hội cải tiến'],
    ]);
    expect(list[2][8]).toBe('Sổ theo dõi hồ sơ.pdf');
    {
      // as a user opens it: frozen, filtered headers repeated on each A4 page, days as real dates
      const workbook = await openWorkbook(xlsx.body as Buffer);
      const findingsSheet = workbook.getWorksheet('Danh sách phát hiện')!;
      expect(sheetLayout(findingsSheet)).toMatchObject({
        frozenRows: 1,
        autoFilter: 'A1:I1',
        orientation: 'landscape',
        paperSize: 9,
        fitToWidth: 1,
        printTitlesRow: '1:1',
      });
      const logged = columnCells(findingsSheet, 'Ngày ghi nhận');
      expect(logged.map((c) => c.value)).toEqual([1, 2, 3, 4].map(() => excelDayOf(today())));
      expect(logged.map((c) => c.numFmt)).toEqual([1, 2, 3, 4].map(() => 'dd/mm/yyyy'));
      expect(sheetLayout(workbook.getWorksheet('Tổng hợp')!)).toMatchObject({
        frozenRows: 1,
        autoFilter: 'A1:G1',
        orientation: 'landscape',
      });
      const info = workbook.getWorksheet('Thông tin chung')!;
      expect(sheetLayout(info)).toMatchObject({
        frozenRows: 1,
        orientation: 'portrait',
        headers: ['Mục', 'Nội dung'],
      });
      const field = (label: string) =>
        info
          .getRows(2, info.rowCount - 1)!
          .find((r) => r.getCell(1).value === label)!
          .getCell(2);
      expect(field('Ngày báo cáo').value).toEqual(excelDayOf(today()));
      expect(field('Ngày báo cáo').numFmt).toBe('dd/mm/yyyy');
      expect(field('Thời gian dự kiến').value).toBe(`02/03/${thisYear()} – 06/03/${thisYear()}`);
    }

    // 9. the audit cannot close while its nonconformities are open
    const early = await secretary.post(`${auditPath}/close`);
    expect({ status: early.status, code: early.body.code }).toEqual({
      status: 409,
      code: 'AUDIT_HAS_OPEN_NONCONFORMITIES',
    });
    expect(early.body.message).toContain('2');

    // 10. the major nonconformity: analysis, then an action plan of two actions
    const ncPath = (id: string) => `/api/v1/nonconformities/${id}`;
    const majorId = major.nonconformity!.id;
    const analysed = await ok<NonconformityBody>(
      secretary.post(`${ncPath(majorId)}/analysis`, {
        correction: 'Gửi văn bản xin lỗi 3 người dân có hồ sơ trễ hạn',
        rootCause: 'Phần mềm một cửa không cảnh báo hồ sơ sắp đến hạn',
        method: 'FIVE_WHYS',
        analysis: 'Tại sao trễ? Không biết sắp hết hạn. Tại sao? Không có cảnh báo. …',
      }),
    );
    expect(analysed).toMatchObject({
      status: 'ANALYSED',
      correction: 'Gửi văn bản xin lỗi 3 người dân có hồ sơ trễ hạn',
      rootCause: 'Phần mềm một cửa không cảnh báo hồ sơ sắp đến hạn',
      analysisMethod: 'FIVE_WHYS',
    });
    const action1 = await ok(
      secretary.post(`${ncPath(majorId)}/actions`, {
        description: 'Cấu hình cảnh báo hồ sơ đến hạn trên phần mềm một cửa',
        ownerId: staffId,
        dueDate: inDays(14),
      }),
      201,
    );
    expect((await ok<NonconformityBody>(secretary.get(ncPath(majorId)))).status).toBe('ACTION_PLANNED');
    const action2 = await ok(
      secretary.post(`${ncPath(majorId)}/actions`, {
        description: 'Tập huấn chuyên viên một cửa về quy định xin lỗi',
        ownerId: adminId,
        dueDate: inDays(21),
      }),
      201,
    );
    // each due date is a deadline of its owner
    const actionDeadlines = await ok(
      secretary.get(`/api/v1/deadlines?agencyId=${w.agencyA}&kind=CORRECTIVE_ACTION&sort=dueAt`),
    );
    expect(actionDeadlines.items).toEqual([
      expect.objectContaining({ subjectType: 'correctiveAction', subjectId: action1.id, status: 'OPEN' }),
      expect.objectContaining({ subjectType: 'correctiveAction', subjectId: action2.id, status: 'OPEN' }),
    ]);
    expect(actionDeadlines.items[0].responsibleUserIds).toEqual([staffId]);

    // 11. the owners complete their actions: the last one makes the nonconformity IMPLEMENTED
    expect(
      await ok(staff.post(`/api/v1/corrective-actions/${action1.id}/complete`, { note: 'Đã cấu hình' })),
    ).toMatchObject({ status: 'DONE', completedBy: staffId });
    expect((await ok<NonconformityBody>(staff.get(ncPath(majorId)))).status).toBe('ACTION_PLANNED');
    await ok(agencyAdmin.post(`/api/v1/corrective-actions/${action2.id}/complete`));
    expect((await ok<NonconformityBody>(staff.get(ncPath(majorId)))).status).toBe('IMPLEMENTED');
    const metDeadlines = await ok(
      secretary.get(`/api/v1/deadlines?agencyId=${w.agencyA}&kind=CORRECTIVE_ACTION&status=MET`),
    );
    expect(metDeadlines.total).toBe(2);

    // 12. verified as not effective: back to ACTION_PLANNED, the reason kept; a new round of actions
    const notEffective = await ok<NonconformityBody>(
      lead.post(`${ncPath(majorId)}/verify`, {
        effective: false,
        comment: 'Tháng 4 vẫn có 2 hồ sơ trễ hạn không có văn bản xin lỗi',
      }),
    );
    expect(notEffective).toMatchObject({ status: 'ACTION_PLANNED', round: 2 });
    expect(notEffective.verifications).toEqual([
      expect.objectContaining({
        round: 1,
        effective: false,
        comment: 'Tháng 4 vẫn có 2 hồ sơ trễ hạn không có văn bản xin lỗi',
        verifiedBy: leadId,
      }),
    ]);
    const action3 = await ok(
      secretary.post(`${ncPath(majorId)}/actions`, {
        description: 'Giao trưởng bộ phận một cửa rà soát hồ sơ đến hạn hằng ngày',
        ownerId: staffId,
        dueDate: inDays(30),
      }),
      201,
    );
    expect(action3).toMatchObject({ round: 2, status: 'PLANNED' });
    await ok(staff.post(`/api/v1/corrective-actions/${action3.id}/complete`));

    // 13. verified again, by another auditor: VERIFIED, then the head of agency closes it
    expect(
      (
        await ok<NonconformityBody>(
          second.post(`${ncPath(majorId)}/verify`, {
            effective: true,
            comment: 'Tháng 5, 6 không còn hồ sơ trễ hạn',
          }),
        )
      ).status,
    ).toBe('VERIFIED');
    const closedMajor = await ok<NonconformityBody>(
      approver.post(`${ncPath(majorId)}/close`, { comment: 'Đồng ý' }),
    );
    expect(closedMajor).toMatchObject({ status: 'CLOSED', round: 2 });
    expect(closedMajor.actions.map((a) => [a.round, a.status])).toEqual([
      [1, 'DONE'],
      [1, 'DONE'],
      [2, 'DONE'],
    ]);
    expect(closedMajor.verifications.map((v) => v.effective)).toEqual([false, true]);
    expect(closedMajor.analyses).toHaveLength(1);

    // the whole history is in the audit trail, one entry per transition
    const trail = await ok(
      secretary.get(
        `/api/v1/audit-trail?subjectType=nonconformity&subjectId=${majorId}&pageSize=100&sort=id`,
      ),
    );
    expect(
      trail.items.map((e: { action: string; fromState: string; toState: string }) => [
        e.action,
        e.fromState,
        e.toState,
      ]),
    ).toEqual([
      ['open', null, 'OPEN'],
      ['analyse', 'OPEN', 'ANALYSED'],
      ['planActions', 'ANALYSED', 'ACTION_PLANNED'],
      ['implement', 'ACTION_PLANNED', 'IMPLEMENTED'],
      ['verify', 'IMPLEMENTED', 'ACTION_PLANNED'],
      ['implement', 'ACTION_PLANNED', 'IMPLEMENTED'],
      ['verify', 'IMPLEMENTED', 'VERIFIED'],
      ['close', 'VERIFIED', 'CLOSED'],
    ]);
    expect(trail.items[4].reason).toBe('Tháng 4 vẫn có 2 hồ sơ trễ hạn không có văn bản xin lỗi');

    // 14. the minor one, more briefly
    const minorId = minor.nonconformity!.id;
    await ok(
      secretary.post(`${ncPath(minorId)}/analysis`, {
        correction: 'Bổ sung Luật Hộ tịch sửa đổi vào danh mục',
        rootCause: 'Chưa phân công người theo dõi văn bản pháp luật mới',
        method: 'FISHBONE',
      }),
    );
    const minorAction = await ok(
      secretary.post(`${ncPath(minorId)}/actions`, {
        description: 'Phân công theo dõi văn bản pháp luật mới hằng tháng',
        ownerId: staffId,
        dueDate: inDays(10),
      }),
      201,
    );
    await ok(staff.post(`/api/v1/corrective-actions/${minorAction.id}/complete`));
    await ok(
      second.post(`${ncPath(minorId)}/verify`, { effective: true, comment: 'Danh mục tháng 5 đã cập nhật' }),
    );
    await ok(secretary.post(`${ncPath(minorId)}/close`));

    // 15. with every nonconformity closed, the audit closes
    const closed = await ok<AuditBody>(secretary.post(`${auditPath}/close`));
    expect(closed).toMatchObject({ status: 'CLOSED', nonconformities: { total: 2, open: 0 } });
    expect(
      (await ok(secretary.get(`/api/v1/deadlines?agencyId=${w.agencyA}&kind=AUDIT`))).items.map(
        (d: { subjectType: string; status: string }) => [d.subjectType, d.status],
      ),
    ).toEqual(
      expect.arrayContaining([
        ['audit', 'MET'],
        ['qualitySystem', 'MET'],
      ]),
    );

    // 16. the corrective-action log as a spreadsheet: one row per action
    const log2 = await t
      .http()
      .get(`/api/v1/nonconformities?agencyId=${w.agencyA}&sort=severity&format=xlsx`)
      .set('Authorization', `Bearer ${w.users['a.iso_secretary'].token}`)
      .buffer(true)
      .parse(binary);
    expect(log2.status).toBe(200);
    expect(log2.headers['content-disposition']).toMatch(/^attachment; filename=/);
    expect(log2.headers['x-content-type-options']).toBe('nosniff');
    const caLog = (await readXlsx(log2.body as Buffer))['Sổ theo dõi HĐKP'];
    expect(caLog[0]).toEqual([
      'STT',
      'Ngày ghi nhận',
      'Nguồn',
      'Mức độ',
      'Điều khoản',
      'Mô tả điểm không phù hợp',
      'Sự khắc phục',
      'Nguyên nhân gốc',
      'Phương pháp phân tích',
      'Lần',
      'Hành động khắc phục',
      'Người thực hiện',
      'Hạn hoàn thành',
      'Trạng thái hành động',
      'Ngày hoàn thành',
      'Quá hạn',
      'Kết quả kiểm tra hiệu lực',
      'Trạng thái',
    ]);
    expect(caLog.slice(1).map((r) => [r[0], r[3], r[4], r[9], r[10], r[11], r[13], r[17]])).toEqual([
      [
        1,
        'Nặng',
        '8.5.1',
        1,
        'Cấu hình cảnh báo hồ sơ đến hạn trên phần mềm một cửa',
        'Người dùng a.staff',
        'Đã hoàn thành',
        'Đã đóng',
      ],
      [
        2,
        'Nặng',
        '8.5.1',
        1,
        'Tập huấn chuyên viên một cửa về quy định xin lỗi',
        'Người dùng a.agency_admin',
        'Đã hoàn thành',
        'Đã đóng',
      ],
      [
        3,
        'Nặng',
        '8.5.1',
        2,
        'Giao trưởng bộ phận một cửa rà soát hồ sơ đến hạn hằng ngày',
        'Người dùng a.staff',
        'Đã hoàn thành',
        'Đã đóng',
      ],
      [
        4,
        'Nhẹ',
        '7.5.3',
        1,
        'Phân công theo dõi văn bản pháp luật mới hằng tháng',
        'Người dùng a.staff',
        'Đã hoàn thành',
        'Đã đóng',
      ],
    ]);
    expect(caLog[1][16]).toContain('Không có hiệu lực: Tháng 4 vẫn có 2 hồ sơ trễ hạn');
    expect(caLog[3][16]).toContain('Có hiệu lực: Tháng 5, 6 không còn hồ sơ trễ hạn');
    {
      const sheet = (await openWorkbook(log2.body as Buffer)).getWorksheet('Sổ theo dõi HĐKP')!;
      expect(sheetLayout(sheet)).toMatchObject({
        frozenRows: 1,
        autoFilter: 'A1:R1',
        orientation: 'landscape',
        paperSize: 9,
        printTitlesRow: '1:1',
      });
      const days = (header: string) => columnCells(sheet, header);
      expect(days('Ngày ghi nhận').map((c) => c.value)).toEqual([1, 2, 3, 4].map(() => excelDayOf(today())));
      const dueDates = await t.sql<{ due: string }>(
        `SELECT a.due_date::text AS due FROM corrective_actions a
           JOIN nonconformities n ON n.id = a.nonconformity_id WHERE n.agency_id = $1 ORDER BY 1`,
        [w.agencyA],
      );
      expect(
        days('Hạn hoàn thành')
          .map((c) => (c.value as Date).toISOString().slice(0, 10))
          .sort(),
      ).toEqual(dueDates.map((d) => d.due));
      for (const header of ['Ngày ghi nhận', 'Hạn hoàn thành', 'Ngày hoàn thành'])
        for (const cell of days(header)) {
          expect(cell.value).toBeInstanceOf(Date);
          expect(cell.numFmt).toBe('dd/mm/yyyy');
        }
    }

    // 17. a document issued this year, to be seen among the document changes
    const document = await ok(
      drafter.post('/api/v1/documents', {
        agencyId: w.agencyA,
        code: 'QT-09',
        title: 'Quy trình khảo sát sự hài lòng',
        type: 'PROCEDURE',
      }),
      201,
    );
    await ok(drafter.upload(document.id, document.draftVersion.id, PDF('QT-09'), 'QT-09.pdf'), 201);
    const request = await ok(
      drafter.post('/api/v1/approval-requests', {
        kind: 'ISSUE',
        documentId: document.id,
        reason: 'Ban hành',
      }),
      201,
    );
    await ok(drafter.post(`/api/v1/approval-requests/${request.id}/submit`));
    await approveAll(request.id, secretary, approver);

    // 18. the management review: inputs (clause 9.3.2) pre-filled from all of the above
    const review = await ok(
      secretary.post('/api/v1/management-reviews', {
        agencyId: w.agencyA,
        title: `Họp xem xét của lãnh đạo năm ${year}`,
        plannedDate: today(),
        chairId: approverId,
        participantIds: [w.users['a.iso_secretary'].id, leadId],
      }),
      201,
    );
    expect(review).toMatchObject({ status: 'PLANNED', qualitySystemId: w.qmsA, chairId: approverId });
    const section = (body: { inputs: { sections: Section[] } }, key: string) =>
      body.inputs.sections.find((s) => s.key === key)!;
    expect(review.inputs.sections.map((s: Section) => s.clause)).toEqual([
      '9.3.2 a',
      '9.3.2 b',
      '9.3.2 c 1',
      '9.3.2 c 2',
      '9.3.2 c 3',
      '9.3.2 c 4',
      '9.3.2 c 5',
      '9.3.2 c 6',
      '9.3.2 c 7',
      '9.3.2 d',
      '9.3.2 e',
      '9.3.2 f',
    ]);
    expect(section(review, 'auditResults').data).toMatchObject({
      reported: 1,
      findings: { MAJOR_NC: 1, MINOR_NC: 1, OBSERVATION: 1, OFI: 1 },
      audits: [
        { id: planned.id, status: 'CLOSED', findings: { MAJOR_NC: 1, MINOR_NC: 1, OBSERVATION: 1, OFI: 1 } },
      ],
    });
    expect(section(review, 'nonconformities').data).toMatchObject({
      byStatus: { CLOSED: 2 },
      open: 0,
      raisedInPeriod: 2,
      closedInPeriod: 2,
      correctiveActions: { planned: 0, done: 4, overdue: 0, completedInPeriod: 4 },
      verificationsInPeriod: { effective: 2, notEffective: 1 },
    });
    expect(section(review, 'contextChanges').data).toEqual({
      documentChanges: { issued: 1, revised: 0, withdrawn: 0 },
    });
    expect(section(review, 'improvementOpportunities').data).toMatchObject({
      count: 1,
      items: [{ clause: '10.3', description: 'Có thể gửi tin nhắn nhắc hạn cho chuyên viên thụ lý' }],
    });
    expect(section(review, 'previousActions').data).toMatchObject({ review: null, total: 0 });
    // satisfaction, objectives, process performance and risks come from libs/qms (none recorded here)
    expect(section(review, 'customerSatisfaction').data).toMatchObject({ surveys: 0, satisfiedShare: null });
    expect(section(review, 'risksAndOpportunities').data).toMatchObject({ open: 0, actionsOverdue: 0 });
    expect(section(review, 'resources').data).toBeNull();

    // the secretary writes what the system cannot know
    const withNotes = await ok(
      secretary.put(`/api/v1/management-reviews/${review.id}/inputs`, {
        customerSatisfaction: 'Tỷ lệ hài lòng 96%',
        resources: 'Cần bổ sung 1 máy quét tài liệu',
      }),
    );
    expect(section(withNotes, 'customerSatisfaction').notes).toBe('Tỷ lệ hài lòng 96%');

    // 19. the head of agency chairs and holds it; the inputs are frozen as presented
    const held = await ok(
      approver.post(`/api/v1/management-reviews/${review.id}/hold`, {
        heldOn: today(),
        minutes: 'Lãnh đạo Sở kết luận HTQLCL phù hợp và có hiệu lực',
      }),
    );
    expect(held).toMatchObject({ status: 'HELD', heldOn: today() });
    expect(section(held, 'auditResults').data).toMatchObject({ reported: 1 });
    expect(section(held, 'resources').notes).toBe('Cần bổ sung 1 máy quét tài liệu');

    // 20. its outputs: a decision and an action with an owner and a due date (a deadline again)
    await ok(
      approver.post(`/api/v1/management-reviews/${review.id}/outputs`, {
        kind: 'DECISION',
        category: 'IMPROVEMENT',
        description: 'Sửa đổi QT-09 bổ sung câu hỏi về thời gian chờ',
      }),
      201,
    );
    const reviewAction = await ok(
      secretary.post(`/api/v1/management-reviews/${review.id}/outputs`, {
        kind: 'ACTION',
        category: 'RESOURCES',
        description: 'Mua sắm máy quét tài liệu cho bộ phận một cửa',
        ownerId: staffId,
        dueDate: inDays(60),
      }),
      201,
    );
    expect(reviewAction).toMatchObject({ status: 'OPEN', ownerId: staffId });
    const reviewDeadlines = await ok(
      secretary.get(`/api/v1/deadlines?agencyId=${w.agencyA}&kind=MANAGEMENT_REVIEW&sort=dueAt`),
    );
    expect(reviewDeadlines.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subjectType: 'managementReview', subjectId: review.id, status: 'MET' }),
        expect.objectContaining({ subjectType: 'qualitySystem', subjectId: w.qmsA, status: 'MET' }),
        expect.objectContaining({
          subjectType: 'managementReviewOutput',
          subjectId: reviewAction.id,
          status: 'OPEN',
          responsibleUserIds: [staffId],
        }),
      ]),
    );
    expect(reviewDeadlines.total).toBe(3);
    const full = await ok(oversight.get(`/api/v1/management-reviews/${review.id}`));
    expect(full.outputs.map((o: { kind: string; status: string }) => [o.kind, o.status])).toEqual([
      ['DECISION', 'RECORDED'],
      ['ACTION', 'OPEN'],
    ]);

    // 21. the next review lists the status of this one's actions
    await ok(staff.post(`/api/v1/management-review-outputs/${reviewAction.id}/complete`, { note: 'Đã mua' }));
    const next = await ok(
      secretary.post('/api/v1/management-reviews', {
        agencyId: w.agencyA,
        title: 'Họp xem xét của lãnh đạo đột xuất',
        plannedDate: inDays(30),
        chairId: approverId,
        participantIds: [],
      }),
      201,
    );
    expect(section(next, 'previousActions').data).toMatchObject({
      review: { id: review.id, heldOn: today() },
      total: 1,
      done: 1,
      open: 0,
      actions: [{ id: reviewAction.id, status: 'DONE', ownerId: staffId }],
    });
  });
});
