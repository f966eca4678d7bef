import ExcelJS from 'exceljs';
import { startTestApp, TestApp } from './support/harness';
import { approveAll, client, Client, DOCX, PDF, sha256 } from './support/documents';
import { binary } from './support/multipart';
import { columnCells, excelDayOf, sheetLayout } from './support/ooxml';
import { buildWorld, World } from './support/world';

describe('document control: a procedure and its form through issue, revision and withdrawal', () => {
  let t: TestApp;
  let w: World;
  let drafter: Client, secretary: Client, approver: Client, staff: Client;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    [drafter, secretary, approver, staff] = ['a.drafter', 'a.iso_secretary', 'a.approver', 'a.staff'].map(
      (k) => client(t, w.users[k].token),
    );
  });
  afterAll(() => t.close());

  it('runs the whole lifecycle through the REST API', async () => {
    // 1. the drafter creates a procedure covering a TTHC, and a form that belongs to it
    const procedure = (
      await drafter
        .post('/api/v1/documents', {
          agencyId: w.agencyA,
          code: 'QT-05',
          title: 'Quy trình kiểm soát tài liệu',
          type: 'PROCEDURE',
          ownerUnit: 'Văn phòng Sở',
          reviewIntervalMonths: 12,
          administrativeProcedureCode: '1.001234',
        })
        .expect(201)
    ).body;
    expect(procedure).toMatchObject({
      status: 'DRAFT',
      inForce: false,
      currentVersion: null,
      draftVersion: { revision: 1, status: 'DRAFT' },
    });
    const form = (
      await drafter
        .post('/api/v1/documents', {
          agencyId: w.agencyA,
          code: 'BM-01/QT-05',
          title: 'Phiếu yêu cầu soạn thảo',
          type: 'FORM',
          parentId: procedure.id,
        })
        .expect(201)
    ).body;
    expect(form.parentId).toBe(procedure.id);
    await drafter
      .post('/api/v1/documents', {
        agencyId: w.agencyA,
        code: 'BM-02',
        title: 'Biểu mẫu mồ côi',
        type: 'FORM',
      })
      .expect(400);

    // 2. files: the signed PDF and the editable DOCX
    const v1 = procedure.draftVersion.id;
    const pdf1 = PDF('QT-05 lần 1');
    const docx1 = DOCX('QT-05 lần 1');
    const uploaded = (
      await drafter.upload(procedure.id, v1, pdf1, 'QT-05 Kiểm soát tài liệu.pdf').expect(201)
    ).body;
    expect(uploaded).toMatchObject({
      name: 'QT-05 Kiểm soát tài liệu.pdf',
      size: pdf1.length,
      contentType: 'application/pdf',
      sha256: sha256(pdf1),
    });
    await drafter.upload(procedure.id, v1, docx1, 'QT-05.docx').expect(201);

    // 3. issue: request, submit, ISO secretary review, head-of-agency approval
    const issue = (
      await drafter
        .post('/api/v1/approval-requests', {
          kind: 'ISSUE',
          documentId: procedure.id,
          reason: 'Ban hành quy trình',
        })
        .expect(201)
    ).body;
    expect(issue).toMatchObject({ status: 'DRAFT', versionId: v1, steps: [] });
    const submitted = (await drafter.post(`/api/v1/approval-requests/${issue.id}/submit`).expect(200)).body;
    expect(submitted.status).toBe('IN_PROGRESS');
    expect(submitted.steps.map((s: { role: string; status: string }) => [s.role, s.status])).toEqual([
      ['ISO_SECRETARY', 'PENDING'],
      ['APPROVER', 'WAITING'],
    ]);
    // a draft in approval can no longer change
    const frozen = await drafter.upload(procedure.id, v1, PDF('late'), 'late.pdf').expect(409);
    expect(frozen.body.code).toBe('DOCUMENT_VERSION_IS_IN_APPROVAL');

    const secretaryInbox = (await secretary.get('/api/v1/approval-requests?assignedToMe=true').expect(200))
      .body;
    expect(secretaryInbox.items.map((r: { id: string }) => r.id)).toEqual([issue.id]);
    expect(
      (await approver.get('/api/v1/approval-requests?assignedToMe=true').expect(200)).body.items,
    ).toEqual([]);
    await secretary
      .post(`/api/v1/approval-requests/${issue.id}/approve`, { comment: 'Đã xem xét', stepOrder: 1 })
      .expect(200);
    const approverInbox = (await approver.get('/api/v1/approval-requests?assignedToMe=true').expect(200))
      .body;
    expect(approverInbox.items.map((r: { id: string }) => r.id)).toEqual([issue.id]);
    const approved = (
      await approver
        .post(`/api/v1/approval-requests/${issue.id}/approve`, { comment: 'Đồng ý ban hành', stepOrder: 2 })
        .expect(200)
    ).body;
    expect(approved.status).toBe('APPROVED');
    expect(approved.steps.map((s: { meaning: string }) => s.meaning)).toEqual(['REVIEWED', 'APPROVED']);
    expect(approved.steps[1]).toMatchObject({
      decidedBy: w.users['a.approver'].id,
      fileHashes: [sha256(pdf1), sha256(docx1)],
    });

    const effective = (await staff.get(`/api/v1/documents/${procedure.id}`).expect(200)).body;
    expect(effective).toMatchObject({
      status: 'EFFECTIVE',
      inForce: true,
      currentVersion: { id: v1, revision: 1, status: 'EFFECTIVE', inForce: true },
    });
    expect(effective.currentVersion).toMatchObject({
      reviewedBy: w.users['a.iso_secretary'].id,
      approvedBy: w.users['a.approver'].id,
      draftedBy: w.users['a.drafter'].id,
    });
    expect(effective.currentVersion.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(effective.nextReviewDate).toBeTruthy();

    // 4. read-and-acknowledge: staff owe a confirmation; the secretary sees who has read it
    const before = (await secretary.get(`/api/v1/documents/${procedure.id}/acknowledgements`).expect(200))
      .body;
    expect(before.pending.map((p: { userId: string }) => p.userId)).toContain(w.users['a.staff'].id);
    await staff.post(`/api/v1/documents/${procedure.id}/acknowledgements`).expect(200);
    const after = (await secretary.get(`/api/v1/documents/${procedure.id}/acknowledgements`).expect(200))
      .body;
    expect(after.acknowledged.map((p: { userId: string }) => p.userId)).toEqual([w.users['a.staff'].id]);
    expect(after.pending.map((p: { userId: string }) => p.userId)).not.toContain(w.users['a.staff'].id);
    await staff.get(`/api/v1/documents/${procedure.id}/acknowledgements`).expect(403);

    // 5. revision with a new file
    const revision = (
      await drafter
        .post(`/api/v1/documents/${procedure.id}/revisions`, { reason: 'Cập nhật theo Nghị định 30/2020' })
        .expect(201)
    ).body;
    expect(revision).toMatchObject({
      revision: 2,
      status: 'DRAFT',
      changeSummary: 'Cập nhật theo Nghị định 30/2020',
    });
    expect(revision.files.map((f: { sha256: string }) => f.sha256)).toEqual([sha256(pdf1), sha256(docx1)]);
    const pdf2 = PDF('QT-05 lần 2');
    await drafter.upload(procedure.id, revision.id, pdf2, 'QT-05 lần 2.pdf').expect(201);
    await drafter.post(`/api/v1/documents/${procedure.id}/revisions`, { reason: 'Hai bản nháp' }).expect(409);
    const revise = (
      await drafter
        .post('/api/v1/approval-requests', {
          kind: 'REVISION',
          documentId: procedure.id,
          reason: 'Sửa đổi lần 2',
        })
        .expect(201)
    ).body;
    await drafter.post(`/api/v1/approval-requests/${revise.id}/submit`).expect(200);
    await approveAll(revise.id, secretary, approver);

    const versions = (await staff.get(`/api/v1/documents/${procedure.id}/versions`).expect(200)).body.items;
    expect(
      versions.map((v: { revision: number; status: string; inForce: boolean }) => [
        v.revision,
        v.status,
        v.inForce,
      ]),
    ).toEqual([
      [2, 'EFFECTIVE', true],
      [1, 'SUPERSEDED', false],
    ]);
    expect(versions[1].supersededAt).toBeTruthy();
    // the superseded version's file is still downloadable, byte for byte
    const oldFile = versions[1].files.find((f: { name: string }) => f.name.endsWith('.pdf'));
    const download = await staff
      .get(`/api/v1/files/${oldFile.id}/content`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(sha256(download.body as Buffer)).toBe(sha256(pdf1));
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    // …and can never be edited
    const edit = await drafter
      .patch(`/api/v1/documents/${procedure.id}/versions/${v1}`, { changeSummary: 'sửa lén' })
      .expect(409);
    expect(edit.body.code).toBe('DOCUMENT_VERSION_IS_SUPERSEDED');

    // 6. issue the form too, then withdraw the procedure
    await drafter.upload(form.id, form.draftVersion.id, PDF('BM-01'), 'BM-01.pdf').expect(201);
    const formIssue = (
      await drafter
        .post('/api/v1/approval-requests', {
          kind: 'ISSUE',
          documentId: form.id,
          reason: 'Ban hành biểu mẫu',
        })
        .expect(201)
    ).body;
    await drafter.post(`/api/v1/approval-requests/${formIssue.id}/submit`).expect(200);
    await approveAll(formIssue.id, secretary, approver);

    // the agency admin opens the withdrawal: as its author they decide none of its steps, and
    // the approver does not take the secretary's step (this test used to let the secretary who
    // opened and submitted the withdrawal review it too: one person must not carry a request alone)
    const agencyAdmin = client(t, w.users['a.agency_admin'].token);
    const withdraw = (
      await agencyAdmin
        .post('/api/v1/approval-requests', {
          kind: 'WITHDRAWAL',
          documentId: procedure.id,
          reason: 'Thủ tục đã bị bãi bỏ',
        })
        .expect(201)
    ).body;
    await agencyAdmin.post(`/api/v1/approval-requests/${withdraw.id}/submit`).expect(200);
    await approver.post(`/api/v1/approval-requests/${withdraw.id}/approve`, { stepOrder: 1 }).expect(403);
    await agencyAdmin.post(`/api/v1/approval-requests/${withdraw.id}/approve`, { stepOrder: 1 }).expect(403);
    await approveAll(withdraw.id, secretary, approver);
    const withdrawn = (await staff.get(`/api/v1/documents/${procedure.id}`).expect(200)).body;
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      inForce: false,
      currentVersion: { revision: 2, inForce: false },
    });
    const again = await drafter
      .post(`/api/v1/documents/${procedure.id}/revisions`, { reason: 'Hồi sinh' })
      .expect(409);
    expect(again.body.code).toBe('DOCUMENT_IS_WITHDRAWN');

    // 7. the register, filtered, and its XLSX export
    const register = (await secretary.get(`/api/v1/documents?agencyId=${w.agencyA}&sort=code`).expect(200))
      .body;
    expect(
      register.items.map((d: { code: string; status: string; revision: number }) => [
        d.code,
        d.status,
        d.revision,
      ]),
    ).toEqual([
      ['BM-01/QT-05', 'EFFECTIVE', 1],
      ['QT-05', 'WITHDRAWN', 2],
    ]);
    const covering = (
      await secretary.get('/api/v1/documents?administrativeProcedureCode=1.001234').expect(200)
    ).body;
    expect(covering.items.map((d: { code: string }) => d.code)).toEqual(['QT-05']);
    const forms = (await secretary.get(`/api/v1/documents?type=FORM&parentId=${procedure.id}`).expect(200))
      .body;
    expect(forms.total).toBe(1);
    const xlsx = await secretary
      .get(`/api/v1/documents?agencyId=${w.agencyA}&format=xlsx&sort=code`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const rows = workbook.worksheets[0].getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => [r[2], r[3], r[5], r[7]])).toEqual([
      ['BM-01/QT-05', 'Phiếu yêu cầu soạn thảo', 1, 'Đang hiệu lực'],
      ['QT-05', 'Quy trình kiểm soát tài liệu', 2, 'Đã hủy bỏ'],
    ]);
    expect(workbook.worksheets[0].getRow(1).values).toEqual(
      expect.arrayContaining(['Mã tài liệu', 'Tên tài liệu', 'Lần ban hành', 'Ngày hiệu lực', 'Trạng thái']),
    );
    // as a user opens it: a frozen, filtered header repeated on each landscape A4 page, real dates
    const registerSheet = workbook.worksheets[0];
    expect(sheetLayout(registerSheet)).toEqual({
      frozenRows: 1,
      autoFilter: 'A1:I1',
      orientation: 'landscape',
      paperSize: 9,
      fitToWidth: 1,
      printTitlesRow: '1:1',
      headers: [
        'STT',
        'Mã tài liệu',
        'Tên tài liệu',
        'Loại',
        'Lần ban hành',
        'Ngày hiệu lực',
        'Trạng thái',
        'Đơn vị chủ trì',
        'Ngày xem xét lại',
      ],
    });
    const listed = (await secretary.get(`/api/v1/documents?agencyId=${w.agencyA}&sort=code`).expect(200)).body
      .items as { effectiveFrom: string | null; nextReviewDate: string | null; type: string }[];
    const day = (value: string | null) => (value ? excelDayOf(value) : null);
    expect(columnCells(registerSheet, 'Ngày hiệu lực').map((c) => c.value)).toEqual(
      listed.map((d) => day(d.effectiveFrom)),
    );
    expect(columnCells(registerSheet, 'Ngày xem xét lại').map((c) => c.value)).toEqual(
      listed.map((d) => day(d.nextReviewDate)),
    );
    expect(listed[0].effectiveFrom).toBeTruthy();
    expect(columnCells(registerSheet, 'Ngày hiệu lực')[0].numFmt).toBe('dd/mm/yyyy');
    expect(columnCells(registerSheet, 'Loại').map((c) => c.value)).toEqual(['Biểu mẫu', 'Quy trình']);

    // 8. the whole story is in the audit trail, and the chain holds
    const trail = (
      await client(t, w.adminToken)
        .get(`/api/v1/audit-trail?subjectType=document&subjectId=${procedure.id}&sort=id`)
        .expect(200)
    ).body;
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'issue',
      'revise',
      'withdraw',
    ]);
    expect((await client(t, w.adminToken).get('/api/v1/audit-trail/verify').expect(200)).body.ok).toBe(true);
  });
});
