import { INestApplicationContext } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { createHmac } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { WebhookDelivery } from '../libs/integration/src';
import { Clock } from '../libs/platform/src';
import { bootApp, startTestApp, TestApp, testConfig } from './support/harness';
import { obliterateQueues, startWorker } from './support/reminders';
import { waitFor } from './support/wait';
import { buildWorld, World } from './support/world';
import { client } from './support/documents';
import { draftDocument, submittedIssue } from './support/approvals';
import { inDays, ok, today } from './support/audits';
import { holdAudit, holdReview, issueDocument } from './support/oversight';

interface FeedItem {
  cursor: string;
  type: string;
  occurredAt: string;
  agencyId: string;
  agencyIds: string[];
  subject: { type: string; id: string };
  payload: Record<string, unknown>;
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}

/** A webhook receiver on 127.0.0.1 that answers from a script (default 200) and records every request. */
class Receiver {
  readonly requests: Received[] = [];
  private server?: Server;
  answer: (index: number) => number = () => 200;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const answered = this.answer(this.requests.length);
        this.requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
        res.statusCode = answered;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  url(path = '/hook'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server!.close(() => resolve()));
  }
}

describe('integration feed and webhooks', () => {
  let t: TestApp;
  let w: World;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    worker = await startWorker(t, { WEBHOOK_RETRY_BASE_MS: '100' });
  }, 120_000);
  afterAll(async () => {
    await obliterateQueues(worker);
    await worker.close();
    await t.close();
  });

  const as = (user: string) => ({
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${w.users[user].token}`),
    post: (path: string, body: object) =>
      t.http().post(path).set('Authorization', `Bearer ${w.users[user].token}`).send(body),
    patch: (path: string, body: object) =>
      t.http().patch(path).set('Authorization', `Bearer ${w.users[user].token}`).send(body),
  });
  const admin = {
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${w.adminToken}`),
  };

  let serial = 0;
  /** A change in an agency that emits a feed event (legalChange.recorded); returns the legal change id. */
  const recordLegalChange = async (agency: 'a' | 'b'): Promise<string> => {
    serial += 1;
    const response = await as(`${agency}.iso_secretary`).post('/api/v1/legal-changes', {
      agencyId: agency === 'a' ? w.agencyA : w.agencyB,
      reference: `Nghị định ${serial}/2026/NĐ-CP`,
      title: `Sửa đổi quy định số ${serial}`,
      effectiveFrom: '2026-01-01',
    });
    expect(response.status).toBe(201);
    return (response.body as { id: string }).id;
  };

  /** Every feed item the caller sees, paging `limit` at a time. */
  const readAll = async (
    get: (path: string) => PromiseLike<{ status: number; body: unknown }>,
    limit = 500,
  ) => {
    const items: FeedItem[] = [];
    let after: string | null = null;
    for (;;) {
      const query = new URLSearchParams({ limit: String(limit) });
      if (after) query.set('after', after);
      const response = await get(`/api/v1/events?${query.toString()}`);
      expect(response.status).toBe(200);
      const page = response.body as { items: FeedItem[]; nextCursor: string | null };
      items.push(...page.items);
      if (page.items.length === 0) {
        expect(page.nextCursor).toBe(after);
        return items;
      }
      expect(page.nextCursor).toBe(page.items[page.items.length - 1].cursor);
      after = page.nextCursor;
    }
  };
  const subjects = (items: FeedItem[]) => items.map((i) => i.subject.id);
  const inFeed = (subjectId: string) =>
    waitFor(
      `${subjectId} in the feed`,
      async () => (await t.sql('SELECT 1 FROM domain_events WHERE subject_id = $1', [subjectId])).length > 0,
    );

  it('a change in agency A is in the feed of A’s members, its province’s oversight and the administrator, never in B’s or another province’s', async () => {
    const inA = await recordLegalChange('a');
    const inB = await recordLegalChange('b');
    await inFeed(inA);
    await inFeed(inB);

    for (const user of ['a.staff', 'a.iso_secretary', 'a.agency_admin']) {
      const seen = subjects(await readAll(as(user).get));
      expect(seen).toContain(inA);
      expect(seen).not.toContain(inB);
    }
    for (const user of ['b.staff', 'b.agency_admin']) {
      const seen = subjects(await readAll(as(user).get));
      expect(seen).toContain(inB);
      expect(seen).not.toContain(inA);
    }
    expect(subjects(await readAll(as('p1.oversight').get))).toEqual(expect.arrayContaining([inA, inB]));
    expect(await readAll(as('p2.oversight').get)).toEqual([]);
    expect(subjects(await readAll(admin.get))).toEqual(expect.arrayContaining([inA, inB]));

    const item = (await readAll(as('a.staff').get)).find((i) => i.subject.id === inA)!;
    // only ids go out: the catalogue's fields for this type, nothing else of the record
    expect(item).toEqual({
      cursor: expect.any(String),
      type: 'legalChange.recorded',
      occurredAt: expect.any(String),
      agencyId: w.agencyA,
      agencyIds: [w.agencyA],
      subject: { type: 'legalChange', id: inA },
      payload: { legalChangeId: inA, agencyId: w.agencyA },
    });
  });

  it('paging with the cursor returns each event once, in order, also while events are being written', async () => {
    const before = await readAll(as('a.staff').get);
    const last = before.length > 0 ? before[before.length - 1].cursor : null;
    const seen: FeedItem[] = [];
    let after = last;
    let writing = true;
    // a reader pages while 12 changes commit concurrently: none may be skipped
    const reader = (async () => {
      while (writing || seen.length < 12) {
        const query = new URLSearchParams({ limit: '2' });
        if (after) query.set('after', after);
        const page = (await as('a.staff').get(`/api/v1/events?${query.toString()}`)).body as {
          items: FeedItem[];
          nextCursor: string | null;
        };
        seen.push(...page.items);
        after = page.nextCursor;
        if (page.items.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const created = await Promise.all(Array.from({ length: 12 }, () => recordLegalChange('a')));
    for (const id of created) await inFeed(id);
    writing = false;
    await reader;

    expect(subjects(seen).sort()).toEqual([...created].sort());
    expect(new Set(seen.map((i) => i.cursor)).size).toBe(seen.length);
    // the order the reader saw is the feed's order
    const all = await readAll(as('a.staff').get, 3);
    expect(all.slice(before.length).map((i) => i.cursor)).toEqual(seen.map((i) => i.cursor));
    expect(all.slice(0, before.length)).toEqual(before);
  });

  it('the types filter keeps only the named event types', async () => {
    const onlyLegal = await as('a.staff').get(
      '/api/v1/events?types=legalChange.recorded,legalChange.done&limit=500',
    );
    expect(onlyLegal.status).toBe(200);
    expect((onlyLegal.body as { items: FeedItem[] }).items.length).toBeGreaterThan(0);
    const none = await as('a.staff').get('/api/v1/events?types=annualReport.accepted');
    expect(none.body).toEqual({ items: [], nextCursor: null });
  });

  it('QMS, finding, review output, coverage, deadline and declaration events reach the feed after the change that causes them, only for the agency’s readers', async () => {
    const c = (user: string) => client(t, w.users[user].token);
    const [drafter, secretary, staff] = [c('a.drafter'), c('a.iso_secretary'), c('a.staff')];
    const approver = { id: w.users['a.approver'].id, client: c('a.approver') };
    const lead = { id: w.users['a.internal_auditor'].id, client: c('a.internal_auditor') };
    const seenBy = async (user: string) =>
      (await readAll(as(user).get)).filter((i) => i.agencyIds.includes(w.agencyA));
    const item = (items: FeedItem[], type: string, subjectId?: string) =>
      items.find((i) => i.type === type && (subjectId === undefined || i.subject.id === subjectId));
    const appears = (type: string, subjectId?: string) =>
      waitFor(
        `${type} ${subjectId ?? ''} in the feed`,
        async () => !!item(await seenBy('a.staff'), type, subjectId),
      );

    // the documents a declaration needs; the procedure in force lists a TTHC, then one more
    for (const [code, type] of [
      ['FEED-CS', 'POLICY'],
      ['FEED-MT', 'OBJECTIVES'],
    ])
      await issueDocument(drafter, secretary, approver.client, {
        agencyId: w.agencyA,
        code,
        title: code,
        type,
      });
    const procedure = await issueDocument(drafter, secretary, approver.client, {
      agencyId: w.agencyA,
      code: 'FEED-QT',
      title: 'Quy trình chứng thực',
      type: 'PROCEDURE',
      administrativeProcedureCodes: ['1.001'],
    });
    await ok(
      drafter.patch(`/api/v1/documents/${procedure.id}`, {
        administrativeProcedureCodes: ['1.001', '1.002'],
      }),
    );
    await appears('document.coverageChanged', procedure.id);
    // a draft's codes cover nothing: no coverage event
    const draft = await draftDocument(drafter, w.agencyA, 'FEED-NHAP');
    await ok(drafter.patch(`/api/v1/documents/${draft.id}`, { administrativeProcedureCodes: ['1.003'] }));
    // its approval request is cancelled: the step's deadline is cancelled
    const request = await submittedIssue(drafter, draft.id);
    await ok(drafter.post(`/api/v1/approval-requests/${request.id}/cancel`, { comment: 'Rút lại' }));
    await appears('deadline.cancelled');

    // an audit with an observation, a management review with an action done
    const { auditId } = await holdAudit(secretary, lead, w.agencyA, [
      { type: 'OBSERVATION', clause: '7.5.3', description: 'Sổ theo dõi hồ sơ ghi chưa đầy đủ' },
    ]);
    const reviewId = await holdReview(secretary, approver, w.agencyA);
    const output = await ok(
      secretary.post(`/api/v1/management-reviews/${reviewId}/outputs`, {
        kind: 'ACTION',
        category: 'RESOURCES',
        description: 'Mua máy quét tài liệu',
        ownerId: w.users['a.staff'].id,
        dueDate: inDays(30),
      }),
      201,
    );
    await ok(staff.post(`/api/v1/management-review-outputs/${output.id}/complete`, { note: 'Đã mua' }));
    await appears('managementReview.actionCompleted', output.id);

    // the head confirms effectiveness, the QMS is declared, then its scope changes
    const confirmation = await ok(
      approver.client.post(`/api/v1/quality-systems/${w.qmsA}/effectiveness-confirmations`, {
        confirmedOn: today(),
        statement: 'HTQLCL phù hợp và có hiệu lực',
      }),
      201,
    );
    const declaration = await ok(
      secretary.post('/api/v1/declarations', {
        agencyId: w.agencyA,
        decisionNumber: '01/QĐ-FEED',
        decisionDate: today(),
        signerName: 'Người ký',
        signerTitle: 'Giám đốc Sở',
        scope: 'Các thủ tục hành chính của Sở',
      }),
      201,
    );
    await ok(
      t
        .http()
        .patch(`/api/v1/quality-systems/${w.qmsA}`)
        .set('Authorization', `Bearer ${w.adminToken}`)
        .send({ scope: 'Các thủ tục hành chính của Sở, kể cả lĩnh vực mới' }),
    );
    await appears('declaration.redeclarationRequired', declaration.id);
    await appears('qualitySystem.scopeChanged', w.qmsA);

    const items = await seenBy('a.staff');
    const payload = (type: string, subjectId?: string) => item(items, type, subjectId)?.payload;
    expect(payload('document.coverageChanged', procedure.id)).toEqual({
      documentId: procedure.id,
      agencyId: w.agencyA,
    });
    expect(items.filter((i) => i.type === 'document.coverageChanged').map((i) => i.subject.id)).toEqual([
      procedure.id,
    ]);
    expect(payload('deadline.cancelled')).toEqual({
      deadlineId: expect.any(String),
      agencyId: w.agencyA,
      kind: 'APPROVAL_STEP',
    });
    expect(
      items.find((i) => i.type === 'audit.findingLogged' && i.payload.auditId === auditId),
    ).toMatchObject({
      agencyIds: [w.agencyA],
      subject: { type: 'auditFinding' },
      payload: { auditId, agencyId: w.agencyA, auditeeAgencyId: w.agencyA, type: 'OBSERVATION' },
    });
    expect(payload('managementReview.outputRecorded', output.id)).toEqual({
      outputId: output.id,
      reviewId,
      agencyId: w.agencyA,
      kind: 'ACTION',
    });
    expect(payload('managementReview.actionCompleted', output.id)).toEqual({
      outputId: output.id,
      reviewId,
      agencyId: w.agencyA,
    });
    expect(items.filter((i) => i.type === 'deadline.met').map((i) => i.payload.kind)).toEqual(
      expect.arrayContaining(['APPROVAL_STEP', 'MANAGEMENT_REVIEW']),
    );
    expect(payload('qualitySystem.effectivenessConfirmed', w.qmsA)).toEqual({
      qualitySystemId: w.qmsA,
      confirmationId: confirmation.id,
      agencyId: w.agencyA,
    });
    expect(payload('declaration.redeclarationRequired', declaration.id)).toEqual({
      declarationId: declaration.id,
      qualitySystemId: w.qmsA,
      agencyIds: [w.agencyA],
    });
    expect(item(items, 'qualitySystem.scopeChanged', w.qmsA)).toMatchObject({
      agencyIds: [w.agencyA],
      subject: { type: 'qualitySystem', id: w.qmsA },
      payload: { qualitySystemId: w.qmsA, agencyIds: [w.agencyA] },
    });
    // the province's oversight sees them; agency B's members and another province's do not
    expect(item(await seenBy('p1.oversight'), 'qualitySystem.scopeChanged', w.qmsA)).toBeDefined();
    expect(await seenBy('b.staff')).toEqual([]);
    expect(await seenBy('p2.oversight')).toEqual([]);
  });

  it.each([
    ['after=not-a-cursor', 'after'],
    [`after=${Buffer.from('v1:0').toString('base64url')}`, 'after'],
    [`after=${Buffer.from('v2:5').toString('base64url')}`, 'after'],
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['types=user.passwordChanged', 'types'],
  ])('GET /events?%s is a 400 naming %s', async (query, field) => {
    const response = await as('a.staff').get(`/api/v1/events?${query.toString()}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect((response.body as { details: { field: string }[] }).details.map((d) => d.field)).toContain(field);
  });

  describe('webhooks', () => {
    const receiver = new Receiver();
    beforeAll(() => receiver.start());
    afterAll(() => receiver.stop());
    const hooks = (agency: string) => `/api/v1/agencies/${agency}/webhooks`;
    const webhookCount = async () =>
      (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM webhooks'))[0].n;

    it('only the agency’s AGENCY_ADMIN (or a system administrator) keeps its webhooks: 403 for its other roles, 404 for another agency, nothing written', async () => {
      const before = await webhookCount();
      const body = { url: receiver.url() };
      expect((await as('a.iso_secretary').post(hooks(w.agencyA), body)).status).toBe(403);
      expect((await as('a.staff').get(hooks(w.agencyA))).status).toBe(403);
      expect((await as('b.agency_admin').post(hooks(w.agencyA), body)).status).toBe(404);
      expect((await as('b.agency_admin').get(hooks(w.agencyA))).status).toBe(404);
      expect((await as('p1.oversight').post(hooks(w.agencyA), body)).status).toBe(403);
      expect(await webhookCount()).toBe(before);
    });

    it.each([
      [{ url: 'ftp://127.0.0.1/hook' }, 'url'],
      [{ url: 'not a url' }, 'url'],
      [{ url: 'http://user:pass@127.0.0.1/hook' }, 'url'],
      [{ url: 'http://127.0.0.1/hook', eventTypes: ['user.created'] }, 'eventTypes'],
      [{ url: 'http://127.0.0.1/hook', eventTypes: [] }, 'eventTypes'],
      [{ url: 'http://127.0.0.1/hook', active: 'yes' }, 'active'],
    ])('POST webhooks %j is a 400 naming %s, and nothing is written', async (body, field) => {
      const before = await webhookCount();
      const response = await as('a.agency_admin').post(hooks(w.agencyA), body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect((response.body as { details: { field: string }[] }).details.map((d) => d.field)).toContain(
        field,
      );
      expect(await webhookCount()).toBe(before);
    });

    const verify = (secret: string, request: Received) => {
      const timestamp = String(request.headers['x-iso-timestamp']);
      const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${request.body}`).digest('hex')}`;
      return request.headers['x-iso-signature'] === expected;
    };
    const forSubject = (subjectId: string) =>
      receiver.requests.filter((r) => (JSON.parse(r.body) as FeedItem).subject.id === subjectId);

    let secret = '';
    let webhookId = '';

    it('a webhook receives each event of its agency once, signed with the secret shown only at creation', async () => {
      const created = await as('a.agency_admin').post(hooks(w.agencyA), {
        url: receiver.url(),
        eventTypes: ['legalChange.recorded'],
      });
      expect(created.status).toBe(201);
      ({ secret, id: webhookId } = created.body as { secret: string; id: string });
      expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      const listed = await as('a.agency_admin').get(hooks(w.agencyA));
      expect(listed.status).toBe(200);
      expect(JSON.stringify(listed.body)).not.toContain(secret);
      expect(listed.body).toEqual({
        items: [expect.objectContaining({ id: webhookId, active: true, version: 1 })],
        page: 1,
        pageSize: 20,
        total: 1,
      });

      const inA = await recordLegalChange('a');
      const inB = await recordLegalChange('b');
      await waitFor('the delivery', () => forSubject(inA).length > 0);
      const [request] = forSubject(inA);
      expect(verify(secret, request)).toBe(true);
      expect(verify('whsec_wrong', request)).toBe(false);
      const body = JSON.parse(request.body) as FeedItem;
      expect(request.headers['x-iso-event-id']).toBe(body.cursor);
      expect(request.headers['content-type']).toBe('application/json');
      expect(body).toMatchObject({ type: 'legalChange.recorded', agencyId: w.agencyA, subject: { id: inA } });
      // the same item the feed serves
      expect((await readAll(as('a.staff').get)).find((i) => i.cursor === body.cursor)).toEqual(body);

      const log = await as('a.agency_admin').get(`${hooks(w.agencyA)}/${webhookId}/deliveries`);
      expect(log.status).toBe(200);
      expect(log.body).toEqual({
        items: [
          expect.objectContaining({
            eventCursor: body.cursor,
            status: 'DELIVERED',
            attempts: 1,
            lastStatusCode: 200,
          }),
        ],
        page: 1,
        pageSize: 20,
        total: 1,
      });
      // B's change never reaches A's webhook
      await inFeed(inB);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(forSubject(inB)).toEqual([]);
    });

    it('a failing receiver is retried with backoff until it answers 2xx, then not again: one success per event, even when the event is relayed twice', async () => {
      const start = receiver.requests.length;
      receiver.answer = (index) => (index - start < 2 ? 503 : 200);
      const id = await recordLegalChange('a');
      await waitFor('the delivery to succeed', () => forSubject(id).some((r) => r.answered === 200), {
        timeoutMs: 30_000,
      });
      expect(forSubject(id).map((r) => r.answered)).toEqual([503, 503, 200]);
      // every attempt carries the same event id and a valid signature
      expect(new Set(forSubject(id).map((r) => r.headers['x-iso-event-id'])).size).toBe(1);
      expect(forSubject(id).every((r) => verify(secret, r))).toBe(true);
      // the receiver has answered; the worker records the answer just after
      const delivery = await waitFor('the delivery to be recorded', async () => {
        const [row] = await t.sql<{ status: string; attempts: number; last_status_code: number }>(
          `SELECT d.status, d.attempts, d.last_status_code FROM webhook_deliveries d
             JOIN domain_events e ON e.id = d.event_id WHERE e.subject_id = $1`,
          [id],
        );
        return row?.status === 'PENDING' ? undefined : row;
      });
      expect(delivery).toEqual({ status: 'DELIVERED', attempts: 3, last_status_code: 200 });

      // the relay dispatches the same outbox event again (as after a crash): nothing new
      await t.sql(
        `UPDATE outbox_events SET published_at = NULL WHERE type = 'legalChange.recorded' AND payload->>'legalChangeId' = $1`,
        [id],
      );
      await waitFor(
        'the event relayed again',
        async () =>
          (
            await t.sql(
              `SELECT 1 FROM outbox_events WHERE payload->>'legalChangeId' = $1 AND published_at IS NOT NULL`,
              [id],
            )
          ).length > 0,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(forSubject(id)).toHaveLength(3);
      expect(await t.sql('SELECT id FROM domain_events WHERE subject_id = $1', [id])).toHaveLength(1);
      receiver.answer = () => 200;
    });

    it('both webhook lists are pages like every list: page, pageSize, total, sort and the status filter; another agency gets 404', async () => {
      const url = `${hooks(w.agencyA)}/${webhookId}/deliveries`;
      const newest = await as('a.agency_admin').get(`${url}?pageSize=1`);
      expect(newest.status).toBe(200);
      expect(newest.body).toMatchObject({ page: 1, pageSize: 1, total: 2 });
      const oldest = await as('a.agency_admin').get(`${url}?pageSize=1&sort=createdAt`);
      expect(oldest.body.items).toHaveLength(1);
      expect(oldest.body.items[0].attempts).toBe(1);
      expect(newest.body.items[0].attempts).toBe(3);
      const second = await as('a.agency_admin').get(`${url}?pageSize=1&page=2`);
      expect(second.body.items).toEqual(oldest.body.items);
      const failed = await as('a.agency_admin').get(`${url}?status=FAILED`);
      expect(failed.body).toEqual({ items: [], page: 1, pageSize: 20, total: 0 });
      expect((await as('a.agency_admin').get(`${url}?limit=5`)).status).toBe(400);
      expect((await as('a.agency_admin').get(`${url}?sort=url`)).status).toBe(400);
      expect((await as('b.agency_admin').get(url)).status).toBe(404);

      const past = await as('a.agency_admin').get(`${hooks(w.agencyA)}?page=2&pageSize=1`);
      expect(past.body).toEqual({ items: [], page: 2, pageSize: 1, total: 1 });
      const byUrl = await as('a.agency_admin').get(`${hooks(w.agencyA)}?sort=-url`);
      expect(byUrl.body).toMatchObject({ total: 1, items: [{ id: webhookId }] });
    });

    it('a deactivated webhook gets nothing more; it is never deleted', async () => {
      const stale = await as('a.agency_admin').patch(`${hooks(w.agencyA)}/${webhookId}`, {
        active: false,
        version: 99,
      });
      expect(stale.status).toBe(409);
      const off = await as('a.agency_admin').patch(`${hooks(w.agencyA)}/${webhookId}`, {
        active: false,
        version: 1,
      });
      expect(off.status).toBe(200);
      expect(off.body).toMatchObject({ id: webhookId, active: false, version: 2 });
      expect(JSON.stringify(off.body)).not.toContain(secret);
      const id = await recordLegalChange('a');
      await inFeed(id);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(forSubject(id)).toEqual([]);
      expect(
        (
          await t
            .http()
            .delete(`${hooks(w.agencyA)}/${webhookId}`)
            .set('Authorization', `Bearer ${w.users['a.agency_admin'].token}`)
        ).status,
      ).toBe(404);
      expect(await t.sql('SELECT active FROM webhooks WHERE id = $1', [webhookId])).toEqual([
        { active: false },
      ]);
      const [audit] = await t.sql<{ action: string }>(
        `SELECT action FROM audit_trail WHERE subject_type = 'webhook' AND subject_id = $1 ORDER BY id DESC LIMIT 1`,
        [webhookId],
      );
      expect(audit.action).toBe('deactivate');
    });

    describe('with WEBHOOK_ALLOW_PRIVATE_ADDRESSES=false', () => {
      let strict: TestApp;
      beforeAll(async () => {
        strict = await bootApp(
          testConfig(t.databaseName, { WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'false' }),
          t.databaseName,
        );
      });
      afterAll(() => strict.close());

      it.each([
        'http://127.0.0.1:8080/hook',
        'http://localhost/hook',
        'http://10.1.2.3/hook',
        'http://192.168.1.10/hook',
        'http://169.254.169.254/latest/meta-data',
        'http://[::1]/hook',
        'http://[::ffff:127.0.0.1]/hook',
        'http://[fd00::1]/hook',
      ])('a webhook to %s is refused (400), nothing written', async (url) => {
        const before = await webhookCount();
        const response = await strict
          .http()
          .post(hooks(w.agencyA))
          .set('Authorization', `Bearer ${w.users['a.agency_admin'].token}`)
          .send({ url });
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({
          code: 'VALIDATION_FAILED',
          details: [expect.objectContaining({ field: 'url' })],
        });
        expect(await webhookCount()).toBe(before);
      });

      it('a host name that resolves to an internal address is refused at delivery, not retried, and nothing is sent', async () => {
        // saved while allowed, with event types that never occur here, so the worker plans nothing for it
        const created = await as('a.agency_admin').post(hooks(w.agencyA), {
          url: `http://localhost:${receiver.port}/hook`,
          eventTypes: ['annualReport.accepted'],
        });
        expect(created.status).toBe(201);
        const hookId = (created.body as { id: string }).id;
        const [event] = await t.sql<{ id: string }>(
          'SELECT id::text AS id FROM domain_events ORDER BY id LIMIT 1',
        );
        const [delivery] = await t.sql<{ id: string }>(
          'INSERT INTO webhook_deliveries (webhook_id, event_id) VALUES ($1, $2) RETURNING id',
          [hookId, event.id],
        );
        const config = testConfig(t.databaseName, { WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'false' });
        const sending = new WebhookDelivery(t.dataSource, config, t.app.get(Clock));
        const sent = receiver.requests.length;
        await expect(sending.deliver(delivery.id, { made: 0, max: 8 })).rejects.toBeInstanceOf(
          UnrecoverableError,
        );
        expect(receiver.requests.length).toBe(sent);
        const [row] = await t.sql<{ status: string; attempts: number; last_error: string }>(
          'SELECT status, attempts, last_error FROM webhook_deliveries WHERE id = $1',
          [delivery.id],
        );
        expect(row).toMatchObject({ status: 'FAILED', attempts: 1 });
        expect(row.last_error).toMatch(/localhost \(127\.0\.0\.1\).*internal address/);
      });
    });
  });
});
