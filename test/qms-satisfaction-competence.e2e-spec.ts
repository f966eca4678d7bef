import { endOfBusinessDate } from '@app/platform';
import { startTestApp, TestApp } from './support/harness';
import { client, Client, PDF, sha256 } from './support/documents';
import { binary } from './support/multipart';
import { auditBody, expectError, inDays, ok, thisYear, today } from './support/audits';
import { createUser } from './support/approvals';
import { columnCells, excelDayOf, openWorkbook, sheetLayout } from './support/ooxml';
import { buildWorld, World } from './support/world';

describe('satisfaction (9.1.2), feedback, competence (7.2) and the internal auditors qualified by their training', () => {
  let t: TestApp;
  let w: World;
  let secretary: Client, staff: Client, approver: Client, admin: Client;
  const year = thisYear();

  const counts = async () => {
    const [row] = await t.sql<Record<string, string>>(
      `SELECT (SELECT count(*) FROM satisfaction_surveys)::text AS surveys,
              (SELECT count(*) FROM citizen_feedback)::text AS feedback,
              (SELECT count(*) FROM nonconformities)::text AS ncs,
              (SELECT count(*) FROM training_records)::text AS training,
              (SELECT count(*) FROM training_certificates)::text AS certificates`,
    );
    return row;
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    secretary = client(t, w.users['a.iso_secretary'].token);
    staff = client(t, w.users['a.staff'].token);
    approver = client(t, w.users['a.approver'].token);
    admin = client(t, w.adminToken);
  });
  afterAll(() => t.close());

  describe('satisfaction surveys', () => {
    it('a round is entered with its respondents, satisfied share and per-question scores', async () => {
      const survey = await ok(
        secretary.post('/api/v1/satisfaction-surveys', {
          agencyId: w.agencyA,
          period: `${year}-Q1`,
          title: `Khảo sát sự hài lòng của người dân quý 1/${year}`,
          method: 'Phiếu khảo sát tại Bộ phận Một cửa',
          respondents: 200,
          satisfied: 184,
          questions: [
            { question: 'Thái độ của công chức tiếp nhận hồ sơ', average: 4.6, satisfiedShare: 0.95 },
            { question: 'Thời gian giải quyết hồ sơ', average: 4.1 },
          ],
        }),
        201,
      );
      expect(survey).toMatchObject({
        respondents: 200,
        satisfied: 184,
        satisfiedShare: 0.92,
        source: 'ENTERED',
      });
      expect(survey.questions[1]).toEqual({
        question: 'Thời gian giải quyết hồ sơ',
        average: 4.1,
        satisfiedShare: null,
      });
      const before = await counts();
      expectError(
        await secretary.post('/api/v1/satisfaction-surveys', {
          agencyId: w.agencyA,
          period: `${year}-Q2`,
          title: 'X',
          respondents: 10,
          satisfied: 11,
        }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await secretary.post('/api/v1/satisfaction-surveys', {
          agencyId: w.agencyA,
          period: `${year}-Q2`,
          title: 'X',
          respondents: 10,
          satisfied: 5,
          questions: [{ question: 'Q', average: 6 }],
        }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await staff.post('/api/v1/satisfaction-surveys', {
          agencyId: w.agencyA,
          period: `${year}-Q2`,
          title: 'X',
          respondents: 1,
          satisfied: 1,
        }),
        403,
        'FORBIDDEN',
      );
      expect(await counts()).toEqual(before);
    });

    it('or imported from the answers sheet: one row per respondent, one column per question', async () => {
      const csv =
        'STT;Thái độ phục vụ;Thời gian giải quyết;Cơ sở vật chất\n' +
        '1;5;4;3\n' +
        '2;4;4;\n' +
        '3;2;3;3\n' +
        '4;5;5;5\n';
      const response = await t
        .http()
        .post(
          `/api/v1/satisfaction-surveys/import?agencyId=${w.agencyA}&period=${year}-Q2&title=${encodeURIComponent('Khảo sát quý 2')}`,
        )
        .set('Authorization', `Bearer ${w.users['a.iso_secretary'].token}`)
        .set('Content-Type', 'text/csv')
        .send(csv);
      const survey = await ok(Promise.resolve(response), 201);
      // respondents 1 (4.0), 2 (4.0) and 4 (5.0) are satisfied; 3 (2.67) is not
      expect(survey).toMatchObject({
        source: 'IMPORTED',
        respondents: 4,
        satisfied: 3,
        satisfiedShare: 0.75,
      });
      expect(survey.questions).toEqual([
        { question: 'Thái độ phục vụ', average: 4, satisfiedShare: 0.75 },
        { question: 'Thời gian giải quyết', average: 4, satisfiedShare: 0.75 },
        { question: 'Cơ sở vật chất', average: 3.67, satisfiedShare: 0.3333 },
      ]);
      const bad = await t
        .http()
        .post(`/api/v1/satisfaction-surveys/import?agencyId=${w.agencyA}&period=${year}-Q2&title=X`)
        .set('Authorization', `Bearer ${w.users['a.iso_secretary'].token}`)
        .set('Content-Type', 'text/csv')
        .send('Câu 1,Câu 2\n5,7\n');
      expectError(bad, 400, 'VALIDATION_FAILED');
      expect(bad.body.details[0].field).toBe('line 2: Câu 2');
      const list = await ok(secretary.get(`/api/v1/satisfaction-surveys?agencyId=${w.agencyA}`));
      expect(list.total).toBe(2);
      expect(
        (await ok(client(t, w.users['b.iso_secretary'].token).get('/api/v1/satisfaction-surveys'))).total,
      ).toBe(0);
      expectError(
        await client(t, w.users['b.iso_secretary'].token).get(`/api/v1/satisfaction-surveys/${survey.id}`),
        404,
        'NOT_FOUND',
      );
    });
  });

  describe('the feedback log (phản ánh, kiến nghị)', () => {
    let feedbackId: string;

    it('the one-stop desk logs feedback; its answer is a deadline', async () => {
      const feedback = await ok(
        staff.post('/api/v1/feedback', {
          agencyId: w.agencyA,
          kind: 'COMPLAINT',
          channel: 'HOTLINE',
          receivedOn: today(),
          citizenName: 'Nguyễn Văn A',
          procedureCode: '2.000488',
          content: 'Hồ sơ nộp ngày 03/3 đến nay chưa được trả kết quả, không được thông báo lý do',
        }),
        201,
      );
      feedbackId = feedback.id;
      expect(feedback).toMatchObject({
        status: 'RECEIVED',
        answerDueOn: inDays(10),
        overdue: false,
        nonconformityId: null,
      });
      const deadlines = await ok(
        secretary.get(`/api/v1/deadlines?agencyId=${w.agencyA}&kind=FEEDBACK_ANSWER`),
      );
      expect(deadlines.items.find((d: { subjectId: string }) => d.subjectId === feedbackId)).toMatchObject({
        status: 'OPEN',
      });
      expectError(
        await staff.post('/api/v1/feedback', {
          agencyId: w.agencyA,
          kind: 'COMPLAINT',
          channel: 'HOTLINE',
          receivedOn: inDays(2),
          content: 'x',
        }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('a complaint opens a nonconformity (source COMPLAINT) in capa, once', async () => {
      const before = await counts();
      expectError(
        await staff.post(`/api/v1/feedback/${feedbackId}/nonconformity`, { severity: 'MINOR' }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await client(t, w.users['b.iso_secretary'].token).post(
          `/api/v1/feedback/${feedbackId}/nonconformity`,
          { severity: 'MINOR' },
        ),
        404,
        'NOT_FOUND',
      );
      expect(await counts()).toEqual(before);
      const escalated = await ok(
        secretary.post(`/api/v1/feedback/${feedbackId}/nonconformity`, { severity: 'MINOR' }),
      );
      expect(escalated.nonconformityId).toEqual(expect.any(String));
      const nc = await ok(secretary.get(`/api/v1/nonconformities/${escalated.nonconformityId}`));
      expect(nc).toMatchObject({
        source: 'COMPLAINT',
        severity: 'MINOR',
        status: 'OPEN',
        agencyId: w.agencyA,
      });
      expect(nc.description).toContain('chưa được trả kết quả');
      expectError(
        await secretary.post(`/api/v1/feedback/${feedbackId}/nonconformity`, { severity: 'MINOR' }),
        409,
        'FEEDBACK_ALREADY_ESCALATED',
      );
    });

    it('the head of agency answers it; the deadline is met; it is answered once', async () => {
      expectError(
        await staff.post(`/api/v1/feedback/${feedbackId}/answer`, { answer: 'x' }),
        403,
        'FORBIDDEN',
      );
      const answered = await ok(
        approver.post(`/api/v1/feedback/${feedbackId}/answer`, {
          answer: 'Hồ sơ chậm do chờ xác minh; đã xin lỗi và trả kết quả ngày 20/3',
        }),
      );
      expect(answered).toMatchObject({ status: 'ANSWERED', answeredBy: w.users['a.approver'].id });
      const deadlines = await ok(
        secretary.get(`/api/v1/deadlines?agencyId=${w.agencyA}&kind=FEEDBACK_ANSWER`),
      );
      expect(deadlines.items.find((d: { subjectId: string }) => d.subjectId === feedbackId)).toMatchObject({
        status: 'MET',
      });
      expectError(
        await approver.post(`/api/v1/feedback/${feedbackId}/answer`, { answer: 'lần 2' }),
        409,
        'FEEDBACK_IS_ANSWERED',
      );
      const trail = await ok(admin.get(`/api/v1/audit-trail?subjectType=feedback&subjectId=${feedbackId}`));
      expect(trail.items.map((e: { action: string }) => e.action).sort()).toEqual([
        'answer',
        'log',
        'openNonconformity',
      ]);
      // the citizen's name stays out of the audit trail
      expect(JSON.stringify(trail.items)).not.toContain('Nguyễn Văn A');
      expect(
        (await ok(client(t, w.users['p1.oversight'].token).get(`/api/v1/feedback/${feedbackId}`))).id,
      ).toBe(feedbackId);
      expectError(
        await client(t, w.users['p2.oversight'].token).get(`/api/v1/feedback/${feedbackId}`),
        404,
        'NOT_FOUND',
      );
      expect((await ok(client(t, w.users['b.staff'].token).get('/api/v1/feedback'))).total).toBe(0);
    });
  });

  describe('training records and the internal auditors', () => {
    let trainee: { id: string; client: Client };
    let recordId: string;

    it('a training record is kept per member, with its certificate in storage', async () => {
      trainee = await createUser(t, w.adminToken, 'a.trainee', [{ agencyId: w.agencyA, roles: ['STAFF'] }]);
      const record = await ok(
        secretary.post('/api/v1/training-records', {
          agencyId: w.agencyA,
          userId: trainee.id,
          category: 'ISO_9001',
          course: 'Nhận thức TCVN ISO 9001:2015',
          provider: 'Chi cục Tiêu chuẩn Đo lường Chất lượng Kon Tum',
          completedOn: inDays(-100),
          expiresOn: inDays(-1),
        }),
        201,
      );
      expect(record).toMatchObject({ valid: false, certificate: null, category: 'ISO_9001' });
      const bytes = PDF('Chứng chỉ số 12/2026');
      const certificate = await ok(
        t
          .http()
          .post(`/api/v1/training-records/${record.id}/certificate`)
          .set('Authorization', `Bearer ${w.users['a.iso_secretary'].token}`)
          .attach('file', bytes, 'chung-chi.pdf'),
        201,
      );
      expect(certificate).toMatchObject({ name: 'chung-chi.pdf', sha256: sha256(bytes), size: bytes.length });
      const content = await t
        .http()
        .get(`/api/v1/training-records/${record.id}/certificate/content`)
        .set('Authorization', `Bearer ${w.users['a.staff'].token}`)
        .buffer(true)
        .parse(binary);
      expect(content.status).toBe(200);
      expect(sha256(content.body as Buffer)).toBe(sha256(bytes));
      expectError(
        await client(t, w.users['b.iso_secretary'].token).get(
          `/api/v1/training-records/${record.id}/certificate/content`,
        ),
        404,
        'NOT_FOUND',
      );
      const before = await counts();
      expectError(
        await secretary.post('/api/v1/training-records', {
          agencyId: w.agencyA,
          userId: w.users['b.staff'].id,
          category: 'OTHER',
          course: 'X',
          provider: 'X',
          completedOn: today(),
        }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await staff.post('/api/v1/training-records', {
          agencyId: w.agencyA,
          userId: trainee.id,
          category: 'OTHER',
          course: 'X',
          provider: 'X',
          completedOn: today(),
        }),
        403,
        'FORBIDDEN',
      );
      expect(await counts()).toEqual(before);
      const valid = await ok(
        secretary.get(`/api/v1/training-records?agencyId=${w.agencyA}&userId=${trainee.id}&valid=false`),
      );
      expect(valid.items.map((r: { id: string }) => r.id)).toEqual([record.id]);
    });

    it('an INTERNAL_AUDITOR without a valid internal-auditor training is not qualified: not in the team, not qualified in the register', async () => {
      const auditor = await createUser(t, w.adminToken, 'a.newauditor', [
        { agencyId: w.agencyA, roles: ['STAFF'] },
      ]);
      // given the role by hand afterwards: the flag alone no longer qualifies
      await ok(
        admin.put(`/api/v1/users/${auditor.id}/memberships`, [
          { agencyId: w.agencyA, roles: ['INTERNAL_AUDITOR'] },
        ]),
      );
      await ok(
        secretary.put(`/api/v1/agencies/${w.agencyA}/auditors/${auditor.id}`, { unit: 'Văn phòng Sở' }),
      );
      const register = async () =>
        (await ok(secretary.get(`/api/v1/agencies/${w.agencyA}/auditors?pageSize=100`))).items.find(
          (r: { userId: string }) => r.userId === auditor.id,
        );
      expect(await register()).toMatchObject({
        internalAuditor: false,
        qualification: null,
        unit: 'Văn phòng Sở',
      });
      const programme = await ok(
        secretary.post('/api/v1/audit-programmes', {
          agencyId: w.agencyA,
          year,
          objectives: 'Đánh giá nội bộ',
        }),
        201,
      );
      const body = auditBody(programme.id, w, { leadAuditorId: auditor.id, auditorIds: [] });
      expectError(await secretary.post('/api/v1/audits', body), 409, 'AUDITOR_NOT_QUALIFIED');

      // an expired training does not qualify either
      await ok(
        secretary.post('/api/v1/training-records', {
          agencyId: w.agencyA,
          userId: auditor.id,
          category: 'INTERNAL_AUDITOR',
          course: 'Chuyên gia đánh giá nội bộ (khoá 2020)',
          provider: 'Trung tâm Kỹ thuật TC-ĐL-CL',
          completedOn: '2020-05-10',
          expiresOn: '2023-05-10',
        }),
        201,
      );
      expectError(await secretary.post('/api/v1/audits', body), 409, 'AUDITOR_NOT_QUALIFIED');

      recordId = (
        await ok(
          secretary.post('/api/v1/training-records', {
            agencyId: w.agencyA,
            userId: auditor.id,
            category: 'INTERNAL_AUDITOR',
            course: 'Chuyên gia đánh giá nội bộ HTQLCL theo TCVN ISO 9001:2015',
            provider: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Kon Tum',
            completedOn: inDays(-10),
            expiresOn: inDays(3 * 365),
            certificateNumber: 'CG-2026-015',
          }),
          201,
        )
      ).id;
      expect(await register()).toMatchObject({
        internalAuditor: true,
        qualification: { trainingRecordId: recordId, expiresOn: inDays(3 * 365) },
      });
      const audit = await ok(secretary.post('/api/v1/audits', body), 201);
      expect(audit.leadAuditorId).toBe(auditor.id);
      // the training alone, without the role, does not make an auditor
      const trainedOnly = await createUser(t, w.adminToken, 'a.trainedonly', [
        { agencyId: w.agencyA, roles: ['STAFF'] },
      ]);
      await ok(
        secretary.post('/api/v1/training-records', {
          agencyId: w.agencyA,
          userId: trainedOnly.id,
          category: 'INTERNAL_AUDITOR',
          course: 'Chuyên gia đánh giá nội bộ',
          provider: 'X',
          completedOn: inDays(-5),
        }),
        201,
      );
      expectError(
        await secretary.post(
          '/api/v1/audits',
          auditBody(programme.id, w, { leadAuditorId: trainedOnly.id, auditorIds: [] }),
        ),
        409,
        'AUDITOR_NOT_QUALIFIED',
      );
      const trail = await ok(
        admin.get(`/api/v1/audit-trail?subjectType=trainingRecord&subjectId=${recordId}`),
      );
      expect(trail.items.map((e: { action: string }) => e.action)).toEqual(['create']);
    });

    it('records are scoped: another agency sees none, oversight reads, nobody else writes', async () => {
      expectError(
        await client(t, w.users['b.iso_secretary'].token).get(`/api/v1/training-records/${recordId}`),
        404,
        'NOT_FOUND',
      );
      const ofB = await ok(client(t, w.users['b.iso_secretary'].token).get('/api/v1/training-records'));
      expect(ofB.items.every((r: { agencyId: string }) => r.agencyId === w.agencyB)).toBe(true);
      expectError(
        await client(t, w.users['b.iso_secretary'].token).get(
          `/api/v1/training-records?agencyId=${w.agencyA}`,
        ),
        404,
        'NOT_FOUND',
      );
      expect(
        (await ok(client(t, w.users['p1.oversight'].token).get(`/api/v1/training-records/${recordId}`))).id,
      ).toBe(recordId);
      expectError(
        await client(t, w.users['p1.oversight'].token).post(
          `/api/v1/training-records/${recordId}/certificate`,
        ),
        403,
        'FORBIDDEN',
      );
    });
  });
});

describe('surveys, the feedback log and training records as spreadsheets (format=xlsx)', () => {
  let t: TestApp;
  let w: World;
  let secretary: Client;
  const year = thisYear();
  const workbookAt = async (c: Client, path: string) => {
    const response = await c.get(path).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    return (await openWorkbook(response.body as Buffer)).worksheets[0];
  };
  const tableLayout = {
    frozenRows: 1,
    orientation: 'landscape',
    paperSize: 9,
    fitToWidth: 1,
    printTitlesRow: '1:1',
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    secretary = client(t, w.users['a.iso_secretary'].token);
  });
  afterAll(() => t.close());

  it('survey rounds with respondents, satisfied share and per-question scores', async () => {
    await ok(
      secretary.post('/api/v1/satisfaction-surveys', {
        agencyId: w.agencyA,
        period: `${year}-Q1`,
        title: 'Khảo sát quý 1',
        respondents: 200,
        satisfied: 184,
        questions: [{ question: 'Thái độ của công chức', average: 4.6, satisfiedShare: 0.95 }],
      }),
      201,
    );
    const sheet = await workbookAt(
      secretary,
      `/api/v1/satisfaction-surveys?agencyId=${w.agencyA}&format=xlsx`,
    );
    expect(sheet.name).toBe('Khảo sát sự hài lòng');
    expect(sheetLayout(sheet)).toMatchObject({ ...tableLayout, autoFilter: 'A1:J1' });
    expect(columnCells(sheet, 'Đợt khảo sát').map((c) => c.value)).toEqual(['Khảo sát quý 1']);
    expect(columnCells(sheet, 'Tỷ lệ hài lòng (%)')[0].value).toBe(92);
    expect(columnCells(sheet, 'Số người trả lời')[0].value).toBe(200);
    expect(columnCells(sheet, 'Điểm theo câu hỏi')[0].value).toBe(
      '- Thái độ của công chức: 4.6 (95% hài lòng)',
    );
    expect(columnCells(sheet, 'Nguồn')[0].value).toBe('Nhập trực tiếp');
    expect(columnCells(sheet, 'Ngày ghi nhận')[0]).toEqual({
      value: excelDayOf(today()),
      numFmt: 'dd/mm/yyyy',
    });
    const theirs = await workbookAt(
      client(t, w.users['b.staff'].token),
      '/api/v1/satisfaction-surveys?format=xlsx',
    );
    expect(theirs.rowCount).toBe(1);
  });

  it('the feedback log with its kind, channel, answer due day and status in Vietnamese', async () => {
    await ok(
      client(t, w.users['a.staff'].token).post('/api/v1/feedback', {
        agencyId: w.agencyA,
        kind: 'COMPLAINT',
        channel: 'HOTLINE',
        receivedOn: today(),
        citizenName: 'Nguyễn Văn A',
        content: 'Hồ sơ chưa được trả kết quả',
      }),
      201,
    );
    const sheet = await workbookAt(secretary, `/api/v1/feedback?agencyId=${w.agencyA}&format=xlsx`);
    expect(sheet.name).toBe('Phản ánh, kiến nghị');
    expect(sheetLayout(sheet)).toMatchObject({ ...tableLayout, autoFilter: 'A1:M1' });
    const at = (header: string) => columnCells(sheet, header)[0].value;
    expect([at('Loại'), at('Hình thức tiếp nhận'), at('Trạng thái'), at('Nội dung')]).toEqual([
      'Phản ánh',
      'Đường dây nóng',
      'Chưa trả lời',
      'Hồ sơ chưa được trả kết quả',
    ]);
    expect(columnCells(sheet, 'Ngày tiếp nhận')[0]).toEqual({
      value: excelDayOf(today()),
      numFmt: 'dd/mm/yyyy',
    });
    expect(columnCells(sheet, 'Hạn trả lời')[0]).toEqual({
      value: excelDayOf(inDays(10)),
      numFmt: 'dd/mm/yyyy',
    });
    expectError(
      await client(t, w.users['b.staff'].token).get(`/api/v1/feedback?agencyId=${w.agencyA}&format=xlsx`),
      404,
      'NOT_FOUND',
    );
  });

  it('training records with the member, expiry and whether each is valid today', async () => {
    const member = await createUser(t, w.adminToken, 'a.learner', [
      { agencyId: w.agencyA, roles: ['STAFF'] },
    ]);
    for (const [course, expiresOn] of [
      ['Đánh giá viên nội bộ', inDays(300)],
      ['Nhận thức ISO 9001', inDays(-1)],
    ])
      await ok(
        secretary.post('/api/v1/training-records', {
          agencyId: w.agencyA,
          userId: member.id,
          category: course === 'Đánh giá viên nội bộ' ? 'INTERNAL_AUDITOR' : 'ISO_9001',
          course,
          provider: 'Chi cục TĐC Kon Tum',
          completedOn: inDays(-30),
          expiresOn,
        }),
        201,
      );
    const sheet = await workbookAt(
      secretary,
      `/api/v1/training-records?agencyId=${w.agencyA}&userId=${member.id}&format=xlsx`,
    );
    expect(sheet.name).toBe('Đào tạo, năng lực');
    expect(sheetLayout(sheet)).toMatchObject({ ...tableLayout, autoFilter: 'A1:J1' });
    const courses = columnCells(sheet, 'Khóa đào tạo').map((c) => c.value);
    expect([...courses].sort()).toEqual(['Nhận thức ISO 9001', 'Đánh giá viên nội bộ'].sort());
    const row = (course: string) => courses.indexOf(course);
    const valid = columnCells(sheet, 'Hiệu lực');
    expect(valid[row('Đánh giá viên nội bộ')].value).toBe('Còn hiệu lực');
    expect(valid[row('Nhận thức ISO 9001')].value).toBe('Hết hạn');
    expect(columnCells(sheet, 'Loại đào tạo')[row('Đánh giá viên nội bộ')].value).toBe(
      'Đánh giá viên nội bộ',
    );
    expect(columnCells(sheet, 'Ngày hết hạn')[row('Nhận thức ISO 9001')]).toEqual({
      value: excelDayOf(inDays(-1)),
      numFmt: 'dd/mm/yyyy',
    });
    expect(columnCells(sheet, 'Họ và tên').map((c) => c.value)).not.toContain(member.id);
    const theirs = await workbookAt(
      client(t, w.users['b.staff'].token),
      '/api/v1/training-records?format=xlsx',
    );
    expect(columnCells(theirs, 'Khóa đào tạo').map((c) => c.value)).not.toContain('Nhận thức ISO 9001');
  });
});

describe('a training certificate expiry is a deadline of its holder and the ISO secretary', () => {
  let t: TestApp;
  let w: World;
  let secretary: Client;
  let member: { id: string; client: Client };
  const expiryDeadlines = () =>
    t.sql<{ subjectId: string; state: string; dueAt: Date; users: string[]; role: string | null }>(
      `SELECT subject_id AS "subjectId", state, due_at AS "dueAt", responsible_user_ids AS users,
              responsible_role AS role
         FROM deadlines WHERE kind = 'TRAINING_EXPIRY' ORDER BY due_at`,
    );
  const record = (category: string, course: string, expiresOn?: string) =>
    ok(
      secretary.post('/api/v1/training-records', {
        agencyId: w.agencyA,
        userId: member.id,
        category,
        course,
        provider: 'Chi cục TĐC Kon Tum',
        completedOn: inDays(-10),
        ...(expiresOn ? { expiresOn } : {}),
      }),
      201,
    );

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    secretary = client(t, w.users['a.iso_secretary'].token);
    member = await createUser(t, w.adminToken, 'a.auditor2', [{ agencyId: w.agencyA, roles: ['STAFF'] }]);
    await t.sql(`DELETE FROM deadlines WHERE kind = 'TRAINING_EXPIRY'`);
  });
  afterAll(() => t.close());

  it('is registered at the end of the last valid day (Viet Nam) and met when the training is renewed', async () => {
    const first = await record('INTERNAL_AUDITOR', 'Đánh giá viên nội bộ', inDays(200));
    expect(await expiryDeadlines()).toEqual([
      {
        subjectId: first.id,
        state: 'OPEN',
        dueAt: endOfBusinessDate(inDays(200)),
        users: [member.id],
        role: 'ISO_SECRETARY',
      },
    ]);
    // the ISO secretary and the holder see it in the deadline registry
    const listed = await ok(
      secretary.get(`/api/v1/deadlines?agencyId=${w.agencyA}&kind=TRAINING_EXPIRY&status=OPEN`),
    );
    expect(listed.items.map((d: { subjectId: string }) => d.subjectId)).toEqual([first.id]);
    expect(new Date(listed.items[0].dueAt).toISOString()).toBe(`${inDays(200)}T17:00:00.000Z`);
    // a record with no expiry, or one already expired, adds none; another category replaces nothing
    await record('ISO_9001', 'Nhận thức ISO 9001');
    await record('ISO_9001', 'Nhận thức ISO 9001 (cũ)', inDays(-1));
    await record('PROFESSIONAL', 'Văn thư lưu trữ', inDays(100));
    expect((await expiryDeadlines()).map((d) => [d.subjectId === first.id, d.state])).toEqual([
      [false, 'OPEN'],
      [true, 'OPEN'],
    ]);
    // renewed: the earlier certificate's deadline is met, the new one is open
    const renewed = await record('INTERNAL_AUDITOR', 'Đánh giá viên nội bộ (cập nhật)', inDays(900));
    const after = await expiryDeadlines();
    expect(after.find((d) => d.subjectId === first.id)!.state).toBe('MET');
    expect(after.find((d) => d.subjectId === renewed.id)).toMatchObject({
      state: 'OPEN',
      dueAt: endOfBusinessDate(inDays(900)),
    });
    // a different professional course does not replace the first one
    await record('PROFESSIONAL', 'Tin học văn phòng', inDays(300));
    expect(after.filter((d) => d.state === 'OPEN')).toHaveLength(2);
    expect((await expiryDeadlines()).filter((d) => d.state === 'OPEN')).toHaveLength(3);
  });
});
