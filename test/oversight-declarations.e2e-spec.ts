import { startTestApp, TestApp } from './support/harness';
import { expectError, inDays, ok, today } from './support/audits';
import {
  closeNonconformity,
  holdAudit,
  holdReview,
  issueDocument,
  konTum,
  KonTum,
} from './support/oversight';

const DECLARATION = (agencyId: string, decisionNumber: string) => ({
  agencyId,
  decisionNumber,
  decisionDate: today(),
  signerName: 'Đặng Văn Phê Duyệt',
  signerTitle: 'Giám đốc Sở Tư pháp',
  scope: 'Các thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp',
});

const unmetCodes = (body: { details: { code: string }[] }) => body.details.map((d) => d.code).sort();

describe('conformity declaration (công bố) with the Kon Tum seed: preconditions, publication, re-declaration', () => {
  let t: TestApp;
  let k: KonTum;

  beforeAll(async () => {
    t = await startTestApp();
    k = await konTum(t);
  });
  afterAll(() => t.close());

  it('is refused while each precondition is unmet, accepted once audit, review and confirmation happen, and re-declared after a change of scope', async () => {
    const { secretary, drafter, approver, auditor, staff, oversight, admin } = k.users;
    const declare = (number: string, who = secretary.client) =>
      who.post('/api/v1/declarations', DECLARATION(k.stpId, number));

    // 1. a QMS that has just been built: no documents in force, no audit, no review, no confirmation
    const first = await declare('15/QĐ-STP');
    expectError(first, 409, 'DECLARATION_PRECONDITIONS_NOT_MET');
    expect(unmetCodes(first.body)).toEqual([
      'DOCUMENTS_IN_FORCE',
      'EFFECTIVENESS_CONFIRMED',
      'INTERNAL_AUDIT_WITHIN_12_MONTHS',
      'MANAGEMENT_REVIEW_WITHIN_12_MONTHS',
    ]);
    expect(first.body.message).toContain('4 điều kiện');
    const english = await secretary.client
      .post('/api/v1/declarations', DECLARATION(k.stpId, '15/QĐ-STP'))
      .set('Accept-Language', 'en');
    expect(english.body.message).toBe('The QMS cannot be declared yet: 4 preconditions are not met');
    // the readiness endpoint shows the same, precondition by precondition
    const readiness = await ok(
      secretary.client.get(`/api/v1/quality-systems/${k.stpQmsId}/declaration-readiness`),
    );
    expect(readiness.ready).toBe(false);
    expect(readiness.preconditions.map((p: { code: string; met: boolean }) => [p.code, p.met])).toEqual([
      ['QMS_NOT_SUSPENDED', true],
      ['DOCUMENTS_IN_FORCE', false],
      ['INTERNAL_AUDIT_WITHIN_12_MONTHS', false],
      ['MANAGEMENT_REVIEW_WITHIN_12_MONTHS', false],
      ['NO_OPEN_MAJOR_NONCONFORMITY', true],
      ['EFFECTIVENESS_CONFIRMED', false],
    ]);

    // 2. the quality policy and objectives are in force, but no procedure yet
    for (const [code, title, type] of [
      ['CS-01', 'Chính sách chất lượng', 'POLICY'],
      ['MT-01', 'Mục tiêu chất lượng năm nay', 'OBJECTIVES'],
    ]) {
      await issueDocument(drafter.client, secretary.client, approver.client, {
        agencyId: k.stpId,
        code,
        title,
        type,
      });
    }
    const noProcedure = await declare('15/QĐ-STP');
    expectError(noProcedure, 409, 'DECLARATION_PRECONDITIONS_NOT_MET');
    const documents = noProcedure.body.details.find((d: { code: string }) => d.code === 'DOCUMENTS_IN_FORCE');
    expect(documents.message).toBe('Chưa có tài liệu đang hiệu lực: quy trình');
    await issueDocument(drafter.client, secretary.client, approver.client, {
      agencyId: k.stpId,
      code: 'QT-01',
      title: 'Quy trình chứng thực bản sao từ bản chính',
      type: 'PROCEDURE',
    });

    // 3. an internal audit is held and reported: it found a major nonconformity, still open
    const audit = await holdAudit(secretary.client, auditor, k.stpId, [
      {
        type: 'MAJOR_NC',
        clause: '8.5.1',
        description: 'Hồ sơ trả kết quả trễ hạn không có văn bản xin lỗi',
      },
    ]);
    expect(audit.nonconformityIds).toHaveLength(1);
    const withMajor = await declare('15/QĐ-STP');
    expectError(withMajor, 409, 'DECLARATION_PRECONDITIONS_NOT_MET');
    expect(unmetCodes(withMajor.body)).toEqual([
      'EFFECTIVENESS_CONFIRMED',
      'MANAGEMENT_REVIEW_WITHIN_12_MONTHS',
      'NO_OPEN_MAJOR_NONCONFORMITY',
    ]);
    expect(
      withMajor.body.details.find((d: { code: string }) => d.code === 'NO_OPEN_MAJOR_NONCONFORMITY').message,
    ).toBe('Còn 1 điểm không phù hợp nặng chưa được khắc phục và đóng');

    // 4. the nonconformity is corrected, verified and closed; the management review is held
    await closeNonconformity(audit.nonconformityIds[0], {
      secretary: secretary.client,
      owner: staff,
      verifier: auditor.client,
    });
    await holdReview(secretary.client, approver, k.stpId);
    const unconfirmed = await declare('15/QĐ-STP');
    expectError(unconfirmed, 409, 'DECLARATION_PRECONDITIONS_NOT_MET');
    expect(unmetCodes(unconfirmed.body)).toEqual(['EFFECTIVENESS_CONFIRMED']);

    // 5. the head of agency confirms effectiveness (only the head may; not in the future)
    const confirmPath = `/api/v1/quality-systems/${k.stpQmsId}/effectiveness-confirmations`;
    const statement = {
      confirmedOn: today(),
      statement: 'HTQLCL của Sở phù hợp TCVN ISO 9001:2015 và có hiệu lực',
    };
    expectError(await secretary.client.post(confirmPath, statement), 403, 'FORBIDDEN');
    expectError(await oversight.client.post(confirmPath, statement), 403, 'FORBIDDEN');
    expectError(
      await approver.client.post(confirmPath, { ...statement, confirmedOn: inDays(3) }),
      400,
      'VALIDATION_FAILED',
    );
    const confirmation = await ok(approver.client.post(confirmPath, statement), 201);
    expect(confirmation).toMatchObject({
      qualitySystemId: k.stpQmsId,
      confirmedBy: approver.id,
      declarationId: null,
    });

    // only the lead agency's ISO secretary or administrator records the decision; the head signs it
    expectError(await declare('15/QĐ-STP', oversight.client), 403, 'FORBIDDEN');
    expectError(await declare('15/QĐ-STP', approver.client), 403, 'FORBIDDEN');
    expectError(await declare('15/QĐ-STP', k.users.communeSecretary.client), 404, 'NOT_FOUND');

    // 6. the declaration is accepted and published; the QMS is DECLARED. Recorded twice at once
    // (say, by the secretary and the administrator): one declaration, one 409
    const [one, other] = await Promise.all([declare('15/QĐ-STP'), declare('15b/QĐ-STP', admin.client)]);
    expect([one.status, other.status].sort()).toEqual([201, 409]);
    expectError(one.status === 409 ? one : other, 409, 'DECLARATION_IS_IN_FORCE');
    const declared = (one.status === 201 ? one : other).body;
    expect((await ok(oversight.client.get(`/api/v1/declarations?qualitySystemId=${k.stpQmsId}`))).total).toBe(
      1,
    );
    expect(declared).toMatchObject({
      qualitySystemId: k.stpQmsId,
      agencyId: k.stpId,
      agencyIds: [k.stpId],
      decisionNumber: expect.stringMatching(/^15b?\/QĐ-STP$/),
      decisionDate: today(),
      signerName: 'Đặng Văn Phê Duyệt',
      status: 'IN_FORCE',
      confirmationId: confirmation.id,
      previousId: null,
    });
    expect((await ok(secretary.client.get(`/api/v1/quality-systems/${k.stpQmsId}`))).status).toBe('DECLARED');
    const published = await t.http().get(`/api/v1/public/agencies/${k.stpId}/declarations`).expect(200);
    expect(published.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(published.body.items[0]).toMatchObject({
      id: declared.id,
      agencyName: 'Sở Tư pháp',
      decisionNumber: declared.decisionNumber,
      status: 'IN_FORCE',
    });
    expect(published.body.items[0]).not.toHaveProperty('recordedBy');
    // OVERSIGHT of the province sees it among the province's declarations
    const listed = await ok(oversight.client.get(`/api/v1/declarations?agencyId=${k.stpId}`));
    expect(listed.items.map((d: { id: string }) => d.id)).toEqual([declared.id]);

    // a declaration in force is not declared again; a confirmation serves one declaration
    expectError(await declare('16/QĐ-STP'), 409, 'DECLARATION_IS_IN_FORCE');
    expect((await ok(secretary.client.get(confirmPath))).items[0].declarationId).toBe(declared.id);

    // 7. the scope of the QMS changes: the declaration needs re-declaration, with a deadline
    await ok(
      admin.client.patch(`/api/v1/quality-systems/${k.stpQmsId}`, {
        scope: 'Các thủ tục hành chính của Sở Tư pháp, kể cả lĩnh vực bồi thường nhà nước',
      }),
    );
    const changed = await ok(secretary.client.get(`/api/v1/declarations/${declared.id}`));
    expect(changed).toMatchObject({ status: 'REDECLARATION_REQUIRED', version: 2 });
    expect(changed.redeclarationReason).toContain('nội dung phạm vi');
    const deadlines = await ok(
      secretary.client.get(`/api/v1/deadlines?agencyId=${k.stpId}&kind=REDECLARATION`),
    );
    expect(deadlines.items).toEqual([
      expect.objectContaining({ subjectType: 'declaration', subjectId: declared.id, status: 'OPEN' }),
    ]);
    // a second change does not pile up deadlines
    await ok(
      admin.client.patch(`/api/v1/quality-systems/${k.stpQmsId}`, { name: 'HTQLCL Sở Tư pháp tỉnh Kon Tum' }),
    );
    await ok(
      admin.client.patch(`/api/v1/quality-systems/${k.stpQmsId}`, {
        scope: 'Toàn bộ thủ tục hành chính thuộc thẩm quyền của Sở Tư pháp',
      }),
    );
    expect(
      (await ok(secretary.client.get(`/api/v1/deadlines?agencyId=${k.stpId}&kind=REDECLARATION`))).total,
    ).toBe(1);
    const trail = await ok(
      secretary.client.get(`/api/v1/audit-trail?subjectType=declaration&subjectId=${declared.id}&sort=id`),
    );
    expect(
      trail.items.map((e: { action: string; fromState: string; toState: string }) => [
        e.action,
        e.fromState,
        e.toState,
      ]),
    ).toEqual([
      ['declare', null, 'IN_FORCE'],
      ['requireRedeclaration', 'IN_FORCE', 'REDECLARATION_REQUIRED'],
    ]);

    // 8. re-declaration: the previous confirmation was used, the head confirms again
    const again = await declare('27/QĐ-STP');
    expectError(again, 409, 'DECLARATION_PRECONDITIONS_NOT_MET');
    expect(unmetCodes(again.body)).toEqual(['EFFECTIVENESS_CONFIRMED']);
    await ok(approver.client.post(confirmPath, statement), 201);
    expectError(await declare(declared.decisionNumber), 409, 'DUPLICATE');
    const redeclared = await ok(declare('27/QĐ-STP'), 201);
    expect(redeclared).toMatchObject({ status: 'IN_FORCE', previousId: declared.id });
    expect(await ok(secretary.client.get(`/api/v1/declarations/${declared.id}`))).toMatchObject({
      status: 'SUPERSEDED',
      supersededById: redeclared.id,
    });
    const met = await ok(secretary.client.get(`/api/v1/deadlines?agencyId=${k.stpId}&kind=REDECLARATION`));
    expect(met.items.map((d: { status: string }) => d.status)).toEqual(['MET']);
    const history = await t.http().get(`/api/v1/public/agencies/${k.stpId}/declarations`).expect(200);
    expect(
      history.body.items.map((d: { decisionNumber: string; status: string }) => [d.decisionNumber, d.status]),
    ).toEqual([
      ['27/QĐ-STP', 'IN_FORCE'],
      [declared.decisionNumber, 'SUPERSEDED'],
    ]);
  });

  it('declarations are published without sign-in, and a declaration of a QMS with no agency is refused', async () => {
    const commune = k.agencyIdsByNo.get(46)!;
    expect((await t.http().get(`/api/v1/public/agencies/${commune}/declarations`).expect(200)).body).toEqual({
      items: [],
      page: 1,
      pageSize: 20,
      total: 0,
    });
    const unknown = await t
      .http()
      .get('/api/v1/public/agencies/00000000-0000-4000-8000-000000000000/declarations');
    expectError(unknown, 404, 'NOT_FOUND');
    expectError(
      await t.http().get('/api/v1/public/agencies/not-a-uuid/declarations'),
      400,
      'VALIDATION_FAILED',
    );
    // the authenticated list is not public
    expectError(await t.http().get('/api/v1/declarations'), 401, 'UNAUTHENTICATED');
    const province = await k.users.oversight.client.post(
      '/api/v1/declarations',
      DECLARATION(k.provinceId, '1/QĐ-UBND'),
    );
    expectError(province, 409, 'AGENCY_HAS_NO_QMS');
  });
});
