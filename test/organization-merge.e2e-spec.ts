import { startTestApp, TestApp } from './support/harness';
import { approveAll, client, Client, PDF, sha256 } from './support/documents';
import { binary } from './support/multipart';
import { DEMO_PASSWORD, konTum, KonTum, postCsv } from './support/oversight';
import { buildWorld, PASSWORD, World } from './support/world';

interface Doc {
  id: string;
  code: string;
  draftVersion: { id: string };
  currentVersion: { id: string; files: { id: string; sha256: string }[] } | null;
}

/**
 * Issue 14, "the 2025 mergers must work", on the Kon Tum seed: phường Thắng Lợi (row 47) is
 * merged into phường Quyết Thắng (row 46); both built their documents from the same template,
 * so they share codes.
 */
describe('merging two communes built from the same template (Kon Tum seed)', () => {
  let t: TestApp;
  let k: KonTum;
  let admin: Client;
  let qtId: string, tlId: string, tlCode: string;
  let qtSecretary: Client, qtApprover: Client, qtStaff: Client;
  const tl: Record<string, { id: string; client: Client }> = {};

  beforeAll(async () => {
    t = await startTestApp();
    k = await konTum(t);
    admin = client(t, await t.login('admin', 'Admin@12345'));
    qtId = k.agencyIdsByNo.get(46)!;
    tlId = k.agencyIdsByNo.get(47)!;
    tlCode = (await admin.get(`/api/v1/agencies/${tlId}`).expect(200)).body.code;
    qtSecretary = client(t, await t.login('qt.thuky', DEMO_PASSWORD));
    qtApprover = client(t, await t.login('qt.pheduyet', DEMO_PASSWORD));
    qtStaff = client(t, await t.login('qt.nhanvien', DEMO_PASSWORD));
    for (const [key, roles] of [
      ['thuky', ['ISO_SECRETARY']],
      ['soanthao', ['DRAFTER']],
      ['pheduyet', ['APPROVER']],
      ['nhanvien', ['STAFF']],
    ] as const) {
      const username = `tl.${key}`;
      const user = (
        await admin
          .post('/api/v1/users', {
            username,
            password: PASSWORD,
            fullName: `Cán bộ Thắng Lợi ${key}`,
            memberships: [{ agencyId: tlId, roles }],
          })
          .expect(201)
      ).body;
      tl[key] = { id: user.id, client: client(t, await t.login(username, PASSWORD)) };
    }
  });
  afterAll(() => t.close());

  const TEMPLATE = [
    { code: 'QT-HCTP-01', title: 'Quy trình chứng thực bản sao từ bản chính', type: 'PROCEDURE' },
    { code: 'QT-KSTL-01', title: 'Quy trình kiểm soát tài liệu', type: 'PROCEDURE' },
    { code: 'STCL-01', title: 'Sổ tay chất lượng', type: 'MANUAL' },
  ];

  async function issue(drafter: Client, secretary: Client, approver: Client, agencyId: string, spec: object) {
    const doc = (await drafter.post('/api/v1/documents', { agencyId, ...spec }).expect(201)).body as Doc;
    await drafter.upload(doc.id, doc.draftVersion.id, PDF(JSON.stringify(spec)), 'ban-chinh.pdf').expect(201);
    const req = (
      await drafter
        .post('/api/v1/approval-requests', { kind: 'ISSUE', documentId: doc.id, reason: 'Ban hành' })
        .expect(201)
    ).body;
    await drafter.post(`/api/v1/approval-requests/${req.id}/submit`).expect(200);
    await approveAll(req.id, secretary, approver);
    return (await admin.get(`/api/v1/documents/${doc.id}`).expect(200)).body as Doc;
  }

  const codesOf = async (agencyId: string) =>
    (
      await t.sql<{ code: string }>('SELECT code FROM documents WHERE agency_id = $1 ORDER BY code', [
        agencyId,
      ])
    ).map((r) => r.code);

  it('proposes a code mapping (dry run), applies it, keeps old codes searchable and loses nothing', async () => {
    // both communes issue the template
    const qtDocs: Record<string, Doc> = {};
    const tlDocs: Record<string, Doc> = {};
    for (const spec of TEMPLATE) {
      qtDocs[spec.code] = await issue(qtStaff, qtSecretary, qtApprover, qtId, spec);
      tlDocs[spec.code] = await issue(tl.soanthao.client, tl.thuky.client, tl.pheduyet.client, tlId, spec);
    }
    const moved = tlDocs['QT-HCTP-01'];
    // the worker extracted its file's text (the helper's file is a stub: written as the job would)
    await t.sql(
      `INSERT INTO file_texts (file_id, agency_id, status, text) VALUES ($1, $2, 'EXTRACTED', 'bien ban hop to dan pho')`,
      [moved.currentVersion!.files[0].id, tlId],
    );
    // a reader of Thắng Lợi acknowledged it; a revision of another is in approval at the merger
    await tl.nhanvien.client.post(`/api/v1/documents/${moved.id}/acknowledgements`).expect(200);
    const revised = tlDocs['STCL-01'];
    const draft = (
      await tl.soanthao.client
        .post(`/api/v1/documents/${revised.id}/revisions`, { reason: 'Cập nhật sau sáp nhập' })
        .expect(201)
    ).body;
    const revision = (
      await tl.soanthao.client
        .post('/api/v1/approval-requests', { kind: 'REVISION', documentId: revised.id, reason: 'Sửa đổi' })
        .expect(201)
    ).body;
    await tl.soanthao.client.post(`/api/v1/approval-requests/${revision.id}/submit`).expect(200);
    const [{ quality_system_id: tlQms }] = await t.sql<{ quality_system_id: string }>(
      'SELECT quality_system_id FROM quality_system_agencies WHERE agency_id = $1',
      [tlId],
    );
    const [{ quality_system_id: qtQms }] = await t.sql<{ quality_system_id: string }>(
      'SELECT quality_system_id FROM quality_system_agencies WHERE agency_id = $1',
      [qtId],
    );
    const body = {
      intoAgencyId: qtId,
      reason: 'Nghị quyết sáp nhập phường Thắng Lợi vào phường Quyết Thắng',
    };

    // only the system administrator merges, and the refusal says so (the directory is public)
    for (const caller of [qtSecretary, tl.thuky.client, k.users.oversight.client]) {
      const refused = await caller.post(`/api/v1/agencies/${tlId}/merge?dryRun=true`, body).expect(403);
      expect(refused.body.code).toBe('AGENCY_STRUCTURE_ADMIN_ONLY');
      expect(refused.body.message).toMatch(/quản trị hệ thống/);
    }

    // 1. dry run: every document of Thắng Lợi is prefixed with its code; nothing is written
    const before = await codesOf(tlId);
    const dry = (await admin.post(`/api/v1/agencies/${tlId}/merge?dryRun=true`, body).expect(200)).body;
    expect(dry).toMatchObject({ id: tlId, status: 'ACTIVE', dryRun: true, problems: [] });
    expect(
      dry.plan.documents.map((d: { code: string; newCode: string; codeCollides: boolean }) => [
        d.code,
        d.newCode,
        d.codeCollides,
      ]),
    ).toEqual([
      ['QT-HCTP-01', `${tlCode}-QT-HCTP-01`, true],
      ['QT-KSTL-01', `${tlCode}-QT-KSTL-01`, true],
      ['STCL-01', `${tlCode}-STCL-01`, true],
    ]);
    expect(dry.plan.qualitySystems).toEqual([
      {
        qualitySystemId: tlQms,
        name: expect.any(String),
        outcome: 'MERGED_INTO',
        intoQualitySystemId: qtQms,
      },
    ]);
    expect(await codesOf(tlId)).toEqual(before);
    expect((await admin.get(`/api/v1/agencies/${tlId}`).expect(200)).body.status).toBe('ACTIVE');

    // 2. a mapping that keeps a colliding code is shown as a problem, and refused when applied
    const clash = {
      ...body,
      codeMapping: [
        { from: 'QT-HCTP-01', to: 'QT-HCTP-01' },
        { from: 'QT-KHONG-CO', to: 'X' },
      ],
    };
    const dryClash = (await admin.post(`/api/v1/agencies/${tlId}/merge?dryRun=true`, clash).expect(200)).body;
    expect(dryClash.problems.map((p: { field: string }) => p.field)).toEqual(['codeMapping', 'codeMapping']);
    expect(dryClash.problems.map((p: { message: string }) => p.message).join(' ')).toMatch(/QT-KHONG-CO/);
    expect(dryClash.problems.map((p: { message: string }) => p.message).join(' ')).toMatch(/QT-HCTP-01/);
    const refused = await admin.post(`/api/v1/agencies/${tlId}/merge`, clash).expect(409);
    expect(refused.body.code).toBe('AGENCY_MERGE_INVALID');
    expect(refused.body.details).toHaveLength(2);
    expect(await codesOf(tlId)).toEqual(before);
    expect((await admin.get(`/api/v1/agencies/${tlId}`).expect(200)).body.status).toBe('ACTIVE');

    // 3. applied with one code chosen by the secretary, the others prefixed
    const merged = (
      await admin
        .post(`/api/v1/agencies/${tlId}/merge`, {
          ...body,
          codeMapping: [{ from: 'QT-KSTL-01', to: 'QT-KSTL-02' }],
        })
        .expect(200)
    ).body;
    expect(merged).toMatchObject({ status: 'MERGED', mergedIntoId: qtId, dryRun: false, problems: [] });
    expect(await codesOf(tlId)).toEqual([]);
    expect(await codesOf(qtId)).toEqual(
      [
        'QT-HCTP-01',
        'QT-KSTL-01',
        'STCL-01',
        `${tlCode}-QT-HCTP-01`,
        'QT-KSTL-02',
        `${tlCode}-STCL-01`,
      ].sort(),
    );

    // old codes stay searchable: the survivor's register finds the renamed document by its former code
    const found = (await qtSecretary.get(`/api/v1/documents?agencyId=${qtId}&q=QT-KSTL-01`).expect(200)).body;
    expect(found.items.map((d: { code: string }) => d.code).sort()).toEqual(['QT-KSTL-01', 'QT-KSTL-02']);
    const foundWithoutDash = (await qtSecretary.get(`/api/v1/documents?q=qt-kstl-01`).expect(200)).body;
    expect(foundWithoutDash.total).toBe(2);
    const renamed = (await qtStaff.get(`/api/v1/documents/${tlDocs['QT-KSTL-01'].id}`).expect(200)).body;
    expect(renamed).toMatchObject({
      agencyId: qtId,
      code: 'QT-KSTL-02',
      status: 'EFFECTIVE',
      formerCodes: [{ code: 'QT-KSTL-01', agencyId: tlId, until: expect.any(String) }],
    });

    // files follow: the survivor's staff download the bytes issued by Thắng Lợi
    const file = moved.currentVersion!.files[0];
    const bytes = await qtStaff
      .get(`/api/v1/files/${file.id}/content`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(sha256(bytes.body as Buffer)).toBe(file.sha256);
    // and their text: the survivor's search inside its own agency's files finds it
    const inText = (
      await qtSecretary
        .get(
          `/api/v1/documents?agencyId=${qtId}&searchIn=content&q=${encodeURIComponent('biên bản họp tổ dân phố')}`,
        )
        .expect(200)
    ).body;
    expect(inText.items.map((d: { code: string }) => d.code)).toEqual([`${tlCode}-QT-HCTP-01`]);

    // history follows: the survivor's secretary reads the whole story of the document
    const trail = (
      await qtSecretary
        .get(`/api/v1/audit-trail?subjectType=document&subjectId=${moved.id}&sort=id`)
        .expect(200)
    ).body.items;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['create', 'issue', 'merge']);
    expect(trail[2]).toMatchObject({
      agencyId: qtId,
      data: { before: { code: 'QT-HCTP-01', agencyId: tlId }, after: { code: `${tlCode}-QT-HCTP-01` } },
    });

    // acknowledgements follow: who read it in Thắng Lợi still counts
    const acks = (await qtSecretary.get(`/api/v1/documents/${moved.id}/acknowledgements`).expect(200)).body;
    expect(acks.acknowledged.map((a: { userId: string }) => a.userId)).toEqual([tl.nhanvien.id]);

    // approvals follow: the revision in approval is decided by the survivor's secretary and head
    const inbox = (await qtSecretary.get('/api/v1/approval-requests?assignedToMe=true').expect(200)).body;
    expect(inbox.items.map((r: { id: string }) => r.id)).toContain(revision.id);
    await approveAll(revision.id, qtSecretary, qtApprover);
    const revisedNow = (await qtStaff.get(`/api/v1/documents/${revised.id}`).expect(200)).body;
    expect(revisedNow.currentVersion).toMatchObject({ id: draft.id, revision: 2, status: 'EFFECTIVE' });
    expect(revisedNow.code).toBe(`${tlCode}-STCL-01`);

    // the merged commune's QMS is merged into the survivor's, never unreachable
    const oldQms = (await admin.get(`/api/v1/quality-systems/${tlQms}`).expect(200)).body;
    expect(oldQms).toMatchObject({
      status: 'MERGED',
      mergedIntoId: qtQms,
      leadAgencyId: qtId,
      memberAgencyIds: [],
    });
    await qtSecretary.get(`/api/v1/quality-systems/${tlQms}`).expect(200);
    const survivorQms = (await qtSecretary.get(`/api/v1/quality-systems/${qtQms}`).expect(200)).body;
    expect(survivorQms.memberAgencyIds).toEqual([qtId]);
    const listed = (await qtSecretary.get('/api/v1/quality-systems?pageSize=100').expect(200)).body.items;
    expect(listed.map((q: { id: string }) => q.id).sort()).toEqual([qtQms, tlQms].sort());
    // a merged QMS changes no more
    const frozen = await admin.patch(`/api/v1/quality-systems/${tlQms}`, { scope: 'Hồi sinh' }).expect(409);
    expect(frozen.body.code).toBe('QUALITY_SYSTEM_IS_MERGED');

    // the people of Thắng Lợi are members of Quyết Thắng with their roles
    const me = (await tl.thuky.client.get('/api/v1/me').expect(200)).body;
    expect(me.memberships).toEqual([{ agencyId: qtId, roles: ['ISO_SECRETARY'] }]);
    // and another commune's secretary still sees none of it
    const other = client(t, await t.login('stp.thuky', DEMO_PASSWORD));
    await other.get(`/api/v1/documents/${moved.id}`).expect(404);
    await other.get(`/api/v1/quality-systems/${tlQms}`).expect(404);
    const otherTrail = (
      await other.get(`/api/v1/audit-trail?subjectType=document&subjectId=${moved.id}`).expect(200)
    ).body;
    expect(otherTrail.total).toBe(0);
    expect((await admin.get('/api/v1/audit-trail/verify').expect(200)).body.ok).toBe(true);
  });

  it('dissolves an agency whose work is split: documents and users go where the mapping says', async () => {
    // the receivers: two more communes of the seed
    const [y, z] = [k.agencyIdsByNo.get(48)!, k.agencyIdsByNo.get(49)!];
    const x = (
      await admin
        .post('/api/v1/agencies', {
          code: 'XA-CHIA',
          name: 'Xã bị chia tách',
          level: 'COMMUNE',
          parentId: k.provinceId,
        })
        .expect(201)
    ).body;
    const hamlet = (
      await admin
        .post('/api/v1/agencies', { code: 'THON-1', name: 'Thôn 1', level: 'OTHER', parentId: x.id })
        .expect(201)
    ).body;
    const xUsers: Record<string, { id: string; client: Client }> = {};
    for (const [key, roles] of [
      ['sec', ['ISO_SECRETARY', 'DRAFTER']],
      ['head', ['APPROVER']],
      ['staff', ['STAFF']],
    ] as const) {
      const user = (
        await admin
          .post('/api/v1/users', {
            username: `xc.${key}`,
            password: PASSWORD,
            fullName: `Xã chia ${key}`,
            memberships: [{ agencyId: x.id, roles }],
          })
          .expect(201)
      ).body;
      xUsers[key] = { id: user.id, client: client(t, await t.login(`xc.${key}`, PASSWORD)) };
    }
    // X needs an approval workflow that does not ask its secretary to decide their own drafts
    const secretary2 = (
      await admin
        .post('/api/v1/users', {
          username: 'xc.sec2',
          password: PASSWORD,
          fullName: 'Thư ký 2',
          memberships: [{ agencyId: x.id, roles: ['ISO_SECRETARY'] }],
        })
        .expect(201)
    ).body;
    const sec2 = client(t, await t.login('xc.sec2', PASSWORD));
    const d1 = await issue(xUsers.sec.client, sec2, xUsers.head.client, x.id, {
      code: 'QT-01',
      title: 'Quy trình một cửa',
      type: 'PROCEDURE',
    });
    const d2 = await issue(xUsers.sec.client, sec2, xUsers.head.client, x.id, {
      code: 'QT-02',
      title: 'Quy trình hộ tịch',
      type: 'PROCEDURE',
    });
    const body = {
      intoAgencyId: y,
      reason: 'Nghị quyết giải thể, chia địa giới xã',
      documents: [{ documentId: d2.id, intoAgencyId: z }],
      users: [{ userId: xUsers.staff.id, intoAgencyId: z }],
    };
    // refused to anyone but the system administrator
    const refused = await xUsers.sec.client
      .post(`/api/v1/agencies/${x.id}/dissolve?dryRun=true`, body)
      .expect(403);
    expect(refused.body.code).toBe('AGENCY_STRUCTURE_ADMIN_ONLY');
    // a document or user that is not the agency's is a problem, and nothing moves
    const [{ id: foreignDoc }] = await t.sql<{ id: string }>(
      "SELECT id FROM documents WHERE agency_id = $1 AND code = 'QT-HCTP-01'",
      [qtId],
    );
    const bad = {
      ...body,
      documents: [...body.documents, { documentId: foreignDoc, intoAgencyId: z }],
      users: [...body.users, { userId: tl.thuky.id, intoAgencyId: z }],
    };
    const dryBad = (await admin.post(`/api/v1/agencies/${x.id}/dissolve?dryRun=true`, bad).expect(200)).body;
    expect(dryBad.problems.map((p: { field: string }) => p.field).sort()).toEqual(['documents', 'users']);
    await admin.post(`/api/v1/agencies/${x.id}/dissolve`, bad).expect(409);
    expect(await codesOf(x.id)).toEqual(['QT-01', 'QT-02']);

    const dry = (await admin.post(`/api/v1/agencies/${x.id}/dissolve?dryRun=true`, body).expect(200)).body;
    expect(
      dry.plan.documents.map((d: { code: string; newCode: string; intoAgencyId: string }) => [
        d.code,
        d.newCode,
        d.intoAgencyId,
      ]),
    ).toEqual([
      ['QT-01', 'XA-CHIA-QT-01', y],
      ['QT-02', 'XA-CHIA-QT-02', z],
    ]);
    const done = (await admin.post(`/api/v1/agencies/${x.id}/dissolve`, body).expect(200)).body;
    expect(done).toMatchObject({ status: 'DISSOLVED', mergedIntoId: y, dryRun: false });
    expect(await codesOf(x.id)).toEqual([]);
    expect(await codesOf(y)).toContain('XA-CHIA-QT-01');
    expect((await admin.get(`/api/v1/documents/${d1.id}`).expect(200)).body).toMatchObject({
      agencyId: y,
      code: 'XA-CHIA-QT-01',
      formerCodes: [{ code: 'QT-01', agencyId: x.id }],
    });
    expect(await codesOf(z)).toContain('XA-CHIA-QT-02');
    // a document's versions, files, acknowledgement debts and deadlines went with it
    const owners = await t.sql<{ t: string; agency_id: string }>(
      `SELECT 'version' AS t, agency_id FROM document_versions WHERE document_id = $1
       UNION SELECT 'file', agency_id FROM document_files WHERE document_id = $1
       UNION SELECT 'request', agency_id FROM approval_requests WHERE subject_id = $1
       UNION SELECT 'deadline', agency_id FROM deadlines WHERE subject_id = $1 OR subject_id = $2`,
      [d2.id, d2.currentVersion!.id],
    );
    expect(new Set(owners.map((o) => o.agency_id))).toEqual(new Set([z]));
    expect(owners.map((o) => o.t).sort()).toEqual(['deadline', 'file', 'request', 'version']);
    // users: the mapped one to Z, the others to the main successor; the hamlet too
    const memberships = async (userId: string) =>
      (await admin.get(`/api/v1/users/${userId}`).expect(200)).body.memberships;
    expect(await memberships(xUsers.staff.id)).toEqual([{ agencyId: z, roles: ['STAFF'] }]);
    expect(await memberships(xUsers.sec.id)).toEqual([{ agencyId: y, roles: ['DRAFTER', 'ISO_SECRETARY'] }]);
    expect(await memberships(secretary2.id)).toEqual([{ agencyId: y, roles: ['ISO_SECRETARY'] }]);
    expect((await admin.get(`/api/v1/agencies/${hamlet.id}`).expect(200)).body.parentId).toBe(y);
    // the dissolved agency is readable and never changes again
    const again = await admin.patch(`/api/v1/agencies/${x.id}`, { name: 'Hồi sinh' }).expect(409);
    expect(again.body.code).toBe('AGENCY_DISSOLVED');
    const trail = (await admin.get(`/api/v1/audit-trail?subjectType=agency&subjectId=${x.id}`).expect(200))
      .body.items;
    expect(trail[0]).toMatchObject({ action: 'dissolve', fromState: 'ACTIVE', toState: 'DISSOLVED' });
  });
});

/**
 * The lead agency's ISO secretary and AGENCY_ADMIN manage a QMS covering their branches; a
 * permission problem on a visible agency is a 403 saying so, what the caller cannot know is a 404.
 */
describe('a lead agency manages the QMS of its branches', () => {
  let t: TestApp;
  let w: World;
  let lead: string, branch1: string, branch2: string;
  const l: Record<string, Client> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    const admin = client(t, w.adminToken);
    const agency = async (code: string, name: string, level: string, parentId: string) =>
      (await admin.post('/api/v1/agencies', { code, name, level, parentId }).expect(201)).body.id as string;
    lead = await agency('SO-NN', 'Sở Nông nghiệp', 'DEPARTMENT', w.provinceId);
    branch1 = await agency('CC-1', 'Chi cục Thủy lợi', 'BRANCH', lead);
    branch2 = await agency('CC-2', 'Chi cục Kiểm lâm', 'BRANCH', lead);
    for (const [key, roles] of [
      ['secretary', ['ISO_SECRETARY']],
      ['admin', ['AGENCY_ADMIN']],
      ['staff', ['STAFF']],
    ] as const) {
      await admin
        .post('/api/v1/users', {
          username: `nn.${key}`,
          password: PASSWORD,
          fullName: `Sở Nông nghiệp ${key}`,
          memberships: [{ agencyId: lead, roles }],
        })
        .expect(201);
      tokens[key] = await t.login(`nn.${key}`, PASSWORD);
      l[key] = client(t, tokens[key]);
    }
  });
  afterAll(() => t.close());

  const as = (key: string) => client(t, w.users[key].token);
  const count = async () =>
    Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM quality_systems'))[0].n);

  it('creates, rescopes and re-members it; others get a 403 that says why, or a 404', async () => {
    const body = {
      name: 'HTQLCL Sở Nông nghiệp và các Chi cục',
      scope: 'Sở và Chi cục Thủy lợi',
      leadAgencyId: lead,
      memberAgencyIds: [branch1],
    };
    const n = await count();
    // not the lead's manager: a 403 naming the rule (agencies are public)
    for (const caller of [l.staff, as('a.iso_secretary'), as('a.agency_admin'), as('p1.oversight')]) {
      const refused = await caller.post('/api/v1/quality-systems', body).expect(403);
      expect(refused.body.code).toBe('QMS_MANAGERS_ONLY');
      expect(refused.body.message).toMatch(/thư ký ISO của cơ quan chủ trì/);
    }
    // an agency that is not one of the lead's branches
    const outside = await l.secretary
      .post('/api/v1/quality-systems', { ...body, memberAgencyIds: [branch1, w.agencyC] })
      .expect(403);
    expect(outside.body.code).toBe('QMS_AGENCY_NOT_COVERED');
    expect(outside.body.message).toMatch(/Sở Tài chính tỉnh Hai/);
    expect(await count()).toBe(n);

    const created = (await l.secretary.post('/api/v1/quality-systems', body).expect(201)).body;
    expect(created).toMatchObject({ leadAgencyId: lead, memberAgencyIds: [lead, branch1].sort() });

    // the lead's AGENCY_ADMIN changes its scope and members (adds Chi cục Kiểm lâm)
    const updated = (
      await l.admin
        .patch(`/api/v1/quality-systems/${created.id}`, {
          scope: 'Sở và hai Chi cục',
          memberAgencyIds: [branch1, branch2],
          version: created.version,
        })
        .expect(200)
    ).body;
    expect(updated).toMatchObject({
      scope: 'Sở và hai Chi cục',
      memberAgencyIds: [lead, branch1, branch2].sort(),
    });
    // a reader without the role: 403 saying so; another agency: 404 (it may not know the QMS exists)
    const staff = await l.staff.patch(`/api/v1/quality-systems/${created.id}`, { scope: 'x' }).expect(403);
    expect(staff.body.code).toBe('QMS_MANAGERS_ONLY');
    for (const key of ['a.iso_secretary', 'a.agency_admin', 'b.agency_admin', 'p2.oversight']) {
      await as(key).patch(`/api/v1/quality-systems/${created.id}`, { scope: 'x' }).expect(404);
    }
    const outsider = await l.secretary
      .patch(`/api/v1/quality-systems/${created.id}`, { memberAgencyIds: [branch1, w.agencyB] })
      .expect(403);
    expect(outsider.body.code).toBe('QMS_AGENCY_NOT_COVERED');
    expect((await l.staff.get(`/api/v1/quality-systems/${created.id}`).expect(200)).body.scope).toBe(
      'Sở và hai Chi cục',
    );

    // the lead's secretary imports a branch's TTHC catalogue; another agency's cannot
    const csv = 'code,name,field\n2.001,Cấp giấy phép,Chi cục\n2.002,Gia hạn giấy phép,Chi cục\n';
    const path = `/api/v1/agencies/${branch1}/administrative-procedures/import`;
    const imported = await postCsv(t, tokens.secretary, path, csv);
    expect([200, 201]).toContain(imported.status);
    const rows = await t.sql<{ code: string }>(
      'SELECT code FROM administrative_procedures WHERE agency_id = $1 ORDER BY code',
      [branch1],
    );
    expect(rows.map((r) => r.code)).toEqual(['2.001', '2.002']);
    expect((await postCsv(t, w.users['b.iso_secretary'].token, path, csv)).status).toBe(404);
    // the lead's staff do not read the branch's catalogue: it may as well not exist for them
    expect((await postCsv(t, tokens.staff, path, csv)).status).toBe(404);
    expect(
      await t.sql('SELECT 1 FROM administrative_procedures WHERE agency_id = $1', [branch1]),
    ).toHaveLength(2);
  });
});
