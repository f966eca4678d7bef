import type { Response } from 'supertest';
import { startTestApp, TestApp } from './support/harness';
import { client, Client, PDF } from './support/documents';
import { binary } from './support/multipart';
import {
  attach,
  AuditBody,
  auditBody,
  auditTeam,
  FindingBody,
  inDays,
  NonconformityBody,
  ok,
  thisYear,
  today,
} from './support/audits';
import { buildWorld, World } from './support/world';

const TABLES = [
  'audit_programmes',
  'audits',
  'audit_checklist_items',
  'audit_findings',
  'finding_attachments',
  'auditor_units',
  'nonconformities',
  'nonconformity_analyses',
  'corrective_actions',
  'nonconformity_verifications',
  'management_reviews',
  'management_review_outputs',
  'deadlines',
  'audit_trail',
];

type Call = [string, () => PromiseLike<Response>];

describe('audits, nonconformities and management reviews are scoped to the agency: 404 elsewhere, 403 for roles without the right', () => {
  let t: TestApp;
  let w: World;
  let admin: Client, secretary: Client, lead: Client;
  let leadId: string, secondId: string, staffId: string, approverId: string;
  /** Agency A's records, in the states the calls below need. */
  let programme: { id: string };
  let reported: AuditBody, planned: AuditBody;
  let major: FindingBody, observation: FindingBody;
  let attachmentId: string;
  let itemId: string;
  let nc: NonconformityBody;
  let actionId: string;
  let held: { id: string }, plannedReview: { id: string };
  let reviewActionId: string;
  /** Agency B's own planned audit (to copy A's checklist into). */
  let auditOfB: AuditBody;
  const SECRET = 'Bí mật của cơ quan A';

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    admin = client(t, w.adminToken);
    const team = await auditTeam(t, w);
    [secretary, lead] = [team.secretary, team.lead.client];
    [leadId, secondId] = [team.lead.id, team.second.id];
    [staffId, approverId] = [w.users['a.staff'].id, w.users['a.approver'].id];
    const approver = client(t, w.users['a.approver'].token);

    programme = await ok(
      secretary.post('/api/v1/audit-programmes', {
        agencyId: w.agencyA,
        year: thisYear(),
        objectives: SECRET,
      }),
      201,
    );
    const team2 = { leadAuditorId: leadId, auditorIds: [secondId] };
    reported = await ok(
      secretary.post('/api/v1/audits', auditBody(programme.id, w, team2, { title: SECRET })),
      201,
    );
    await ok(
      lead.put(`/api/v1/audits/${reported.id}/checklist`, { items: [{ clause: '8.5.1', question: SECRET }] }),
    );
    await ok(lead.post(`/api/v1/audits/${reported.id}/start`));
    const findingBody = (type: string) => ({ type, clause: '8.5.1', description: SECRET, evidence: SECRET });
    major = await ok(lead.post(`/api/v1/audits/${reported.id}/findings`, findingBody('MAJOR_NC')), 201);
    observation = await ok(
      lead.post(`/api/v1/audits/${reported.id}/findings`, findingBody('OBSERVATION')),
      201,
    );
    attachmentId = (
      await ok(attach(t, w.users['a.internal_auditor'].token, major.id, PDF(SECRET), 'a.pdf'), 201)
    ).id;
    const [question] = (await ok(lead.get(`/api/v1/audits/${reported.id}/checklist`))).items as {
      id: string;
    }[];
    await ok(
      lead.put(`/api/v1/audits/${reported.id}/checklist/items/${question.id}/answer`, {
        result: 'CONFORMING',
        evidence: SECRET,
      }),
    );
    await ok(lead.post(`/api/v1/audits/${reported.id}/report`));

    planned = await ok(secretary.post('/api/v1/audits', auditBody(programme.id, w, team2)), 201);
    await ok(
      lead.put(`/api/v1/audits/${planned.id}/checklist`, { items: [{ clause: '7.5', question: SECRET }] }),
    );
    itemId = (await ok(lead.get(`/api/v1/audits/${planned.id}/checklist`))).items[0].id;

    nc = await ok(secretary.get(`/api/v1/nonconformities/${major.nonconformity!.id}`));
    await ok(
      secretary.post(`/api/v1/nonconformities/${nc.id}/analysis`, {
        correction: SECRET,
        rootCause: SECRET,
        method: 'OTHER',
      }),
    );
    actionId = (
      await ok(
        secretary.post(`/api/v1/nonconformities/${nc.id}/actions`, {
          description: SECRET,
          ownerId: staffId,
          dueDate: inDays(10),
        }),
        201,
      )
    ).id;

    const reviewBody = {
      agencyId: w.agencyA,
      title: SECRET,
      plannedDate: today(),
      chairId: approverId,
      participantIds: [],
    };
    held = await ok(secretary.post('/api/v1/management-reviews', reviewBody), 201);
    await ok(approver.post(`/api/v1/management-reviews/${held.id}/hold`, { heldOn: today() }));
    reviewActionId = (
      await ok(
        approver.post(`/api/v1/management-reviews/${held.id}/outputs`, {
          kind: 'ACTION',
          category: 'RESOURCES',
          description: SECRET,
          ownerId: staffId,
          dueDate: inDays(20),
        }),
        201,
      )
    ).id;
    plannedReview = await ok(secretary.post('/api/v1/management-reviews', reviewBody), 201);

    // agency B plans an audit of its own, led by its internal auditor
    const bSecretary = client(t, w.users['b.iso_secretary'].token);
    const bAuditorId = w.users['b.internal_auditor'].id;
    await ok(
      bSecretary.put(`/api/v1/agencies/${w.agencyB}/auditors/${bAuditorId}`, { unit: 'Văn phòng Sở' }),
    );
    const programmeB = await ok(
      bSecretary.post('/api/v1/audit-programmes', { agencyId: w.agencyB, year: thisYear(), objectives: 'B' }),
      201,
    );
    auditOfB = await ok(
      bSecretary.post(
        '/api/v1/audits',
        auditBody(
          programmeB.id,
          w,
          { leadAuditorId: bAuditorId, auditorIds: [] },
          { auditeeAgencyIds: [w.agencyB] },
        ),
      ),
      201,
    );
  });
  afterAll(() => t.close());

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => {
          // refused writes are audited on purpose (access.denied, issue 11): nothing else may change
          const where = table === 'audit_trail' ? " WHERE action <> 'access.denied'" : '';
          const [row] = await t.sql<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}${where}`);
          return [table, Number(row.n)] as const;
        }),
      ),
    );
  /** What agency A's own people see of its records, to compare before and after. */
  const snapshot = async () => ({
    programme: await ok(admin.get(`/api/v1/audit-programmes/${programme.id}`)),
    reported: await ok(admin.get(`/api/v1/audits/${reported.id}`)),
    planned: await ok(admin.get(`/api/v1/audits/${planned.id}`)),
    checklist: await ok(admin.get(`/api/v1/audits/${planned.id}/checklist`)),
    findings: await ok(admin.get(`/api/v1/audits/${reported.id}/findings`)),
    nc: await ok(admin.get(`/api/v1/nonconformities/${nc.id}`)),
    held: await ok(admin.get(`/api/v1/management-reviews/${held.id}`)),
    plannedReview: await ok(admin.get(`/api/v1/management-reviews/${plannedReview.id}`)),
    auditors: await ok(admin.get(`/api/v1/agencies/${w.agencyA}/auditors`)),
  });

  /** Every call of this issue against agency A's records (valid bodies, so only scoping can refuse them). */
  const callsAgainstA = (c: Client, token: string, leadsAuditOfB = false): Call[] => {
    const raw = (path: string) => t.http().get(path).set('Authorization', `Bearer ${token}`);
    const a = (id: string, rest = '') => `/api/v1/audits/${id}${rest}`;
    const n = (rest = '') => `/api/v1/nonconformities/${nc.id}${rest}`;
    const r = (id: string, rest = '') => `/api/v1/management-reviews/${id}${rest}`;
    return [
      ['GET programme', () => c.get(`/api/v1/audit-programmes/${programme.id}`)],
      [
        'POST programme in A',
        () => c.post('/api/v1/audit-programmes', { agencyId: w.agencyA, year: 2031, objectives: 'x' }),
      ],
      [
        'POST audit in A',
        () => c.post('/api/v1/audits', auditBody(programme.id, w, { leadAuditorId: leadId, auditorIds: [] })),
      ],
      ['GET audit', () => c.get(a(reported.id))],
      ['POST start', () => c.post(a(planned.id, '/start'))],
      ['POST report', () => c.post(a(reported.id, '/report'), { summary: 'x' })],
      ['POST close', () => c.post(a(reported.id, '/close'))],
      ['GET report', () => c.get(a(reported.id, '/report'))],
      ['GET report xlsx', () => c.get(a(reported.id, '/report?format=xlsx'))],
      ['GET checklist', () => c.get(a(planned.id, '/checklist'))],
      [
        'PUT checklist',
        () => c.put(a(planned.id, '/checklist'), { items: [{ clause: '9.2', question: 'x' }] }),
      ],
      [
        'POST checklist item',
        () => c.post(a(planned.id, '/checklist/items'), { clause: '9.2', question: 'x' }),
      ],
      [
        'PUT answer',
        () =>
          c.put(a(planned.id, `/checklist/items/${itemId}/answer`), { result: 'CONFORMING', evidence: 'x' }),
      ],
      ['POST copy A checklist into A', () => c.post(a(planned.id, `/checklist/copy-from/${reported.id}`))],
      // the lead of B's audit may prepare it, but A's audit does not exist for them
      ...(leadsAuditOfB
        ? ([
            [
              'POST copy A checklist into B',
              () => c.post(a(auditOfB.id, `/checklist/copy-from/${reported.id}`)),
            ],
          ] as Call[])
        : []),
      ['GET findings', () => c.get(a(reported.id, '/findings'))],
      [
        'POST finding',
        () =>
          c.post(a(reported.id, '/findings'), {
            type: 'OFI',
            clause: '10.3',
            description: 'x',
            evidence: 'y',
          }),
      ],
      ['GET finding', () => c.get(`/api/v1/findings/${major.id}`)],
      ['GET attachments', () => c.get(`/api/v1/findings/${major.id}/attachments`)],
      ['POST attachment', () => attach(t, token, major.id, PDF('x'), 'x.pdf')],
      [
        'GET attachment content',
        () => raw(`/api/v1/findings/${major.id}/attachments/${attachmentId}/content`),
      ],
      [
        'GET attachment redirect',
        () => raw(`/api/v1/findings/${major.id}/attachments/${attachmentId}/content?redirect=1`),
      ],
      ['GET auditors', () => c.get(`/api/v1/agencies/${w.agencyA}/auditors`)],
      ['PUT auditor unit', () => c.put(`/api/v1/agencies/${w.agencyA}/auditors/${secondId}`, { unit: 'x' })],
      [
        'POST nonconformity in A',
        () =>
          c.post('/api/v1/nonconformities', {
            agencyId: w.agencyA,
            source: 'OTHER',
            description: 'x',
            severity: 'MINOR',
          }),
      ],
      [
        'POST nonconformity from A finding',
        () =>
          c.post('/api/v1/nonconformities', {
            agencyId: w.agencyA,
            source: 'AUDIT',
            findingId: observation.id,
            description: 'x',
            severity: 'MINOR',
          }),
      ],
      ['GET nonconformity', () => c.get(n())],
      ['POST analysis', () => c.post(n('/analysis'), { correction: 'x', rootCause: 'y', method: 'OTHER' })],
      ['GET actions', () => c.get(n('/actions'))],
      [
        'POST action',
        () => c.post(n('/actions'), { description: 'x', ownerId: staffId, dueDate: inDays(3) }),
      ],
      ['POST complete action', () => c.post(`/api/v1/corrective-actions/${actionId}/complete`)],
      ['POST verify', () => c.post(n('/verify'), { effective: true, comment: 'x' })],
      ['POST close nonconformity', () => c.post(n('/close'))],
      ['POST reopen', () => c.post(n('/reopen'), { reason: 'x' })],
      [
        'POST management review in A',
        () =>
          c.post('/api/v1/management-reviews', {
            agencyId: w.agencyA,
            title: 'x',
            plannedDate: today(),
            chairId: approverId,
            participantIds: [],
          }),
      ],
      ['GET management review', () => c.get(r(held.id))],
      ['PUT inputs', () => c.put(r(plannedReview.id, '/inputs'), { resources: 'x' })],
      ['POST hold', () => c.post(r(plannedReview.id, '/hold'), { heldOn: today() })],
      [
        'POST output',
        () => c.post(r(held.id, '/outputs'), { kind: 'DECISION', category: 'IMPROVEMENT', description: 'x' }),
      ],
      [
        'POST complete review action',
        () => c.post(`/api/v1/management-review-outputs/${reviewActionId}/complete`),
      ],
    ];
  };

  const expectHidden = (response: Response, label: string) => {
    expect({ label, status: response.status, code: response.body?.code }).toEqual({
      label,
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(JSON.stringify(response.body)).not.toContain(SECRET);
  };

  it.each([
    'b.iso_secretary',
    'b.internal_auditor',
    'b.agency_admin',
    'b.approver',
    'b.staff',
    'p2.oversight',
  ])(
    '%s gets 404 on every endpoint against agency A, sees nothing of A in lists, and nothing changes',
    async (key) => {
      const other = client(t, w.users[key].token);
      const before = { counts: await counts(), snapshot: await snapshot() };
      const calls = callsAgainstA(other, w.users[key].token, key === 'b.internal_auditor');
      expect(calls).toHaveLength(key === 'b.internal_auditor' ? 40 : 39);
      for (const [label, call] of calls) expectHidden(await call(), label);

      for (const path of [
        '/api/v1/audit-programmes?pageSize=100',
        `/api/v1/audit-programmes?agencyId=${w.agencyA}`,
        '/api/v1/audits?pageSize=100',
        `/api/v1/audits?agencyId=${w.agencyA}`,
        `/api/v1/audits?programmeId=${programme.id}`,
        '/api/v1/nonconformities?pageSize=100',
        `/api/v1/nonconformities?agencyId=${w.agencyA}`,
        `/api/v1/nonconformities?auditId=${reported.id}`,
        '/api/v1/corrective-actions?pageSize=100',
        `/api/v1/corrective-actions?agencyId=${w.agencyA}`,
        '/api/v1/management-reviews?pageSize=100',
        `/api/v1/management-reviews?agencyId=${w.agencyA}`,
      ]) {
        const body = await ok(other.get(path));
        expect({
          path,
          ids: body.items.filter((i: { agencyId: string }) => i.agencyId === w.agencyA),
        }).toEqual({
          path,
          ids: [],
        });
        expect(JSON.stringify(body)).not.toContain(SECRET);
      }
      const summary = await ok(other.get(`/api/v1/nonconformities/summary?agencyId=${w.agencyA}`));
      expect(summary).toMatchObject({ open: 0, byAgency: [], overdueActions: 0 });
      const log = await other
        .get(`/api/v1/nonconformities?agencyId=${w.agencyA}&format=xlsx`)
        .buffer(true)
        .parse(binary);
      expect(log.status).toBe(200);
      expect((log.body as Buffer).toString('latin1')).not.toContain(nc.id);

      expect({ counts: await counts(), snapshot: await snapshot() }).toEqual(before);
    },
  );

  describe('own agency, roles without the right: 403 and nothing changes', () => {
    type Write = [string, (c: Client) => PromiseLike<Response>, string[]];
    const a = (id: string, rest = '') => `/api/v1/audits/${id}${rest}`;
    const n = (rest = '') => `/api/v1/nonconformities/${nc.id}${rest}`;
    const r = (id: string, rest = '') => `/api/v1/management-reviews/${id}${rest}`;
    const NOBODY = ['a.staff', 'a.drafter', 'a.reviewer'];
    /** Each write, and a.* users who may not do it (besides STAFF, DRAFTER, REVIEWER, who may do none). */
    const writes = (): Write[] => [
      [
        'POST programme',
        (c) => c.post('/api/v1/audit-programmes', { agencyId: w.agencyA, year: 2032, objectives: 'x' }),
        ['a.approver', 'a.internal_auditor'],
      ],
      [
        'POST audit',
        (c) =>
          c.post('/api/v1/audits', auditBody(programme.id, w, { leadAuditorId: leadId, auditorIds: [] })),
        ['a.approver'],
      ],
      [
        'POST start',
        (c) => c.post(a(planned.id, '/start')),
        ['a.iso_secretary', 'a.agency_admin', 'a.approver'],
      ],
      [
        'POST report',
        (c) => c.post(a(reported.id, '/report')),
        ['a.iso_secretary', 'a.agency_admin', 'a.approver'],
      ],
      ['POST close audit', (c) => c.post(a(reported.id, '/close')), ['a.approver']],
      [
        'PUT checklist',
        (c) => c.put(a(planned.id, '/checklist'), { items: [{ clause: '9.2', question: 'x' }] }),
        ['a.iso_secretary', 'a.agency_admin', 'a.approver'],
      ],
      [
        'POST checklist item',
        (c) => c.post(a(planned.id, '/checklist/items'), { clause: '9.2', question: 'x' }),
        ['a.iso_secretary', 'a.agency_admin', 'a.approver'],
      ],
      [
        'POST copy checklist',
        (c) => c.post(a(planned.id, `/checklist/copy-from/${reported.id}`)),
        ['a.iso_secretary', 'a.agency_admin', 'a.approver'],
      ],
      [
        'PUT answer',
        (c) =>
          c.put(a(planned.id, `/checklist/items/${itemId}/answer`), { result: 'CONFORMING', evidence: 'x' }),
        ['a.iso_secretary', 'a.agency_admin', 'a.approver'],
      ],
      [
        'POST finding',
        (c) =>
          c.post(a(reported.id, '/findings'), {
            type: 'OFI',
            clause: '10.3',
            description: 'x',
            evidence: 'y',
          }),
        ['a.iso_secretary', 'a.agency_admin', 'a.approver'],
      ],
      [
        'PUT auditor unit',
        (c) => c.put(`/api/v1/agencies/${w.agencyA}/auditors/${secondId}`, { unit: 'x' }),
        ['a.approver', 'a.internal_auditor'],
      ],
      [
        'POST nonconformity',
        (c) =>
          c.post('/api/v1/nonconformities', {
            agencyId: w.agencyA,
            source: 'OTHER',
            description: 'x',
            severity: 'MINOR',
          }),
        ['a.approver'],
      ],
      [
        'POST analysis',
        (c) => c.post(n('/analysis'), { correction: 'x', rootCause: 'y', method: 'OTHER' }),
        ['a.approver', 'a.internal_auditor'],
      ],
      [
        'POST action',
        (c) => c.post(n('/actions'), { description: 'x', ownerId: staffId, dueDate: inDays(3) }),
        ['a.approver', 'a.internal_auditor'],
      ],
      [
        'POST complete action (not the owner)',
        (c) => c.post(`/api/v1/corrective-actions/${actionId}/complete`),
        ['a.approver', 'a.internal_auditor'],
      ],
      [
        'POST verify',
        (c) => c.post(n('/verify'), { effective: true, comment: 'x' }),
        ['a.iso_secretary', 'a.agency_admin', 'a.approver'],
      ],
      ['POST close nonconformity', (c) => c.post(n('/close')), ['a.internal_auditor']],
      ['POST reopen', (c) => c.post(n('/reopen'), { reason: 'x' }), ['a.approver']],
      [
        'POST management review',
        (c) =>
          c.post('/api/v1/management-reviews', {
            agencyId: w.agencyA,
            title: 'x',
            plannedDate: today(),
            chairId: approverId,
            participantIds: [],
          }),
        ['a.approver', 'a.internal_auditor'],
      ],
      [
        'PUT inputs',
        (c) => c.put(r(plannedReview.id, '/inputs'), { resources: 'x' }),
        ['a.internal_auditor'],
      ],
      ['POST hold', (c) => c.post(r(plannedReview.id, '/hold'), { heldOn: today() }), ['a.internal_auditor']],
      [
        'POST output',
        (c) =>
          c.post(r(held.id, '/outputs'), { kind: 'DECISION', category: 'IMPROVEMENT', description: 'x' }),
        ['a.internal_auditor'],
      ],
      [
        'POST complete review action (not the owner)',
        (c) => c.post(`/api/v1/management-review-outputs/${reviewActionId}/complete`),
        ['a.approver', 'a.internal_auditor'],
      ],
    ];

    it('every write refused to the roles that may not make it', async () => {
      const before = { counts: await counts(), snapshot: await snapshot() };
      for (const [label, call, users] of writes()) {
        for (const key of [
          ...NOBODY.filter((k) => !label.includes('complete') || k !== 'a.staff'),
          ...users,
        ]) {
          const response = await call(client(t, w.users[key].token));
          expect({ label, key, status: response.status }).toEqual({ label, key, status: 403 });
          expect(['FORBIDDEN', 'NOT_AUDIT_TEAM_MEMBER']).toContain(response.body.code);
        }
      }
      expect({ counts: await counts(), snapshot: await snapshot() }).toEqual(before);
    });

    it('p1.oversight reads everything of agency A and changes nothing (403)', async () => {
      const oversight = client(t, w.users['p1.oversight'].token);
      const token = w.users['p1.oversight'].token;
      const before = { counts: await counts(), snapshot: await snapshot() };
      for (const [label, call] of callsAgainstA(oversight, token)) {
        const response = await call();
        if (label.startsWith('GET')) {
          expect({ label, status: response.status }).toEqual({
            label,
            status: label.includes('redirect') ? 302 : 200,
          });
        } else {
          expect({ label, status: response.status }).toEqual({ label, status: 403 });
        }
      }
      for (const path of [
        `/api/v1/audit-programmes?agencyId=${w.agencyA}`,
        `/api/v1/audits?agencyId=${w.agencyA}`,
        `/api/v1/nonconformities?agencyId=${w.agencyA}`,
        `/api/v1/corrective-actions?agencyId=${w.agencyA}`,
        `/api/v1/management-reviews?agencyId=${w.agencyA}`,
      ]) {
        expect({ path, total: (await ok(oversight.get(path))).total > 0 }).toEqual({ path, total: true });
      }
      expect((await ok(oversight.get(`/api/v1/nonconformities/summary?agencyId=${w.agencyA}`))).open).toBe(1);
      expect({ counts: await counts(), snapshot: await snapshot() }).toEqual(before);
    });
  });
});
