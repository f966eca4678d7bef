import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { startTestApp, TestApp } from './support/harness';
import {
  AgencyFixtures,
  buildAgencyFixtures,
  databaseFingerprint,
  fillPath,
} from './support/agency-fixtures';
import { approveAll, client, Client, PDF } from './support/documents';
import {
  createUser,
  DEFAULT_TEMPLATE,
  DocumentBody,
  draftDocument,
  effectiveDocument,
  expectError,
  openRequest,
  RequestBody,
  submittedIssue,
} from './support/approvals';
import { exampleBody, loadOpenApi } from './support/openapi';
import { buildWorld, World } from './support/world';

type Person = { id: string; client: Client };

/**
 * Issue 11, items 4, 5, 10, 13 and 16, each written as the attack an independent security test
 * made, with the refusal it must get and the database left as it was.
 */
describe('security of approvals and documents: separation of duties, one decision per step, checked references, controlled metadata, oversight reads only', () => {
  let t: TestApp;
  let w: World;
  let admin: Client, drafter: Client, secretary: Client, approver: Client;
  /** ISO_SECRETARY, APPROVER and DRAFTER in agency A: every role the default workflow needs. */
  let solo: Person;
  /** ISO_SECRETARY and APPROVER in agency A, never an author in these tests. */
  let both: Person;
  let seq = 0;
  const code = (prefix: string) => `${prefix}-${++seq}`;
  const people = () => ({ drafter, secretary, approver });
  const path = (id: string, action?: string) =>
    `/api/v1/approval-requests/${id}${action ? `/${action}` : ''}`;
  const read = async (id: string) => (await admin.get(path(id)).expect(200)).body as RequestBody;
  const stepsOf = (requestId: string) =>
    t.sql<{ step_order: number; status: string; decided_by: string | null }>(
      'SELECT step_order, status, decided_by FROM approval_steps WHERE request_id = $1 ORDER BY step_order',
      [requestId],
    );
  /** Audit entries of changes (a refused write is itself audited, as access.denied, on purpose). */
  const trailCount = async () =>
    Number(
      (
        await t.sql<{ n: string }>(
          "SELECT count(*)::text AS n FROM audit_trail WHERE action <> 'access.denied'",
        )
      )[0].n,
    );
  /** Everything a refused decision could have written. */
  const approvalState = async (request: RequestBody) => ({
    request: await read(request.id),
    steps: await stepsOf(request.id),
    version: (
      await admin.get(`/api/v1/documents/${request.documentId}/versions/${request.versionId}`).expect(200)
    ).body,
    trail: await trailCount(),
  });

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    admin = client(t, w.adminToken);
    [drafter, secretary, approver] = ['a.drafter', 'a.iso_secretary', 'a.approver'].map((k) =>
      client(t, w.users[k].token),
    );
    solo = await createUser(t, w.adminToken, 'a.solo', [
      { agencyId: w.agencyA, roles: ['ISO_SECRETARY', 'APPROVER', 'DRAFTER'] },
    ]);
    both = await createUser(t, w.adminToken, 'a.both', [
      { agencyId: w.agencyA, roles: ['ISO_SECRETARY', 'APPROVER'] },
    ]);
  }, 120_000);
  afterAll(() => t.close());

  beforeEach(async () => {
    await admin
      .put(`/api/v1/agencies/${w.agencyA}/workflow-templates/ISSUE`, { steps: DEFAULT_TEMPLATE })
      .expect(200);
  });

  describe('item 4: one person does not approve alone', () => {
    it('whoever uploaded a file, opened or submitted the request, or did it all, decides none of its steps (403, nothing written)', async () => {
      // each way of being an author, alone; and all of them at once (the reported attack)
      const scenarios: { label: string; build: () => Promise<RequestBody> }[] = [
        {
          label: 'uploaded a file',
          build: async () => {
            const document = await draftDocument(drafter, w.agencyA, code('QT-SOD-UP'), { withFile: false });
            await solo.client
              .upload(document.id, document.draftVersion!.id, PDF('solo'), 'solo.pdf')
              .expect(201);
            return submittedIssue(drafter, document.id);
          },
        },
        {
          label: 'opened the request',
          build: async () => {
            const document = await draftDocument(drafter, w.agencyA, code('QT-SOD-OPEN'));
            const request = await openRequest(solo.client, { kind: 'ISSUE', documentId: document.id });
            return (await drafter.post(path(request.id, 'submit')).expect(200)).body as RequestBody;
          },
        },
        {
          label: 'submitted the request',
          build: async () => {
            const document = await draftDocument(drafter, w.agencyA, code('QT-SOD-SUB'));
            const request = await openRequest(drafter, { kind: 'ISSUE', documentId: document.id });
            return (await solo.client.post(path(request.id, 'submit')).expect(200)).body as RequestBody;
          },
        },
        {
          label: 'did it all',
          build: async () => {
            const document = await draftDocument(solo.client, w.agencyA, code('QT-SOD-ALL'));
            return submittedIssue(solo.client, document.id);
          },
        },
      ];
      for (const scenario of scenarios) {
        const request = await scenario.build();
        expect({ scenario: scenario.label, status: request.status }).toEqual({
          scenario: scenario.label,
          status: 'IN_PROGRESS',
        });
        const before = await approvalState(request);
        for (const action of ['approve', 'reject', 'return']) {
          const refused = await solo.client.post(path(request.id, action), {
            comment: 'Tự duyệt',
            stepOrder: 1,
          });
          expect({
            scenario: scenario.label,
            action,
            status: refused.status,
            code: refused.body.code,
          }).toEqual({
            scenario: scenario.label,
            action,
            status: 403,
            code: 'SEPARATION_OF_DUTIES',
          });
        }
        expect(await approvalState(request)).toEqual(before);
        // nor is it waiting in their inbox
        const inbox = (
          await solo.client.get('/api/v1/approval-requests?assignedToMe=true&pageSize=100').expect(200)
        ).body.items as RequestBody[];
        expect(inbox.map((r) => r.id)).not.toContain(request.id);
      }
    });

    it('who approved step 1 may not decide step 2 (403 APPROVAL_ONE_STEP_PER_PERSON, nothing written); a distinct approver may', async () => {
      const document = await draftDocument(drafter, w.agencyA, code('QT-ONE-STEP'));
      const request = await submittedIssue(drafter, document.id);
      await both.client
        .post(path(request.id, 'approve'), { comment: 'Đã xem xét', stepOrder: 1 })
        .expect(200);
      const before = await approvalState(request);
      expect(before.request).toMatchObject({ currentStep: 2 });

      for (const action of ['approve', 'reject', 'return'])
        expectError(
          await both.client.post(path(request.id, action), { comment: 'Duyệt tiếp', stepOrder: 2 }),
          403,
          'APPROVAL_ONE_STEP_PER_PERSON',
        );
      expect(await approvalState(request)).toEqual(before);
      const inbox = (
        await both.client.get('/api/v1/approval-requests?assignedToMe=true&pageSize=100').expect(200)
      ).body.items as RequestBody[];
      expect(inbox.map((r) => r.id)).not.toContain(request.id);

      const approved = (
        await approver
          .post(path(request.id, 'approve'), { comment: 'Đồng ý ban hành', stepOrder: 2 })
          .expect(200)
      ).body as RequestBody;
      expect(approved.status).toBe('APPROVED');
      expect(approved.steps.map((s) => s.decidedBy)).toEqual([both.id, w.users['a.approver'].id]);
      expect((await drafter.get(`/api/v1/documents/${document.id}`).expect(200)).body.status).toBe(
        'EFFECTIVE',
      );
    });
  });

  describe('item 5: a double click does not decide two steps', () => {
    it('a decision that does not name its step is a 400 naming stepOrder, and nothing is written', async () => {
      const document = await draftDocument(drafter, w.agencyA, code('QT-UNNAMED'));
      const request = await submittedIssue(drafter, document.id);
      const before = await approvalState(request);
      for (const action of ['approve', 'reject', 'return']) {
        const refused = await secretary.post(path(request.id, action), { comment: 'Không nêu bước' });
        expectError(refused, 400, 'VALIDATION_FAILED');
        expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['stepOrder']);
      }
      expect(await approvalState(request)).toEqual(before);
      // the request version (If-Match) names it too
      await secretary
        .post(path(request.id, 'approve'))
        .set('If-Match', `"${before.request.version}"`)
        .send({ comment: 'Đã xem xét' })
        .expect(200);
    });

    it('two approve calls naming step 1, 150 ms apart, by a holder of both step roles: one 200, one 409, step 2 still pending', async () => {
      const document = await draftDocument(drafter, w.agencyA, code('QT-DOUBLE'));
      const request = await submittedIssue(drafter, document.id);
      const click = () => both.client.post(path(request.id, 'approve'), { comment: 'Đồng ý', stepOrder: 1 });
      const first = click();
      await new Promise((resolve) => setTimeout(resolve, 150));
      const second = click();
      const responses = await Promise.all([first, second]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      expectError(responses.find((r) => r.status === 409)!, 409, 'APPROVAL_STEP_ALREADY_DECIDED');
      expect(await stepsOf(request.id)).toEqual([
        { step_order: 1, status: 'APPROVED', decided_by: both.id },
        { step_order: 2, status: 'PENDING', decided_by: null },
      ]);
      // a stale request version is refused the same way, and a step not reached yet too
      const seen = await read(request.id);
      expectError(
        await approver.post(path(request.id, 'approve'), { version: seen.version - 1 }),
        409,
        'APPROVAL_STEP_ALREADY_DECIDED',
      );
      expect((await read(request.id)).steps[1]).toMatchObject({ status: 'PENDING', decidedBy: null });
    });

    it('30 parallel approves aimed at step 1 by 30 distinct users holding both step roles: exactly one 200, step 2 undecided', async () => {
      const deciders: Person[] = [];
      for (let i = 0; i < 30; i++)
        deciders.push(
          await createUser(t, w.adminToken, `a.decider${i}`, [
            { agencyId: w.agencyA, roles: ['ISO_SECRETARY', 'APPROVER'] },
          ]),
        );
      const document = await draftDocument(drafter, w.agencyA, code('QT-PARALLEL'));
      const request = await submittedIssue(drafter, document.id);
      const [{ last }] = await t.sql<{ last: string }>('SELECT max(id)::text AS last FROM audit_trail');

      const responses = await Promise.all(
        deciders.map((d) => d.client.post(path(request.id, 'approve'), { comment: 'Đồng ý', stepOrder: 1 })),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array(29).fill(409)]);
      for (const conflict of responses.filter((r) => r.status === 409))
        expectError(conflict, 409, 'APPROVAL_STEP_ALREADY_DECIDED');
      const winner = deciders[responses.findIndex((r) => r.status === 200)];
      expect(await stepsOf(request.id)).toEqual([
        { step_order: 1, status: 'APPROVED', decided_by: winner.id },
        { step_order: 2, status: 'PENDING', decided_by: null },
      ]);
      const after = await read(request.id);
      expect(after).toMatchObject({ status: 'IN_PROGRESS', currentStep: 2, version: request.version + 1 });
      // one decision in the audit trail, not two
      const written = await t.sql<{ subject_type: string; action: string }>(
        'SELECT subject_type, action FROM audit_trail WHERE id > $1 ORDER BY id',
        [last],
      );
      expect(written.filter((e) => e.subject_type === 'approvalStep').map((e) => e.action)).toEqual([
        'approve',
      ]);
    });
  });

  describe('item 10: every referenced id is checked when written', () => {
    it('an unknown distribution user, one of another agency, or an overseer: 400 naming distributionUserIds, the document as it was; a valid list is honoured at activation', async () => {
      const strangers = [randomUUID(), w.users['b.staff'].id, w.users['p1.oversight'].id];
      // on create: nothing is written
      for (const stranger of strangers) {
        const refused = await drafter.post('/api/v1/documents', {
          agencyId: w.agencyA,
          code: 'QT-DIST-NEW',
          title: 'Quy trình có danh sách phân phối',
          type: 'PROCEDURE',
          distributionUserIds: [w.users['a.staff'].id, stranger],
        });
        expectError(refused, 400, 'VALIDATION_FAILED');
        expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['distributionUserIds']);
        expect(refused.body.details[0].message).toContain(stranger);
      }
      expect(await t.sql("SELECT id FROM documents WHERE code = 'QT-DIST-NEW'")).toEqual([]);

      // on update: the document stays as it was
      const document = await draftDocument(drafter, w.agencyA, code('QT-DIST'));
      const docPath = `/api/v1/documents/${document.id}`;
      const before = (await drafter.get(docPath).expect(200)).body;
      for (const stranger of strangers) {
        const refused = await drafter.patch(docPath, { distributionUserIds: [stranger] });
        expectError(refused, 400, 'VALIDATION_FAILED');
        expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['distributionUserIds']);
      }
      expect((await drafter.get(docPath).expect(200)).body).toEqual(before);

      // the reported failure: the last approval answered 500 and the document stayed DRAFT
      await drafter.patch(docPath, { distributionUserIds: [w.users['a.staff'].id] }).expect(200);
      const request = await submittedIssue(drafter, document.id);
      await approveAll(request.id, secretary, approver);
      expect((await drafter.get(docPath).expect(200)).body.status).toBe('EFFECTIVE');
      expect(
        await t.sql('SELECT user_id FROM acknowledgements WHERE document_id = $1', [document.id]),
      ).toEqual([{ user_id: w.users['a.staff'].id }]);
    });

    it('an unknown or foreign parentId and a versionId of another document: 400 naming the field, nothing written', async () => {
      const foreign = await effectiveDocument(
        {
          drafter: client(t, w.users['b.drafter'].token),
          secretary: client(t, w.users['b.iso_secretary'].token),
          approver: client(t, w.users['b.approver'].token),
        },
        w.agencyB,
        code('QT-B'),
      );
      for (const parentId of [randomUUID(), foreign.id]) {
        const refused = await drafter.post('/api/v1/documents', {
          agencyId: w.agencyA,
          code: 'BM-ORPHAN',
          title: 'Biểu mẫu',
          type: 'FORM',
          parentId,
        });
        expectError(refused, 400, 'VALIDATION_FAILED');
        expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['parentId']);
        expect(JSON.stringify(refused.body)).not.toContain(foreign.title);
      }
      expect(await t.sql("SELECT id FROM documents WHERE code = 'BM-ORPHAN'")).toEqual([]);

      const document = await draftDocument(drafter, w.agencyA, code('QT-VERSIONID'));
      const other = await draftDocument(drafter, w.agencyA, code('QT-OTHER'));
      for (const versionId of [randomUUID(), other.draftVersion!.id, foreign.currentVersion!.id]) {
        const refused = await drafter.post('/api/v1/approval-requests', {
          kind: 'ISSUE',
          documentId: document.id,
          versionId,
          reason: 'Ban hành',
        });
        expectError(refused, 400, 'VALIDATION_FAILED');
        expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['versionId']);
      }
      expect(await t.sql('SELECT id FROM approval_requests WHERE subject_id = $1', [document.id])).toEqual(
        [],
      );
    });
  });

  describe('item 13: the title of an issued document changes only through a revision', () => {
    it('a DRAFTER renaming an EFFECTIVE document gets 409 DOCUMENT_METADATA_CONTROLLED and nothing changes; a revision proposing the title renames it when it takes effect', async () => {
      const document = await effectiveDocument(people(), w.agencyA, code('QT-TITLE'), {
        title: 'Quy trình tiếp nhận hồ sơ',
      });
      const docPath = `/api/v1/documents/${document.id}`;
      const before = (await drafter.get(docPath).expect(200)).body as DocumentBody;
      const trailBefore = await trailCount();
      const refused = await drafter.patch(docPath, {
        title: 'Quy trình đã bị đổi tên',
        version: before.version,
      });
      expectError(refused, 409, 'DOCUMENT_METADATA_CONTROLLED');
      expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['title']);
      // together with an editable field: still refused as a whole
      expectError(
        await drafter.patch(docPath, { title: 'Quy trình đã bị đổi tên', ownerUnit: 'Văn phòng Sở' }),
        409,
        'DOCUMENT_METADATA_CONTROLLED',
      );
      expect((await drafter.get(docPath).expect(200)).body).toEqual(before);
      expect(await trailCount()).toBe(trailBefore);

      // administrative fields stay editable, and resending the same title is no change
      const edited = (
        await drafter
          .patch(docPath, { title: before.title, ownerUnit: 'Văn phòng Sở', reviewIntervalMonths: 24 })
          .expect(200)
      ).body;
      expect(edited).toMatchObject({ title: 'Quy trình tiếp nhận hồ sơ', ownerUnit: 'Văn phòng Sở' });

      // the revision proposes the new title; it is approved with it and applies when in force
      const revision = (
        await drafter
          .post(`${docPath}/revisions`, {
            reason: 'Đổi tên theo quy định mới',
            title: 'Quy trình tiếp nhận và trả kết quả',
          })
          .expect(201)
      ).body;
      expect(revision).toMatchObject({
        status: 'DRAFT',
        proposedTitle: 'Quy trình tiếp nhận và trả kết quả',
      });
      const request = await openRequest(drafter, { kind: 'REVISION', documentId: document.id });
      await drafter.post(path(request.id, 'submit')).expect(200);
      expect((await drafter.get(docPath).expect(200)).body.title).toBe('Quy trình tiếp nhận hồ sơ');
      await approveAll(request.id, secretary, approver);
      const revised = (await drafter.get(docPath).expect(200)).body;
      expect(revised).toMatchObject({
        title: 'Quy trình tiếp nhận và trả kết quả',
        currentVersion: { revision: 2, proposedTitle: 'Quy trình tiếp nhận và trả kết quả' },
      });
      const [entry] = await t.sql<{ data: { title: { from: string; to: string } } }>(
        `SELECT data FROM audit_trail WHERE subject_type = 'document' AND subject_id = $1 AND action = 'revise'`,
        [document.id],
      );
      expect(entry.data.title).toEqual({
        from: 'Quy trình tiếp nhận hồ sơ',
        to: 'Quy trình tiếp nhận và trả kết quả',
      });
    });

    it('nor while its first version is in approval (409), but a draft never submitted may be renamed', async () => {
      const document = await draftDocument(drafter, w.agencyA, code('QT-TITLE-DRAFT'));
      const docPath = `/api/v1/documents/${document.id}`;
      await drafter.patch(docPath, { title: 'Tên dự thảo đã sửa' }).expect(200);
      await submittedIssue(drafter, document.id);
      const before = (await drafter.get(docPath).expect(200)).body;
      expectError(
        await drafter.patch(docPath, { title: 'Đổi khi đang duyệt' }),
        409,
        'DOCUMENT_METADATA_CONTROLLED',
      );
      expect((await drafter.get(docPath).expect(200)).body).toEqual(before);
    });
  });

  describe('item 16: oversight reads, it does not act for an agency', () => {
    let fixtures: AgencyFixtures;
    let effective: DocumentBody;
    let inApproval: RequestBody;

    beforeAll(async () => {
      fixtures = await buildAgencyFixtures(t, w);
      effective = await effectiveDocument(people(), w.agencyA, code('QT-OVERSIGHT'));
      await drafter.post(`/api/v1/documents/${effective.id}/revisions`, { reason: 'Sửa đổi' }).expect(201);
      const revision = await openRequest(drafter, { kind: 'REVISION', documentId: effective.id });
      inApproval = (await drafter.post(path(revision.id, 'submit')).expect(200)).body as RequestBody;
    }, 120_000);

    it('OVERSIGHT (and the administrator, who is no reader either) acknowledging an effective document of an agency: 403, nothing written', async () => {
      const oversight = client(t, w.users['p1.oversight'].token);
      // oversight does read it
      await oversight.get(`/api/v1/documents/${effective.id}`).expect(200);
      const before = await databaseFingerprint(t);
      for (const who of [oversight, admin])
        expectError(await who.post(`/api/v1/documents/${effective.id}/acknowledgements`), 403, 'FORBIDDEN');
      expect(await databaseFingerprint(t)).toEqual(before);
      // a member of the agency still acknowledges
      await client(t, w.users['a.staff'].token)
        .post(`/api/v1/documents/${effective.id}/acknowledgements`)
        .expect(200);
    });

    it('every write on documents, files, approvals, workflow templates and corrective action, as OVERSIGHT: 400/403/404 and the database unchanged', async () => {
      const api = await loadOpenApi(t);
      const oversightToken = w.users['p1.oversight'].token;
      const prefixes = [
        '/api/v1/documents',
        '/api/v1/files',
        '/api/v1/approval-requests',
        '/api/v1/agencies/{id}/workflow-templates',
        '/api/v1/nonconformities',
        '/api/v1/corrective-actions',
      ];
      const writes = api.operations.filter(
        (op) => op.method !== 'get' && prefixes.some((p) => op.path === p || op.path.startsWith(`${p}/`)),
      );
      expect(writes.length).toBeGreaterThan(15);
      const params = (opPath: string) =>
        opPath.startsWith('/api/v1/documents')
          ? {
              id: effective.id,
              versionId: inApproval.versionId!,
              fileId: effective.currentVersion!.files?.[0]?.id ?? '',
            }
          : opPath.startsWith('/api/v1/approval-requests')
            ? { id: inApproval.id }
            : fixtures.paramsFor(opPath);
      const ids = { default: effective.id, documentId: effective.id, agencyId: w.agencyA, ...fixtures.ids };
      const before = await databaseFingerprint(t);
      const wrong: string[] = [];
      for (const op of writes) {
        const url = fillPath(op.path, params(op.path));
        let call = t.http()[op.method](url).set('Authorization', `Bearer ${oversightToken}`);
        if (op.multipart) call = call.attach('file', PDF('giám sát'), 'giam-sat.pdf');
        const body = op.bodySchema ? exampleBody(api, op.bodySchema, ids) : {};
        const response: Response = op.multipart ? await call : await call.send(body ?? {});
        if (![400, 403, 404].includes(response.status)) wrong.push(`${op.key} → ${response.status}`);
      }
      expect(wrong).toEqual([]);
      expect(await databaseFingerprint(t)).toEqual(before);
    });
  });
});
