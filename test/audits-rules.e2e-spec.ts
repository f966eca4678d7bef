import type { Response } from 'supertest';
import { Clock } from '../libs/platform/src';
import { startTestApp, TestApp } from './support/harness';
import { client, Client, PDF } from './support/documents';
import {
  attach,
  AuditBody,
  auditBody,
  auditTeam,
  AUDITED_UNITS,
  createUser,
  expectError,
  FindingBody,
  inDays,
  NonconformityBody,
  ok,
  thisYear,
  today,
} from './support/audits';
import { buildWorld, World } from './support/world';

const DAY = 24 * 3600 * 1000;

describe('audit and CAPA rules: every illegal transition is a 409 that changes nothing, independence, validation, concurrency', () => {
  let t: TestApp;
  let w: World;
  let admin: Client, secretary: Client, lead: Client, second: Client, staff: Client, approver: Client;
  let leadId: string, secondId: string, staffId: string, approverId: string;
  let programmeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    admin = client(t, w.adminToken);
    const team = await auditTeam(t, w);
    [secretary, lead, second] = [team.secretary, team.lead.client, team.second.client];
    [leadId, secondId] = [team.lead.id, team.second.id];
    [staff, approver] = ['a.staff', 'a.approver'].map((k) => client(t, w.users[k].token));
    [staffId, approverId] = ['a.staff', 'a.approver'].map((k) => w.users[k].id);
    programmeId = (
      await ok(
        secretary.post('/api/v1/audit-programmes', {
          agencyId: w.agencyA,
          year: thisYear(),
          objectives: 'Mục tiêu',
        }),
        201,
      )
    ).id;
  });
  afterAll(() => t.close());

  /** Audit entries of changes (a refused write is itself audited, as access.denied, on purpose). */
  const trailTotal = async () =>
    Number(
      (
        await t.sql<{ n: string }>(
          "SELECT count(*)::text AS n FROM audit_trail WHERE action <> 'access.denied'",
        )
      )[0].n,
    );
  /** Runs a call expected to be refused and checks that nothing it could touch changed. */
  const refused = async (
    label: string,
    call: () => PromiseLike<Response>,
    status: number,
    code: string,
    read: () => Promise<unknown>,
  ) => {
    const before = { body: await read(), trail: await trailTotal() };
    const response = await call();
    expect({ label, status: response.status, code: response.body?.code }).toEqual({ label, status, code });
    expect(response.body).toEqual(
      expect.objectContaining({ statusCode: status, message: expect.any(String) }),
    );
    expect({ label, body: await read(), trail: await trailTotal() }).toEqual({ label, ...before });
  };

  const planAudit = async (overrides: Record<string, unknown> = {}) =>
    ok<AuditBody>(
      secretary.post(
        '/api/v1/audits',
        auditBody(programmeId, w, { leadAuditorId: leadId, auditorIds: [secondId] }, overrides),
      ),
      201,
    );
  const auditPath = (id: string, action = '') => `/api/v1/audits/${id}${action ? `/${action}` : ''}`;
  const readAudit = (id: string) => async () => ({
    audit: await ok(admin.get(auditPath(id))),
    checklist: await ok(admin.get(auditPath(id, 'checklist'))),
    findings: await ok(admin.get(auditPath(id, 'findings'))),
  });
  const startedAudit = async () => {
    const audit = await planAudit();
    await ok(
      lead.put(auditPath(audit.id, 'checklist'), { items: [{ clause: '8.5.1', question: 'Đúng hạn?' }] }),
    );
    await ok(lead.post(auditPath(audit.id, 'start')));
    return audit;
  };
  /** Answers every question of the audit's checklist (a report needs them all). */
  const answerAll = async (auditId: string) => {
    for (const item of (await ok(lead.get(auditPath(auditId, 'checklist')))).items as { id: string }[])
      await ok(
        lead.put(auditPath(auditId, `checklist/items/${item.id}/answer`), {
          result: 'CONFORMING',
          evidence: 'x',
        }),
      );
  };
  const finding = (auditId: string, type: string, who: Client = lead) =>
    ok<FindingBody>(
      who.post(auditPath(auditId, 'findings'), {
        type,
        clause: '8.5.1',
        description: `Phát hiện ${type}`,
        evidence: 'Bằng chứng',
      }),
      201,
    );

  describe('audit programmes', () => {
    it('one per QMS and year: a second one is a 409 DUPLICATE', async () => {
      const response = await secretary.post('/api/v1/audit-programmes', {
        agencyId: w.agencyA,
        year: thisYear(),
        objectives: 'Lần hai',
      });
      expectError(response, 409, 'DUPLICATE');
      expect((await ok(secretary.get(`/api/v1/audit-programmes?agencyId=${w.agencyA}`))).total).toBe(1);
    });

    it('an agency outside any QMS cannot have one: 409 AGENCY_HAS_NO_QMS', async () => {
      const lone = await ok(
        admin.post('/api/v1/agencies', {
          code: 'LONE',
          name: 'Chi cục lẻ',
          level: 'BRANCH',
          parentId: w.provinceId,
        }),
        201,
      );
      expectError(
        await admin.post('/api/v1/audit-programmes', {
          agencyId: lone.id,
          year: thisYear(),
          objectives: 'x',
        }),
        409,
        'AGENCY_HAS_NO_QMS',
      );
    });

    it('validation errors are 400 with every bad field in details', async () => {
      const response = await secretary.post('/api/v1/audit-programmes', {
        agencyId: 'not-a-uuid',
        year: 1999,
        extra: true,
      });
      expectError(response, 400, 'VALIDATION_FAILED');
      expect([...new Set(response.body.details.map((d: { field: string }) => d.field))].sort()).toEqual(
        ['agencyId', 'extra', 'objectives', 'year'].sort(),
      );
    });
  });

  describe('planning an audit', () => {
    it('refuses inconsistent dates, clauses outside ISO 9001 and auditees outside the QMS (400)', async () => {
      const year = thisYear();
      const cases: [Record<string, unknown>, string][] = [
        [{ plannedStart: `${year}-03-10`, plannedEnd: `${year}-03-01` }, 'plannedEnd'],
        [{ plannedStart: `${year - 1}-12-30`, plannedEnd: `${year}-01-02` }, 'plannedStart'],
        [{ plannedStart: `${year}-02-30` }, 'plannedStart'],
        [{ scope: { processes: [], clauses: ['11.2'], units: [] } }, 'scope.clauses'],
        [{ scope: { processes: [], clauses: ['8.5.1'] } }, 'scope.units'],
        [{ auditeeAgencyIds: [w.agencyB] }, 'auditeeAgencyIds'],
        [{ auditeeAgencyIds: [] }, 'auditeeAgencyIds'],
        [{ leadAuditorId: 'x' }, 'leadAuditorId'],
        [{ unknown: 1 }, 'unknown'],
      ];
      const before = (await ok(admin.get('/api/v1/audits?pageSize=100'))).total;
      for (const [overrides, field] of cases) {
        const response = await secretary.post(
          '/api/v1/audits',
          auditBody(programmeId, w, { leadAuditorId: leadId, auditorIds: [] }, overrides),
        );
        expectError(response, 400, 'VALIDATION_FAILED');
        expect({ overrides, fields: response.body.details.map((d: { field: string }) => d.field) }).toEqual({
          overrides,
          fields: expect.arrayContaining([field]),
        });
      }
      expect((await ok(admin.get('/api/v1/audits?pageSize=100'))).total).toBe(before);
    });

    it('the team must hold INTERNAL_AUDITOR in the QMS: 409 AUDITOR_NOT_QUALIFIED', async () => {
      for (const team of [
        { leadAuditorId: staffId, auditorIds: [] },
        { leadAuditorId: leadId, auditorIds: [w.users['b.internal_auditor'].id] },
      ]) {
        expectError(
          await secretary.post('/api/v1/audits', auditBody(programmeId, w, team)),
          409,
          'AUDITOR_NOT_QUALIFIED',
        );
      }
    });

    describe('auditor independence: nobody audits their own unit', () => {
      it('an auditor whose registered unit is in scope is refused, whatever the spelling (409 AUDITOR_NOT_INDEPENDENT)', async () => {
        const insider = await createUser(t, w.adminToken, 'a.insider', [
          { agencyId: w.agencyA, roles: ['INTERNAL_AUDITOR'] },
        ]);
        await ok(
          secretary.put(`/api/v1/agencies/${w.agencyA}/auditors/${insider.id}`, { unit: AUDITED_UNITS[0] }),
        );
        const body = auditBody(
          programmeId,
          w,
          { leadAuditorId: leadId, auditorIds: [insider.id] },
          { scope: { processes: [], clauses: [], units: ['  phong HANH CHINH tu phap '] } },
        );
        const before = (await ok(admin.get('/api/v1/audits?pageSize=100'))).total;
        const refusedVi = await secretary.post('/api/v1/audits', body);
        expectError(refusedVi, 409, 'AUDITOR_NOT_INDEPENDENT');
        expect(refusedVi.body.message).toBe(
          `Chuyên gia đánh giá Người dùng a.insider không được đánh giá công việc của chính đơn vị mình (${AUDITED_UNITS[0]})`,
        );
        expect(refusedVi.body.details).toEqual([expect.objectContaining({ field: 'auditorIds' })]);
        const refusedEn = await secretary.post('/api/v1/audits', body).set('Accept-Language', 'en');
        expect(refusedEn.body.message).toBe(
          `Auditor Người dùng a.insider may not audit the work of their own unit (${AUDITED_UNITS[0]})`,
        );
        // as the lead, the same
        expectError(
          await secretary.post('/api/v1/audits', {
            ...body,
            leadAuditorId: insider.id,
            auditorIds: [leadId],
          }),
          409,
          'AUDITOR_NOT_INDEPENDENT',
        );
        expect((await ok(admin.get('/api/v1/audits?pageSize=100'))).total).toBe(before);
      });

      it('auditing a whole agency (no units in scope) with its own auditors is refused', async () => {
        const response = await secretary.post(
          '/api/v1/audits',
          auditBody(
            programmeId,
            w,
            { leadAuditorId: leadId, auditorIds: [] },
            { scope: { processes: [], clauses: [], units: [] } },
          ),
        );
        expectError(response, 409, 'AUDITOR_NOT_INDEPENDENT');
      });

      it('an auditor of the audited agency without a registered unit is refused (409 AUDITOR_UNIT_UNKNOWN)', async () => {
        const unregistered = await createUser(t, w.adminToken, 'a.unregistered', [
          { agencyId: w.agencyA, roles: ['INTERNAL_AUDITOR'] },
        ]);
        expectError(
          await secretary.post(
            '/api/v1/audits',
            auditBody(programmeId, w, { leadAuditorId: leadId, auditorIds: [unregistered.id] }),
          ),
          409,
          'AUDITOR_UNIT_UNKNOWN',
        );
      });

      it('an auditor of another agency of the same QMS may audit the whole agency (cross-audit)', async () => {
        const sibling = await ok(
          admin.post('/api/v1/agencies', {
            code: 'A-VP',
            name: 'Văn phòng Sở Tư pháp',
            level: 'OTHER',
            parentId: w.provinceId,
          }),
          201,
        );
        const qms = await ok(admin.get(`/api/v1/quality-systems/${w.qmsA}`));
        await ok(
          admin.patch(`/api/v1/quality-systems/${w.qmsA}`, {
            memberAgencyIds: [...qms.memberAgencyIds, sibling.id],
          }),
        );
        const outsider = await createUser(t, w.adminToken, 'vp.auditor', [
          { agencyId: sibling.id, roles: ['INTERNAL_AUDITOR'] },
        ]);
        const audit = await ok<AuditBody>(
          secretary.post(
            '/api/v1/audits',
            auditBody(
              programmeId,
              w,
              { leadAuditorId: outsider.id, auditorIds: [] },
              { scope: { processes: [], clauses: [], units: [] } },
            ),
          ),
          201,
        );
        // the lead from the sibling agency sees and runs the audit of A
        expect((await ok<AuditBody>(outsider.client.post(auditPath(audit.id, 'start')))).status).toBe(
          'IN_PROGRESS',
        );
      });

      it('is checked again at the start: a unit registered since then stops the audit from starting', async () => {
        const audit = await planAudit();
        await ok(
          secretary.put(`/api/v1/agencies/${w.agencyA}/auditors/${secondId}`, { unit: AUDITED_UNITS[1] }),
        );
        try {
          await refused(
            'start with a dependent auditor',
            () => lead.post(auditPath(audit.id, 'start')),
            409,
            'AUDITOR_NOT_INDEPENDENT',
            readAudit(audit.id),
          );
        } finally {
          await ok(
            secretary.put(`/api/v1/agencies/${w.agencyA}/auditors/${secondId}`, { unit: 'Phòng Kế hoạch' }),
          );
        }
        expect((await ok<AuditBody>(lead.post(auditPath(audit.id, 'start')))).status).toBe('IN_PROGRESS');
      });
    });
  });

  describe('audit lifecycle: PLANNED → IN_PROGRESS → REPORTED → CLOSED', () => {
    it('refuses every action the state does not allow, with a 409 naming the state, and changes nothing', async () => {
      const audit = await planAudit();
      await ok(
        lead.put(auditPath(audit.id, 'checklist'), { items: [{ clause: '8.5.1', question: 'Đúng hạn?' }] }),
      );
      const itemId = (await ok(lead.get(auditPath(audit.id, 'checklist')))).items[0].id as string;
      const other = await planAudit();
      const read = readAudit(audit.id);
      const answer = () =>
        lead.put(auditPath(audit.id, `checklist/items/${itemId}/answer`), {
          result: 'CONFORMING',
          evidence: 'x',
        });
      const log = () =>
        lead.post(auditPath(audit.id, 'findings'), {
          type: 'OBSERVATION',
          clause: '8.5.1',
          description: 'x',
          evidence: 'y',
        });

      for (const [label, call] of [
        ['report', () => lead.post(auditPath(audit.id, 'report'))],
        ['close', () => secretary.post(auditPath(audit.id, 'close'))],
        ['finding', log],
        ['answer', answer],
        ['GET report', () => lead.get(auditPath(audit.id, 'report'))],
      ] as [string, () => PromiseLike<Response>][])
        await refused(`PLANNED ${label}`, call, 409, 'AUDIT_IS_PLANNED', read);

      await ok(lead.post(auditPath(audit.id, 'start')));
      const observation = await finding(audit.id, 'OBSERVATION');
      for (const [label, call] of [
        ['start', () => lead.post(auditPath(audit.id, 'start'))],
        ['close', () => secretary.post(auditPath(audit.id, 'close'))],
        ['PUT checklist', () => lead.put(auditPath(audit.id, 'checklist'), { items: [] })],
        ['copy checklist', () => lead.post(auditPath(audit.id, `checklist/copy-from/${other.id}`))],
        ['GET report', () => lead.get(auditPath(audit.id, 'report'))],
      ] as [string, () => PromiseLike<Response>][])
        await refused(`IN_PROGRESS ${label}`, call, 409, 'AUDIT_IS_IN_PROGRESS', read);

      const major = await finding(audit.id, 'MAJOR_NC');
      // a report needs the whole checklist answered
      expectError(await lead.post(auditPath(audit.id, 'report')), 400, 'AUDIT_CHECKLIST_UNANSWERED');
      await ok(answer());
      await ok(lead.post(auditPath(audit.id, 'report')));
      for (const [label, call] of [
        ['start', () => lead.post(auditPath(audit.id, 'start'))],
        ['report', () => lead.post(auditPath(audit.id, 'report'))],
        ['finding', log],
        ['answer', answer],
        [
          'add question',
          () => lead.post(auditPath(audit.id, 'checklist/items'), { clause: '9.2', question: 'x' }),
        ],
        ['PUT checklist', () => lead.put(auditPath(audit.id, 'checklist'), { items: [] })],
        [
          'attachment',
          () => attach(t, w.users['a.internal_auditor'].token, observation.id, PDF('x'), 'x.pdf'),
        ],
      ] as [string, () => PromiseLike<Response>][])
        await refused(`REPORTED ${label}`, call, 409, 'AUDIT_IS_REPORTED', read);
      await refused(
        'REPORTED close with an open nonconformity',
        () => secretary.post(auditPath(audit.id, 'close')),
        409,
        'AUDIT_HAS_OPEN_NONCONFORMITIES',
        read,
      );

      await closeNonconformity(major.nonconformity!.id);
      await ok(secretary.post(auditPath(audit.id, 'close')));
      for (const [label, call] of [
        ['start', () => lead.post(auditPath(audit.id, 'start'))],
        ['report', () => lead.post(auditPath(audit.id, 'report'))],
        ['close', () => secretary.post(auditPath(audit.id, 'close'))],
        ['finding', log],
        [
          'nonconformity raised from its observation',
          () =>
            secretary.post('/api/v1/nonconformities', {
              agencyId: w.agencyA,
              source: 'AUDIT',
              findingId: observation.id,
              description: 'Nâng thành điểm không phù hợp',
              severity: 'MINOR',
            }),
        ],
      ] as [string, () => PromiseLike<Response>][])
        await refused(`CLOSED ${label}`, call, 409, 'AUDIT_IS_CLOSED', read);
    });

    it('only the lead auditor starts and reports; only the team logs findings and answers (403)', async () => {
      const audit = await planAudit();
      const read = readAudit(audit.id);
      await refused(
        'start by a team member',
        () => second.post(auditPath(audit.id, 'start')),
        403,
        'FORBIDDEN',
        read,
      );
      await refused(
        'start by the ISO secretary',
        () => secretary.post(auditPath(audit.id, 'start')),
        403,
        'NOT_AUDIT_TEAM_MEMBER',
        read,
      );
      await refused(
        'checklist by the ISO secretary',
        () => secretary.put(auditPath(audit.id, 'checklist'), { items: [] }),
        403,
        'NOT_AUDIT_TEAM_MEMBER',
        read,
      );
      await ok(lead.post(auditPath(audit.id, 'start')));
      await refused(
        'report by a team member',
        () => second.post(auditPath(audit.id, 'report')),
        403,
        'FORBIDDEN',
        read,
      );
      const other = client(t, w.users['a.iso_secretary'].token);
      await refused(
        'finding by the ISO secretary',
        () =>
          other.post(auditPath(audit.id, 'findings'), {
            type: 'OFI',
            clause: '10.3',
            description: 'x',
            evidence: 'y',
          }),
        403,
        'NOT_AUDIT_TEAM_MEMBER',
        read,
      );
      // the second auditor, on the team, may
      await finding(audit.id, 'OFI', second);
    });

    it('validates findings: clause of ISO 9001, type, auditee of the audit, question of the checklist (400)', async () => {
      const audit = await startedAudit();
      const read = readAudit(audit.id);
      for (const [body, field] of [
        [{ type: 'MAJOR', clause: '8.5.1', description: 'x', evidence: 'y' }, 'type'],
        [{ type: 'OFI', clause: '11', description: 'x', evidence: 'y' }, 'clause'],
        [{ type: 'OFI', clause: '8.5.1', evidence: 'y' }, 'description'],
        [
          { type: 'OFI', clause: '8.5.1', description: 'x', evidence: 'y', auditeeAgencyId: w.agencyB },
          'auditeeAgencyId',
        ],
        [
          { type: 'OFI', clause: '8.5.1', description: 'x', evidence: 'y', checklistItemId: w.agencyB },
          'checklistItemId',
        ],
      ] as [object, string][]) {
        const before = await read();
        const response = await lead.post(auditPath(audit.id, 'findings'), body);
        expectError(response, 400, 'VALIDATION_FAILED');
        expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
        expect(await read()).toEqual(before);
      }
    });

    it('copies a checklist from an earlier audit (questions, not answers)', async () => {
      const source = await startedAudit();
      const item = (await ok(lead.get(auditPath(source.id, 'checklist')))).items[0];
      await ok(
        lead.put(auditPath(source.id, `checklist/items/${item.id}/answer`), {
          result: 'CONFORMING',
          evidence: 'ok',
        }),
      );
      const target = await planAudit();
      const copied = await ok(lead.post(auditPath(target.id, `checklist/copy-from/${source.id}`)));
      expect(copied.items).toEqual([
        expect.objectContaining({
          clause: '8.5.1',
          question: 'Đúng hạn?',
          result: null,
          copiedFromId: item.id,
        }),
      ]);
      // the source is unchanged
      expect((await ok(lead.get(auditPath(source.id, 'checklist')))).items[0]).toMatchObject({
        result: 'CONFORMING',
      });
    });

    it('10 concurrent closes of an audit: one 200, nine 409, one audit-trail entry', async () => {
      const audit = await startedAudit();
      await answerAll(audit.id);
      await ok(lead.post(auditPath(audit.id, 'report')));
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => secretary.post(auditPath(audit.id, 'close'))),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
      for (const r of responses.filter((r) => r.status === 409)) expect(r.body.code).toBe('AUDIT_IS_CLOSED');
      const trail = await ok(
        admin.get(`/api/v1/audit-trail?subjectType=audit&subjectId=${audit.id}&pageSize=100`),
      );
      expect(trail.items.filter((e: { action: string }) => e.action === 'close')).toHaveLength(1);
    });
  });

  /** A complaint nonconformity in agency A, moved to the given state. */
  const ncPath = (id: string, action = '') => `/api/v1/nonconformities/${id}${action ? `/${action}` : ''}`;
  const readNc = (id: string) => async () => ok<NonconformityBody>(admin.get(ncPath(id)));
  const ORDER = ['OPEN', 'ANALYSED', 'ACTION_PLANNED', 'IMPLEMENTED', 'VERIFIED', 'CLOSED'];
  async function nonconformityIn(state: string, options: { owner?: string } = {}) {
    let nc = await ok<NonconformityBody>(
      secretary.post('/api/v1/nonconformities', {
        agencyId: w.agencyA,
        source: 'COMPLAINT',
        description: 'Người dân phản ánh thái độ phục vụ',
        severity: 'MINOR',
        clause: '8.2.1',
      }),
      201,
    );
    await advance(nc.id, 'OPEN', state, options);
    nc = await readNc(nc.id)();
    expect(nc.status).toBe(state);
    return nc;
  }
  async function advance(id: string, from: string, to: string, options: { owner?: string } = {}) {
    for (let i = ORDER.indexOf(from) + 1; i <= ORDER.indexOf(to); i++) {
      const step = ORDER[i];
      if (step === 'ANALYSED')
        await ok(
          secretary.post(ncPath(id, 'analysis'), { correction: 'c', rootCause: 'r', method: 'OTHER' }),
        );
      if (step === 'ACTION_PLANNED')
        await ok(
          secretary.post(ncPath(id, 'actions'), {
            description: 'Hành động',
            ownerId: options.owner ?? staffId,
            dueDate: inDays(7),
          }),
          201,
        );
      if (step === 'IMPLEMENTED') {
        const nc = await readNc(id)();
        for (const a of nc.actions.filter((x) => x.status === 'PLANNED'))
          await ok(secretary.post(`/api/v1/corrective-actions/${a.id}/complete`));
      }
      if (step === 'VERIFIED')
        await ok(lead.post(ncPath(id, 'verify'), { effective: true, comment: 'Hiệu lực' }));
      if (step === 'CLOSED') await ok(secretary.post(ncPath(id, 'close')));
    }
  }
  async function closeNonconformity(id: string) {
    const nc = await readNc(id)();
    await advance(id, nc.status, 'CLOSED');
  }

  describe('nonconformity lifecycle: OPEN → ANALYSED → ACTION_PLANNED → IMPLEMENTED → VERIFIED → CLOSED', () => {
    const analysis = { correction: 'c', rootCause: 'r', method: 'FIVE_WHYS' };
    const action = () => ({ description: 'd', ownerId: staffId, dueDate: inDays(5) });
    const calls = (id: string): Record<string, () => PromiseLike<Response>> => ({
      analysis: () => secretary.post(ncPath(id, 'analysis'), analysis),
      addAction: () => secretary.post(ncPath(id, 'actions'), action()),
      verifyEffective: () => lead.post(ncPath(id, 'verify'), { effective: true, comment: 'ok' }),
      verifyNotEffective: () => lead.post(ncPath(id, 'verify'), { effective: false, comment: 'ko' }),
      close: () => secretary.post(ncPath(id, 'close')),
      reopen: () => secretary.post(ncPath(id, 'reopen'), { reason: 'Tái diễn' }),
    });
    const ILLEGAL: Record<string, string[]> = {
      OPEN: ['addAction', 'verifyEffective', 'verifyNotEffective', 'close', 'reopen'],
      ANALYSED: ['analysis', 'verifyEffective', 'verifyNotEffective', 'close', 'reopen'],
      ACTION_PLANNED: ['analysis', 'verifyEffective', 'verifyNotEffective', 'close', 'reopen'],
      IMPLEMENTED: ['analysis', 'addAction', 'close', 'reopen'],
      VERIFIED: ['analysis', 'addAction', 'verifyEffective', 'verifyNotEffective', 'reopen'],
      CLOSED: ['analysis', 'addAction', 'verifyEffective', 'verifyNotEffective', 'close'],
    };

    it.each(Object.keys(ILLEGAL))(
      'in %s every illegal action is a 409 naming the state and changes nothing',
      async (state) => {
        const nc = await nonconformityIn(state);
        for (const name of ILLEGAL[state]) {
          await refused(
            `${state} ${name}`,
            calls(nc.id)[name],
            409,
            `NONCONFORMITY_IS_${state}`,
            readNc(nc.id),
          );
        }
      },
    );

    it('a done action cannot be completed again (409 CORRECTIVE_ACTION_IS_DONE)', async () => {
      const nc = await nonconformityIn('IMPLEMENTED');
      await refused(
        'complete twice',
        () => staff.post(`/api/v1/corrective-actions/${nc.actions[0].id}/complete`),
        409,
        'CORRECTIVE_ACTION_IS_DONE',
        readNc(nc.id),
      );
    });

    it('reopen: CLOSED → OPEN in a new round, every earlier analysis, action and verification kept', async () => {
      const nc = await nonconformityIn('CLOSED');
      const reopened = await ok<NonconformityBody>(
        secretary.post(ncPath(nc.id, 'reopen'), { reason: 'Tái diễn tháng 9' }),
      );
      expect(reopened).toMatchObject({ status: 'OPEN', round: 2, correction: null, rootCause: null });
      expect(reopened.analyses).toHaveLength(1);
      expect(reopened.actions).toHaveLength(1);
      expect(reopened.verifications).toHaveLength(1);
      await advance(nc.id, 'OPEN', 'CLOSED');
      const again = await readNc(nc.id)();
      expect(again.analyses.map((a) => a.round)).toEqual([1, 2]);
      expect(again.actions.map((a) => a.round)).toEqual([1, 2]);
      expect(again.verifications.map((v) => v.round)).toEqual([1, 2]);
      const trail = await ok(
        admin.get(`/api/v1/audit-trail?subjectType=nonconformity&subjectId=${nc.id}&pageSize=100&sort=id`),
      );
      const reopen = trail.items.find((e: { action: string }) => e.action === 'reopen');
      expect(reopen).toMatchObject({ fromState: 'CLOSED', toState: 'OPEN', reason: 'Tái diễn tháng 9' });
    });

    it('the head of agency closes but does not reopen; staff own actions but do not verify (403)', async () => {
      const closed = await nonconformityIn('CLOSED');
      await refused(
        'APPROVER reopens',
        () => approver.post(ncPath(closed.id, 'reopen'), { reason: 'x' }),
        403,
        'FORBIDDEN',
        readNc(closed.id),
      );
      const implemented = await nonconformityIn('IMPLEMENTED');
      await refused(
        'STAFF verifies',
        () => staff.post(ncPath(implemented.id, 'verify'), { effective: true, comment: 'x' }),
        403,
        'FORBIDDEN',
        readNc(implemented.id),
      );
    });

    it('the verifier may not own one of the actions verified (403 VERIFIER_IS_ACTION_OWNER)', async () => {
      const nc = await nonconformityIn('IMPLEMENTED', { owner: leadId });
      await refused(
        'owner verifies',
        () => lead.post(ncPath(nc.id, 'verify'), { effective: true, comment: 'Tự kiểm tra' }),
        403,
        'VERIFIER_IS_ACTION_OWNER',
        readNc(nc.id),
      );
      expect(
        (
          await ok<NonconformityBody>(
            second.post(ncPath(nc.id, 'verify'), { effective: true, comment: 'ok' }),
          )
        ).status,
      ).toBe('VERIFIED');
    });

    it('a stale version is a 409 STALE_VERSION (If-Match or body)', async () => {
      const nc = await nonconformityIn('OPEN');
      await refused(
        'If-Match',
        () => secretary.post(ncPath(nc.id, 'analysis'), analysis).set('If-Match', `"${nc.version + 5}"`),
        409,
        'STALE_VERSION',
        readNc(nc.id),
      );
      await refused(
        'body',
        () => secretary.post(ncPath(nc.id, 'analysis'), { ...analysis, version: nc.version + 1 }),
        409,
        'STALE_VERSION',
        readNc(nc.id),
      );
      await ok(secretary.post(ncPath(nc.id, 'analysis'), { ...analysis, version: nc.version }));
    });

    it('validation errors are 400 with every bad field in details, in the API error shape', async () => {
      const nc = await nonconformityIn('ANALYSED');
      const cases: [string, () => PromiseLike<Response>, string[]][] = [
        [
          'create',
          () =>
            secretary.post('/api/v1/nonconformities', {
              agencyId: w.agencyA,
              source: 'RUMOUR',
              severity: 'CRITICAL',
              clause: '3.1',
              extra: 1,
            }),
          ['source', 'severity', 'clause', 'description', 'extra'],
        ],
        [
          'create from a finding with another source',
          () =>
            secretary.post('/api/v1/nonconformities', {
              agencyId: w.agencyA,
              source: 'COMPLAINT',
              findingId: nc.id,
              description: 'x',
              severity: 'MINOR',
            }),
          ['findingId'],
        ],
        [
          'analysis',
          () => secretary.post(ncPath(nc.id, 'analysis'), { method: 'PARETO' }),
          ['correction', 'rootCause', 'method'],
        ],
        [
          'action in the past, owner from another agency',
          () =>
            secretary.post(ncPath(nc.id, 'actions'), {
              description: 'd',
              ownerId: w.users['b.staff'].id,
              dueDate: inDays(-1),
            }),
          ['dueDate', 'ownerId'],
        ],
        [
          'action with a bad date',
          () =>
            secretary.post(ncPath(nc.id, 'actions'), {
              description: 'd',
              ownerId: staffId,
              dueDate: '2026-13-01',
            }),
          ['dueDate'],
        ],
        ['verify', () => lead.post(ncPath(nc.id, 'verify'), { effective: 'yes' }), ['effective', 'comment']],
        ['reopen', () => secretary.post(ncPath(nc.id, 'reopen'), {}), ['reason']],
        ['bad id', () => secretary.get('/api/v1/nonconformities/123'), ['id']],
      ];
      for (const [label, call, fields] of cases) {
        const before = await readNc(nc.id)();
        const response = await call();
        expect({ label, status: response.status, code: response.body.code }).toEqual({
          label,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
        expect({ label, fields: response.body.details.map((d: { field: string }) => d.field) }).toEqual({
          label,
          fields: expect.arrayContaining(fields),
        });
        expect(await readNc(nc.id)()).toEqual(before);
      }
    });

    it('20 concurrent verifications: one 200, nineteen 409, one verification, one audit-trail entry', async () => {
      const nc = await nonconformityIn('IMPLEMENTED');
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? lead : second).post(ncPath(nc.id, 'verify'), {
            effective: true,
            comment: `Kiểm tra ${i}`,
          }),
        ),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array(19).fill(409)]);
      for (const r of responses.filter((r) => r.status === 409))
        expect(r.body.code).toBe('NONCONFORMITY_IS_VERIFIED');
      const after = await readNc(nc.id)();
      expect(after.verifications).toHaveLength(1);
      const trail = await ok(
        admin.get(`/api/v1/audit-trail?subjectType=nonconformity&subjectId=${nc.id}&pageSize=100`),
      );
      expect(trail.items.filter((e: { action: string }) => e.action === 'verify')).toHaveLength(1);
    });

    it('20 concurrent closes: one 200, nineteen 409 NONCONFORMITY_IS_CLOSED, one audit-trail entry', async () => {
      const nc = await nonconformityIn('VERIFIED');
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => secretary.post(ncPath(nc.id, 'close'))),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array(19).fill(409)]);
      for (const r of responses.filter((r) => r.status === 409))
        expect(r.body.code).toBe('NONCONFORMITY_IS_CLOSED');
      const trail = await ok(
        admin.get(`/api/v1/audit-trail?subjectType=nonconformity&subjectId=${nc.id}&pageSize=100`),
      );
      expect(trail.items.filter((e: { action: string }) => e.action === 'close')).toHaveLength(1);
    });

    it('20 concurrent completions of the last action: one 200, the plan implemented once', async () => {
      const nc = await nonconformityIn('ACTION_PLANNED');
      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          staff.post(`/api/v1/corrective-actions/${nc.actions[0].id}/complete`),
        ),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array(19).fill(409)]);
      const trail = await ok(
        admin.get(`/api/v1/audit-trail?subjectType=nonconformity&subjectId=${nc.id}&pageSize=100`),
      );
      expect(trail.items.filter((e: { action: string }) => e.action === 'implement')).toHaveLength(1);
      expect((await readNc(nc.id)()).status).toBe('IMPLEMENTED');
    });
  });

  describe('nonconformities raised by hand from a finding', () => {
    it('an observation may be raised once; a nonconformity finding already has its own (409 DUPLICATE)', async () => {
      const audit = await startedAudit();
      const observation = await finding(audit.id, 'OBSERVATION');
      const major = await finding(audit.id, 'MAJOR_NC');
      const raise = (findingId: string, agencyId = w.agencyA) =>
        lead.post('/api/v1/nonconformities', {
          agencyId,
          source: 'AUDIT',
          findingId,
          description: 'Nâng khuyến nghị thành điểm không phù hợp',
          severity: 'MINOR',
        });
      const raised = await ok<NonconformityBody>(raise(observation.id), 201);
      expect(raised).toMatchObject({
        source: 'AUDIT',
        findingId: observation.id,
        auditId: audit.id,
        status: 'OPEN',
      });
      expect((await ok<FindingBody>(lead.get(`/api/v1/findings/${observation.id}`))).nonconformity).toEqual({
        id: raised.id,
        status: 'OPEN',
      });
      expectError(await raise(observation.id), 409, 'DUPLICATE');
      expectError(await raise(major.id), 409, 'DUPLICATE');
      expectError(await raise(w.agencyA), 404, 'NOT_FOUND');
      expect((await ok(lead.get(`/api/v1/nonconformities?auditId=${audit.id}`))).total).toBe(2);
    });
  });

  describe('overdue actions', () => {
    it('an action past its due date is listed as overdue for the ISO secretary', async () => {
      const clock = t.app.get(Clock);
      const late = await nonconformityIn('ANALYSED');
      const lateAction = await ok(
        secretary.post(ncPath(late.id, 'actions'), {
          description: 'Sắp trễ',
          ownerId: staffId,
          dueDate: inDays(2),
        }),
        201,
      );
      const onTime = await nonconformityIn('ANALYSED');
      const onTimeAction = await ok(
        secretary.post(ncPath(onTime.id, 'actions'), {
          description: 'Còn hạn',
          ownerId: staffId,
          dueDate: inDays(60),
        }),
        201,
      );
      const overdueIds = async () =>
        (
          await ok(
            secretary.get(`/api/v1/corrective-actions?agencyId=${w.agencyA}&overdue=true&pageSize=100`),
          )
        ).items.map((a: { id: string; overdue: boolean }) => (a.overdue ? a.id : `not overdue ${a.id}`));
      expect(await overdueIds()).not.toContain(lateAction.id);
      try {
        clock.travel(3 * DAY);
        const ids = await overdueIds();
        expect(ids).toContain(lateAction.id);
        expect(ids).not.toContain(onTimeAction.id);
        expect(ids.filter((id: string) => id.startsWith('not'))).toEqual([]);
        const ncs = await ok(
          secretary.get(`/api/v1/nonconformities?agencyId=${w.agencyA}&overdue=true&pageSize=100`),
        );
        const listed = ncs.items.map((n: { id: string }) => n.id);
        expect(listed).toContain(late.id);
        expect(listed).not.toContain(onTime.id);
        expect(ncs.items.find((n: { id: string }) => n.id === late.id).actionCounts).toMatchObject({
          overdue: 1,
        });
        const summary = await ok(secretary.get(`/api/v1/nonconformities/summary?agencyId=${w.agencyA}`));
        expect(summary.overdueActions).toBe(ids.length);
      } finally {
        clock.reset();
      }
      expect(await overdueIds()).not.toContain(lateAction.id);
    });
  });

  describe('agency merger', () => {
    it("a merged agency's audits, findings, files, nonconformities, reviews and auditor register move to the survivor", async () => {
      const agency = (code: string, name: string) =>
        ok(admin.post('/api/v1/agencies', { code, name, level: 'COMMUNE', parentId: w.provinceId }), 201);
      const merged = await agency('XA-1', 'Xã Một');
      const survivor = await agency('XA-2', 'Xã Hai');
      await ok(
        admin.post('/api/v1/quality-systems', {
          name: 'HTQLCL Xã Một',
          scope: 'Xã Một',
          leadAgencyId: merged.id,
        }),
        201,
      );
      const sec = await createUser(t, w.adminToken, 'x1.secretary', [
        { agencyId: merged.id, roles: ['ISO_SECRETARY'] },
      ]);
      const aud = await createUser(t, w.adminToken, 'x1.auditor', [
        { agencyId: merged.id, roles: ['INTERNAL_AUDITOR'] },
      ]);
      const head = await createUser(t, w.adminToken, 'x1.head', [
        { agencyId: merged.id, roles: ['APPROVER'] },
      ]);
      await ok(
        sec.client.put(`/api/v1/agencies/${merged.id}/auditors/${aud.id}`, { unit: 'Văn phòng UBND' }),
      );
      const prog = await ok(
        sec.client.post('/api/v1/audit-programmes', {
          agencyId: merged.id,
          year: thisYear(),
          objectives: 'x',
        }),
        201,
      );
      const audit = await ok<AuditBody>(
        sec.client.post(
          '/api/v1/audits',
          auditBody(prog.id, w, { leadAuditorId: aud.id, auditorIds: [] }, { auditeeAgencyIds: [merged.id] }),
        ),
        201,
      );
      await ok(aud.client.post(auditPath(audit.id, 'start')));
      const major = await finding(audit.id, 'MAJOR_NC', aud.client);
      await ok(attach(t, aud.token, major.id, PDF('xa'), 'xa.pdf'), 201);
      const review = await ok(
        sec.client.post('/api/v1/management-reviews', {
          agencyId: merged.id,
          title: 'Xem xét',
          plannedDate: today(),
          chairId: head.id,
          participantIds: [],
        }),
        201,
      );

      await ok(
        admin.post(`/api/v1/agencies/${merged.id}/merge`, {
          intoAgencyId: survivor.id,
          reason: 'Sáp nhập xã',
        }),
      );

      expect(await ok(aud.client.get(auditPath(audit.id)))).toMatchObject({
        agencyId: survivor.id,
        auditeeAgencyIds: [survivor.id],
      });
      expect(await ok(aud.client.get(`/api/v1/findings/${major.id}`))).toMatchObject({
        agencyId: survivor.id,
        auditeeAgencyId: survivor.id,
        attachments: [expect.objectContaining({ name: 'xa.pdf' })],
      });
      expect((await ok(sec.client.get(ncPath(major.nonconformity!.id)))).agencyId).toBe(survivor.id);
      expect((await ok(sec.client.get(`/api/v1/management-reviews/${review.id}`))).agencyId).toBe(
        survivor.id,
      );
      expect((await ok(sec.client.get(`/api/v1/agencies/${survivor.id}/auditors`))).items).toEqual([
        expect.objectContaining({ userId: aud.id, unit: 'Văn phòng UBND' }),
      ]);
      // the audit goes on in the surviving agency
      expect((await ok<AuditBody>(aud.client.post(auditPath(audit.id, 'report')))).status).toBe('REPORTED');
    });
  });

  describe('management review', () => {
    const create = (overrides: Record<string, unknown> = {}) =>
      secretary.post('/api/v1/management-reviews', {
        agencyId: w.agencyA,
        title: 'Xem xét của lãnh đạo',
        plannedDate: today(),
        chairId: approverId,
        participantIds: [],
        ...overrides,
      });
    const reviewPath = (id: string, action = '') =>
      `/api/v1/management-reviews/${id}${action ? `/${action}` : ''}`;
    const readReview = (id: string) => () => ok(admin.get(reviewPath(id)));

    it('refuses what the state does not allow (409) and bad input (400)', async () => {
      const review = await ok(create(), 201);
      const decision = { kind: 'DECISION', category: 'IMPROVEMENT', description: 'Cải tiến' };
      await refused(
        'output while planned',
        () => secretary.post(reviewPath(review.id, 'outputs'), decision),
        409,
        'MANAGEMENT_REVIEW_IS_PLANNED',
        readReview(review.id),
      );
      await refused(
        'held in the future',
        () => secretary.post(reviewPath(review.id, 'hold'), { heldOn: inDays(1) }),
        400,
        'VALIDATION_FAILED',
        readReview(review.id),
      );
      await ok(secretary.post(reviewPath(review.id, 'hold'), { heldOn: today() }));
      await refused(
        'hold twice',
        () => secretary.post(reviewPath(review.id, 'hold'), { heldOn: today() }),
        409,
        'MANAGEMENT_REVIEW_IS_HELD',
        readReview(review.id),
      );
      await refused(
        'notes after holding',
        () => secretary.put(reviewPath(review.id, 'inputs'), { resources: 'x' }),
        409,
        'MANAGEMENT_REVIEW_IS_HELD',
        readReview(review.id),
      );
      await refused(
        'an action without owner',
        () => secretary.post(reviewPath(review.id, 'outputs'), { ...decision, kind: 'ACTION' }),
        400,
        'VALIDATION_FAILED',
        readReview(review.id),
      );
      const recorded = await ok(secretary.post(reviewPath(review.id, 'outputs'), decision), 201);
      await refused(
        'complete a decision',
        () => secretary.post(`/api/v1/management-review-outputs/${recorded.id}/complete`),
        409,
        'MANAGEMENT_REVIEW_OUTPUT_IS_RECORDED',
        readReview(review.id),
      );
      const action = await ok(
        secretary.post(reviewPath(review.id, 'outputs'), {
          ...decision,
          kind: 'ACTION',
          ownerId: staffId,
          dueDate: inDays(3),
        }),
        201,
      );
      await ok(staff.post(`/api/v1/management-review-outputs/${action.id}/complete`));
      await refused(
        'complete twice',
        () => staff.post(`/api/v1/management-review-outputs/${action.id}/complete`),
        409,
        'MANAGEMENT_REVIEW_OUTPUT_IS_DONE',
        readReview(review.id),
      );

      for (const [overrides, field] of [
        [{ chairId: staffId }, 'chairId'],
        [{ participantIds: [w.users['b.staff'].id] }, 'participantIds'],
        [{ plannedDate: 'tomorrow' }, 'plannedDate'],
      ] as [Record<string, unknown>, string][]) {
        const response = await create(overrides);
        expectError(response, 400, 'VALIDATION_FAILED');
        expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
      }
    });

    it('10 concurrent holds: one 200, nine 409', async () => {
      const review = await ok(create(), 201);
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => secretary.post(reviewPath(review.id, 'hold'), { heldOn: today() })),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
      const trail = await ok(
        admin.get(`/api/v1/audit-trail?subjectType=managementReview&subjectId=${review.id}`),
      );
      expect(trail.items.filter((e: { action: string }) => e.action === 'hold')).toHaveLength(1);
    });
  });
});
