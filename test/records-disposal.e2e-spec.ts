import { INestApplicationContext } from '@nestjs/common';
import { ObjectStorage } from '../libs/storage/src';
import { startTestApp, TestApp } from './support/harness';
import { client, Client, PDF, sha256 } from './support/documents';
import { binary } from './support/multipart';
import { expectError, ok, thisYear } from './support/audits';
import { approvedList, uploadItem } from './support/records';
import { obliterateQueues, startWorker } from './support/reminders';
import { buildWorld, World } from './support/world';

/**
 * The end of a record's life (Nghị định 30/2020 art. 30): files whose retention has ended are
 * proposed for disposal, the head of agency approves through the approval engine, the objects
 * are removed from storage and the disposal itself is kept (row and audit trail, with the
 * sha256 of each object and who approved). A legal hold blocks it at every step.
 */
describe('records: disposal at the end of retention, through approval, and the legal hold', () => {
  let t: TestApp;
  let w: World;
  let worker: INestApplicationContext;
  let secretary: Client, approver: Client, staff: Client, admin: Client;
  let due: any, held: any, shared: any, permanent: any, young: any;
  const sharedBytes = PDF('Quyet dinh 12/QD-STP ban chinh dung trong tai lieu va ho so');
  let documentFile: any, documentId: string;

  /** Opens a file under the list item `code`, adds the items, closes it on `closedOn`. */
  async function closedFile(list: any, code: string, openedOn: string, closedOn: string, items: Buffer[]) {
    const item = list.items.find((i: any) => i.code === code);
    const file = await ok(
      secretary.post('/api/v1/record-files', {
        listItemId: item.id,
        title: `Hồ sơ ${code} mở ngày ${openedOn}`,
        openedOn,
      }),
      201,
    );
    for (const [index, bytes] of items.entries())
      await ok(uploadItem(t, w.users['a.iso_secretary'].token, file.id, bytes, `van-ban-${index}.pdf`), 201);
    return ok(secretary.post(`/api/v1/record-files/${file.id}/close`, { closedOn }));
  }

  const objectExists = async (sha: string) =>
    (await t.app.get(ObjectStorage).stat(`blobs/sha256/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`)) !==
    undefined;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    admin = client(t, w.adminToken);
    staff = client(t, w.users['a.staff'].token);
    const setup = await approvedList(t, w, thisYear());
    ({ secretary, approver } = setup);
    // five years' retention, closed long ago: due; one on legal hold; one whose bytes a document also holds
    due = await closedFile(setup.list, 'QT-05.01', '2015-01-05', '2016-12-31', [
      PDF('To khai 2015 so 1'),
      PDF('To khai 2015 so 2'),
    ]);
    held = await closedFile(setup.list, 'QT-05.01', '2015-02-01', '2016-12-31', [
      PDF('To khai dang khieu nai'),
    ]);
    held = await ok(
      secretary.post(`/api/v1/record-files/${held.id}/legal-hold`, {
        reason: 'Đang giải quyết khiếu nại 12/KN',
      }),
    );
    shared = await closedFile(setup.list, 'QT-05.01', '2015-03-01', '2016-12-31', [sharedBytes]);
    permanent = await closedFile(setup.list, 'QT-05.02', '2015-01-05', '2016-12-31', [PDF('So dang ky')]);
    young = await closedFile(setup.list, 'QT-05.01', '2024-01-05', '2024-12-31', [PDF('To khai 2024')]);
    // the same bytes as the shared record's item, kept by a document
    const document = await ok(
      secretary.post('/api/v1/documents', {
        agencyId: w.agencyA,
        code: 'HD-12',
        title: 'Hướng dẫn',
        type: 'GUIDE',
      }),
      201,
    );
    documentId = document.id;
    documentFile = await ok(
      secretary.upload(document.id, document.draftVersion.id, sharedBytes, 'qd-12.pdf'),
      201,
    );
    worker = await startWorker(t);
  });

  afterAll(async () => {
    await obliterateQueues(worker);
    await worker.close();
    await t.close();
  });

  it('lists the files due: closed, retention ended, not permanent, not on hold', async () => {
    expect(due).toMatchObject({ status: 'CLOSED', retentionEndsOn: '2021-12-31' });
    expect(held).toMatchObject({ legalHold: true, legalHoldReason: 'Đang giải quyết khiếu nại 12/KN' });
    expect(young.retentionEndsOn).toBe('2029-12-31');
    const page = await ok(secretary.get('/api/v1/record-files?due=true&sort=code'));
    expect(page.items.map((f: any) => f.id).sort()).toEqual([due.id, shared.id].sort());
    const onHold = await ok(staff.get('/api/v1/record-files?legalHold=true'));
    expect(onHold.items.map((f: any) => f.id)).toEqual([held.id]);
  });

  it('refuses a proposal with a file on hold, not due or kept permanently, or by another role: nothing written', async () => {
    const body = (fileIds: string[]) => ({ agencyId: w.agencyA, fileIds, reason: 'Hủy hồ sơ hết hạn' });
    const hold = await secretary.post('/api/v1/record-disposals', body([due.id, held.id]));
    expectError(hold, 409, 'RECORD_FILE_ON_LEGAL_HOLD');
    expect(hold.body.message).toMatch(/phong tỏa/);
    expect(hold.body.details).toEqual([expect.objectContaining({ field: held.id })]);
    expectError(
      await secretary.post('/api/v1/record-disposals', body([young.id])),
      409,
      'RECORD_FILE_NOT_DUE',
    );
    expectError(
      await secretary.post('/api/v1/record-disposals', body([permanent.id])),
      409,
      'RECORD_FILE_NOT_DUE',
    );
    expectError(await staff.post('/api/v1/record-disposals', body([due.id])), 403, 'FORBIDDEN');
    expectError(await approver.post('/api/v1/record-disposals', body([due.id])), 403, 'FORBIDDEN');
    expect(await t.sql('SELECT count(*)::int AS n FROM record_disposals')).toEqual([{ n: 0 }]);
  });

  let disposal: any;
  let request: any;

  it('a proposal of every file due goes to the head of agency through the approval engine', async () => {
    disposal = await ok(
      secretary.post('/api/v1/record-disposals', {
        agencyId: w.agencyA,
        reason: 'Hủy hồ sơ hết thời hạn bảo quản',
      }),
      201,
    );
    expect(disposal).toMatchObject({
      status: 'DRAFT',
      objects: null,
      createdBy: w.users['a.iso_secretary'].id,
    });
    expect(disposal.fileIds.sort()).toEqual([due.id, shared.id].sort());
    request = await ok(
      secretary.post('/api/v1/approval-requests', {
        kind: 'DISPOSAL',
        subjectType: 'recordDisposal',
        subjectId: disposal.id,
        reason: 'Đề nghị hủy hồ sơ hết thời hạn bảo quản',
      }),
      201,
    );
    const submitted = await ok(secretary.post(`/api/v1/approval-requests/${request.id}/submit`));
    expect(submitted).toMatchObject({
      kind: 'DISPOSAL',
      subjectType: 'recordDisposal',
      status: 'IN_PROGRESS',
    });
    expect((await ok(secretary.get(`/api/v1/record-disposals/${disposal.id}`))).status).toBe('IN_APPROVAL');
    // while one is in approval, its files are in no other proposal
    expectError(
      await secretary.post('/api/v1/record-disposals', {
        agencyId: w.agencyA,
        fileIds: [due.id],
        reason: 'x',
      }),
      409,
      'RECORD_FILE_IN_DISPOSAL',
    );
  });

  it('a legal hold placed during the approval blocks it: 409, nothing decided, nothing disposed', async () => {
    await ok(
      approver.post(`/api/v1/record-files/${due.id}/legal-hold`, { reason: 'Thanh tra yêu cầu giữ lại' }),
    );
    const refused = await approver.post(`/api/v1/approval-requests/${request.id}/approve`, {
      comment: 'Đồng ý hủy',
      stepOrder: 1,
    });
    expectError(refused, 409, 'RECORD_FILE_ON_LEGAL_HOLD');
    const now = await ok(approver.get(`/api/v1/approval-requests/${request.id}`));
    expect(now).toMatchObject({ status: 'IN_PROGRESS', currentStep: 1 });
    expect(now.steps[0]).toMatchObject({ status: 'PENDING', decidedBy: null });
    expect((await ok(secretary.get(`/api/v1/record-files/${due.id}`))).status).toBe('CLOSED');
    expect(await objectExists(sha256(PDF('To khai 2015 so 1')))).toBe(true);
    await ok(
      approver.post(`/api/v1/record-files/${due.id}/legal-hold/release`, { reason: 'Thanh tra đã kết thúc' }),
    );
  });

  it('approved: the files are disposed of, the objects removed (kept when another record holds the same bytes), the disposal kept', async () => {
    // the author of the proposal may not approve it
    expectError(
      await secretary.post(`/api/v1/approval-requests/${request.id}/approve`, { stepOrder: 1 }),
      403,
      'SEPARATION_OF_DUTIES',
    );
    const decided = await ok(
      approver.post(`/api/v1/approval-requests/${request.id}/approve`, {
        comment: 'Đồng ý hủy',
        stepOrder: 1,
      }),
    );
    expect(decided.status).toBe('APPROVED');
    // the decision was made on the bytes of every item
    expect([...decided.steps[0].fileHashes].sort()).toEqual(
      [PDF('To khai 2015 so 1'), PDF('To khai 2015 so 2'), sharedBytes].map(sha256).sort(),
    );

    const approved = await ok(secretary.get(`/api/v1/record-disposals/${disposal.id}`));
    expect(approved).toMatchObject({ approvedBy: w.users['a.approver'].id });
    expect(approved.objects).toHaveLength(3);
    expect(approved.objects.map((o: any) => o.sha256).sort()).toEqual(decided.steps[0].fileHashes.sort());
    expect(approved.files.map((f: any) => f.status)).toEqual(['DISPOSED', 'DISPOSED']);

    // the worker carries it out
    let executed: any;
    for (let i = 0; i < 150; i++) {
      executed = await ok(secretary.get(`/api/v1/record-disposals/${disposal.id}`));
      if (executed.status === 'EXECUTED') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(executed.status).toBe('EXECUTED');
    const sharedKey = approved.objects.find((o: any) => o.sha256 === sha256(sharedBytes)).objectKey;
    expect(executed.keptKeys).toEqual([sharedKey]);
    expect(executed.removedKeys).toHaveLength(2);
    expect(await objectExists(sha256(PDF('To khai 2015 so 1')))).toBe(false);
    expect(await objectExists(sha256(PDF('To khai 2015 so 2')))).toBe(false);
    // the document's file with the same bytes is untouched
    expect(await objectExists(sha256(sharedBytes))).toBe(true);
    const documentContent = await t
      .http()
      .get(`/api/v1/files/${documentFile.id}/content`)
      .set('Authorization', `Bearer ${w.users['a.iso_secretary'].token}`)
      .buffer(true)
      .parse(binary);
    expect(documentContent.status).toBe(200);
    expect(documentId).toBeTruthy();

    // the items keep their metadata and sha256; their bytes are gone
    const file = await ok(staff.get(`/api/v1/record-files/${due.id}`));
    expect(file).toMatchObject({ status: 'DISPOSED', disposalId: disposal.id });
    expect(file.items.every((i: any) => i.disposedAt !== null)).toBe(true);
    expectError(
      await staff.get(`/api/v1/record-files/${due.id}/items/${file.items[0].id}/content`),
      409,
      'RECORD_FILE_IS_DISPOSED',
    );
    // files still kept are not touched
    expect((await ok(staff.get(`/api/v1/record-files/${held.id}`))).status).toBe('CLOSED');
    expect(await objectExists(sha256(PDF('To khai dang khieu nai')))).toBe(true);
    // their retention deadlines are met
    expect(
      await t.sql("SELECT state FROM deadlines WHERE subject_id = $1 AND kind = 'RECORD_RETENTION'", [
        due.id,
      ]),
    ).toEqual([{ state: 'MET' }]);
  });

  it('the disposal is kept in the audit trail: what, who approved, the sha256 of each object, what was removed', async () => {
    const trail = (
      await ok(
        admin.get(
          `/api/v1/audit-trail?subjectType=recordDisposal&subjectId=${disposal.id}&pageSize=100&sort=id`,
        ),
      )
    ).items as any[];
    expect(trail.map((e) => `${e.action}:${e.fromState ?? ''}>${e.toState ?? ''}`)).toEqual([
      'propose:>DRAFT',
      'submit:DRAFT>IN_APPROVAL',
      'approve:IN_APPROVAL>APPROVED',
      'execute:APPROVED>EXECUTED',
    ]);
    expect(trail[2]).toMatchObject({ actorId: w.users['a.approver'].id });
    expect(trail[2].data).toMatchObject({ approvedBy: w.users['a.approver'].id });
    expect(trail[2].data.objects.map((o: any) => o.sha256).sort()).toEqual(
      [PDF('To khai 2015 so 1'), PDF('To khai 2015 so 2'), sharedBytes].map(sha256).sort(),
    );
    expect(trail[3].data.removed).toHaveLength(2);
    const fileTrail = (
      await ok(
        admin.get(`/api/v1/audit-trail?subjectType=recordFile&subjectId=${due.id}&pageSize=100&sort=id`),
      )
    ).items as any[];
    expect(fileTrail.map((e) => e.action)).toEqual([
      'open',
      'item.add',
      'item.add',
      'close',
      'legalHold.place',
      'legalHold.release',
      'dispose',
    ]);
    expect(fileTrail[6].data.objects).toHaveLength(2);
    const verify = await ok(admin.get('/api/v1/audit-trail/verify'));
    expect(verify.ok).toBe(true);
  });

  it('nothing is left to propose: 409; a disposed file is not disposed of again', async () => {
    expectError(
      await secretary.post('/api/v1/record-disposals', { agencyId: w.agencyA, reason: 'Lần hai' }),
      409,
      'RECORD_NOTHING_DUE',
    );
    expectError(
      await secretary.post('/api/v1/record-disposals', {
        agencyId: w.agencyA,
        fileIds: [due.id],
        reason: 'Lần hai',
      }),
      409,
      'RECORD_FILE_NOT_DUE',
    );
  });
});
