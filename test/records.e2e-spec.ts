import { startTestApp, TestApp } from './support/harness';
import { client, Client, PDF, sha256 } from './support/documents';
import { binary } from './support/multipart';
import { expectError, ok, readXlsx, thisYear, today } from './support/audits';
import { approveThroughEngine, recordsOf, uploadItem } from './support/records';
import { columnCells, excelDayOf, openWorkbook, sheetLayout } from './support/ooxml';
import { buildWorld, World } from './support/world';

/**
 * Records (ISO 9001 7.5.3; Nghị định 30/2020 art. 28–30) through REST: the records procedures
 * declare, the yearly list built from them and approved by the head of agency through the
 * approval engine, its Phụ lục V spreadsheet, record files with their items, closing and the
 * retention deadline, and the diacritics-insensitive search.
 */
describe('records: declared records, the yearly list through the approval engine, record files', () => {
  let t: TestApp;
  let w: World;
  let admin: Client, staff: Client;
  const year = thisYear();

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    admin = client(t, w.adminToken);
    staff = client(t, w.users['a.staff'].token);
  });

  afterAll(async () => {
    await t.close();
  });

  const trailOf = async (subjectType: string, subjectId: string) =>
    (
      await ok(
        admin.get(
          `/api/v1/audit-trail?subjectType=${subjectType}&subjectId=${subjectId}&pageSize=100&sort=id`,
        ),
      )
    ).items as {
      action: string;
      fromState: string | null;
      toState: string | null;
      actorId: string;
      data: any;
    }[];

  it('a procedure declares its records (years or permanent); bad input and other roles write nothing', async () => {
    const r = await recordsOf(t, w, 'QTA');
    expect(r.declared[0]).toMatchObject({
      agencyId: w.agencyA,
      documentId: r.procedure.id,
      procedureCode: 'QTA-05',
      formCode: 'BM-01/QTA-05',
      retentionYears: 5,
      permanent: false,
      retention: '5 năm',
      medium: 'BOTH',
    });
    expect(r.declared[1]).toMatchObject({ retentionYears: null, permanent: true, retention: 'Vĩnh viễn' });

    const before = await t.sql('SELECT count(*)::int AS n FROM procedure_records');
    const base = {
      documentId: r.procedure.id,
      name: 'Phiếu',
      ownerUnit: 'Văn phòng',
      location: 'Tủ 1',
      medium: 'PAPER',
    };
    expectError(await r.secretary.post('/api/v1/procedure-records', base), 400, 'VALIDATION_FAILED');
    expectError(
      await r.secretary.post('/api/v1/procedure-records', { ...base, retentionYears: 5, permanent: true }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await r.secretary.post('/api/v1/procedure-records', { ...base, retentionYears: 500 }),
      400,
      'VALIDATION_FAILED',
    );
    const form = await ok(
      r.secretary.post('/api/v1/documents', {
        agencyId: w.agencyA,
        code: 'HD-09',
        title: 'Hướng dẫn',
        type: 'GUIDE',
      }),
      201,
    );
    const notProcedure = await r.secretary.post('/api/v1/procedure-records', {
      ...base,
      documentId: form.id,
      retentionYears: 5,
    });
    expectError(notProcedure, 400, 'VALIDATION_FAILED');
    expect(notProcedure.body.message).toMatch(/[ạảãáàậẩẫấầệểễếềịỉĩíìọỏõóòộổỗốồụủũúù]/);
    expectError(
      await staff.post('/api/v1/procedure-records', { ...base, retentionYears: 5 }),
      403,
      'FORBIDDEN',
    );
    expect(await t.sql('SELECT count(*)::int AS n FROM procedure_records')).toEqual(before);

    const page = await ok(r.secretary.get(`/api/v1/procedure-records?documentId=${r.procedure.id}`));
    expect(page.items.map((i: any) => i.name)).toEqual(['Tờ khai đăng ký khai sinh', 'Sổ đăng ký khai sinh']);
    // an edit is one versioned change with its before and after in the audit trail
    const edited = await ok(
      r.secretary.patch(`/api/v1/procedure-records/${r.declared[0].id}`, { retentionYears: 10, version: 1 }),
    );
    expect(edited).toMatchObject({ retentionYears: 10, retention: '10 năm', version: 2 });
    expectError(
      await r.secretary.patch(`/api/v1/procedure-records/${r.declared[0].id}`, {
        location: 'Tủ 3',
        version: 1,
      }),
      409,
      'STALE_VERSION',
    );
    const trail = await trailOf('procedureRecord', r.declared[0].id);
    expect(trail.map((e) => e.action)).toEqual(['create', 'update']);
    expect(trail[1].data).toMatchObject({ before: { retentionYears: 5 }, after: { retentionYears: 10 } });
  });

  describe('the yearly list of records', () => {
    let r: Awaited<ReturnType<typeof recordsOf>>;
    let list: any;

    beforeAll(async () => {
      r = await recordsOf(t, w, 'QTL');
      list = await ok(r.secretary.post('/api/v1/record-lists', { agencyId: w.agencyA, year: year + 1 }), 201);
    });

    it('is built from the declared records, one per year and agency', async () => {
      // every record the agency declared (an earlier test's procedure too)
      expect(list).toMatchObject({ agencyId: w.agencyA, year: year + 1, status: 'DRAFT', itemCount: 4 });
      // the agency's other procedures (earlier tests) declared records too: take this procedure's
      const mine = list.items.filter((i: any) => i.code.startsWith('QTL-05'));
      expect(mine).toEqual([
        expect.objectContaining({
          code: 'QTL-05.01',
          title: 'Tờ khai đăng ký khai sinh (BM-01/QTL-05)',
          retention: '5 năm',
          ownerUnit: 'Phòng Hành chính tư pháp',
          procedureRecordId: r.declared[0].id,
        }),
        expect.objectContaining({ code: 'QTL-05.02', retention: 'Vĩnh viễn', permanent: true }),
      ]);
      expectError(
        await r.secretary.post('/api/v1/record-lists', { agencyId: w.agencyA, year: year + 1 }),
        409,
        'RECORD_LIST_EXISTS',
      );
      expectError(
        await staff.post('/api/v1/record-lists', { agencyId: w.agencyA, year: year + 2 }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await client(t, w.users['b.iso_secretary'].token).post('/api/v1/record-lists', {
          agencyId: w.agencyA,
          year: year + 2,
        }),
        404,
        'NOT_FOUND',
      );
      expect(await t.sql('SELECT count(*)::int AS n FROM record_lists WHERE year = $1', [year + 2])).toEqual([
        { n: 0 },
      ]);
    });

    it('the ISO secretary edits the draft (items replaced, versioned); others may not', async () => {
      const items = [
        ...list.items
          .filter((i: any) => i.code.startsWith('QTL-05'))
          .map((i: any) => ({
            heading: i.heading,
            code: i.code,
            title: i.title,
            ownerUnit: i.ownerUnit,
            location: i.location,
            medium: i.medium,
            ...(i.permanent ? { permanent: true } : { retentionYears: i.retentionYears }),
            procedureRecordId: i.procedureRecordId,
          })),
        {
          heading: 'Hồ sơ chung',
          code: 'VP.01',
          title: 'Hồ sơ hội nghị tổng kết năm',
          ownerUnit: 'Văn phòng Sở',
          medium: 'ELECTRONIC',
          retentionYears: 10,
          note: 'Lưu trữ điện tử',
        },
      ];
      expectError(
        await staff.patch(`/api/v1/record-lists/${list.id}`, { items, version: list.version }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await r.secretary.patch(`/api/v1/record-lists/${list.id}`, { items: [...items, items[0]] }),
        400,
        'VALIDATION_FAILED',
      );
      const edited = await ok(
        r.secretary.patch(`/api/v1/record-lists/${list.id}`, { items, version: list.version }),
      );
      expect(edited).toMatchObject({
        itemCount: 3,
        version: list.version + 1,
        permanentCount: 1,
        limitedCount: 2,
      });
      expect(edited.items[2]).toMatchObject({
        position: 3,
        code: 'VP.01',
        retention: '10 năm',
        note: 'Lưu trữ điện tử',
      });
      expectError(
        await r.secretary.patch(`/api/v1/record-lists/${list.id}`, { title: 'x', version: list.version }),
        409,
        'STALE_VERSION',
      );
      list = edited;
    });

    it('goes through the approval engine as a second kind of subject: returned is a draft again, approved by the head of agency', async () => {
      // a document kind on a list, or a list kind on a document: 400, nothing opened
      expectError(
        await r.secretary.post('/api/v1/approval-requests', {
          kind: 'ISSUE',
          subjectType: 'recordList',
          subjectId: list.id,
          reason: 'x',
        }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await r.secretary.post('/api/v1/approval-requests', {
          kind: 'RECORD_LIST',
          documentId: r.procedure.id,
          reason: 'x',
        }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await r.secretary.post('/api/v1/approval-requests', {
          kind: 'RECORD_LIST',
          subjectType: 'nothing',
          subjectId: list.id,
          reason: 'x',
        }),
        400,
        'VALIDATION_FAILED',
      );
      // staff cannot open it
      expectError(
        await staff.post('/api/v1/approval-requests', {
          kind: 'RECORD_LIST',
          subjectType: 'recordList',
          subjectId: list.id,
          reason: 'x',
        }),
        403,
        'FORBIDDEN',
      );

      const request = await ok(
        r.secretary.post('/api/v1/approval-requests', {
          kind: 'RECORD_LIST',
          subjectType: 'recordList',
          subjectId: list.id,
          reason: 'Trình duyệt danh mục hồ sơ',
        }),
        201,
      );
      expect(request).toMatchObject({
        kind: 'RECORD_LIST',
        subjectType: 'recordList',
        subjectId: list.id,
        documentId: null,
        status: 'DRAFT',
      });
      const submitted = await ok(r.secretary.post(`/api/v1/approval-requests/${request.id}/submit`));
      // one step by default: the head of agency
      expect(submitted.steps).toEqual([
        expect.objectContaining({ order: 1, role: 'APPROVER', status: 'PENDING' }),
      ]);
      expect((await ok(r.secretary.get(`/api/v1/record-lists/${list.id}`))).status).toBe('IN_APPROVAL');
      // frozen in approval
      expectError(
        await r.secretary.patch(`/api/v1/record-lists/${list.id}`, { title: 'Sửa' }),
        409,
        'RECORD_LIST_IS_IN_APPROVAL',
      );
      // it waits in the head of agency's inbox
      const inbox = await ok(r.approver.get('/api/v1/approval-requests?assignedToMe=true'));
      expect(inbox.items.map((i: any) => i.id)).toContain(request.id);
      // the secretary holds no APPROVER role: not their step
      expectError(
        await r.secretary.post(`/api/v1/approval-requests/${request.id}/approve`, { stepOrder: 1 }),
        403,
        'SEPARATION_OF_DUTIES',
      );
      await ok(
        r.approver.post(`/api/v1/approval-requests/${request.id}/return`, {
          stepOrder: 1,
          comment: 'Bổ sung hồ sơ',
        }),
      );
      expect((await ok(r.secretary.get(`/api/v1/record-lists/${list.id}`))).status).toBe('DRAFT');

      await approveThroughEngine(r.secretary, r.approver, 'RECORD_LIST', 'recordList', list.id);
      const approved = await ok(r.secretary.get(`/api/v1/record-lists/${list.id}`));
      expect(approved).toMatchObject({ status: 'APPROVED', approvedBy: w.users['a.approver'].id });
      expectError(
        await r.secretary.patch(`/api/v1/record-lists/${list.id}`, { title: 'Sửa' }),
        409,
        'RECORD_LIST_IS_APPROVED',
      );

      const trail = await trailOf('recordList', list.id);
      expect(trail.map((e) => `${e.action}:${e.fromState ?? ''}>${e.toState ?? ''}`)).toEqual([
        'create:>DRAFT',
        'update:>',
        'submit:DRAFT>IN_APPROVAL',
        'reopen:IN_APPROVAL>DRAFT',
        'submit:DRAFT>IN_APPROVAL',
        'approve:IN_APPROVAL>APPROVED',
      ]);
      expect(trail[5].actorId).toBe(w.users['a.approver'].id);
    });

    it('is exported as XLSX in the columns of Phụ lục V (Nghị định 30/2020)', async () => {
      const response = await t
        .http()
        .get(`/api/v1/record-lists/${list.id}?format=xlsx`)
        .set('Authorization', `Bearer ${w.users['a.staff'].token}`)
        .buffer(true)
        .parse(binary);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="danh-muc-ho-so-.+\.xlsx"$/,
      );
      const sheets = await readXlsx(response.body as Buffer);
      const rows = sheets[`Danh mục hồ sơ ${year + 1}`];
      expect(rows[0][0]).toBe('SỞ TƯ PHÁP');
      expect(rows.find((row) => String(row[0]).startsWith('DANH MỤC HỒ SƠ'))?.[0]).toBe(
        `DANH MỤC HỒ SƠ CỦA SỞ TƯ PHÁP NĂM ${year + 1}`,
      );
      const header = rows.findIndex((row) => row[0] === 'Số và ký hiệu hồ sơ');
      expect(rows[header]).toEqual([
        'Số và ký hiệu hồ sơ',
        'Tên đề mục và tiêu đề hồ sơ',
        'Thời hạn bảo quản',
        'Đơn vị/người lập hồ sơ',
        'Ghi chú',
      ]);
      expect(rows[header + 1]).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)']);
      expect(rows).toContainEqual([
        'QTL-05.01',
        'Tờ khai đăng ký khai sinh (BM-01/QTL-05)',
        '5 năm',
        'Phòng Hành chính tư pháp',
        '',
      ]);
      expect(rows).toContainEqual([
        'VP.01',
        'Hồ sơ hội nghị tổng kết năm',
        '10 năm',
        'Văn phòng Sở',
        'Lưu trữ điện tử',
      ]);
      expect(rows.flat()).toContain(
        'Bản danh mục hồ sơ này có 3 hồ sơ, bao gồm: 1 hồ sơ bảo quản vĩnh viễn; 2 hồ sơ bảo quản có thời hạn.',
      );
    });

    describe('record files', () => {
      let file: any;

      it('are opened only under an approved list, by the ISO secretary', async () => {
        const draft = await ok(
          r.secretary.post('/api/v1/record-lists', { agencyId: w.agencyA, year: year + 3 }),
          201,
        );
        expectError(
          await r.secretary.post('/api/v1/record-files', { listItemId: draft.items[0].id }),
          409,
          'RECORD_LIST_NOT_APPROVED',
        );
        const item = list.items.find((i: any) => i.code === 'QTL-05.01');
        expectError(await staff.post('/api/v1/record-files', { listItemId: item.id }), 403, 'FORBIDDEN');
        expect(await t.sql('SELECT count(*)::int AS n FROM record_files')).toEqual([{ n: 0 }]);
        file = await ok(
          r.secretary.post('/api/v1/record-files', {
            listItemId: item.id,
            title: 'Hồ sơ đăng ký khai sinh quý I',
            openedOn: today(),
          }),
          201,
        );
        expect(file).toMatchObject({
          agencyId: w.agencyA,
          listId: list.id,
          code: `QTL-05.01/${year + 1}-01`,
          status: 'OPEN',
          retention: '5 năm',
          retentionEndsOn: null,
          legalHold: false,
          items: [],
        });
      });

      it('keep their items (uploaded scans, filled forms) with number, date and author', async () => {
        const bytes = PDF('To khai khai sinh Nguyen Van An');
        const query = `?number=${encodeURIComponent('15/TK-HCTP')}&issuedOn=${today()}&author=${encodeURIComponent('Nguyễn Văn An')}&title=${encodeURIComponent('Tờ khai đăng ký khai sinh cho con')}&formCode=BM-01/QTL-05`;
        const item = await ok(
          uploadItem(t, w.users['a.iso_secretary'].token, file.id, bytes, 'to-khai.pdf', query),
          201,
        );
        expect(item).toMatchObject({
          fileId: file.id,
          name: 'to-khai.pdf',
          sha256: sha256(bytes),
          number: '15/TK-HCTP',
          issuedOn: today(),
          author: 'Nguyễn Văn An',
          formCode: 'BM-01/QTL-05',
          disposedAt: null,
        });
        expectError(
          await uploadItem(
            t,
            w.users['a.iso_secretary'].token,
            file.id,
            bytes,
            'x.pdf',
            '?issuedOn=15-01-2026',
          ),
          400,
          'VALIDATION_FAILED',
        );
        expectError(await uploadItem(t, w.users['a.staff'].token, file.id, bytes, 'x.pdf'), 403, 'FORBIDDEN');
        const content = await t
          .http()
          .get(`/api/v1/record-files/${file.id}/items/${item.id}/content`)
          .set('Authorization', `Bearer ${w.users['a.staff'].token}`)
          .buffer(true)
          .parse(binary);
        expect(content.status).toBe(200);
        expect(sha256(content.body as Buffer)).toBe(sha256(bytes));
        const items = await ok(staff.get(`/api/v1/record-files/${file.id}/items`));
        expect(items.total).toBe(1);
      });

      it('is found by a search without diacritics, in its title and in its items', async () => {
        const search = async (q: string) =>
          (await ok(staff.get(`/api/v1/record-files?q=${encodeURIComponent(q)}`))).items.map(
            (f: any) => f.id,
          );
        expect(await search('dang ky khai sinh quy i')).toEqual([file.id]);
        expect(await search('ĐĂNG KÝ KHAI SINH')).toEqual([file.id]);
        expect(await search('nguyen van an')).toEqual([file.id]);
        expect(await search('15/TK-HCTP')).toEqual([file.id]);
        expect(await search('ket hon')).toEqual([]);
        // % and _ are letters, not wildcards
        expect(await search('%')).toEqual([]);
      });

      it('closing ends the work and starts the retention clock (a deadline at its end)', async () => {
        expectError(
          await r.secretary.post(`/api/v1/record-files/${file.id}/close`, { closedOn: '2000-01-01' }),
          400,
          'VALIDATION_FAILED',
        );
        const closed = await ok(
          r.secretary.post(`/api/v1/record-files/${file.id}/close`, { version: file.version }),
        );
        const fiveYears = `${Number(today().slice(0, 4)) + 5}${today().slice(4)}`;
        expect(closed).toMatchObject({ status: 'CLOSED', closedOn: today(), retentionEndsOn: fiveYears });
        const deadlines = await ok(
          r.secretary.get(`/api/v1/deadlines?agencyId=${w.agencyA}&kind=RECORD_RETENTION`),
        );
        expect(deadlines.items).toEqual([
          expect.objectContaining({
            kind: 'RECORD_RETENTION',
            subjectType: 'recordFile',
            subjectId: file.id,
          }),
        ]);
        // closed: no more items, not closed twice
        expectError(
          await uploadItem(t, w.users['a.iso_secretary'].token, file.id, PDF('x'), 'x.pdf'),
          409,
          'RECORD_FILE_IS_CLOSED',
        );
        expectError(
          await r.secretary.post(`/api/v1/record-files/${file.id}/close`),
          409,
          'RECORD_FILE_IS_CLOSED',
        );
        const trail = await trailOf('recordFile', file.id);
        expect(trail.map((e) => e.action)).toEqual(['open', 'item.add', 'close']);
        expect(trail[1].data).toMatchObject({
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
          author: 'Nguyễn Văn An',
        });
      });

      it('a file kept permanently has no end of retention', async () => {
        const item = list.items.find((i: any) => i.code === 'QTL-05.02');
        const permanent = await ok(r.secretary.post('/api/v1/record-files', { listItemId: item.id }), 201);
        const closed = await ok(r.secretary.post(`/api/v1/record-files/${permanent.id}/close`));
        expect(closed).toMatchObject({
          status: 'CLOSED',
          permanent: true,
          retention: 'Vĩnh viễn',
          retentionEndsOn: null,
        });
        expect(
          await t.sql(
            "SELECT count(*)::int AS n FROM deadlines WHERE subject_id = $1 AND kind = 'RECORD_RETENTION'",
            [permanent.id],
          ),
        ).toEqual([{ n: 0 }]);
      });

      it('the files export as a spreadsheet with their retention, its end, a legal hold and the status', async () => {
        const held = (
          await ok(staff.get(`/api/v1/record-files?agencyId=${w.agencyA}&status=CLOSED`))
        ).items.find((f: any) => f.permanent);
        await ok(
          r.secretary.post(`/api/v1/record-files/${held.id}/legal-hold`, {
            reason: 'Đang giải quyết khiếu nại số 12/KN',
            version: held.version,
          }),
        );
        const response = await staff
          .get(`/api/v1/record-files?agencyId=${w.agencyA}&format=xlsx`)
          .buffer(true)
          .parse(binary);
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toContain(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
        const sheet = (await openWorkbook(response.body as Buffer)).getWorksheet('Hồ sơ')!;
        expect(sheetLayout(sheet)).toMatchObject({
          frozenRows: 1,
          autoFilter: 'A1:K1',
          orientation: 'landscape',
          paperSize: 9,
          fitToWidth: 1,
          printTitlesRow: '1:1',
        });
        const codes = columnCells(sheet, 'Số và ký hiệu hồ sơ').map((c) => c.value);
        expect(codes).toHaveLength(2);
        const at = (code: string, header: string) => columnCells(sheet, header)[codes.indexOf(code)];
        const fiveYears = `${Number(today().slice(0, 4)) + 5}${today().slice(4)}`;
        expect(at(file.code, 'Thời hạn bảo quản').value).toBe('5 năm');
        expect(at(file.code, 'Ngày hết thời hạn bảo quản')).toEqual({
          value: excelDayOf(fiveYears),
          numFmt: 'dd/mm/yyyy',
        });
        expect(at(file.code, 'Ngày kết thúc')).toEqual({ value: excelDayOf(today()), numFmt: 'dd/mm/yyyy' });
        expect(at(file.code, 'Trạng thái').value).toBe('Đã kết thúc');
        expect(at(file.code, 'Phong tỏa pháp lý').value).toBe('');
        expect(at(held.code, 'Thời hạn bảo quản').value).toBe('Vĩnh viễn');
        expect(at(held.code, 'Ngày hết thời hạn bảo quản').value).toBe(null);
        expect(at(held.code, 'Phong tỏa pháp lý').value).toBe('Có');
        expect(at(held.code, 'Lý do phong tỏa').value).toBe('Đang giải quyết khiếu nại số 12/KN');
        // another agency sees none of A's files, whether it names A or not (the list is scoped in its query)
        const bStaff = client(t, w.users['b.staff'].token);
        for (const path of [
          `/api/v1/record-files?agencyId=${w.agencyA}&format=xlsx`,
          '/api/v1/record-files?format=xlsx',
        ]) {
          const theirs = await bStaff.get(path).buffer(true).parse(binary);
          expect(theirs.status).toBe(200);
          expect((await openWorkbook(theirs.body as Buffer)).worksheets[0].rowCount).toBe(1);
        }
      });
    });
  });
});
