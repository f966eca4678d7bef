import { startTestApp, TestApp } from './support/harness';
import { binary } from './support/approvals';
import { client, Client, PDF, sha256 } from './support/documents';
import { expectError, inDays, ok } from './support/audits';
import { buildWorld, World } from './support/world';

interface EvidenceBody {
  id: string;
  nonconformityId: string;
  correctiveActionId: string | null;
  name: string;
  size: number;
  contentType: string;
  sha256: string;
  uploadedBy: string;
}

/**
 * Evidence files on nonconformities and corrective actions (issue 14): uploaded through the
 * storage lib like documents' files (sha256, type checked by the bytes), listed and downloaded
 * by those who read the nonconformity, added by the ISO secretary or the action's owner, never
 * after the nonconformity is closed; another agency sees nothing.
 */
describe('evidence files of nonconformities and corrective actions', () => {
  let t: TestApp;
  let w: World;
  let secretary: Client, staff: Client, drafter: Client;
  let ncId: string, actionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    [secretary, staff, drafter] = ['a.iso_secretary', 'a.staff', 'a.drafter'].map((k) =>
      client(t, w.users[k].token),
    );
    ncId = (
      await ok<{ id: string }>(
        secretary.post('/api/v1/nonconformities', {
          agencyId: w.agencyA,
          source: 'COMPLAINT',
          description: 'Công dân phản ánh hồ sơ bị thất lạc',
          severity: 'MINOR',
        }),
        201,
      )
    ).id;
    await ok(
      secretary.post(`/api/v1/nonconformities/${ncId}/analysis`, {
        correction: 'Tìm lại hồ sơ',
        rootCause: 'Sổ theo dõi không được ghi',
        method: 'FIVE_WHYS',
      }),
    );
    actionId = (
      await ok<{ id: string }>(
        secretary.post(`/api/v1/nonconformities/${ncId}/actions`, {
          description: 'Lập sổ giao nhận hồ sơ',
          ownerId: w.users['a.staff'].id,
          dueDate: inDays(7),
        }),
        201,
      )
    ).id;
  });
  afterAll(() => t.close());

  const upload = (who: Client | string, path: string, bytes: Buffer, name: string) =>
    t
      .http()
      .post(path)
      .set('Authorization', `Bearer ${typeof who === 'string' ? who : w.users['a.iso_secretary'].token}`)
      .attach('file', bytes, name);
  const tokenOf = (key: string) => w.users[key].token;
  const files = async () =>
    (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM capa_evidence_files'))[0].n;

  it('the secretary adds evidence to the nonconformity, the owner to their action; both are listed and downloaded intact', async () => {
    const letter = PDF('Đơn phản ánh của công dân');
    const added = await ok<EvidenceBody>(
      upload(
        tokenOf('a.iso_secretary'),
        `/api/v1/nonconformities/${ncId}/evidence`,
        letter,
        'Đơn phản ánh.pdf',
      ),
      201,
    );
    expect(added).toMatchObject({
      nonconformityId: ncId,
      correctiveActionId: null,
      name: 'Đơn phản ánh.pdf',
      size: letter.length,
      contentType: 'application/pdf',
      sha256: sha256(letter),
      uploadedBy: w.users['a.iso_secretary'].id,
    });
    const register = PDF('Sổ giao nhận hồ sơ tháng 6');
    const done = await ok<EvidenceBody>(
      upload(
        tokenOf('a.staff'),
        `/api/v1/corrective-actions/${actionId}/evidence`,
        register,
        'so-giao-nhan.pdf',
      ),
      201,
    );
    expect(done).toMatchObject({
      nonconformityId: ncId,
      correctiveActionId: actionId,
      sha256: sha256(register),
    });

    // the nonconformity lists both; the action its own
    const all = await ok<{ items: EvidenceBody[]; total: number }>(
      staff.get(`/api/v1/nonconformities/${ncId}/evidence`),
    );
    expect(all.items.map((f) => f.id)).toEqual([added.id, done.id]);
    const own = await ok<{ items: EvidenceBody[] }>(
      staff.get(`/api/v1/corrective-actions/${actionId}/evidence`),
    );
    expect(own.items.map((f) => f.id)).toEqual([done.id]);

    const content = await staff
      .get(`/api/v1/nonconformities/${ncId}/evidence/${added.id}/content`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(sha256(content.body as Buffer)).toBe(sha256(letter));
    const actionContent = await staff
      .get(`/api/v1/corrective-actions/${actionId}/evidence/${done.id}/content`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(sha256(actionContent.body as Buffer)).toBe(sha256(register));
    // a file of the nonconformity is not one of the action's
    expectError(
      await staff.get(`/api/v1/corrective-actions/${actionId}/evidence/${added.id}/content`),
      404,
      'NOT_FOUND',
    );

    // in the audit trail of the nonconformity and of the action
    const trail = await t.sql<{ subject_type: string; action: string }>(
      "SELECT subject_type, action FROM audit_trail WHERE action = 'evidence.add' ORDER BY id",
    );
    expect(trail).toEqual([
      { subject_type: 'nonconformity', action: 'evidence.add' },
      { subject_type: 'correctiveAction', action: 'evidence.add' },
    ]);
  });

  it('refuses a file whose bytes are not an allowed type, and the wrong people, writing nothing', async () => {
    const before = await files();
    // an executable named .pdf: the bytes decide
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    expectError(
      await upload(
        tokenOf('a.iso_secretary'),
        `/api/v1/nonconformities/${ncId}/evidence`,
        exe,
        'bang-chung.pdf',
      ),
      415,
      'UNSUPPORTED_FILE_TYPE',
    );
    // staff who own no action, and a drafter: 403 (they read it, they may not add to it)
    expectError(
      await upload(tokenOf('a.staff'), `/api/v1/nonconformities/${ncId}/evidence`, PDF('x'), 'x.pdf'),
      403,
      'FORBIDDEN',
    );
    expectError(
      await upload(
        tokenOf('a.drafter'),
        `/api/v1/corrective-actions/${actionId}/evidence`,
        PDF('x'),
        'x.pdf',
      ),
      403,
      'FORBIDDEN',
    );
    // another agency: 404 for everything
    for (const key of ['b.iso_secretary', 'b.agency_admin', 'p2.oversight']) {
      const other = client(t, tokenOf(key));
      expectError(await other.get(`/api/v1/nonconformities/${ncId}/evidence`), 404, 'NOT_FOUND');
      expectError(await other.get(`/api/v1/corrective-actions/${actionId}/evidence`), 404, 'NOT_FOUND');
      expectError(
        await upload(tokenOf(key), `/api/v1/nonconformities/${ncId}/evidence`, PDF('x'), 'x.pdf'),
        404,
        'NOT_FOUND',
      );
      expectError(
        await upload(tokenOf(key), `/api/v1/corrective-actions/${actionId}/evidence`, PDF('x'), 'x.pdf'),
        404,
        'NOT_FOUND',
      );
    }
    const [first] = (
      await ok<{ items: EvidenceBody[] }>(drafter.get(`/api/v1/nonconformities/${ncId}/evidence`))
    ).items;
    expectError(
      await client(t, tokenOf('b.iso_secretary')).get(
        `/api/v1/nonconformities/${ncId}/evidence/${first.id}/content`,
      ),
      404,
      'NOT_FOUND',
    );
    // the province's oversight reads it (they read the agency), and may not add to it
    expect(
      (await ok(client(t, tokenOf('p1.oversight')).get(`/api/v1/nonconformities/${ncId}/evidence`))).total,
    ).toBe(2);
    expectError(
      await upload(tokenOf('p1.oversight'), `/api/v1/nonconformities/${ncId}/evidence`, PDF('x'), 'x.pdf'),
      403,
      'FORBIDDEN',
    );
    expect(await files()).toBe(before);
  });

  it('a closed nonconformity takes no more evidence (409), and keeps what it has', async () => {
    await ok(secretary.post(`/api/v1/corrective-actions/${actionId}/complete`, { note: 'Đã lập sổ' }));
    await ok(
      client(t, tokenOf('a.internal_auditor')).post(`/api/v1/nonconformities/${ncId}/verify`, {
        effective: true,
        comment: 'Không còn thất lạc',
      }),
    );
    await ok(secretary.post(`/api/v1/nonconformities/${ncId}/close`));
    const before = await files();
    expectError(
      await upload(
        tokenOf('a.iso_secretary'),
        `/api/v1/nonconformities/${ncId}/evidence`,
        PDF('muộn'),
        'muon.pdf',
      ),
      409,
      'NONCONFORMITY_IS_CLOSED',
    );
    expectError(
      await upload(
        tokenOf('a.staff'),
        `/api/v1/corrective-actions/${actionId}/evidence`,
        PDF('muộn'),
        'muon.pdf',
      ),
      409,
      'NONCONFORMITY_IS_CLOSED',
    );
    expect(await files()).toBe(before);
    expect((await ok(staff.get(`/api/v1/nonconformities/${ncId}/evidence`))).total).toBe(2);
  });
});
