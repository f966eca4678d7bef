import { startTestApp, TestApp } from './support/harness';
import { client, Client } from './support/documents';
import {
  AuditBody,
  auditBody,
  auditTeam,
  AUDITED_UNITS,
  createUser,
  expectError,
  ok,
  thisYear,
} from './support/audits';
import { buildWorld, PASSWORD, World } from './support/world';

/**
 * A planned audit's team and dates can be changed (with the audit trail), and its report
 * requires every checklist question answered or marked not applicable (issue 14).
 */
describe('audits: replanning, and a report only with the whole checklist answered', () => {
  let t: TestApp;
  let w: World;
  let secretary: Client, lead: Client, staff: Client;
  let leadId: string, secondId: string, thirdId: string, insiderId: string;
  let programmeId: string;
  const year = thisYear();

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    const team = await auditTeam(t, w);
    [secretary, lead] = [team.secretary, team.lead.client];
    [leadId, secondId] = [team.lead.id, team.second.id];
    staff = client(t, w.users['a.staff'].token);
    const third = await createUser(t, w.adminToken, 'a.auditor3', [
      { agencyId: w.agencyA, roles: ['INTERNAL_AUDITOR'] },
    ]);
    thirdId = third.id;
    await ok(secretary.put(`/api/v1/agencies/${w.agencyA}/auditors/${thirdId}`, { unit: 'Thanh tra Sở' }));
    // an auditor from a unit being audited: never on the team
    const insider = await createUser(t, w.adminToken, 'a.auditor4', [
      { agencyId: w.agencyA, roles: ['INTERNAL_AUDITOR'] },
    ]);
    insiderId = insider.id;
    await ok(
      secretary.put(`/api/v1/agencies/${w.agencyA}/auditors/${insiderId}`, { unit: AUDITED_UNITS[0] }),
    );
    programmeId = (
      await ok(
        secretary.post('/api/v1/audit-programmes', { agencyId: w.agencyA, year, objectives: 'Mục tiêu năm' }),
        201,
      )
    ).id;
  });
  afterAll(() => t.close());

  const trail = (auditId: string) =>
    t.sql<{ action: string; reason: string | null; data: Record<string, unknown> }>(
      "SELECT action, reason, data FROM audit_trail WHERE subject_type = 'audit' AND subject_id = $1 AND action = 'replan' ORDER BY id",
      [auditId],
    );
  const reportDeadlines = (auditId: string) =>
    t.sql<{ state: string; due: string; responsible: string[] }>(
      `SELECT state, to_char((due_at - interval '1 second') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS due,
              responsible_user_ids AS responsible
         FROM deadlines WHERE subject_type = 'audit' AND subject_id = $1 ORDER BY created_at`,
      [auditId],
    );

  it('the secretary moves the dates and changes the team; the trail keeps before and after, the report deadline follows', async () => {
    const audit = await ok<AuditBody>(
      secretary.post(
        '/api/v1/audits',
        auditBody(programmeId, w, { leadAuditorId: leadId, auditorIds: [secondId] }),
      ),
      201,
    );
    const path = `/api/v1/audits/${audit.id}`;
    const moved = await ok<AuditBody & { plannedStart: string; plannedEnd: string; auditorIds: string[] }>(
      secretary.patch(path, {
        plannedStart: `${year}-03-09`,
        plannedEnd: `${year}-03-13`,
        leadAuditorId: secondId,
        auditorIds: [thirdId],
        reason: 'Trưởng đoàn đi công tác tuần 2/3',
        version: audit.version,
      }),
    );
    expect(moved).toMatchObject({
      status: 'PLANNED',
      plannedStart: `${year}-03-09`,
      plannedEnd: `${year}-03-13`,
      leadAuditorId: secondId,
      auditorIds: [thirdId],
      version: audit.version + 1,
    });
    const [entry] = await trail(audit.id);
    expect(entry.reason).toBe('Trưởng đoàn đi công tác tuần 2/3');
    expect(entry.data).toMatchObject({
      before: {
        plannedStart: `${year}-03-02`,
        plannedEnd: `${year}-03-06`,
        leadAuditorId: leadId,
        auditorIds: [secondId],
      },
      after: {
        plannedStart: `${year}-03-09`,
        plannedEnd: `${year}-03-13`,
        leadAuditorId: secondId,
        auditorIds: [thirdId],
      },
    });
    expect(await reportDeadlines(audit.id)).toEqual([
      { state: 'CANCELLED', due: `${year}-03-06`, responsible: [leadId] },
      { state: 'OPEN', due: `${year}-03-13`, responsible: [secondId] },
    ]);
    // the audit trail is readable through the API
    const entries = await ok<{ items: { action: string }[] }>(
      secretary.get(`/api/v1/audit-trail?subjectType=audit&subjectId=${audit.id}`),
    );
    expect(entries.items.map((e) => e.action)).toContain('replan');

    // a version seen before the change: 409, nothing changed
    const before = await ok(secretary.get(path));
    expectError(
      await secretary.patch(path, { plannedEnd: `${year}-03-20`, version: audit.version }),
      409,
      'STALE_VERSION',
    );
    // dates out of the programme year or reversed, an auditor of an audited unit, a non-auditor: refused
    expectError(await secretary.patch(path, { plannedStart: `${year + 1}-01-05` }), 400, 'VALIDATION_FAILED');
    expectError(await secretary.patch(path, { plannedStart: `${year}-03-20` }), 400, 'VALIDATION_FAILED');
    expectError(await secretary.patch(path, { auditorIds: [insiderId] }), 409, 'AUDITOR_NOT_INDEPENDENT');
    expectError(
      await secretary.patch(path, { leadAuditorId: w.users['a.staff'].id }),
      409,
      'AUDITOR_NOT_QUALIFIED',
    );
    // who may not: staff of the agency (403), another agency's secretary (404)
    expectError(await staff.patch(path, { plannedEnd: `${year}-03-20` }), 403, 'FORBIDDEN');
    expectError(
      await client(t, w.users['b.iso_secretary'].token).patch(path, { plannedEnd: `${year}-03-20` }),
      404,
      'NOT_FOUND',
    );
    expect(await ok(secretary.get(path))).toEqual(before);
    expect(await trail(audit.id)).toHaveLength(1);

    // once started, the plan is history
    const newLead = client(t, await t.login('a.auditor2', PASSWORD));
    await ok(newLead.post(`${path}/start`, {}));
    expectError(await secretary.patch(path, { plannedEnd: `${year}-03-20` }), 409, 'AUDIT_IS_IN_PROGRESS');
  });

  it('a report needs every checklist question answered or marked not applicable: a 400 lists those left', async () => {
    const audit = await ok<AuditBody>(
      secretary.post('/api/v1/audits', auditBody(programmeId, w, { leadAuditorId: leadId, auditorIds: [] })),
      201,
    );
    const path = `/api/v1/audits/${audit.id}`;
    const checklist = await ok<{ items: { id: string }[] }>(
      lead.put(`${path}/checklist`, {
        items: [
          { clause: '7.5.3', question: 'Tài liệu bên ngoài được cập nhật?' },
          { clause: '8.3', question: 'Hoạt động thiết kế được kiểm soát?' },
          { clause: '8.5.1', question: 'Hồ sơ được giải quyết đúng hạn?' },
        ],
      }),
    );
    const [q1, q2, q3] = checklist.items;
    await ok(lead.post(`${path}/start`));
    await ok(
      lead.put(`${path}/checklist/items/${q1.id}/answer`, {
        result: 'CONFORMING',
        evidence: 'Danh mục cập nhật',
      }),
    );

    const before = await ok(lead.get(path));
    const refused = await lead.post(`${path}/report`, { summary: 'Kết luận' });
    expectError(refused, 400, 'AUDIT_CHECKLIST_UNANSWERED');
    expect(refused.body.message).toContain('còn 2 câu hỏi');
    expect(refused.body.details).toEqual([
      expect.objectContaining({
        field: `checklist.${q2.id}`,
        code: 'unanswered',
        message: expect.stringContaining('8.3'),
      }),
      expect.objectContaining({
        field: `checklist.${q3.id}`,
        code: 'unanswered',
        message: expect.stringContaining('8.5.1'),
      }),
    ]);
    expect(await ok(lead.get(path))).toEqual(before);

    // marked not applicable counts as answered
    await ok(
      lead.put(`${path}/checklist/items/${q2.id}/answer`, {
        result: 'NOT_APPLICABLE',
        evidence: 'Cơ quan không có hoạt động thiết kế (loại trừ 8.3)',
      }),
    );
    await ok(
      lead.put(`${path}/checklist/items/${q3.id}/answer`, { result: 'CONFORMING', evidence: '20/20 hồ sơ' }),
    );
    expect((await ok<AuditBody>(lead.post(`${path}/report`, { summary: 'Kết luận' }))).status).toBe(
      'REPORTED',
    );
  });
});
