import { addDays, addMonths, Clock } from '../libs/platform/src';
import { startTestApp, TestApp } from './support/harness';
import { approveAll, client, Client, PDF, sha256 } from './support/documents';
import { binary } from './support/multipart';
import { buildWorld, World } from './support/world';

/**
 * Issue 14, documents: a file taken off a draft, a withdrawn document without a version in
 * force, acknowledgement deadlines that end with their version, periodic reviews, and ids
 * checked when written. Each with the attack its boundary stops.
 */
describe('documents: draft files, withdrawal, acknowledgements, periodic review', () => {
  let t: TestApp;
  let w: World;
  let drafter: Client, secretary: Client, approver: Client, staff: Client, admin: Client;
  let agencyAdmin: Client;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    [drafter, secretary, approver, staff, agencyAdmin] = [
      'a.drafter',
      'a.iso_secretary',
      'a.approver',
      'a.staff',
      'a.agency_admin',
    ].map((k) => client(t, w.users[k].token));
    admin = client(t, w.adminToken);
  });
  afterAll(() => t.close());

  const as = (key: string) => client(t, w.users[key].token);

  /** A document of agency A in force (revision 1, one PDF). */
  async function issued(code: string, extra: object = {}) {
    const doc = (
      await drafter
        .post('/api/v1/documents', {
          agencyId: w.agencyA,
          code,
          title: `Quy trình ${code}`,
          type: 'PROCEDURE',
          ...extra,
        })
        .expect(201)
    ).body;
    await drafter.upload(doc.id, doc.draftVersion.id, PDF(`${code} lần 1`), `${code}.pdf`).expect(201);
    await request('ISSUE', doc.id);
    return (await staff.get(`/api/v1/documents/${doc.id}`).expect(200)).body;
  }

  async function request(kind: string, documentId: string, opener: Client = drafter) {
    const req = (
      await opener
        .post('/api/v1/approval-requests', { kind, documentId, reason: `${kind} ${documentId}` })
        .expect(201)
    ).body;
    await opener.post(`/api/v1/approval-requests/${req.id}/submit`).expect(200);
    await approveAll(req.id, secretary, approver);
    return req;
  }

  const openDeadlines = (subjectId: string, kind: string) =>
    t.sql<{ id: string; state: string; responsible_user_ids: string[]; due_at: Date }>(
      'SELECT id, state, responsible_user_ids, due_at FROM deadlines WHERE subject_id = $1 AND kind = $2 ORDER BY created_at',
      [subjectId, kind],
    );

  it('takes a file off a draft (204), keeps it for history, and refuses once the version is in approval', async () => {
    const doc = await issued('QT-TEP');
    const revision = (
      await drafter.post(`/api/v1/documents/${doc.id}/revisions`, { reason: 'Thay tệp cũ' }).expect(201)
    ).body;
    // the revision copied the v1 PDF: take it off and attach the new one
    expect(revision.files).toHaveLength(1);
    const obsolete = revision.files[0];
    const pdf2 = PDF('QT-TEP lần 2');
    await drafter.upload(doc.id, revision.id, pdf2, 'QT-TEP lần 2.pdf').expect(201);

    // attacks first: another agency's drafter, a reader without an authoring role, oversight
    for (const key of ['b.drafter', 'b.agency_admin', 'p2.oversight']) {
      await as(key)
        .delete(`/api/v1/documents/${doc.id}/versions/${revision.id}/files/${obsolete.id}`)
        .expect(404);
    }
    const refused = await staff
      .delete(`/api/v1/documents/${doc.id}/versions/${revision.id}/files/${obsolete.id}`)
      .expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    // a file of another version, or the effective version's own file: not a file of this draft
    await drafter
      .delete(`/api/v1/documents/${doc.id}/versions/${doc.currentVersion.id}/files/${obsolete.id}`)
      .expect(404);
    const v1File = doc.currentVersion.files[0];
    const ended = await drafter
      .delete(`/api/v1/documents/${doc.id}/versions/${doc.currentVersion.id}/files/${v1File.id}`)
      .expect(409);
    expect(ended.body.code).toBe('DOCUMENT_VERSION_IS_EFFECTIVE');
    expect(
      (await staff.get(`/api/v1/documents/${doc.id}`).expect(200)).body.currentVersion.files,
    ).toHaveLength(1);

    await drafter
      .delete(`/api/v1/documents/${doc.id}/versions/${revision.id}/files/${obsolete.id}`)
      .expect(204);
    // twice: it is no longer on the draft
    await drafter
      .delete(`/api/v1/documents/${doc.id}/versions/${revision.id}/files/${obsolete.id}`)
      .expect(404);
    const draft = (await drafter.get(`/api/v1/documents/${doc.id}/versions/${revision.id}`).expect(200)).body;
    expect(draft.files.map((f: { name: string }) => f.name)).toEqual(['QT-TEP lần 2.pdf']);
    // nothing is lost: the bytes are still served and the history says who took it off
    const bytes = await drafter
      .get(`/api/v1/files/${obsolete.id}/content`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(sha256(bytes.body as Buffer)).toBe(obsolete.sha256);
    const trail = (
      await admin.get(`/api/v1/audit-trail?subjectType=documentVersion&subjectId=${revision.id}`).expect(200)
    ).body.items;
    expect(trail[0]).toMatchObject({
      action: 'file.remove',
      actorId: w.users['a.drafter'].id,
      data: { fileId: obsolete.id, sha256: obsolete.sha256 },
    });

    // the approvers decide on the new PDF only, and rev 2 comes into force without the v1 PDF
    const revise = (
      await drafter
        .post('/api/v1/approval-requests', { kind: 'REVISION', documentId: doc.id, reason: 'Sửa đổi' })
        .expect(201)
    ).body;
    await drafter.post(`/api/v1/approval-requests/${revise.id}/submit`).expect(200);
    const inApproval = await drafter.upload(doc.id, revision.id, PDF('muộn'), 'muon.pdf').expect(409);
    expect(inApproval.body.code).toBe('DOCUMENT_VERSION_IS_IN_APPROVAL');
    const pdf2File = draft.files[0];
    const frozen = await drafter
      .delete(`/api/v1/documents/${doc.id}/versions/${revision.id}/files/${pdf2File.id}`)
      .expect(409);
    expect(frozen.body.code).toBe('DOCUMENT_VERSION_IS_IN_APPROVAL');
    await approveAll(revise.id, secretary, approver);
    const request = (await secretary.get(`/api/v1/approval-requests/${revise.id}`).expect(200)).body;
    expect(request.steps[1].fileHashes).toEqual([sha256(pdf2)]);
    const now = (await staff.get(`/api/v1/documents/${doc.id}`).expect(200)).body;
    expect(now.currentVersion).toMatchObject({ revision: 2, status: 'EFFECTIVE' });
    expect(now.currentVersion.files.map((f: { sha256: string }) => f.sha256)).toEqual([sha256(pdf2)]);
  });

  it('a withdrawn document has no version in force, and the register shows no review date for it', async () => {
    const doc = await issued('QT-HUY');
    expect(doc.nextReviewDate).toBeTruthy();
    await request('WITHDRAWAL', doc.id, agencyAdmin);
    const withdrawn = (await staff.get(`/api/v1/documents/${doc.id}`).expect(200)).body;
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      inForce: false,
      nextReviewDate: null,
      currentVersion: { revision: 1, status: 'WITHDRAWN', inForce: false },
    });
    const versions = (await staff.get(`/api/v1/documents/${doc.id}/versions`).expect(200)).body.items;
    expect(versions.map((v: { status: string }) => v.status)).toEqual(['WITHDRAWN']);
    expect(versions.some((v: { status: string }) => v.status === 'EFFECTIVE')).toBe(false);
    const register = (await secretary.get(`/api/v1/documents?agencyId=${w.agencyA}&q=QT-HUY`).expect(200))
      .body;
    expect(register.items).toEqual([expect.objectContaining({ code: 'QT-HUY', nextReviewDate: null })]);
    // the version's history says it was withdrawn with its document
    const trail = (
      await admin
        .get(`/api/v1/audit-trail?subjectType=documentVersion&subjectId=${doc.currentVersion.id}`)
        .expect(200)
    ).body.items;
    expect(trail[0]).toMatchObject({ action: 'withdrawn', fromState: 'EFFECTIVE', toState: 'WITHDRAWN' });
    // no review or acknowledgement is owed any more
    expect((await openDeadlines(doc.id, 'PERIODIC_REVIEW')).map((d) => d.state)).toEqual(['CANCELLED']);
    expect((await openDeadlines(doc.currentVersion.id, 'ACKNOWLEDGEMENT')).map((d) => d.state)).toEqual([
      'CANCELLED',
    ]);
    // and it cannot be acknowledged or reviewed
    await staff.post(`/api/v1/documents/${doc.id}/acknowledgements`).expect(409);
    const review = await secretary
      .post(`/api/v1/documents/${doc.id}/periodic-reviews`, { outcome: 'NO_CHANGE' })
      .expect(409);
    expect(review.body.code).toBe('DOCUMENT_IS_WITHDRAWN');
  });

  it('closes the acknowledgement deadline of a superseded version, and does not remind who has read it', async () => {
    const readers = [w.users['a.staff'].id, w.users['a.drafter'].id, w.users['a.reviewer'].id];
    const doc = await issued('QT-DOC', { distributionUserIds: readers });
    const [ack] = await openDeadlines(doc.currentVersion.id, 'ACKNOWLEDGEMENT');
    expect(ack.state).toBe('OPEN');
    expect([...ack.responsible_user_ids].sort()).toEqual([...readers].sort());
    // the staff member reads it: no longer among those reminded; the others still are
    await staff.post(`/api/v1/documents/${doc.id}/acknowledgements`).expect(200);
    const [afterRead] = await openDeadlines(doc.currentVersion.id, 'ACKNOWLEDGEMENT');
    expect(afterRead.state).toBe('OPEN');
    expect([...afterRead.responsible_user_ids].sort()).toEqual(
      [w.users['a.drafter'].id, w.users['a.reviewer'].id].sort(),
    );
    // a reminder of that deadline goes to the two who have not read it
    const { ReminderRecipients } = await import('../libs/deadlines/src/reminders/recipients');
    const recipients = await t.app
      .get(ReminderRecipients)
      .resolve(
        t.dataSource.manager,
        { agencyId: w.agencyA, responsibleUserIds: afterRead.responsible_user_ids, responsibleRole: null },
        0,
      );
    expect(recipients).not.toContain(w.users['a.staff'].id);

    // revision 2 supersedes it: nobody owes revision 1 any more, everybody owes revision 2
    const revision = (
      await drafter.post(`/api/v1/documents/${doc.id}/revisions`, { reason: 'Lần 2' }).expect(201)
    ).body;
    await request('REVISION', doc.id);
    expect((await openDeadlines(doc.currentVersion.id, 'ACKNOWLEDGEMENT')).map((d) => d.state)).toEqual([
      'CANCELLED',
    ]);
    const [next] = await openDeadlines(revision.id, 'ACKNOWLEDGEMENT');
    expect(next.state).toBe('OPEN');
    expect(next.responsible_user_ids).toHaveLength(3);
  });

  it('records periodic reviews: no change sets the next date and meets the deadline; a new interval reschedules', async () => {
    const doc = await issued('QT-XEMXET', { reviewIntervalMonths: 12 });
    const today = t.app.get(Clock).today();
    const [first] = await openDeadlines(doc.id, 'PERIODIC_REVIEW');
    expect(first.state).toBe('OPEN');

    // attacks: another agency's roles and oversight do not see it; a reader without the role is refused
    for (const key of ['b.iso_secretary', 'b.agency_admin', 'p2.oversight']) {
      await as(key)
        .post(`/api/v1/documents/${doc.id}/periodic-reviews`, { outcome: 'NO_CHANGE' })
        .expect(404);
      await as(key).get(`/api/v1/documents/${doc.id}/periodic-reviews`).expect(404);
    }
    for (const key of ['a.staff', 'a.drafter', 'a.approver', 'p1.oversight']) {
      const refused = await as(key)
        .post(`/api/v1/documents/${doc.id}/periodic-reviews`, { outcome: 'NO_CHANGE' })
        .expect(403);
      expect(refused.body.code).toBe('FORBIDDEN');
    }
    await secretary.post(`/api/v1/documents/${doc.id}/periodic-reviews`, { outcome: 'MAYBE' }).expect(400);
    expect((await secretary.get(`/api/v1/documents/${doc.id}/periodic-reviews`).expect(200)).body.total).toBe(
      0,
    );

    // the secretary finds it needs a revision: recorded, the deadline stays open
    const needed = (
      await secretary
        .post(`/api/v1/documents/${doc.id}/periodic-reviews`, {
          outcome: 'REVISION_NEEDED',
          comment: 'Nghị định mới thay đổi thời hạn giải quyết',
        })
        .expect(201)
    ).body;
    expect(needed).toMatchObject({
      outcome: 'REVISION_NEEDED',
      reviewedBy: w.users['a.iso_secretary'].id,
      versionId: doc.currentVersion.id,
      nextReviewDate: null,
    });
    expect((await openDeadlines(doc.id, 'PERIODIC_REVIEW')).map((d) => d.state)).toEqual(['OPEN']);

    // the agency admin reviews again: no change; next review one interval from today
    const kept = (
      await agencyAdmin
        .post(`/api/v1/documents/${doc.id}/periodic-reviews`, {
          outcome: 'NO_CHANGE',
          comment: 'Vẫn phù hợp',
        })
        .expect(201)
    ).body;
    expect(kept).toMatchObject({ outcome: 'NO_CHANGE', nextReviewDate: addMonths(today, 12) });
    expect((await staff.get(`/api/v1/documents/${doc.id}`).expect(200)).body.nextReviewDate).toBe(
      addMonths(today, 12),
    );
    const deadlines = await openDeadlines(doc.id, 'PERIODIC_REVIEW');
    expect(deadlines.map((d) => d.state)).toEqual(['MET', 'OPEN']);
    expect(deadlines[1].due_at.toISOString()).toBe(
      new Date(`${addDays(addMonths(today, 12), 1)}T00:00:00+07:00`).toISOString(), // the end of that day
    );

    // listed newest first, page-shaped, readable by the agency's readers
    const list = (await staff.get(`/api/v1/documents/${doc.id}/periodic-reviews`).expect(200)).body;
    expect(list).toMatchObject({ page: 1, pageSize: 20, total: 2 });
    expect(list.items.map((r: { id: string }) => r.id)).toEqual([kept.id, needed.id]);
    const trail = (
      await admin.get(`/api/v1/audit-trail?subjectType=document&subjectId=${doc.id}`).expect(200)
    ).body.items;
    expect(trail[0]).toMatchObject({
      action: 'periodicReview',
      actorId: w.users['a.agency_admin'].id,
      data: { outcome: 'NO_CHANGE', nextReviewDate: addMonths(today, 12) },
    });

    // a shorter interval reschedules the next review (from the last review) and its deadline
    const patched = (
      await secretary.patch(`/api/v1/documents/${doc.id}`, { reviewIntervalMonths: 6 }).expect(200)
    ).body;
    expect(patched).toMatchObject({ reviewIntervalMonths: 6, nextReviewDate: addMonths(today, 6) });
    const rescheduled = await openDeadlines(doc.id, 'PERIODIC_REVIEW');
    expect(rescheduled.map((d) => d.state)).toEqual(['MET', 'OPEN']);
    expect(rescheduled[1].due_at.toISOString()).toBe(
      new Date(`${addDays(addMonths(today, 6), 1)}T00:00:00+07:00`).toISOString(), // the end of that day
    );
  });

  it('checks the ids a document names when written: 400 naming the bad ids, nothing written', async () => {
    const stranger = w.users['b.staff'].id;
    const unknown = '00000000-0000-4000-8000-000000000001';
    const created = await drafter
      .post('/api/v1/documents', {
        agencyId: w.agencyA,
        code: 'QT-PHAT',
        title: 'Phân phối',
        type: 'PROCEDURE',
        distributionUserIds: [w.users['a.staff'].id, stranger, unknown],
      })
      .expect(400);
    expect(created.body.code).toBe('VALIDATION_FAILED');
    expect(created.body.details[0].field).toBe('distributionUserIds');
    expect(created.body.details[0].message).toContain(stranger);
    expect(created.body.details[0].message).toContain(unknown);
    expect(created.body.details[0].message).not.toContain(w.users['a.staff'].id);
    expect(await t.sql("SELECT 1 FROM documents WHERE code = 'QT-PHAT'")).toEqual([]);

    const doc = await issued('QT-PHAT2');
    const patched = await secretary
      .patch(`/api/v1/documents/${doc.id}`, { distributionUserIds: [stranger] })
      .expect(400);
    expect(patched.body.details[0]).toMatchObject({ field: 'distributionUserIds' });
    expect(patched.body.details[0].message).toContain(stranger);
    expect((await staff.get(`/api/v1/documents/${doc.id}`).expect(200)).body.distributionUserIds).toBeNull();
  });
});
