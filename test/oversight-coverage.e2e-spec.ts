import { addDays, addMonths } from '../libs/platform/src';
import { startTestApp, TestApp } from './support/harness';
import { expectError, inDays, ok } from './support/audits';
import { multipartBody } from './support/multipart';
import { issueDocument, konTum, KonTum, postCsv, reviseDocument } from './support/oversight';

const CATALOGUE = [
  'Mã TTHC,Tên TTHC,Lĩnh vực',
  '2.000815.000.00.00.H34,Cấp bản sao từ sổ gốc,Chứng thực',
  '2.000843.000.00.00.H34,"Chứng thực bản sao từ bản chính giấy tờ, văn bản",Chứng thực',
  '1.001233.000.00.00.H34,Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam,Lý lịch tư pháp',
].join('\r\n');

describe('TTHC catalogue, coverage by procedures in force, and legal changes (Kon Tum seed)', () => {
  let t: TestApp;
  let k: KonTum;
  let procedureId: string;

  beforeAll(async () => {
    t = await startTestApp();
    k = await konTum(t);
  });
  afterAll(() => t.close());

  it('imports the catalogue from CSV and counts coverage before and after a procedure covering a TTHC takes effect', async () => {
    const { secretary, drafter, approver, oversight } = k.users;
    const path = `/api/v1/agencies/${k.stpId}/administrative-procedures`;
    const imported = await ok(postCsv(t, secretary.token, `${path}/import`, `\uFEFF${CATALOGUE}`));
    expect(imported).toEqual({
      agencyId: k.stpId,
      created: 3,
      updated: 0,
      unchanged: 0,
      deactivated: 0,
      total: 3,
    });
    const list = await ok(secretary.client.get(`${path}?sort=code`));
    expect(list).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(list.items[1]).toMatchObject({
      code: '2.000815.000.00.00.H34',
      name: 'Cấp bản sao từ sổ gốc',
      field: 'Chứng thực',
      active: true,
    });
    expect((await ok(secretary.client.get(`${path}?q=chung thuc ban sao`))).items).toHaveLength(1);
    // importing the same file again changes nothing
    expect(await ok(postCsv(t, secretary.token, `${path}/import`, CATALOGUE))).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
    });

    const coverage = async () => {
      const live = await ok(oversight.client.get(`/api/v1/agencies/${k.stpId}/coverage`));
      // the dashboard reads counts its triggers keep as the data changes: the same figures
      const dashboard = await ok(
        oversight.client.get(`/api/v1/dashboards/province?provinceAgencyId=${k.provinceId}`),
      );
      expect(dashboard.agencies.find((a: { agencyId: string }) => a.agencyId === k.stpId).coverage).toEqual({
        total: live.total,
        covered: live.covered,
        ratio: live.ratio,
      });
      return live;
    };
    expect(await coverage()).toMatchObject({ agencyId: k.stpId, total: 3, covered: 0, ratio: 0 });

    // a procedure listing a TTHC covers it only once it is in force
    const draft = await ok(
      drafter.client.post('/api/v1/documents', {
        agencyId: k.stpId,
        code: 'QT-CT-00',
        title: 'Quy trình nháp',
        type: 'PROCEDURE',
        administrativeProcedureCodes: ['2.000843.000.00.00.H34'],
      }),
      201,
    );
    expect(draft.status).toBe('DRAFT');
    expect((await coverage()).covered).toBe(0);
    procedureId = (
      await issueDocument(drafter.client, secretary.client, approver.client, {
        agencyId: k.stpId,
        code: 'QT-CT-01',
        title: 'Quy trình chứng thực bản sao từ bản chính',
        type: 'PROCEDURE',
        administrativeProcedureCodes: ['2.000843.000.00.00.H34', '9.999999'],
      })
    ).id;
    const after = await coverage();
    expect(after).toMatchObject({ total: 3, covered: 1, ratio: 0.3333 });
    expect(after.items.find((i: { code: string }) => i.code === '2.000843.000.00.00.H34')).toMatchObject({
      covered: true,
      procedures: [{ documentId: procedureId, code: 'QT-CT-01', agencyId: k.stpId }],
    });
    expect(after.items.filter((i: { covered: boolean }) => !i.covered)).toHaveLength(2);

    // the province: every agency, and the ratio over all catalogues (only Sở Tư pháp has one yet)
    const province = await ok(oversight.client.get('/api/v1/reports/coverage'));
    expect(province).toMatchObject({ provinceAgencyId: k.provinceId, total: 3, covered: 1, ratio: 0.3333 });
    expect(province.agencies).toHaveLength(147);
    expect(province.agencies.find((a: { agencyId: string }) => a.agencyId === k.stpId)).toMatchObject({
      total: 3,
      covered: 1,
    });

    // replacing the catalogue removes what the file no longer lists (kept, inactive)
    const replaced = await ok(
      postCsv(
        t,
        secretary.token,
        `${path}/import?replace=true`,
        CATALOGUE.split('\r\n').slice(0, 3).join('\n'),
      ),
    );
    expect(replaced).toMatchObject({ deactivated: 1, total: 2 });
    expect(await coverage()).toMatchObject({ total: 2, covered: 1, ratio: 0.5 });
    expect(
      (await ok(secretary.client.get(`${path}?active=false`))).items.map((i: { code: string }) => i.code),
    ).toEqual(['1.001233.000.00.00.H34']);

    // multipart upload of the same CSV works too
    const { body, contentType } = multipartBody({
      filename: 'danh-muc-tthc.csv',
      content: Buffer.from(CATALOGUE),
    });
    const viaFile = await t
      .http()
      .post(`${path}/import`)
      .set('Authorization', `Bearer ${secretary.token}`)
      .set('Content-Type', contentType)
      .send(body);
    expect(viaFile.status).toBe(200);
    expect(viaFile.body).toMatchObject({ updated: 1, unchanged: 2, total: 3 });
  });

  it('refuses a bad catalogue with a 400 naming each line, and lets only the agency managers import', async () => {
    const { secretary, staff, oversight, communeSecretary } = k.users;
    const path = `/api/v1/agencies/${k.stpId}/administrative-procedures/import`;
    const bad = await postCsv(t, secretary.token, path, 'code,name\nA B,Thủ tục\n1.1,\n1.2,Một\n1.2,Hai\n');
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(bad.body.details).toEqual([
      { field: 'line 2: code', message: 'Mã (code) chỉ gồm chữ cái, chữ số và . _ - (tối đa 50 ký tự)' },
      { field: 'line 3: name', message: 'Tên (name) phải dài từ 1 đến 1000 ký tự' },
      { field: 'line 5: code', message: 'Mã 1.2 đã có ở dòng 4' },
    ]);
    const noColumn = await postCsv(t, secretary.token, path, 'ma,ghi chu\n1.1,x\n');
    expectError(noColumn, 400, 'VALIDATION_FAILED');
    expect(noColumn.body.details).toEqual([
      {
        field: 'name',
        code: 'missingColumn',
        message: expect.stringMatching(/^Tệp thiếu cột "name" \(tên cột được chấp nhận: name, ten, /),
      },
    ]);
    expectError(await secretary.client.post(path, { csv: 'code,name' }), 400, 'UPLOAD_MALFORMED');
    expectError(await postCsv(t, staff.token, path, CATALOGUE), 403, 'FORBIDDEN');
    expectError(await postCsv(t, oversight.token, path, CATALOGUE), 403, 'FORBIDDEN');
    expectError(await postCsv(t, communeSecretary.token, path, CATALOGUE), 404, 'NOT_FOUND');
    expectError(
      await communeSecretary.client.get(`/api/v1/agencies/${k.stpId}/administrative-procedures`),
      404,
      'NOT_FOUND',
    );
    expectError(await communeSecretary.client.get(`/api/v1/agencies/${k.stpId}/coverage`), 404, 'NOT_FOUND');
    expectError(await secretary.client.get('/api/v1/reports/coverage'), 400, 'VALIDATION_FAILED');
    expectError(
      await secretary.client.get(`/api/v1/reports/coverage?provinceAgencyId=${k.provinceId}`),
      404,
      'NOT_FOUND',
    );
    // nothing was written by the refused imports
    const [{ n }] = await t.sql<{ n: string }>(
      "SELECT count(*) AS n FROM audit_trail WHERE subject_type = 'administrativeProcedureCatalogue'",
    );
    expect(Number(n)).toBe(4);
  });

  it('records a legal change with its 3-month deadline, linked to the documents it affects, done once they are revised', async () => {
    const { secretary, drafter, approver, staff, communeSecretary, oversight } = k.users;
    const effectiveFrom = inDays(-20);
    const change = await ok(
      secretary.client.post('/api/v1/legal-changes', {
        agencyId: k.stpId,
        reference: 'Nghị định 07/2025/NĐ-CP',
        title: 'Sửa đổi quy định về chứng thực bản sao từ bản chính',
        effectiveFrom,
        documentIds: [procedureId],
      }),
      201,
    );
    expect(change).toMatchObject({
      agencyId: k.stpId,
      status: 'OPEN',
      effectiveFrom,
      reviseBy: addMonths(effectiveFrom, 3),
      overdue: false,
      documents: [
        {
          documentId: procedureId,
          code: 'QT-CT-01',
          baselineRevision: 1,
          currentRevision: 1,
          revised: false,
        },
      ],
    });
    const deadlines = await ok(
      secretary.client.get(`/api/v1/deadlines?agencyId=${k.stpId}&kind=LEGAL_CHANGE`),
    );
    expect(deadlines.items).toEqual([
      expect.objectContaining({ subjectType: 'legalChange', subjectId: change.id, status: 'OPEN' }),
    ]);
    expect(new Date(deadlines.items[0].dueAt).toISOString()).toBe(
      new Date(`${addDays(addMonths(effectiveFrom, 3), 1)}T00:00:00+07:00`).toISOString(), // the end of that day
    );

    // an older change, already past its 3 months, shows as overdue
    const old = await ok(
      secretary.client.post('/api/v1/legal-changes', {
        agencyId: k.stpId,
        reference: 'Thông tư 01/2020/TT-BTP',
        title: 'Hướng dẫn chứng thực',
        effectiveFrom: inDays(-200),
      }),
      201,
    );
    expect(old.overdue).toBe(true);
    const overdue = await ok(oversight.client.get(`/api/v1/legal-changes?agencyId=${k.stpId}&overdue=true`));
    expect(overdue.items.map((c: { id: string }) => c.id)).toEqual([old.id]);

    // only documents in force of the agency are linked
    const draft = await ok(
      drafter.client.post('/api/v1/documents', {
        agencyId: k.stpId,
        code: 'HD-01',
        title: 'Hướng dẫn',
        type: 'GUIDE',
      }),
      201,
    );
    expectError(
      await secretary.client.post(`/api/v1/legal-changes/${change.id}/documents`, {
        documentIds: [draft.id],
      }),
      409,
      'DOCUMENT_IS_DRAFT',
    );
    expectError(
      await secretary.client.post(`/api/v1/legal-changes/${change.id}/documents`, {
        documentIds: ['00000000-0000-4000-8000-000000000000'],
      }),
      404,
      'NOT_FOUND',
    );
    expectError(await staff.client.post(`/api/v1/legal-changes/${change.id}/complete`), 403, 'FORBIDDEN');
    expectError(await oversight.client.post(`/api/v1/legal-changes/${change.id}/complete`), 403, 'FORBIDDEN');
    expectError(await communeSecretary.client.get(`/api/v1/legal-changes/${change.id}`), 404, 'NOT_FOUND');

    // not done while the procedure is unrevised
    const early = await secretary.client.post(`/api/v1/legal-changes/${change.id}/complete`);
    expectError(early, 409, 'LEGAL_CHANGE_DOCUMENTS_NOT_REVISED');
    expect(early.body.details).toEqual([expect.objectContaining({ field: procedureId })]);

    await reviseDocument(drafter.client, secretary.client, approver.client, procedureId, 'QT-CT-01');
    const done = await ok(secretary.client.post(`/api/v1/legal-changes/${change.id}/complete`));
    expect(done).toMatchObject({
      status: 'DONE',
      documents: [{ documentId: procedureId, baselineRevision: 1, currentRevision: 2, revised: true }],
    });
    const met = await ok(
      secretary.client.get(`/api/v1/deadlines?agencyId=${k.stpId}&kind=LEGAL_CHANGE&status=MET`),
    );
    expect(met.items.map((d: { subjectId: string }) => d.subjectId)).toEqual([change.id]);
    expectError(
      await secretary.client.post(`/api/v1/legal-changes/${change.id}/complete`),
      409,
      'LEGAL_CHANGE_IS_DONE',
    );
    // the revised procedure still covers its TTHC
    expect((await ok(oversight.client.get(`/api/v1/agencies/${k.stpId}/coverage`))).covered).toBe(1);
  });
});
