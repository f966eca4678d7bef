import { startTestApp, TestApp } from './support/harness';
import { approveAll, client, Client, PDF } from './support/documents';
import {
  allItems,
  createUser,
  DEFAULT_TEMPLATE,
  draftDocument,
  effectiveDocument,
  expectError,
  openRequest,
  RequestBody,
  submittedIssue,
} from './support/approvals';
import { buildWorld, World } from './support/world';

interface DeadlineBody {
  id: string;
  agencyId: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  dueAt: string;
  status: string;
}

describe('approval rules: one decision per step, separation of duties, states, inbox and deadlines', () => {
  let t: TestApp;
  let w: World;
  let admin: Client, drafter: Client, secretary: Client, approver: Client, reviewer: Client;
  let staff: Client, agencyAdmin: Client;
  /** A second ISO secretary of agency A. */
  let secretary2: { id: string; client: Client };
  /** Holds DRAFTER and ISO_SECRETARY in agency A. */
  let drafterSecretary: { id: string; client: Client };
  let seq = 0;
  const code = (prefix: string) => `${prefix}-${++seq}`;
  const people = () => ({ drafter, secretary, approver });

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    admin = client(t, w.adminToken);
    [drafter, secretary, approver, reviewer, staff, agencyAdmin] = [
      'a.drafter',
      'a.iso_secretary',
      'a.approver',
      'a.reviewer',
      'a.staff',
      'a.agency_admin',
    ].map((k) => client(t, w.users[k].token));
    secretary2 = await createUser(t, w.adminToken, 'a.iso_secretary2', [
      { agencyId: w.agencyA, roles: ['ISO_SECRETARY'] },
    ]);
    drafterSecretary = await createUser(t, w.adminToken, 'a.drafter_secretary', [
      { agencyId: w.agencyA, roles: ['DRAFTER', 'ISO_SECRETARY'] },
    ]);
  });
  afterAll(() => t.close());

  // every test starts from the default workflow of agency A, whatever the others set
  beforeEach(async () => {
    await admin
      .put(`/api/v1/agencies/${w.agencyA}/workflow-templates/ISSUE`, { steps: DEFAULT_TEMPLATE })
      .expect(200);
  });

  const path = (id: string, action?: string) =>
    `/api/v1/approval-requests/${id}${action ? `/${action}` : ''}`;
  const read = async (id: string) => (await admin.get(path(id)).expect(200)).body as RequestBody;
  const stepId = async (requestId: string, order: number) =>
    (
      await t.sql<{ id: string }>('SELECT id FROM approval_steps WHERE request_id = $1 AND step_order = $2', [
        requestId,
        order,
      ])
    )[0].id;
  const trailOf = async (subjectType: string, subjectId: string) =>
    (
      await admin
        .get(`/api/v1/audit-trail?subjectType=${subjectType}&subjectId=${subjectId}&pageSize=100&sort=id`)
        .expect(200)
    ).body.items as { action: string; actorId: string }[];

  describe('a step is decided exactly once', () => {
    it('50 concurrent approvals by the step role holder: one 200, 49 × 409, one decision, one move, one audit entry', async () => {
      const document = await draftDocument(drafter, w.agencyA, code('QT-CONC'));
      const request = await submittedIssue(drafter, document.id);
      const seen = await read(request.id);
      expect(seen).toMatchObject({ status: 'IN_PROGRESS', currentStep: 1 });

      const responses = await Promise.all(
        Array.from({ length: 50 }, () =>
          secretary.post(path(request.id, 'approve'), { comment: 'Đã xem xét', version: seen.version }),
        ),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array(49).fill(409)]);
      for (const conflict of responses.filter((r) => r.status === 409))
        expectError(conflict, 409, 'APPROVAL_STEP_ALREADY_DECIDED');

      const after = await read(request.id);
      expect(after).toMatchObject({ status: 'IN_PROGRESS', currentStep: 2, version: seen.version + 1 });
      expect(after.steps.map((s) => [s.order, s.status, s.decidedBy])).toEqual([
        [1, 'APPROVED', w.users['a.iso_secretary'].id],
        [2, 'PENDING', null],
      ]);
      const first = await stepId(request.id, 1);
      const trail = await trailOf('approvalStep', first);
      expect(trail.map((e) => e.action)).toEqual(['approve']);
      expect(trail[0].actorId).toBe(w.users['a.iso_secretary'].id);
      // the version under approval was reviewed once, by that secretary
      const version = (
        await drafter.get(`/api/v1/documents/${document.id}/versions/${request.versionId}`).expect(200)
      ).body;
      expect(version).toMatchObject({ status: 'IN_APPROVAL', reviewedBy: w.users['a.iso_secretary'].id });
    });

    it('two different holders of the role approving at once: one 200, one 409', async () => {
      const document = await draftDocument(drafter, w.agencyA, code('QT-TWO'));
      const request = await submittedIssue(drafter, document.id);
      const seen = await read(request.id);
      const deciders = [
        { id: w.users['a.iso_secretary'].id, client: secretary },
        { id: secretary2.id, client: secretary2.client },
      ];
      const responses = await Promise.all(
        deciders.map((d) =>
          d.client.post(path(request.id, 'approve'), { comment: 'Đã xem xét', version: seen.version }),
        ),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      expectError(responses.find((r) => r.status === 409)!, 409, 'APPROVAL_STEP_ALREADY_DECIDED');
      const winner = deciders[responses.findIndex((r) => r.status === 200)];
      const after = await read(request.id);
      expect(after.currentStep).toBe(2);
      expect(after.steps[0]).toMatchObject({ status: 'APPROVED', decidedBy: winner.id });
      expect((await trailOf('approvalStep', await stepId(request.id, 1))).map((e) => e.action)).toEqual([
        'approve',
      ]);
    });
  });

  describe('document codes are unique within an agency', () => {
    it('20 concurrent creates of one code: one 201 and 19 × 409 DUPLICATE, never a 500', async () => {
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          drafter.post('/api/v1/documents', {
            agencyId: w.agencyA,
            code: 'QT-TRUNG',
            title: `Quy trình trùng mã ${i}`,
            type: 'PROCEDURE',
          }),
        ),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(19).fill(409)]);
      for (const conflict of responses.filter((r) => r.status === 409))
        expectError(conflict, 409, 'DUPLICATE');
      const rows = await t.sql<{ id: string }>(
        "SELECT id FROM documents WHERE agency_id = $1 AND lower(code) = 'qt-trung'",
        [w.agencyA],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].id).toBe(responses.find((r) => r.status === 201)!.body.id);
      const versions = await t.sql('SELECT id FROM document_versions WHERE document_id = $1', [rows[0].id]);
      expect(versions).toHaveLength(1);

      // codes that differ only by case are the same code
      for (const variant of ['qt-trung', 'Qt-Trung', 'QT-trung']) {
        const clash = await drafter.post('/api/v1/documents', {
          agencyId: w.agencyA,
          code: variant,
          title: 'Khác hoa thường',
          type: 'PROCEDURE',
        });
        expectError(clash, 409, 'DUPLICATE');
      }
      const listed = (await secretary.get(`/api/v1/documents?agencyId=${w.agencyA}&q=qt-trung`).expect(200))
        .body;
      expect(listed.total).toBe(1);
      // …but another agency may use it
      await client(t, w.users['b.drafter'].token)
        .post('/api/v1/documents', {
          agencyId: w.agencyB,
          code: 'QT-TRUNG',
          title: 'Của B',
          type: 'PROCEDURE',
        })
        .expect(201);
    });
  });

  describe('separation of duties and assignees', () => {
    it('the drafter never decides their own version, even holding the step role; others without the role get NOT_YOUR_STEP', async () => {
      const document = await draftDocument(drafterSecretary.client, w.agencyA, code('QT-SOD'));
      const request = await submittedIssue(drafterSecretary.client, document.id);
      const before = await read(request.id);

      for (const action of ['approve', 'reject', 'return'])
        expectError(
          await drafterSecretary.client.post(path(request.id, action), { comment: 'Tự duyệt', stepOrder: 1 }),
          403,
          'SEPARATION_OF_DUTIES',
        );
      for (const outsider of [approver, reviewer, drafter])
        expectError(
          await outsider.post(path(request.id, 'approve'), {
            comment: 'Không phải bước của tôi',
            stepOrder: 1,
          }),
          403,
          'NOT_YOUR_STEP',
        );
      expect(await read(request.id)).toEqual(before);
      expect(await trailOf('approvalStep', await stepId(request.id, 1))).toEqual([]);
      // their own request is not in their inbox, though they hold the role
      const inbox = (
        await drafterSecretary.client
          .get('/api/v1/approval-requests?assignedToMe=true&pageSize=100')
          .expect(200)
      ).body;
      expect(inbox.items.map((r: RequestBody) => r.id)).not.toContain(request.id);

      // another secretary and the approver carry it through
      await approveAll(request.id, secretary, approver);
      expect((await drafter.get(`/api/v1/documents/${document.id}`).expect(200)).body).toMatchObject({
        status: 'EFFECTIVE',
        currentVersion: { draftedBy: drafterSecretary.id, reviewedBy: w.users['a.iso_secretary'].id },
      });
    });

    it('a named assignee is the only one who decides the step and the only one whose inbox shows it', async () => {
      const put = await secretary
        .put(`/api/v1/agencies/${w.agencyA}/workflow-templates/ISSUE`, {
          steps: [
            { role: 'ISO_SECRETARY', assigneeId: secretary2.id, slaDays: 2 },
            { role: 'APPROVER', slaDays: 3 },
          ],
        })
        .expect(200);
      expect(put.body).toMatchObject({
        isDefault: false,
        steps: [
          { role: 'ISO_SECRETARY', assigneeId: secretary2.id, slaDays: 2 },
          { role: 'APPROVER', assigneeId: null, slaDays: 3 },
        ],
      });
      const document = await draftDocument(drafter, w.agencyA, code('QT-ASSIGNED'));
      const request = await submittedIssue(drafter, document.id);
      expect(request.steps.map((s) => [s.role, s.assigneeId])).toEqual([
        ['ISO_SECRETARY', secretary2.id],
        ['APPROVER', null],
      ]);
      const before = await read(request.id);
      expectError(
        await secretary.post(path(request.id, 'approve'), { comment: 'Tôi cũng là thư ký', stepOrder: 1 }),
        403,
        'NOT_YOUR_STEP',
      );
      expect(await read(request.id)).toEqual(before);

      const inboxIds = async (c: Client) =>
        (await allItems<RequestBody>(c, '/api/v1/approval-requests?assignedToMe=true')).map((r) => r.id);
      expect(await inboxIds(secretary2.client)).toContain(request.id);
      expect(await inboxIds(secretary)).not.toContain(request.id);
      expect(await inboxIds(approver)).not.toContain(request.id);

      const approved = (
        await secretary2.client
          .post(path(request.id, 'approve'), { comment: 'Đã xem xét', stepOrder: 1 })
          .expect(200)
      ).body;
      expect(approved.steps[0]).toMatchObject({ status: 'APPROVED', decidedBy: secretary2.id });
      expect(await inboxIds(secretary2.client)).not.toContain(request.id);
      expect(await inboxIds(approver)).toContain(request.id);
    });

    it('the template refuses a last step other than APPROVER and an assignee without the role; STAFF 403, another agency 404', async () => {
      const templatePath = `/api/v1/agencies/${w.agencyA}/workflow-templates/ISSUE`;
      const before = (await secretary.get(templatePath).expect(200)).body;

      const notApproverLast = await secretary.put(templatePath, {
        steps: [
          { role: 'APPROVER', slaDays: 3 },
          { role: 'ISO_SECRETARY', slaDays: 2 },
        ],
      });
      expectError(notApproverLast, 400, 'VALIDATION_FAILED');
      expect(notApproverLast.body.details.map((d: { field: string }) => d.field)).toEqual(['steps']);

      for (const assigneeId of [w.users['a.approver'].id, w.users['b.iso_secretary'].id]) {
        const withoutRole = await secretary.put(templatePath, {
          steps: [
            { role: 'ISO_SECRETARY', assigneeId, slaDays: 2 },
            { role: 'APPROVER', slaDays: 3 },
          ],
        });
        expectError(withoutRole, 400, 'VALIDATION_FAILED');
        expect(withoutRole.body.details.map((d: { field: string }) => d.field)).toEqual([
          'steps[0].assigneeId',
        ]);
      }

      const valid = {
        steps: [
          { role: 'ISO_SECRETARY', slaDays: 1 },
          { role: 'APPROVER', slaDays: 1 },
        ],
      };
      expectError(await staff.put(templatePath, valid), 403, 'FORBIDDEN');
      expectError(await drafter.put(templatePath, valid), 403, 'FORBIDDEN');
      const other = client(t, w.users['b.iso_secretary'].token);
      expectError(await other.put(templatePath, valid), 404, 'NOT_FOUND');
      expectError(await other.get(templatePath), 404, 'NOT_FOUND');

      expect((await secretary.get(templatePath).expect(200)).body).toEqual(before);
      // the agency admin may set it
      await agencyAdmin.put(templatePath, valid).expect(200);
    });
  });

  describe('reject, return and cancel', () => {
    it('reject and return require a comment; without one nothing changes', async () => {
      const document = await draftDocument(drafter, w.agencyA, code('QT-COMMENT'));
      const request = await submittedIssue(drafter, document.id);
      const before = await read(request.id);
      for (const action of ['reject', 'return']) {
        for (const body of [{}, { comment: '   ' }]) {
          const refused = await secretary.post(path(request.id, action), body);
          expectError(refused, 400, 'VALIDATION_FAILED');
          expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['comment']);
        }
      }
      expect(await read(request.id)).toEqual(before);
      const version = (
        await drafter.get(`/api/v1/documents/${document.id}/versions/${request.versionId}`).expect(200)
      ).body;
      expect(version.status).toBe('IN_APPROVAL');
    });

    it('reject: the request and the version are REJECTED, the document stays DRAFT and a new revision is drafted from it', async () => {
      const document = await draftDocument(drafter, w.agencyA, code('QT-REJECT'));
      const request = await submittedIssue(drafter, document.id);
      const rejected = (
        await secretary
          .post(path(request.id, 'reject'), { comment: 'Sai căn cứ pháp lý', stepOrder: 1 })
          .expect(200)
      ).body as RequestBody;
      expect(rejected.status).toBe('REJECTED');
      expect(rejected.steps.map((s) => [s.status, s.comment])).toEqual([
        ['REJECTED', 'Sai căn cứ pháp lý'],
        ['CANCELLED', null],
      ]);
      const documentAfter = (await drafter.get(`/api/v1/documents/${document.id}`).expect(200)).body;
      expect(documentAfter).toMatchObject({ status: 'DRAFT', currentVersion: null, draftVersion: null });
      const versions = (await drafter.get(`/api/v1/documents/${document.id}/versions`).expect(200)).body
        .items;
      expect(versions.map((v: { revision: number; status: string }) => [v.revision, v.status])).toEqual([
        [1, 'REJECTED'],
      ]);
      // a rejected version never changes again
      expectError(
        await drafter.patch(`/api/v1/documents/${document.id}/versions/${request.versionId}`, {
          changeSummary: 'sửa',
        }),
        409,
        'DOCUMENT_VERSION_IS_REJECTED',
      );
      expectError(
        await drafter.upload(document.id, request.versionId!, PDF('muộn'), 'muon.pdf'),
        409,
        'DOCUMENT_VERSION_IS_REJECTED',
      );

      const revision = (
        await drafter
          .post(`/api/v1/documents/${document.id}/revisions`, { reason: 'Soạn lại theo góp ý' })
          .expect(201)
      ).body;
      expect(revision).toMatchObject({ revision: 2, status: 'DRAFT', changeSummary: 'Soạn lại theo góp ý' });
      expect(revision.files).toHaveLength(1);
      const again = await openRequest(drafter, { kind: 'ISSUE', documentId: document.id });
      expect(again.versionId).toBe(revision.id);
      await drafter.post(path(again.id, 'submit')).expect(200);
      await approveAll(again.id, secretary, approver);
      expect((await staff.get(`/api/v1/documents/${document.id}`).expect(200)).body).toMatchObject({
        status: 'EFFECTIVE',
        currentVersion: { revision: 2 },
      });
    });

    it('return: the version goes back to DRAFT, is editable again, and a new request can be opened', async () => {
      const document = await draftDocument(drafter, w.agencyA, code('QT-RETURN'));
      const request = await submittedIssue(drafter, document.id);
      await secretary.post(path(request.id, 'approve'), { comment: 'Đã xem xét', stepOrder: 1 }).expect(200);
      const returned = (
        await approver
          .post(path(request.id, 'return'), { comment: 'Bổ sung biểu mẫu', stepOrder: 2 })
          .expect(200)
      ).body as RequestBody;
      expect(returned.status).toBe('RETURNED');
      expect(returned.steps.map((s) => s.status)).toEqual(['APPROVED', 'RETURNED']);
      const versionPath = `/api/v1/documents/${document.id}/versions/${request.versionId}`;
      expect((await drafter.get(versionPath).expect(200)).body.status).toBe('DRAFT');

      await drafter.upload(document.id, request.versionId!, PDF('bổ sung'), 'bo-sung.pdf').expect(201);
      const edited = (
        await drafter.patch(versionPath, { changeSummary: 'Bổ sung biểu mẫu BM-02' }).expect(200)
      ).body;
      expect(edited).toMatchObject({ status: 'DRAFT', changeSummary: 'Bổ sung biểu mẫu BM-02' });
      expect(edited.files).toHaveLength(2);

      const again = await openRequest(drafter, { kind: 'ISSUE', documentId: document.id });
      expect(again).toMatchObject({ status: 'DRAFT', versionId: request.versionId });
      const resubmitted = (await drafter.post(path(again.id, 'submit')).expect(200)).body as RequestBody;
      expect(resubmitted.steps.map((s) => s.status)).toEqual(['PENDING', 'WAITING']);
    });

    it('cancel: the request is CANCELLED and the version goes back to DRAFT', async () => {
      const document = await draftDocument(drafter, w.agencyA, code('QT-CANCEL'));
      const request = await submittedIssue(drafter, document.id);
      const cancelled = (await drafter.post(path(request.id, 'cancel'), { comment: 'Rút lại' }).expect(200))
        .body as RequestBody;
      expect(cancelled.status).toBe('CANCELLED');
      expect(cancelled.steps.map((s) => s.status)).toEqual(['CANCELLED', 'CANCELLED']);
      const version = (
        await drafter.get(`/api/v1/documents/${document.id}/versions/${request.versionId}`).expect(200)
      ).body;
      expect(version.status).toBe('DRAFT');
      // a request cancelled before submission leaves the draft as it was
      const draftRequest = await openRequest(drafter, { kind: 'ISSUE', documentId: document.id });
      expect((await drafter.post(path(draftRequest.id, 'cancel')).expect(200)).body.status).toBe('CANCELLED');
      expect(
        (await drafter.get(`/api/v1/documents/${document.id}/versions/${request.versionId}`).expect(200)).body
          .status,
      ).toBe('DRAFT');
    });

    it('a version without files cannot be submitted (409 VERSION_HAS_NO_FILES) and nothing changes', async () => {
      const document = await draftDocument(drafter, w.agencyA, code('QT-EMPTY'), { withFile: false });
      const request = await openRequest(drafter, { kind: 'ISSUE', documentId: document.id });
      const before = await read(request.id);
      expectError(await drafter.post(path(request.id, 'submit')), 409, 'VERSION_HAS_NO_FILES');
      expect(await read(request.id)).toEqual(before);
      expect(before).toMatchObject({ status: 'DRAFT', steps: [] });
      const version = (
        await drafter.get(`/api/v1/documents/${document.id}/versions/${request.versionId}`).expect(200)
      ).body;
      expect(version.status).toBe('DRAFT');
      expect(await t.sql('SELECT id FROM approval_steps WHERE request_id = $1', [request.id])).toEqual([]);
    });
  });

  describe('illegal actions answer 409 naming the state, and change nothing', () => {
    /** Builds a request on a fresh document and brings it to the given state. */
    const requestIn = async (state: string): Promise<RequestBody> => {
      const document = await draftDocument(drafter, w.agencyA, code(`QT-${state}`));
      const request = await openRequest(drafter, { kind: 'ISSUE', documentId: document.id });
      if (state === 'DRAFT') return request;
      if (state === 'CANCELLED') {
        await drafter.post(path(request.id, 'cancel')).expect(200);
        return read(request.id);
      }
      await drafter.post(path(request.id, 'submit')).expect(200);
      if (state === 'APPROVED') await approveAll(request.id, secretary, approver);
      if (state === 'REJECTED')
        await secretary.post(path(request.id, 'reject'), { comment: 'Không đạt', stepOrder: 1 }).expect(200);
      if (state === 'RETURNED')
        await secretary.post(path(request.id, 'return'), { comment: 'Sửa lại', stepOrder: 1 }).expect(200);
      return read(request.id);
    };
    const cases: [string, string[]][] = [
      ['DRAFT', ['approve', 'reject', 'return']],
      ['APPROVED', ['submit', 'approve', 'reject', 'return', 'cancel']],
      ['REJECTED', ['submit', 'approve', 'reject', 'return', 'cancel']],
      ['RETURNED', ['submit', 'approve', 'reject', 'return', 'cancel']],
      ['CANCELLED', ['submit', 'approve', 'reject', 'return', 'cancel']],
    ];

    it.each(cases)('a request in %s refuses %j', async (state, actions) => {
      const request = await requestIn(state);
      expect(request.status).toBe(state);
      const before = await read(request.id);
      const documentBefore = (await admin.get(`/api/v1/documents/${request.documentId}`).expect(200)).body;
      for (const action of actions) {
        // submit and cancel by the requester; decisions by the holder of the first step's role
        const actor = ['submit', 'cancel'].includes(action) ? drafter : secretary;
        const response = await actor.post(path(request.id, action), {
          comment: 'Thao tác không hợp lệ',
          version: before.version,
        });
        expectError(response, 409, `APPROVAL_REQUEST_IS_${state}`);
      }
      expect(await read(request.id)).toEqual(before);
      expect((await admin.get(`/api/v1/documents/${request.documentId}`).expect(200)).body).toEqual(
        documentBefore,
      );
    });

    it('a second open request on a document answers APPROVAL_ALREADY_OPEN, before and after submission', async () => {
      const document = await draftDocument(drafter, w.agencyA, code('QT-OPEN'));
      const first = await openRequest(drafter, { kind: 'ISSUE', documentId: document.id });
      expectError(
        await drafter.post('/api/v1/approval-requests', {
          kind: 'ISSUE',
          documentId: document.id,
          reason: 'Lần 2',
        }),
        409,
        'APPROVAL_ALREADY_OPEN',
      );
      await drafter.post(path(first.id, 'submit')).expect(200);
      expectError(
        await secretary.post('/api/v1/approval-requests', {
          kind: 'ISSUE',
          documentId: document.id,
          reason: 'Lần 3',
        }),
        409,
        'APPROVAL_ALREADY_OPEN',
      );
      const open = await t.sql('SELECT id FROM approval_requests WHERE subject_id = $1', [document.id]);
      expect(open).toHaveLength(1);

      // an effective document with a revision under way cannot also be withdrawn
      const effective = await effectiveDocument(people(), w.agencyA, code('QT-OPEN-EFF'));
      await drafter.post(`/api/v1/documents/${effective.id}/revisions`, { reason: 'Sửa đổi' }).expect(201);
      const revision = await openRequest(drafter, { kind: 'REVISION', documentId: effective.id });
      await drafter.post(path(revision.id, 'submit')).expect(200);
      expectError(
        await secretary.post('/api/v1/approval-requests', {
          kind: 'WITHDRAWAL',
          documentId: effective.id,
          reason: 'Hủy bỏ',
        }),
        409,
        'APPROVAL_ALREADY_OPEN',
      );
    });

    it('a version approved for a later date is not drafted or requested again (409 DOCUMENT_VERSION_IS_APPROVED)', async () => {
      const document = await draftDocument(drafter, w.agencyA, code('QT-LATER'));
      const later = new Date(Date.now() + 60 * 24 * 3600 * 1000).toISOString().slice(0, 10);
      const request = await openRequest(drafter, {
        kind: 'ISSUE',
        documentId: document.id,
        effectiveDate: later,
      });
      await drafter.post(path(request.id, 'submit')).expect(200);
      await approveAll(request.id, secretary, approver);
      const scheduled = (await drafter.get(`/api/v1/documents/${document.id}`).expect(200)).body;
      expect(scheduled).toMatchObject({
        status: 'DRAFT',
        currentVersion: null,
        draftVersion: { id: request.versionId, status: 'APPROVED', effectiveFrom: later },
      });
      expectError(
        await drafter.post('/api/v1/approval-requests', {
          kind: 'ISSUE',
          documentId: document.id,
          reason: 'Lại',
        }),
        409,
        'DOCUMENT_VERSION_IS_APPROVED',
      );
      expectError(
        await drafter.post(`/api/v1/documents/${document.id}/revisions`, {
          reason: 'Sửa trước khi có hiệu lực',
        }),
        409,
        'DOCUMENT_VERSION_IS_APPROVED',
      );
      expect((await drafter.get(`/api/v1/documents/${document.id}`).expect(200)).body).toEqual(scheduled);
    });

    it('ISSUE of an EFFECTIVE document, WITHDRAWAL or REVISION of a DRAFT one, and editing a version in approval answer 409', async () => {
      const effective = await effectiveDocument(people(), w.agencyA, code('QT-EFF'));
      expectError(
        await drafter.post('/api/v1/approval-requests', {
          kind: 'ISSUE',
          documentId: effective.id,
          reason: 'Lại',
        }),
        409,
        'DOCUMENT_IS_EFFECTIVE',
      );
      const draft = await draftDocument(drafter, w.agencyA, code('QT-DRAFT'));
      for (const kind of ['WITHDRAWAL', 'REVISION'])
        expectError(
          await secretary.post('/api/v1/approval-requests', {
            kind,
            documentId: draft.id,
            reason: 'Không hợp lệ',
          }),
          409,
          'DOCUMENT_IS_DRAFT',
        );
      expect(
        await t.sql('SELECT id FROM approval_requests WHERE subject_id = ANY($1)', [
          [effective.id, draft.id],
        ]),
      ).toHaveLength(1); // the ISSUE that made the first one effective

      const request = await submittedIssue(drafter, draft.id);
      const versionPath = `/api/v1/documents/${draft.id}/versions/${request.versionId}`;
      const before = (await drafter.get(versionPath).expect(200)).body;
      expectError(
        await drafter.patch(versionPath, { changeSummary: 'Sửa khi đang duyệt' }),
        409,
        'DOCUMENT_VERSION_IS_IN_APPROVAL',
      );
      expectError(
        await drafter.upload(draft.id, request.versionId!, PDF('chen'), 'chen.pdf'),
        409,
        'DOCUMENT_VERSION_IS_IN_APPROVAL',
      );
      expect((await drafter.get(versionPath).expect(200)).body).toEqual(before);
    });
  });

  describe('the inbox and the deadline registry', () => {
    it('lists what waits on the caller, oldest due first', async () => {
      const templatePath = `/api/v1/agencies/${w.agencyA}/workflow-templates/ISSUE`;
      const submitWithSla = async (slaDays: number) => {
        await secretary
          .put(templatePath, {
            steps: [
              { role: 'ISO_SECRETARY', slaDays },
              { role: 'APPROVER', slaDays: 1 },
            ],
          })
          .expect(200);
        const document = await draftDocument(drafter, w.agencyA, code(`QT-SLA${slaDays}`));
        return submittedIssue(drafter, document.id);
      };
      const due10 = await submitWithSla(10);
      const due2 = await submitWithSla(2);
      const due5 = await submitWithSla(5);

      const inbox = await allItems<RequestBody>(secretary, '/api/v1/approval-requests?assignedToMe=true');
      const mine = [due10.id, due2.id, due5.id];
      expect(inbox.map((r) => r.id).filter((id) => mine.includes(id))).toEqual([due2.id, due5.id, due10.id]);
      const dueTimes = inbox.map((r) => new Date(r.dueAt!).getTime());
      expect(dueTimes).toEqual([...dueTimes].sort((a, b) => a - b));
      for (const submitted of [due10, due2, due5]) {
        const item = inbox.find((r) => r.id === submitted.id)!;
        expect(item.dueAt).toBe(submitted.steps[0].dueAt);
        expect(item.steps[0]).toMatchObject({ status: 'PENDING', slaDays: expect.any(Number) });
      }
      // the first page of one item is the one due soonest
      const first = (
        await secretary.get('/api/v1/approval-requests?assignedToMe=true&pageSize=1').expect(200)
      ).body;
      expect(first.items.map((r: RequestBody) => r.id)).toEqual([inbox[0].id]);
      expect(first.total).toBe(inbox.length);
      // a page past the end is empty and still tells the total
      const beyond = (
        await secretary
          .get(`/api/v1/approval-requests?assignedToMe=true&pageSize=1&page=${inbox.length + 1}`)
          .expect(200)
      ).body;
      expect(beyond).toMatchObject({ items: [], total: inbox.length });
      // an inbox item is the request as its own page shows it, with when the waiting step is due
      const own = (await secretary.get(`/api/v1/approval-requests/${due2.id}`).expect(200)).body;
      const { dueAt, ...listed } = inbox.find((r) => r.id === due2.id)!;
      expect(listed).toEqual(own);
      expect(dueAt).toBe(own.steps[0].dueAt);
      // none of it waits on the approver yet
      const approverInbox = await allItems<RequestBody>(
        approver,
        '/api/v1/approval-requests?assignedToMe=true',
      );
      expect(approverInbox.map((r) => r.id).filter((id) => mine.includes(id))).toEqual([]);
    });

    it('registers each step due date as a deadline: OPEN while pending, MET when decided, CANCELLED with the request', async () => {
      const document = await draftDocument(drafter, w.agencyA, code('QT-DEADLINE'));
      const request = await submittedIssue(drafter, document.id);
      const [first, second] = [await stepId(request.id, 1), await stepId(request.id, 2)];
      const deadlines = async () => {
        const all = await allItems<DeadlineBody>(secretary, '/api/v1/deadlines?kind=APPROVAL_STEP');
        return {
          first: all.filter((d) => d.subjectId === first),
          second: all.filter((d) => d.subjectId === second),
        };
      };

      let now = await deadlines();
      expect(now.first).toEqual([
        expect.objectContaining({
          agencyId: w.agencyA,
          subjectType: 'approvalStep',
          status: 'OPEN',
          dueAt: request.steps[0].dueAt,
        }),
      ]);
      expect(now.second).toEqual([]);

      const approved = (
        await secretary.post(path(request.id, 'approve'), { comment: 'Đã xem xét', stepOrder: 1 }).expect(200)
      ).body as RequestBody;
      now = await deadlines();
      expect(now.first.map((d) => d.status)).toEqual(['MET']);
      expect(now.second).toEqual([
        expect.objectContaining({ status: 'OPEN', dueAt: approved.steps[1].dueAt }),
      ]);

      await drafter.post(path(request.id, 'cancel'), { comment: 'Không ban hành nữa' }).expect(200);
      now = await deadlines();
      expect(now.first.map((d) => d.status)).toEqual(['MET']);
      expect(now.second.map((d) => d.status)).toEqual(['CANCELLED']);
      const open = (
        await secretary.get('/api/v1/deadlines?kind=APPROVAL_STEP&status=OPEN&pageSize=100').expect(200)
      ).body.items as DeadlineBody[];
      expect(open.map((d) => d.subjectId)).not.toContain(second);
    });
  });
});
