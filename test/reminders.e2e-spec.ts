import { INestApplicationContext } from '@nestjs/common';
import {
  DeadlinesService,
  PeriodicObligations,
  dueRemindersJobId,
  ReminderScheduler,
  reminderJobId,
  reminderSlot,
  SWEEP_LOCK_KEY,
} from '../libs/deadlines/src';
import { Client as PgClient } from 'pg';
import { databaseUrl } from './support/env';
import {
  businessDaysBetween,
  Clock,
  dueBusinessDate,
  JobName,
  jobPresence,
  JobQueue,
  QueueName,
  RequestContext,
  toBusinessDate,
  UnitOfWork,
} from '../libs/platform/src';
import { startTestApp, TestApp } from './support/harness';
import { client, Client, PDF } from './support/documents';
import {
  DAY,
  notificationCounts,
  obliterateQueues,
  queuesIdle,
  registerDeadlines,
  startWorker,
  sweep,
} from './support/reminders';
import { SmtpSink } from './support/smtp-sink';
import { waitFor } from './support/wait';
import { buildWorld, World } from './support/world';

const MINUTE = 60_000;

describe('deadlines → reminders and escalation', () => {
  let t: TestApp;
  let w: World;
  let worker: INestApplicationContext;
  const sink = new SmtpSink();
  const email = (key: string) => `${key.replace(/[._]/g, '-')}@kontum.gov.vn`;

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp();
    w = await buildWorld(t);
    for (const [key, user] of Object.entries(w.users))
      await t.sql('UPDATE users SET email = $2 WHERE id = $1', [user.id, email(key)]);
    worker = await startWorker(t, { SMTP_URL: sink.url });
  });
  afterAll(async () => {
    await obliterateQueues(worker);
    await worker.close();
    await t.close();
    await sink.stop();
  });

  const move = (ms: number) => [t.app.get(Clock), worker.get(Clock)].forEach((clock) => clock.travel(ms));
  const api = (key: string): Client => client(t, w.users[key].token);
  const notificationsOf = async (key: string, deadlineId: string) => {
    const body = (await api(key).get('/api/v1/notifications?pageSize=100').expect(200)).body as {
      items: { id: string; deadlineId: string; title: string; body: string; readAt: string | null }[];
    };
    return body.items.filter((n) => n.deadlineId === deadlineId);
  };
  /** Runs the sweep and waits until every job it enqueued has run. */
  const sweepAndSettle = async () => {
    await sweep(worker);
    await waitFor('the reminder and e-mail queues to drain', () => queuesIdle(worker), { timeoutMs: 60_000 });
  };

  it('a deadline registered in a transaction that rolls back leaves nothing to remind', async () => {
    const before = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM outbox_events');
    await expect(
      t.app.get(UnitOfWork).run(RequestContext.system('test'), async (tx) => {
        await t.app.get(DeadlinesService).register(tx, {
          agencyId: w.agencyA,
          kind: 'CORRECTIVE_ACTION',
          subjectType: 'testSubject',
          subjectId: w.agencyA,
          title: 'Việc bị hủy giữa chừng',
          dueAt: new Date(t.app.get(Clock).now().getTime() - MINUTE),
          responsibleUserIds: [w.users['a.staff'].id],
        });
        throw new Error('the transition failed after registering');
      }),
    ).rejects.toThrow('the transition failed');
    expect(await t.sql("SELECT id FROM deadlines WHERE title = 'Việc bị hủy giữa chừng'")).toEqual([]);
    expect(await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM outbox_events')).toEqual(before);
    await sweepAndSettle();
    expect(
      await t.sql("SELECT n.id FROM notifications n WHERE n.title LIKE '%Việc bị hủy giữa chừng%'"),
    ).toEqual([]);
    expect(sink.messages.filter((m) => m.subject.includes('Việc bị hủy giữa chừng'))).toEqual([]);
  });

  it('reminds 3 days before and on the day, then escalates every 2 days up the chain until met', async () => {
    const dueAt = new Date(t.app.get(Clock).now().getTime() + 7 * DAY);
    const [id] = await registerDeadlines(t, [
      { agencyId: w.agencyA, dueAt, responsibleUserIds: [w.users['a.staff'].id], title: 'Khắc phục NC-07' },
    ]);
    const recipientsOfStep = async (step: number) =>
      (
        await t.sql<{ username: string }>(
          `SELECT u.username FROM notifications n JOIN deadline_reminders r ON r.id = n.reminder_id
             JOIN users u ON u.id = n.user_id WHERE r.deadline_id = $1 AND r.step = $2 ORDER BY u.username`,
          [id, step],
        )
      ).map((r) => r.username);

    // nothing yet: the first reminder is 3 days before the due date, 4 days from now
    await sweepAndSettle();
    expect(await notificationsOf('a.staff', id)).toEqual([]);

    move(4 * DAY + MINUTE);
    await sweepAndSettle();
    const before = await notificationsOf('a.staff', id);
    expect(before.map((n) => n.title)).toEqual(['Sắp đến hạn: Khắc phục NC-07']);
    expect(before[0].body).toContain('còn 3 ngày');
    expect(sink.to(email('a.staff')).map((m) => m.subject)).toEqual(['Sắp đến hạn: Khắc phục NC-07']);
    // a second sweep at the same instant sends nothing more
    await sweepAndSettle();
    expect(await notificationsOf('a.staff', id)).toHaveLength(1);

    move(3 * DAY);
    await sweepAndSettle();
    expect(await recipientsOfStep(1)).toEqual(['a.staff']);
    expect((await notificationsOf('a.staff', id))[0].title).toBe('Đến hạn hôm nay: Khắc phục NC-07');

    // overdue: each reminder reaches one more level of the chain
    move(2 * DAY);
    await sweepAndSettle();
    expect(await recipientsOfStep(2)).toEqual(['a.iso_secretary', 'a.staff']);
    expect((await notificationsOf('a.iso_secretary', id))[0].title).toBe('Quá hạn 2 ngày: Khắc phục NC-07');

    move(2 * DAY);
    await sweepAndSettle();
    expect(await recipientsOfStep(3)).toEqual(['a.approver', 'a.iso_secretary', 'a.staff']);

    move(2 * DAY);
    await sweepAndSettle();
    // provincial oversight of A's province, never the other province's
    expect(await recipientsOfStep(4)).toEqual(['a.approver', 'a.iso_secretary', 'a.staff', 'p1.oversight']);
    expect((await notificationsOf('p1.oversight', id))[0].body).toContain('Sở Khoa học và Công nghệ');
    expect(sink.to(email('p1.oversight')).filter((m) => m.subject.includes('NC-07'))).toHaveLength(1);
    expect(sink.to(email('p2.oversight')).filter((m) => m.subject.includes('NC-07'))).toEqual([]);

    // met: no reminder after that
    await t.app.get(UnitOfWork).run(RequestContext.system('test'), async (tx) => {
      const [row] = await tx.manager.query<{ subject_id: string }[]>(
        'SELECT subject_id FROM deadlines WHERE id = $1',
        [id],
      );
      await t.app.get(DeadlinesService).meet(tx, 'testSubject', row.subject_id);
    });
    const countBefore = await notificationCounts(t, [id]);
    move(2 * DAY);
    await sweepAndSettle();
    move(2 * DAY);
    await sweepAndSettle();
    expect(await notificationCounts(t, [id])).toEqual(countBefore);
    expect(countBefore).toEqual({ total: 1 + 1 + 2 + 3 + 4, maxPerStepAndUser: 1 });
    const history = await t.sql<{ step: number; kind: string; level: number }>(
      'SELECT step, kind, level FROM deadline_reminders WHERE deadline_id = $1 ORDER BY step',
      [id],
    );
    expect(history).toEqual([
      { step: 0, kind: 'BEFORE', level: 0 },
      { step: 1, kind: 'DUE', level: 0 },
      { step: 2, kind: 'OVERDUE', level: 1 },
      { step: 3, kind: 'OVERDUE', level: 2 },
      { step: 4, kind: 'OVERDUE', level: 3 },
    ]);
    const listed = (
      await api('a.iso_secretary').get(`/api/v1/deadlines?agencyId=${w.agencyA}&status=MET`).expect(200)
    ).body as { items: { id: string; nextReminderAt: string | null }[] };
    expect(listed.items.find((d) => d.id === id)).toMatchObject({ nextReminderAt: null });
  });

  it('a 3-day approval step is not "due soon" as it is assigned: reminded halfway, and no more once approved', async () => {
    const drafter = api('a.drafter');
    const doc = (
      await drafter
        .post('/api/v1/documents', {
          agencyId: w.agencyA,
          code: 'QT-21',
          title: 'Quy trình tiếp nhận hồ sơ',
          type: 'PROCEDURE',
        })
        .expect(201)
    ).body;
    await drafter.upload(doc.id, doc.draftVersion.id, PDF('QT-21'), 'QT-21.pdf').expect(201);
    const request = (
      await drafter
        .post('/api/v1/approval-requests', { kind: 'ISSUE', documentId: doc.id, reason: 'Ban hành QT-21' })
        .expect(201)
    ).body;
    await drafter.post(`/api/v1/approval-requests/${request.id}/submit`).expect(200);
    const [step] = await t.sql<{ id: string }>(
      'SELECT d.id FROM deadlines d JOIN approval_steps s ON s.id = d.subject_id WHERE s.request_id = $1 AND s.step_order = 1',
      [request.id],
    );
    // the secretary's review has 3 days and the agency's lead is 3 days: the lead is bounded by
    // half the time to act (REMINDER_MAX_LEAD_PERCENT), so nothing as the step is assigned…
    const [planned] = await t.sql<{ at: Date; created: Date; due: Date }>(
      'SELECT next_reminder_at AS at, created_at AS created, due_at AS due FROM deadlines WHERE id = $1',
      [step.id],
    );
    const timeToAct = planned.due.getTime() - planned.created.getTime();
    expect(Math.abs(timeToAct - 3 * DAY)).toBeLessThan(MINUTE);
    expect(planned.at.getTime()).toBe(planned.due.getTime() - Math.floor(timeToAct / 2));
    await sweepAndSettle();
    expect(await notificationsOf('a.iso_secretary', step.id)).toEqual([]);
    move(1.5 * DAY - 10 * MINUTE);
    await sweepAndSettle();
    expect(await notificationsOf('a.iso_secretary', step.id)).toEqual([]);
    // …and "due soon" halfway, with the days actually left
    move(11 * MINUTE);
    await sweepAndSettle();
    const reminded = await notificationsOf('a.iso_secretary', step.id);
    expect(reminded.map((n) => n.title)).toEqual(['Sắp đến hạn: Bước 1 phê duyệt: Ban hành QT-21']);
    // counted in Vietnam calendar days from the day it is sent to the day the step is due
    const daysLeft = businessDaysBetween(
      toBusinessDate(t.app.get(Clock).now()),
      dueBusinessDate(planned.due),
    );
    expect(reminded[0].body).toContain(`còn ${daysLeft} ngày`);
    await api('a.iso_secretary')
      .post(`/api/v1/approval-requests/${request.id}/approve`, { comment: 'Đạt', stepOrder: 1 })
      .expect(200);
    move(3 * DAY);
    await sweepAndSettle();
    move(2 * DAY);
    await sweepAndSettle();
    expect(await notificationsOf('a.iso_secretary', step.id)).toHaveLength(1);
    const [deadline] = await t.sql<{ state: string }>('SELECT state FROM deadlines WHERE id = $1', [step.id]);
    expect(deadline.state).toBe('MET');
  });

  it('a changed due date replaces the planned job: nothing fires for the old date', async () => {
    const now = t.app.get(Clock).now().getTime();
    const dueAt = new Date(now + 6 * DAY + 5 * MINUTE);
    const [id] = await registerDeadlines(t, [
      { agencyId: w.agencyA, dueAt, responsibleUserIds: [w.users['a.reviewer'].id], title: 'Xem xét QT-30' },
    ]);
    // three days later the first step (3 days before) is 5 minutes away: the sweep queues its slot's job, delayed
    move(3 * DAY);
    await sweep(worker);
    const queue = worker.get(JobQueue).queue(QueueName.Reminders);
    const slot = reminderSlot(new Date(dueAt.getTime() - 3 * DAY), worker.get(Clock).now());
    const slotJob = await queue.getJob(dueRemindersJobId(slot));
    expect(await slotJob?.getState()).toBe('delayed');

    const [row] = await t.sql<{ subject_id: string }>('SELECT subject_id FROM deadlines WHERE id = $1', [id]);
    const newDue = new Date(now + 10 * DAY);
    await t.app
      .get(UnitOfWork)
      .run(RequestContext.system('test'), (tx) =>
        t.app
          .get(DeadlinesService)
          .reschedule(tx, 'testSubject', row.subject_id, 'CORRECTIVE_ACTION', newDue),
      );
    // the slot's job (which may carry other deadlines' steps) stays; run now, it finds this step no longer due
    move(10 * MINUTE);
    await slotJob!.promote();
    await sweepAndSettle();
    expect(await notificationsOf('a.reviewer', id)).toEqual([]);

    move(4 * DAY);
    await sweepAndSettle();
    expect((await notificationsOf('a.reviewer', id)).map((n) => n.title)).toEqual([
      'Sắp đến hạn: Xem xét QT-30',
    ]);
  });

  it('notifications are the caller’s own: listed, marked read once, another user’s is a 404', async () => {
    const mine = (await api('a.staff').get('/api/v1/notifications?unread=true').expect(200)).body as {
      items: { id: string; userId: string }[];
      unread: number;
    };
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((n) => n.userId === w.users['a.staff'].id)).toBe(true);
    const first = mine.items[0];
    const read = (await api('a.staff').post(`/api/v1/notifications/${first.id}/read`).expect(200)).body;
    expect(read.readAt).toBeTruthy();
    // reading again changes nothing
    const again = (await api('a.staff').post(`/api/v1/notifications/${first.id}/read`).expect(200)).body;
    expect(again.readAt).toBe(read.readAt);
    for (const other of ['a.iso_secretary', 'b.staff', 'p1.oversight']) {
      const response = await api(other).post(`/api/v1/notifications/${first.id}/read`).expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    }
    const after = (await api('a.staff').get('/api/v1/notifications?unread=true').expect(200)).body;
    expect(after.unread).toBe(mine.unread - 1);
    expect((await api('a.staff').post('/api/v1/notifications/read-all').expect(200)).body.updated).toBe(
      mine.unread - 1,
    );
    expect((await api('a.staff').get('/api/v1/notifications?unread=true').expect(200)).body.total).toBe(0);
    await t.http().get('/api/v1/notifications').expect(401);
  });

  it('an agency’s reminder cadence: read by its members and overseers, set by its secretary, replans open deadlines', async () => {
    const policyPath = `/api/v1/agencies/${w.agencyB}/reminder-policy`;
    expect((await api('b.staff').get(policyPath).expect(200)).body).toEqual({
      agencyId: w.agencyB,
      daysBefore: 3,
      remindOnDue: true,
      overdueEveryDays: 2,
      version: 0,
      isDefault: true,
    });
    await api('p1.oversight').get(policyPath).expect(200);
    await api('a.iso_secretary').get(policyPath).expect(404);
    await api('p2.oversight').get(policyPath).expect(404);
    const body = { daysBefore: 7, remindOnDue: false, overdueEveryDays: 1 };
    await api('b.staff').put(policyPath, body).expect(403);
    await api('p1.oversight').put(policyPath, body).expect(403);
    await api('a.iso_secretary').put(policyPath, body).expect(404);
    const bad = await api('b.iso_secretary')
      .put(policyPath, { ...body, daysBefore: 99, agencyId: w.agencyA })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'agencyId',
      'daysBefore',
    ]);

    const dueAt = new Date(t.app.get(Clock).now().getTime() + 20 * DAY);
    const [id] = await registerDeadlines(t, [{ agencyId: w.agencyB, dueAt, responsibleRole: 'REVIEWER' }]);
    const planned = async () =>
      (
        await t.sql<{ at: Date }>('SELECT next_reminder_at AS at FROM deadlines WHERE id = $1', [id])
      )[0].at.getTime();
    expect(await planned()).toBe(dueAt.getTime() - 3 * DAY);

    const saved = (await api('b.iso_secretary').put(policyPath, body).expect(200)).body;
    expect(saved).toMatchObject({ ...body, version: 1, isDefault: false });
    expect(await planned()).toBe(dueAt.getTime() - 7 * DAY);
    // a stale version is refused and changes nothing
    const stale = await api('b.iso_secretary')
      .put(policyPath, { ...body, daysBefore: 1, version: 9 })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect((await api('b.staff').get(policyPath).expect(200)).body.daysBefore).toBe(7);
    const trail = (
      await api('b.iso_secretary')
        .get(`/api/v1/audit-trail?subjectType=reminderPolicy&subjectId=${w.agencyB}`)
        .expect(200)
    ).body;
    expect(trail.items).toHaveLength(1);
  });

  it('periodic obligations: a yearly audit and management review per QMS and an annual report per agency, created once', async () => {
    const obligations = t.app.get(PeriodicObligations);
    // a QMS still being built owes no yearly audit or review yet; the annual report is owed anyway
    await obligations.ensure(2031);
    expect(
      await t.sql(
        "SELECT kind FROM deadlines WHERE obligation_key LIKE '%:2031' AND kind <> 'ANNUAL_REPORT'",
      ),
    ).toEqual([]);
    await t.sql("UPDATE quality_systems SET status = 'APPLYING' WHERE status = 'BUILDING'");
    await obligations.ensure(2031);
    await obligations.ensure(2031);
    const rows = await t.sql<{ kind: string; agency_id: string; due: string }>(
      `SELECT kind, agency_id, to_char((due_at - interval '1 second') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS due
         FROM deadlines WHERE obligation_key LIKE '%:2031' ORDER BY kind, agency_id`,
    );
    const of = (agencyId: string) =>
      rows
        .filter((r) => r.agency_id === agencyId)
        .map((r) => [r.kind, r.due])
        .sort();
    expect(of(w.agencyA)).toEqual([
      ['ANNUAL_REPORT', '2031-12-10'],
      ['AUDIT', '2031-10-31'],
      ['MANAGEMENT_REVIEW', '2031-11-30'],
    ]);
    expect(of(w.agencyC)).toHaveLength(3);
    expect(rows).toHaveLength(9);
    // visible to the agency in its "what is due" list, not to another agency
    const listed = (
      await api('a.iso_secretary').get('/api/v1/deadlines?kind=ANNUAL_REPORT&pageSize=100').expect(200)
    ).body;
    expect(listed.items.every((d: { agencyId: string }) => d.agencyId === w.agencyA)).toBe(true);
    expect(listed.items.some((d: { title: string }) => d.title.includes('2031'))).toBe(true);
  });

  it('the deadline list answers "what is due" by agency, kind, overdue and responsible person, within the caller’s agencies', async () => {
    const now = t.app.get(Clock).now().getTime();
    const [late, upcoming, elsewhere] = await registerDeadlines(t, [
      {
        agencyId: w.agencyA,
        dueAt: new Date(now - DAY),
        responsibleUserIds: [w.users['a.reviewer'].id],
        title: 'Việc trễ hạn R1',
      },
      {
        agencyId: w.agencyA,
        dueAt: new Date(now + 9 * DAY),
        responsibleUserIds: [w.users['a.reviewer'].id],
        title: 'Việc sắp tới R2',
      },
      {
        agencyId: w.agencyB,
        dueAt: new Date(now - DAY),
        responsibleUserIds: [w.users['b.reviewer'].id],
        title: 'Việc của B',
      },
    ]);
    type Listed = { items: { id: string; agencyId: string }[]; total: number };
    const ids = async (key: string, query: string) =>
      ((await api(key).get(`/api/v1/deadlines?pageSize=100&${query}`).expect(200)).body as Listed).items.map(
        (d) => d.id,
      );
    const reviewer = w.users['a.reviewer'].id;
    expect(await ids('a.iso_secretary', `responsibleUserId=${reviewer}&sort=dueAt`)).toEqual(
      expect.arrayContaining([late, upcoming]),
    );
    // latest due first when asked; a page past the end is empty but still tells the total
    const latestFirst = await ids('a.iso_secretary', `responsibleUserId=${reviewer}&sort=-dueAt`);
    expect(latestFirst.indexOf(upcoming)).toBeLessThan(latestFirst.indexOf(late));
    const past = await api('a.iso_secretary')
      .get(`/api/v1/deadlines?responsibleUserId=${reviewer}&page=50&pageSize=100`)
      .expect(200);
    expect(past.body).toMatchObject({ items: [], page: 50, total: latestFirst.length });
    const overdue = await ids('a.iso_secretary', `responsibleUserId=${reviewer}&overdue=true`);
    expect(overdue).toContain(late);
    expect(overdue).not.toContain(upcoming);
    expect(await ids('a.iso_secretary', 'kind=CORRECTIVE_ACTION')).not.toContain(elsewhere);
    expect(await ids('b.iso_secretary', `agencyId=${w.agencyA}`)).toEqual([]);
    expect(await ids('p2.oversight', 'overdue=true')).not.toContain(late);
    const province = await ids('p1.oversight', 'overdue=true');
    expect(province).toEqual(expect.arrayContaining([late, elsewhere]));
    const bad = await api('a.iso_secretary').get('/api/v1/deadlines?overdue=maybe&kind=SOON').expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['kind', 'overdue']);
  });

  it('an e-mail that cannot be delivered is retried with backoff, visibly, and sent once when the server is back', async () => {
    await sweepAndSettle();
    await sink.stop();
    const [id] = await registerDeadlines(t, [
      {
        agencyId: w.agencyA,
        dueAt: new Date(t.app.get(Clock).now().getTime() - MINUTE),
        responsibleUserIds: [w.users['a.reviewer'].id],
        title: 'Thư gửi lại TG-1',
      },
    ]);
    await sweep(worker);
    const delivery = () =>
      t.sql<{ status: string; attempts: number; last_error: string | null }>(
        `SELECT e.status, e.attempts, e.last_error FROM email_deliveries e JOIN notifications n ON n.id = e.notification_id
          WHERE n.deadline_id = $1`,
        [id],
      );
    const failed = await waitFor('a failed attempt', async () => {
      const [row] = await delivery();
      return row && row.attempts >= 1 && row.status === 'PENDING' && row.last_error ? row : undefined;
    });
    expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
    // the job waits for its retry, with the reason on it (what the queue board shows)
    const waiting = await worker.get(JobQueue).queue(QueueName.Email).getDelayed();
    expect(
      waiting.some((job) => job.attemptsMade >= 1 && /ECONNREFUSED|connect/i.test(job.failedReason)),
    ).toBe(true);
    await sink.start();
    const [sent] = await waitFor('the retry to get through', async () => {
      const rows = await delivery();
      return rows[0]?.status === 'SENT' ? rows : undefined;
    });
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    expect(sink.messages.filter((m) => m.subject.includes('Thư gửi lại TG-1'))).toHaveLength(1);
  });

  it('the queue board is for system administrators only', async () => {
    await t.http().get('/admin/queues').expect(401);
    const denied = await api('a.iso_secretary').get('/admin/queues').expect(403);
    expect(denied.body.code).toBe('FORBIDDEN');
    await api('p1.oversight').get('/admin/queues/api/queues').expect(403);
    const admin = client(t, w.adminToken);
    const page = await admin.get('/admin/queues').expect(200);
    expect(page.text).toContain('<html');
    const queues = (await admin.get('/admin/queues/api/queues').expect(200)).body as {
      queues: { name: string }[];
    };
    expect(queues.queues.map((q) => q.name).sort()).toEqual(Object.values(QueueName).sort());
  });

  it('a step whose job ran too early and did nothing runs again when the sweep finds it due', async () => {
    const dueAt = new Date(t.app.get(Clock).now().getTime() + 7 * DAY);
    const [id] = await registerDeadlines(t, [
      { agencyId: w.agencyA, dueAt, responsibleUserIds: [w.users['a.staff'].id], title: 'Khắc phục NC-11' },
    ]);
    const queue = worker.get(JobQueue).queue(QueueName.Reminders);
    const jobId = reminderJobId(id, dueAt, 0);
    expect(await jobPresence(queue, [jobId])).toEqual(['missing']);

    // the 3-days-before step's job, run four days early (a clock ahead on another machine, say)
    await queue.add(JobName.SendReminder, { deadlineId: id, dueAt: dueAt.getTime(), step: 0 }, { jobId });
    await waitFor(
      'the early job to finish',
      async () => (await jobPresence(queue, [jobId]))[0] === 'finished',
    );
    expect(await notificationsOf('a.staff', id)).toEqual([]);

    move(4 * DAY + MINUTE);
    await sweepAndSettle();
    expect((await notificationsOf('a.staff', id)).map((n) => n.title)).toEqual([
      'Sắp đến hạn: Khắc phục NC-11',
    ]);
    await sweepAndSettle();
    expect(await notificationsOf('a.staff', id)).toHaveLength(1);

    // a job waiting for its time is seen as delayed, and dropped when its due date moves
    const laterId = reminderJobId(id, new Date(dueAt.getTime() + DAY), 1);
    await queue.add(
      JobName.SendReminder,
      { deadlineId: id, dueAt: dueAt.getTime() + DAY, step: 1 },
      { jobId: laterId, delay: DAY },
    );
    expect(await jobPresence(queue, [laterId, jobId])).toEqual(['delayed', 'finished']);
    await worker.get(ReminderScheduler).discard(laterId);
    expect(await jobPresence(queue, [laterId])).toEqual(['missing']);
  });

  it('one sweep at a time across workers: the scheduled one stands aside, a required one waits its turn', async () => {
    const scheduler = worker.get(ReminderScheduler);
    const other = new PgClient({ connectionString: databaseUrl(t.databaseName) });
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock($1)', [SWEEP_LOCK_KEY]);
      expect(await scheduler.sweep({ skipIfRunning: true })).toEqual({
        reminders: 0,
        emails: 0,
        skipped: true,
      });
      let done = false;
      const waiting = scheduler.sweep().then((result) => ((done = true), result));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(done).toBe(false);
      await other.query('SELECT pg_advisory_unlock($1)', [SWEEP_LOCK_KEY]);
      expect((await waiting).skipped).toBeUndefined();
    } finally {
      await other.end();
    }
  });

  it('a sweep with nothing new adds nothing (the reconciler is idempotent)', async () => {
    const scheduler = worker.get(ReminderScheduler);
    await sweepAndSettle();
    const counts = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM notifications');
    await Promise.all([scheduler.sweep(), scheduler.sweep(), scheduler.sweep()]);
    await waitFor('the queues to drain', () => queuesIdle(worker));
    expect(await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM notifications')).toEqual(counts);
  });
});
