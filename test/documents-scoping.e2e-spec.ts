import type { Response } from 'supertest';
import { startTestApp, TestApp } from './support/harness';
import { client, Client, PDF, sha256 } from './support/documents';
import {
  binary,
  createUser,
  DocumentBody,
  draftDocument,
  effectiveDocument,
  expectError,
  FileBody,
  RequestBody,
  submittedIssue,
} from './support/approvals';
import { buildWorld, World } from './support/world';

const TABLES = [
  'documents',
  'document_versions',
  'document_files',
  'approval_requests',
  'approval_steps',
  'acknowledgements',
  'workflow_templates',
  'deadlines',
];

describe('documents and approvals are scoped to the agency (404 elsewhere), published documents shared within a QMS', () => {
  let t: TestApp;
  let w: World;
  let admin: Client, drafter: Client, secretary: Client, approver: Client;
  /** Agency A: an effective document with a draft revision, and a draft document under approval. */
  let effective: DocumentBody;
  let effectiveFile: FileBody;
  let revision: { id: string; files: FileBody[] };
  let draft: DocumentBody;
  let draftFile: FileBody;
  let request: RequestBody;
  const effectivePdf = PDF('QT-HL');

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    admin = client(t, w.adminToken);
    [drafter, secretary, approver] = ['a.drafter', 'a.iso_secretary', 'a.approver'].map((k) =>
      client(t, w.users[k].token),
    );
    const people = { drafter, secretary, approver };
    // the effective document's file is the PDF the helper uploads
    effective = await effectiveDocument(people, w.agencyA, 'QT-HL', { title: 'Quy trình hiệu lực' });
    effectiveFile = effective.currentVersion!.files![0];
    expect(effectiveFile.sha256).toBe(sha256(effectivePdf));
    revision = (
      await drafter
        .post(`/api/v1/documents/${effective.id}/revisions`, { reason: 'Sửa đổi đang soạn' })
        .expect(201)
    ).body;
    draft = await draftDocument(drafter, w.agencyA, 'QT-DT', { title: 'Quy trình dự thảo' });
    draftFile = (await drafter.get(`/api/v1/documents/${draft.id}`).expect(200)).body.draftVersion.files[0];
    request = await submittedIssue(drafter, draft.id);
  });
  afterAll(() => t.close());

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => {
          const [row] = await t.sql<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`);
          return [table, Number(row.n)] as const;
        }),
      ),
    );
  /** What agency A's own people see of its records, to compare before and after. */
  const snapshot = async () => ({
    effective: (await admin.get(`/api/v1/documents/${effective.id}`).expect(200)).body,
    effectiveVersions: (await admin.get(`/api/v1/documents/${effective.id}/versions`).expect(200)).body.items,
    draft: (await admin.get(`/api/v1/documents/${draft.id}`).expect(200)).body,
    request: (await admin.get(`/api/v1/approval-requests/${request.id}`).expect(200)).body,
    template: (await admin.get(`/api/v1/agencies/${w.agencyA}/workflow-templates/ISSUE`).expect(200)).body,
  });
  /** A 404 that gives nothing of A away. */
  const expectHidden = (response: Response, label: string) => {
    expect({ label, status: response.status, code: response.body?.code }).toEqual({
      label,
      status: 404,
      code: 'NOT_FOUND',
    });
    const text = JSON.stringify(response.body);
    for (const secret of [effective.code, effective.title, draft.code, draft.title, effectiveFile.sha256])
      expect(text).not.toContain(secret);
  };

  it.each(['b.iso_secretary', 'b.approver', 'b.staff', 'p2.oversight'])(
    '%s gets 404 on every document and approval endpoint of agency A, and nothing changes',
    async (key) => {
      const other = client(t, w.users[key].token);
      const auth = { Authorization: `Bearer ${w.users[key].token}` };
      const before = { counts: await counts(), snapshot: await snapshot() };

      const calls: [string, () => PromiseLike<Response>][] = [];
      for (const doc of [effective, draft]) {
        const d = `/api/v1/documents/${doc.id}`;
        const versionIds =
          doc === effective ? [effective.currentVersion!.id, revision.id] : [request.versionId!];
        calls.push(
          [`GET ${doc.code}`, () => other.get(d)],
          [`PATCH ${doc.code}`, () => other.patch(d, { title: 'Bị sửa' })],
          [`GET ${doc.code} versions`, () => other.get(`${d}/versions`)],
          [`POST ${doc.code} revisions`, () => other.post(`${d}/revisions`, { reason: 'Chen ngang' })],
          [`POST ${doc.code} acknowledgements`, () => other.post(`${d}/acknowledgements`)],
          [`GET ${doc.code} acknowledgements`, () => other.get(`${d}/acknowledgements`)],
        );
        for (const vid of versionIds) {
          calls.push(
            [`GET ${doc.code} version`, () => other.get(`${d}/versions/${vid}`)],
            [
              `PATCH ${doc.code} version`,
              () => other.patch(`${d}/versions/${vid}`, { changeSummary: 'Bị sửa' }),
            ],
            [`POST ${doc.code} version file`, () => other.upload(doc.id, vid, PDF('lạ'), 'la.pdf')],
          );
        }
      }
      for (const file of [effectiveFile, draftFile, ...revision.files]) {
        calls.push(
          [`GET file ${file.name}`, () => t.http().get(`/api/v1/files/${file.id}/content`).set(auth)],
          [
            `GET file ${file.name} redirect`,
            () => t.http().get(`/api/v1/files/${file.id}/content?redirect=1`).set(auth),
          ],
        );
      }
      calls.push(
        [
          'POST approval-request ISSUE',
          () => other.post('/api/v1/approval-requests', { kind: 'ISSUE', documentId: draft.id, reason: 'x' }),
        ],
        [
          'POST approval-request REVISION',
          () =>
            other.post('/api/v1/approval-requests', {
              kind: 'REVISION',
              documentId: effective.id,
              reason: 'x',
            }),
        ],
        [
          'POST approval-request WITHDRAWAL',
          () =>
            other.post('/api/v1/approval-requests', {
              kind: 'WITHDRAWAL',
              documentId: effective.id,
              reason: 'x',
            }),
        ],
        ['GET approval-request', () => other.get(`/api/v1/approval-requests/${request.id}`)],
        ...['submit', 'approve', 'reject', 'return', 'cancel'].map(
          (action) =>
            [
              `POST approval-request ${action}`,
              () =>
                other.post(`/api/v1/approval-requests/${request.id}/${action}`, {
                  comment: 'Can thiệp',
                  version: request.version,
                }),
            ] as [string, () => PromiseLike<Response>],
        ),
        ['GET workflow template', () => other.get(`/api/v1/agencies/${w.agencyA}/workflow-templates/ISSUE`)],
        [
          'PUT workflow template',
          () =>
            other.put(`/api/v1/agencies/${w.agencyA}/workflow-templates/ISSUE`, {
              steps: [{ role: 'APPROVER', slaDays: 1 }],
            }),
        ],
        [
          'POST document in A',
          () =>
            other.post('/api/v1/documents', {
              agencyId: w.agencyA,
              code: 'QT-LA',
              title: 'Tài liệu lạ',
              type: 'PROCEDURE',
            }),
        ],
      );
      for (const [label, call] of calls) expectHidden(await call(), label);

      // lists give nothing of A either
      for (const path of [
        `/api/v1/documents?agencyId=${w.agencyA}`,
        '/api/v1/documents?pageSize=100',
        `/api/v1/documents?q=QT-&pageSize=100`,
        `/api/v1/documents?agencyId=${w.agencyA}&format=xlsx`,
        '/api/v1/approval-requests?pageSize=100',
        `/api/v1/approval-requests?agencyId=${w.agencyA}`,
        `/api/v1/approval-requests?documentId=${draft.id}`,
        '/api/v1/approval-requests?assignedToMe=true&pageSize=100',
        '/api/v1/deadlines?pageSize=100',
        `/api/v1/deadlines?agencyId=${w.agencyA}`,
      ]) {
        const listed = await other.get(path).buffer(true).parse(binary).expect(200);
        const text = listed.body.toString('utf8');
        for (const secret of [w.agencyA, effective.id, draft.id, request.id, effective.code, draft.code])
          expect({ path, leaks: text.includes(secret) }).toEqual({ path, leaks: false });
        if (!path.includes('format=xlsx'))
          expect({ path, total: JSON.parse(text).total }).toEqual({ path, total: 0 });
      }

      expect(await counts()).toEqual(before.counts);
      expect(await snapshot()).toEqual(before.snapshot);
    },
  );

  it('within a QMS covering A and another agency, that agency reads A’s effective documents only', async () => {
    // an agency belongs to at most one QMS, and B leads its own: the service refuses to add B to A's
    const refused = await admin.patch(`/api/v1/quality-systems/${w.qmsA}`, { memberAgencyIds: [w.agencyB] });
    expectError(refused, 409, 'DUPLICATE');
    expect((await admin.get(`/api/v1/quality-systems/${w.qmsA}`).expect(200)).body.memberAgencyIds).toEqual([
      w.agencyA,
    ]);
    // so a fresh agency D (no QMS of its own) joins A's
    const agencyD = (
      await admin
        .post('/api/v1/agencies', { code: 'D', name: 'Văn phòng Sở', level: 'OTHER', parentId: w.provinceId })
        .expect(201)
    ).body.id as string;
    const dStaff = (await createUser(t, w.adminToken, 'd.staff', [{ agencyId: agencyD, roles: ['STAFF'] }]))
      .client;
    const dSecretary = (
      await createUser(t, w.adminToken, 'd.iso_secretary', [{ agencyId: agencyD, roles: ['ISO_SECRETARY'] }])
    ).client;
    await dStaff.get(`/api/v1/documents/${effective.id}`).expect(404);
    const joined = await admin
      .patch(`/api/v1/quality-systems/${w.qmsA}`, { memberAgencyIds: [agencyD] })
      .expect(200);
    expect([...joined.body.memberAgencyIds].sort()).toEqual([w.agencyA, agencyD].sort());

    for (const reader of [dStaff, dSecretary]) {
      const seen = (await reader.get(`/api/v1/documents/${effective.id}`).expect(200)).body;
      expect(seen).toMatchObject({
        status: 'EFFECTIVE',
        currentVersion: { revision: 1 },
        draftVersion: null,
      });
      const versions = (await reader.get(`/api/v1/documents/${effective.id}/versions`).expect(200)).body
        .items;
      expect(versions.map((v: { revision: number }) => v.revision)).toEqual([1]);
      const bytes = await reader
        .get(`/api/v1/files/${effectiveFile.id}/content`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(sha256(bytes.body as Buffer)).toBe(effectiveFile.sha256);
      // drafts stay A's: the draft document, the draft revision and their files
      expectHidden(await reader.get(`/api/v1/documents/${draft.id}`), 'draft document');
      expectHidden(await reader.get(`/api/v1/documents/${draft.id}/versions`), 'draft versions');
      expectHidden(
        await reader.get(`/api/v1/documents/${effective.id}/versions/${revision.id}`),
        'draft revision',
      );
      expectHidden(await reader.get(`/api/v1/files/${draftFile.id}/content`), 'draft file');
      expectHidden(await reader.get(`/api/v1/files/${revision.files[0].id}/content`), 'revision file');
      expectHidden(await reader.get(`/api/v1/approval-requests/${request.id}`), 'approval request');
      const listed = (await reader.get(`/api/v1/documents?agencyId=${w.agencyA}`).expect(200)).body;
      expect(listed.items.map((d: { code: string }) => d.code)).toEqual(['QT-HL']);
      // reading is all: no changes, no requests
      expectError(
        await reader.patch(`/api/v1/documents/${effective.id}`, { title: 'Sửa hộ' }),
        403,
        'FORBIDDEN',
      );
    }
    expectError(
      await dSecretary.post(`/api/v1/documents/${effective.id}/revisions`, { reason: 'Sửa hộ' }),
      403,
      'FORBIDDEN',
    );
    // B is still outside A's QMS
    expectHidden(await client(t, w.users['b.staff'].token).get(`/api/v1/documents/${effective.id}`), 'B');
  });

  it('STAFF of A and OVERSIGHT of the province read A’s effective documents but not its drafts; another province reads nothing', async () => {
    for (const key of ['a.staff', 'p1.oversight']) {
      const reader = client(t, w.users[key].token);
      const seen = (await reader.get(`/api/v1/documents/${effective.id}`).expect(200)).body;
      expect(seen).toMatchObject({ id: effective.id, status: 'EFFECTIVE', draftVersion: null });
      const versions = (await reader.get(`/api/v1/documents/${effective.id}/versions`).expect(200)).body
        .items;
      expect(versions.map((v: { revision: number }) => v.revision)).toEqual([1]);
      await reader.get(`/api/v1/files/${effectiveFile.id}/content`).expect(200);
      expectHidden(await reader.get(`/api/v1/documents/${draft.id}`), `${key} draft`);
      expectHidden(
        await reader.get(`/api/v1/documents/${effective.id}/versions/${revision.id}`),
        `${key} revision`,
      );
      expectHidden(await reader.get(`/api/v1/files/${draftFile.id}/content`), `${key} draft file`);
      const listed = (await reader.get(`/api/v1/documents?agencyId=${w.agencyA}`).expect(200)).body;
      expect(listed.items.map((d: { code: string }) => d.code)).toEqual(['QT-HL']);
    }
    const far = client(t, w.users['p2.oversight'].token);
    expectHidden(await far.get(`/api/v1/documents/${effective.id}`), 'p2 effective');
    expectHidden(await far.get(`/api/v1/files/${effectiveFile.id}/content`), 'p2 file');
    expect((await far.get(`/api/v1/documents?agencyId=${w.agencyA}`).expect(200)).body.total).toBe(0);
    // A's document roles do see the drafts
    expect(
      (await secretary.get(`/api/v1/documents?agencyId=${w.agencyA}&sort=code`).expect(200)).body.items.map(
        (d: { code: string }) => d.code,
      ),
    ).toEqual(['QT-DT', 'QT-HL']);
  });
});
