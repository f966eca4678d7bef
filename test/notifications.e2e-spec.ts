import { INestApplicationContext } from '@nestjs/common';
import { JobQueue, QueueName } from '../libs/platform/src';
import { startTestApp, TestApp } from './support/harness';
import { draftDocument, expectError, openRequest } from './support/approvals';
import { approveAll, client, Client } from './support/documents';
import { inDays, ok } from './support/audits';
import { obliterateQueues, startWorker } from './support/reminders';
import { SmtpSink } from './support/smtp-sink';
import { waitFor } from './support/wait';
import { buildWorld, World } from './support/world';

interface NotificationBody {
  id: string;
  kind: string;
  title: string;
  body: string;
  agencyId: string;
  resource: { type: string; id: string } | null;
  email: { status: string; attempts: number; sentAt: string | null; lastError: string | null } | null;
}

/**
 * Notifications that follow the work (issue 14): the worker turns relayed domain events into
 * in-app notifications and e-mails for whoever must act, with a link target; each user mutes
 * kinds; administrators see failed e-mails and send them again.
 */
describe('notifications that follow the work', () => {
  let t: TestApp;
  let w: World;
  let worker: INestApplicationContext;
  const sink = new SmtpSink();
  const email = (key: string) => `${key.replace('.', '_')}@kontum.gov.vn`;
  const api = (key: string): Client => client(t, w.users[key].token);
  const admin = () => client(t, w.adminToken);

  const notificationsOf = async (key: string, kind: string): Promise<NotificationBody[]> =>
    (await ok<{ items: NotificationBody[] }>(api(key).get(`/api/v1/notifications?kind=${kind}&pageSize=100`)))
      .items;
  const waitForNotice = (key: string, kind: string, match: (n: NotificationBody) => boolean = () => true) =>
    waitFor(`${kind} for ${key}`, async () => (await notificationsOf(key, kind)).find(match), {
      timeoutMs: 30_000,
    });
  /** Every event relayed so far has been handled (the relay runs every 200 ms). */
  const settle = () =>
    waitFor(
      'the outbox to be relayed and the notification jobs to run',
      async () => {
        const [row] = await t.sql<{ n: number }>(
          'SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL',
        );
        if (row.n > 0) return false;
        const counts = await worker
          .get(JobQueue)
          .queue(QueueName.Reminders)
          .getJobCounts('waiting', 'active');
        return counts.waiting + counts.active === 0;
      },
      { timeoutMs: 30_000 },
    );

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp();
    w = await buildWorld(t);
    for (const [key, user] of Object.entries(w.users))
      await t.sql('UPDATE users SET email = $2 WHERE id = $1', [user.id, email(key)]);
    worker = await startWorker(t, { SMTP_URL: sink.url });
  }, 120_000);
  afterAll(async () => {
    await obliterateQueues(worker);
    await worker.close();
    await t.close();
    await sink.stop();
  });

  it('a step is assigned to the role, a return reaches the drafter with the comment, in the app and by e-mail', async () => {
    const document = await draftDocument(api('a.drafter'), w.agencyA, 'QT-TB-01', {
      title: 'Quy trình tiếp nhận hồ sơ',
    });
    const request = await openRequest(api('a.drafter'), { kind: 'ISSUE', documentId: document.id });
    await ok(api('a.drafter').post(`/api/v1/approval-requests/${request.id}/submit`));

    // the first step waits on agency A's ISO secretaries: told, with a link to the request
    const assigned = await waitForNotice('a.iso_secretary', 'APPROVAL_STEP_ASSIGNED');
    expect(assigned.resource).toEqual({ type: 'approvalRequest', id: request.id });
    expect(assigned.title).toContain('Cần phê duyệt');
    expect(assigned.agencyId).toBe(w.agencyA);
    await waitFor(
      'the e-mail to the secretary',
      () => sink.to(email('a.iso_secretary')).find((m) => m.subject.includes('Cần phê duyệt')),
      { timeoutMs: 30_000 },
    );
    const sent = await waitForNotice(
      'a.iso_secretary',
      'APPROVAL_STEP_ASSIGNED',
      (n) => n.email?.status === 'SENT',
    );
    expect(sent.email).toEqual(expect.objectContaining({ status: 'SENT', attempts: 1, lastError: null }));

    // the secretary returns it: the drafter hears why
    await ok(
      api('a.iso_secretary').post(`/api/v1/approval-requests/${request.id}/return`, {
        comment: 'Bổ sung lưu đồ quy trình',
        stepOrder: 1,
      }),
    );
    const returned = await waitForNotice('a.drafter', 'APPROVAL_RETURNED');
    expect(returned.title).toBe('Trả lại để chỉnh sửa: QT-TB-01 Quy trình tiếp nhận hồ sơ');
    expect(returned.body).toContain('Ý kiến: "Bổ sung lưu đồ quy trình"');
    expect(returned.resource).toEqual({ type: 'approvalRequest', id: request.id });
    await waitFor(
      'the e-mail to the drafter',
      () => sink.to(email('a.drafter')).find((m) => m.subject.startsWith('Trả lại để chỉnh sửa')),
      { timeoutMs: 30_000 },
    );

    // nobody of another agency hears of it; the secretary who returned it is not told of their own act
    await settle();
    expect(await notificationsOf('b.iso_secretary', 'APPROVAL_STEP_ASSIGNED')).toEqual([]);
    expect(await notificationsOf('a.iso_secretary', 'APPROVAL_RETURNED')).toEqual([]);
    expect(sink.to(email('b.iso_secretary'))).toEqual([]);
    // each event once per person, however often it was relayed
    expect(await notificationsOf('a.drafter', 'APPROVAL_RETURNED')).toHaveLength(1);
  });

  it('a new version in force asks its readers to read it; an approval and a rejection reach the drafter', async () => {
    const document = await draftDocument(api('a.drafter'), w.agencyA, 'QT-TB-02', {
      title: 'Quy trình lưu trữ',
    });
    const request = await openRequest(api('a.drafter'), { kind: 'ISSUE', documentId: document.id });
    await ok(api('a.drafter').post(`/api/v1/approval-requests/${request.id}/submit`));
    await approveAll(request.id, api('a.iso_secretary'), api('a.approver'));

    const approved = await waitForNotice(
      'a.drafter',
      'APPROVAL_APPROVED',
      (n) => n.resource?.id === request.id,
    );
    expect(approved.title).toBe('Đã phê duyệt: QT-TB-02 Quy trình lưu trữ');
    const read = await waitForNotice('a.staff', 'READ_REQUIRED', (n) => n.resource?.id === document.id);
    expect(read.resource).toEqual({ type: 'document', id: document.id });
    expect(read.body).toContain('Vui lòng đọc và xác nhận');

    const rejectedDoc = await draftDocument(api('a.drafter'), w.agencyA, 'QT-TB-03');
    const rejected = await openRequest(api('a.drafter'), { kind: 'ISSUE', documentId: rejectedDoc.id });
    await ok(api('a.drafter').post(`/api/v1/approval-requests/${rejected.id}/submit`));
    await ok(
      api('a.iso_secretary').post(`/api/v1/approval-requests/${rejected.id}/reject`, {
        comment: 'Trùng với QT-TB-02',
        stepOrder: 1,
      }),
    );
    const notice = await waitForNotice('a.drafter', 'APPROVAL_REJECTED');
    expect(notice.body).toContain('Trùng với QT-TB-02');
  });

  it('each user mutes kinds (in the app, or only the e-mail); bad or stale input changes nothing', async () => {
    const me = api('a.drafter');
    const initial = await ok(me.get('/api/v1/me/notification-preferences'));
    expect(initial).toEqual(expect.objectContaining({ mutedKinds: [], emailMutedKinds: [], version: 0 }));
    expect(initial.kinds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'APPROVAL_RETURNED',
          description: expect.stringContaining('trả lại'),
        }),
      ]),
    );
    const saved = await ok(
      me.put('/api/v1/me/notification-preferences', {
        mutedKinds: ['APPROVAL_RETURNED'],
        emailMutedKinds: ['APPROVAL_REJECTED'],
      }),
    );
    expect(saved).toEqual(
      expect.objectContaining({
        mutedKinds: ['APPROVAL_RETURNED'],
        emailMutedKinds: ['APPROVAL_REJECTED'],
        version: 1,
      }),
    );
    // an unknown kind, a reminder (not mutable) or a stale version: refused, nothing changed
    expectError(
      await me.put('/api/v1/me/notification-preferences', { mutedKinds: ['NOPE'] }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await me.put('/api/v1/me/notification-preferences', { mutedKinds: ['REMINDER_OVERDUE'] }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await me.put('/api/v1/me/notification-preferences', { mutedKinds: [], version: 7 }),
      409,
      'STALE_VERSION',
    );
    expect(await ok(me.get('/api/v1/me/notification-preferences'))).toEqual(
      expect.objectContaining({ mutedKinds: ['APPROVAL_RETURNED'], version: 1 }),
    );
    // another user's preferences are their own
    expect(await ok(api('b.drafter').get('/api/v1/me/notification-preferences'))).toEqual(
      expect.objectContaining({ mutedKinds: [], version: 0 }),
    );

    const before = sink.to(email('a.drafter')).length;
    const returnedDoc = await draftDocument(me, w.agencyA, 'QT-TB-04');
    const returned = await openRequest(me, { kind: 'ISSUE', documentId: returnedDoc.id });
    await ok(me.post(`/api/v1/approval-requests/${returned.id}/submit`));
    await ok(
      api('a.iso_secretary').post(`/api/v1/approval-requests/${returned.id}/return`, {
        comment: 'Sửa biểu mẫu',
        stepOrder: 1,
      }),
    );
    const rejectedDoc = await draftDocument(me, w.agencyA, 'QT-TB-05');
    const rejected = await openRequest(me, { kind: 'ISSUE', documentId: rejectedDoc.id });
    await ok(me.post(`/api/v1/approval-requests/${rejected.id}/submit`));
    await ok(
      api('a.iso_secretary').post(`/api/v1/approval-requests/${rejected.id}/reject`, {
        comment: 'Không cần thiết',
        stepOrder: 1,
      }),
    );
    // the rejection shows in the app without an e-mail; the muted return does not show at all
    const shown = await waitForNotice(
      'a.drafter',
      'APPROVAL_REJECTED',
      (n) => n.resource?.id === rejected.id,
    );
    expect(shown.email).toBeNull();
    await settle();
    expect(
      (await notificationsOf('a.drafter', 'APPROVAL_RETURNED')).filter((n) => n.resource?.id === returned.id),
    ).toEqual([]);
    expect(
      sink
        .to(email('a.drafter'))
        .slice(before)
        .map((m) => m.subject),
    ).toEqual([]);
    // unmuted again
    await ok(
      me.put('/api/v1/me/notification-preferences', { mutedKinds: [], emailMutedKinds: [], version: 1 }),
    );
  });

  it('a nonconformity reaches the ISO secretary and a corrective action its owner', async () => {
    const secretary = api('a.iso_secretary');
    const nc = await ok<{ id: string }>(
      secretary.post('/api/v1/nonconformities', {
        agencyId: w.agencyA,
        source: 'COMPLAINT',
        description: 'Hồ sơ trả kết quả trễ hạn 3 ngày',
        severity: 'MINOR',
      }),
      201,
    );
    const opened = await waitForNotice(
      'a.iso_secretary',
      'NONCONFORMITY_OPENED',
      (n) => n.resource?.id === nc.id,
    );
    expect(opened.title).toContain('Hồ sơ trả kết quả trễ hạn');
    await ok(
      secretary.post(`/api/v1/nonconformities/${nc.id}/analysis`, {
        correction: 'Trả kết quả ngay',
        rootCause: 'Thiếu người tiếp nhận',
        method: 'FIVE_WHYS',
      }),
    );
    const action = await ok<{ id: string }>(
      secretary.post(`/api/v1/nonconformities/${nc.id}/actions`, {
        description: 'Bố trí thêm cán bộ một cửa',
        ownerId: w.users['a.staff'].id,
        dueDate: inDays(10),
      }),
      201,
    );
    const assigned = await waitForNotice(
      'a.staff',
      'CORRECTIVE_ACTION_ASSIGNED',
      (n) => n.resource?.id === action.id,
    );
    expect(assigned.resource).toEqual({ type: 'correctiveAction', id: action.id });
    expect(assigned.body).toContain('Bố trí thêm cán bộ một cửa');
    await settle();
    expect(await notificationsOf('b.staff', 'CORRECTIVE_ACTION_ASSIGNED')).toEqual([]);
  });

  it('administrators list failed e-mails and send them again; others may not', async () => {
    // an e-mail that gave up after its attempts (the mail server refused it for hours)
    const notice = await waitForNotice('a.drafter', 'APPROVAL_RETURNED');
    await t.sql(
      `UPDATE email_deliveries SET status = 'FAILED', attempts = 8, sent_at = NULL, updated_at = now(),
              last_error = 'Error: 451 try again later'
        WHERE notification_id = $1`,
      [notice.id],
    );
    const [delivery] = await t.sql<{ id: string }>(
      'SELECT id FROM email_deliveries WHERE notification_id = $1',
      [notice.id],
    );
    const shown = (await notificationsOf('a.drafter', 'APPROVAL_RETURNED')).find((n) => n.id === notice.id)!;
    expect(shown.email).toEqual(
      expect.objectContaining({ status: 'FAILED', attempts: 8, lastError: 'Error: 451 try again later' }),
    );

    const listed = await ok<{ items: { id: string; toAddress: string; status: string }[]; total: number }>(
      admin().get('/api/v1/email-deliveries?status=FAILED'),
    );
    expect(listed.items).toEqual([
      expect.objectContaining({
        id: delivery.id,
        toAddress: email('a.drafter'),
        status: 'FAILED',
        agencyId: w.agencyA,
      }),
    ]);
    // agency A's administrator sees it; agency B's does not, and cannot retry it
    expect((await ok(api('a.agency_admin').get('/api/v1/email-deliveries'))).items).toHaveLength(1);
    expect((await ok(api('b.agency_admin').get('/api/v1/email-deliveries'))).items).toEqual([]);
    expectError(
      await api('b.agency_admin').post(`/api/v1/email-deliveries/${delivery.id}/retry`),
      404,
      'NOT_FOUND',
    );
    // asking for another agency's e-mails: that agency is not theirs to know of
    expectError(
      await api('b.agency_admin').get(`/api/v1/email-deliveries?agencyId=${w.agencyA}`),
      404,
      'NOT_FOUND',
    );
    // a user who administers nothing: 403 for the list and for a retry
    expectError(await api('a.iso_secretary').get('/api/v1/email-deliveries'), 403, 'FORBIDDEN');
    expectError(
      await api('a.drafter').post(`/api/v1/email-deliveries/${delivery.id}/retry`),
      403,
      'FORBIDDEN',
    );
    expect(await t.sql('SELECT status FROM email_deliveries WHERE id = $1', [delivery.id])).toEqual([
      { status: 'FAILED' },
    ]);

    const before = sink.to(email('a.drafter')).length;
    const retried = await ok(api('a.agency_admin').post(`/api/v1/email-deliveries/${delivery.id}/retry`));
    expect(retried).toEqual(expect.objectContaining({ id: delivery.id, status: 'PENDING', attempts: 0 }));
    await waitFor('the retried e-mail', () => sink.to(email('a.drafter')).length > before, {
      timeoutMs: 30_000,
    });
    await waitFor(
      'the delivery marked sent',
      async () =>
        (await notificationsOf('a.drafter', 'APPROVAL_RETURNED')).find((n) => n.id === notice.id)?.email
          ?.status === 'SENT',
    );
    // only a failed one is retried
    expectError(await admin().post(`/api/v1/email-deliveries/${delivery.id}/retry`), 409, 'EMAIL_NOT_FAILED');
    expect((await ok(admin().get('/api/v1/email-deliveries'))).items).toEqual([]);
  });
});
