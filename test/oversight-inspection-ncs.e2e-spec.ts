import { INestApplicationContext } from '@nestjs/common';
import { startTestApp, TestApp } from './support/harness';
import { expectError, ok, today } from './support/audits';
import { client, Client } from './support/documents';
import { obliterateQueues, startWorker } from './support/reminders';
import { waitFor } from './support/wait';
import { buildWorld, World } from './support/world';

interface NotificationBody {
  kind: string;
  title: string;
  body: string;
  resource: { type: string; id: string } | null;
}

/**
 * Oversight gaps of issue 14: an inspection's nonconformity findings open nonconformities in the
 * inspected agency's log (source INSPECTION, linked both ways), and a declaration lapses, with
 * a notification, when its QMS is suspended.
 */
describe('inspection findings open nonconformities; a suspended QMS lets its declaration lapse', () => {
  let t: TestApp;
  let w: World;
  let worker: INestApplicationContext;
  let oversight: Client, secretary: Client;
  const api = (key: string) => client(t, w.users[key].token);
  const noticesOf = async (key: string, kind: string) =>
    (await ok<{ items: NotificationBody[] }>(api(key).get(`/api/v1/notifications?kind=${kind}`))).items;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    worker = await startWorker(t);
    oversight = api('p1.oversight');
    secretary = api('a.iso_secretary');
  }, 120_000);
  afterAll(async () => {
    await obliterateQueues(worker);
    await worker.close();
    await t.close();
  });

  it('each nonconformity found opens one in the agency’s log, source INSPECTION, linked both ways', async () => {
    const inspection = await ok(
      oversight.post('/api/v1/inspections', {
        agencyId: w.agencyA,
        kind: 'ON_SITE',
        inspectedOn: today(),
        inspectors: ['Trần Thị Giám Sát'],
        conclusion: 'Cơ quan duy trì HTQLCL; còn tồn tại cần khắc phục',
        findings: [
          {
            type: 'NONCONFORMITY',
            clause: '7.5.3',
            description: 'Danh mục tài liệu bên ngoài chưa cập nhật',
            severity: 'MAJOR',
          },
          { type: 'RECOMMENDATION', description: 'Nên khảo sát sự hài lòng hằng quý' },
          { type: 'NONCONFORMITY', description: 'Hồ sơ trễ hạn không có phiếu xin lỗi' },
        ],
      }),
      201,
    );
    const [major, recommendation, minor] = inspection.findings;
    expect(recommendation.nonconformityId).toBeNull();
    expect(major.nonconformityId).toEqual(expect.any(String));
    expect(minor.nonconformityId).toEqual(expect.any(String));
    expect(
      (await ok(oversight.get(`/api/v1/inspections/${inspection.id}`))).findings[0].nonconformityId,
    ).toBe(major.nonconformityId);

    // the agency's own log: handled like any other nonconformity
    const nc = await ok(secretary.get(`/api/v1/nonconformities/${major.nonconformityId}`));
    expect(nc).toMatchObject({
      agencyId: w.agencyA,
      source: 'INSPECTION',
      severity: 'MAJOR',
      clause: '7.5.3',
      status: 'OPEN',
      inspectionId: inspection.id,
      inspectionFindingId: major.id,
      description: expect.stringContaining('Danh mục tài liệu bên ngoài chưa cập nhật'),
    });
    expect(await ok(secretary.get(`/api/v1/nonconformities/${minor.nonconformityId}`))).toMatchObject({
      severity: 'MINOR',
      inspectionFindingId: minor.id,
    });
    const log = await ok<{ items: { id: string; source: string }[] }>(
      secretary.get(`/api/v1/nonconformities?agencyId=${w.agencyA}&source=INSPECTION`),
    );
    expect(log.items.map((n) => n.id).sort()).toEqual([major.nonconformityId, minor.nonconformityId].sort());
    await ok(
      secretary.post(`/api/v1/nonconformities/${major.nonconformityId}/analysis`, {
        correction: 'Cập nhật danh mục',
        rootCause: 'Chưa phân công theo dõi văn bản mới',
        method: 'FIVE_WHYS',
      }),
    );
    // the trail of the nonconformity names the inspection
    const [opened] = await t.sql<{ data: Record<string, unknown> }>(
      "SELECT data FROM audit_trail WHERE subject_type = 'nonconformity' AND subject_id = $1 AND action = 'open'",
      [major.nonconformityId],
    );
    expect(opened.data).toMatchObject({ source: 'INSPECTION', inspectionId: inspection.id });

    // another agency sees neither the inspection nor its nonconformities
    expectError(
      await api('b.iso_secretary').get(`/api/v1/nonconformities/${major.nonconformityId}`),
      404,
      'NOT_FOUND',
    );
    expectError(await api('b.iso_secretary').get(`/api/v1/inspections/${inspection.id}`), 404, 'NOT_FOUND');

    // the agency is told: the inspection's result and each nonconformity
    const recorded = await waitFor(
      'the inspection notice',
      async () => (await noticesOf('a.iso_secretary', 'INSPECTION_RECORDED'))[0],
      { timeoutMs: 30_000 },
    );
    expect(recorded.resource).toEqual({ type: 'inspection', id: inspection.id });
    expect((await noticesOf('a.agency_admin', 'INSPECTION_RECORDED')).length).toBe(1);
    await waitFor(
      'the nonconformity notices',
      async () => (await noticesOf('a.iso_secretary', 'NONCONFORMITY_OPENED')).length === 2,
      { timeoutMs: 30_000 },
    );
  });

  it('recording an inspection with a bad finding writes nothing, and only oversight records one', async () => {
    const count = async () =>
      (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM nonconformities'))[0].n;
    const before = await count();
    const body = {
      agencyId: w.agencyA,
      kind: 'DOSSIER',
      inspectedOn: today(),
      inspectors: ['Trần Thị Giám Sát'],
      conclusion: 'x',
      findings: [{ type: 'NONCONFORMITY', description: 'x', severity: 'CRITICAL' }],
    };
    expectError(await oversight.post('/api/v1/inspections', body), 400, 'VALIDATION_FAILED');
    const valid = { ...body, findings: [{ type: 'NONCONFORMITY', description: 'x' }] };
    expectError(await secretary.post('/api/v1/inspections', valid), 403, 'FORBIDDEN');
    expectError(await api('p2.oversight').post('/api/v1/inspections', valid), 404, 'NOT_FOUND');
    expect(await count()).toBe(before);
  });

  it('a declaration in force lapses when its QMS is suspended, and the agency is told', async () => {
    const [confirmation] = await t.sql<{ id: string }>(
      `INSERT INTO effectiveness_confirmations (quality_system_id, agency_id, confirmed_on, statement)
       VALUES ($1, $2, $3, 'HTQLCL có hiệu lực') RETURNING id`,
      [w.qmsA, w.agencyA, today()],
    );
    const [declaration] = await t.sql<{ id: string }>(
      `INSERT INTO declarations (quality_system_id, agency_id, agency_ids, decision_number, decision_date, signer_name,
                                 signer_title, scope, confirmation_id)
       VALUES ($1, $2, ARRAY[$2]::uuid[], '15/QĐ-STP', $3, 'Nguyễn Văn A', 'Giám đốc', 'Toàn bộ TTHC', $4) RETURNING id`,
      [w.qmsA, w.agencyA, today(), confirmation.id],
    );
    const path = `/api/v1/declarations/${declaration.id}`;
    expect((await ok(oversight.get(path))).status).toBe('IN_FORCE');

    // staff may not suspend the QMS: nothing lapses
    expect(
      (await api('a.staff').patch(`/api/v1/quality-systems/${w.qmsA}`, { status: 'SUSPENDED' })).status,
    ).toBe(403);
    expect((await ok(oversight.get(path))).status).toBe('IN_FORCE');

    await ok(client(t, w.adminToken).patch(`/api/v1/quality-systems/${w.qmsA}`, { status: 'SUSPENDED' }));
    const lapsed = await ok(oversight.get(path));
    expect(lapsed.status).toBe('LAPSED');
    const [entry] = await t.sql<{ action: string; from: string; to: string; reason: string }>(
      `SELECT action, from_state AS "from", to_state AS "to", reason FROM audit_trail WHERE subject_type = 'declaration' AND subject_id = $1`,
      [declaration.id],
    );
    expect(entry).toEqual({
      action: 'lapse',
      from: 'IN_FORCE',
      to: 'LAPSED',
      reason: 'HTQLCL bị tạm dừng áp dụng',
    });
    // the public register no longer shows it in force
    const published = await ok<{ items: { id: string; status: string }[] }>(
      t.http().get(`/api/v1/public/agencies/${w.agencyA}/declarations`),
    );
    expect(published.items.find((d) => d.id === declaration.id)?.status).toBe('LAPSED');

    const notice = await waitFor(
      'the lapse notice',
      async () => (await noticesOf('a.iso_secretary', 'DECLARATION_LAPSED'))[0],
      { timeoutMs: 30_000 },
    );
    expect(notice.title).toBe('Công bố HTQLCL hết hiệu lực: 15/QĐ-STP');
    expect(notice.resource).toEqual({ type: 'declaration', id: declaration.id });
    expect(await noticesOf('b.iso_secretary', 'DECLARATION_LAPSED')).toEqual([]);

    // suspended again (an edit that leaves it suspended): nothing more happens
    await ok(
      client(t, w.adminToken).patch(`/api/v1/quality-systems/${w.qmsA}`, { name: 'HTQLCL A (tạm dừng)' }),
    );
    expect(
      await t.sql("SELECT id FROM audit_trail WHERE subject_type = 'declaration' AND subject_id = $1", [
        declaration.id,
      ]),
    ).toHaveLength(1);
  });
});
