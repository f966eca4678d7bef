import { databaseFingerprint } from './support/agency-fixtures';
import { startTestApp, TestApp } from './support/harness';
import { client, Client, PDF } from './support/documents';
import { expectError, ok, thisYear } from './support/audits';
import { approvedList, uploadItem } from './support/records';
import { buildWorld, World } from './support/world';

/**
 * Who sees and changes an agency's records: its members read them, its ISO secretary keeps them,
 * its head of agency approves; the province's OVERSIGHT reads without changing anything; another
 * agency, and another province's oversight, learn nothing (404, absent from lists, nothing written).
 */
describe('records: scoping by agency and role (the attacks each boundary stops)', () => {
  let t: TestApp;
  let w: World;
  let ids: Record<string, string>;
  let outsiders: [string, Client][];

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    const setup = await approvedList(t, w, thisYear());
    const item = setup.list.items.find((i: any) => i.code === 'QT-05.01');
    const file = await ok(
      setup.secretary.post('/api/v1/record-files', { listItemId: item.id, openedOn: '2015-01-05' }),
      201,
    );
    const recordItem = await ok(
      uploadItem(t, w.users['a.iso_secretary'].token, file.id, PDF('bi mat A'), 'bi-mat.pdf'),
      201,
    );
    await ok(setup.secretary.post(`/api/v1/record-files/${file.id}/close`, { closedOn: '2016-12-31' }));
    const disposal = await ok(
      setup.secretary.post('/api/v1/record-disposals', { agencyId: w.agencyA, reason: 'Hủy hồ sơ' }),
      201,
    );
    ids = {
      procedureRecord: setup.declared[0].id,
      list: setup.list.id,
      listItem: item.id,
      file: file.id,
      item: recordItem.id,
      disposal: disposal.id,
    };
    outsiders = [
      ...['iso_secretary', 'approver', 'agency_admin', 'staff'].map(
        (role) => [`b.${role}`, client(t, w.users[`b.${role}`].token)] as [string, Client],
      ),
      ['p2.oversight', client(t, w.users['p2.oversight'].token)],
    ];
  });

  afterAll(async () => {
    await t.close();
  });

  const reads = () => [
    `/api/v1/procedure-records/${ids.procedureRecord}`,
    `/api/v1/record-lists/${ids.list}`,
    `/api/v1/record-lists/${ids.list}?format=xlsx`,
    `/api/v1/record-files/${ids.file}`,
    `/api/v1/record-files/${ids.file}/items`,
    `/api/v1/record-files/${ids.file}/items/${ids.item}/content`,
    `/api/v1/record-disposals/${ids.disposal}`,
  ];

  it("another agency and another province's oversight: 404 on every record of A, none in their lists", async () => {
    for (const [who, c] of outsiders) {
      for (const path of reads()) {
        const response = await c.get(path);
        expect({ who, path, status: response.status }).toEqual({ who, path, status: 404 });
      }
      for (const list of ['procedure-records', 'record-lists', 'record-files', 'record-disposals']) {
        const all = await ok(c.get(`/api/v1/${list}`));
        expect({ who, list, total: all.total }).toEqual({ who, list, total: 0 });
        const asked = await ok(c.get(`/api/v1/${list}?agencyId=${w.agencyA}`));
        expect({ who, list, total: asked.total }).toEqual({ who, list, total: 0 });
      }
      const searched = await ok(c.get('/api/v1/record-files?q=ho%20so'));
      expect(searched.total).toBe(0);
    }
  });

  it('another agency cannot write into A (404), and nothing is written', async () => {
    const before = await databaseFingerprint(t);
    for (const [who, c] of outsiders) {
      const attempts = [
        await c.post('/api/v1/procedure-records', {
          documentId: (await t.sql<{ id: string }>("SELECT id FROM documents WHERE code = 'QT-05'"))[0].id,
          name: 'x',
          ownerUnit: 'x',
          location: 'x',
          retentionYears: 5,
          medium: 'PAPER',
        }),
        await c.patch(`/api/v1/procedure-records/${ids.procedureRecord}`, { name: 'x' }),
        await c.post('/api/v1/record-lists', { agencyId: w.agencyA, year: thisYear() + 5 }),
        await c.patch(`/api/v1/record-lists/${ids.list}`, { title: 'x' }),
        await c.post('/api/v1/record-files', { listItemId: ids.listItem }),
        await c.post(`/api/v1/record-files/${ids.file}/close`, {}),
        await c.post(`/api/v1/record-files/${ids.file}/legal-hold`, { reason: 'x' }),
        await c.post(`/api/v1/record-files/${ids.file}/legal-hold/release`, { reason: 'x' }),
        await uploadItem(t, w.users[who].token, ids.file, PDF('x'), 'x.pdf'),
        await c.post('/api/v1/record-disposals', { agencyId: w.agencyA, reason: 'x' }),
        await c.post('/api/v1/approval-requests', {
          kind: 'DISPOSAL',
          subjectType: 'recordDisposal',
          subjectId: ids.disposal,
          reason: 'x',
        }),
        await c.post('/api/v1/approval-requests', {
          kind: 'RECORD_LIST',
          subjectType: 'recordList',
          subjectId: ids.list,
          reason: 'x',
        }),
      ];
      attempts.forEach((response, index) =>
        expect({ who, index, status: response.status }).toEqual({ who, index, status: 404 }),
      );
    }
    expect(await databaseFingerprint(t)).toEqual(before);
  });

  it("A's staff and the province's oversight read A's records but change nothing (403)", async () => {
    const readers: [string, Client][] = [
      ['a.staff', client(t, w.users['a.staff'].token)],
      ['a.drafter', client(t, w.users['a.drafter'].token)],
      ['p1.oversight', client(t, w.users['p1.oversight'].token)],
    ];
    for (const [who, c] of readers) {
      for (const path of reads()) {
        const response = await c.get(path);
        expect({ who, path, status: response.status }).toEqual({ who, path, status: 200 });
      }
      const files = await ok(c.get(`/api/v1/record-files?agencyId=${w.agencyA}`));
      expect(files.items.map((f: any) => f.id)).toEqual([ids.file]);
    }
    const before = await databaseFingerprint(t);
    for (const [who, c] of readers) {
      const attempts = [
        await c.patch(`/api/v1/procedure-records/${ids.procedureRecord}`, { name: 'x' }),
        await c.post('/api/v1/record-lists', { agencyId: w.agencyA, year: thisYear() + 5 }),
        await c.post('/api/v1/record-files', { listItemId: ids.listItem }),
        await c.post(`/api/v1/record-files/${ids.file}/legal-hold`, { reason: 'x' }),
        await uploadItem(t, w.users[who].token, ids.file, PDF('x'), 'x.pdf'),
        await c.post('/api/v1/record-disposals', { agencyId: w.agencyA, reason: 'x' }),
      ];
      attempts.forEach((response, index) =>
        expect({ who, index, status: response.status, code: response.body.code }).toEqual({
          who,
          index,
          status: 403,
          code: 'FORBIDDEN',
        }),
      );
    }
    // refused writes are audited (access.denied); nothing else changed
    expect(await databaseFingerprint(t)).toEqual(before);
  });

  it("A's head of agency approves but does not keep records; the approval request is hidden from other agencies", async () => {
    const approver = client(t, w.users['a.approver'].token);
    expectError(
      await approver.post('/api/v1/record-lists', { agencyId: w.agencyA, year: thisYear() + 6 }),
      403,
      'FORBIDDEN',
    );
    const secretary = client(t, w.users['a.iso_secretary'].token);
    const request = await ok(
      secretary.post('/api/v1/approval-requests', {
        kind: 'DISPOSAL',
        subjectType: 'recordDisposal',
        subjectId: ids.disposal,
        reason: 'Đề nghị hủy',
      }),
      201,
    );
    for (const [who, c] of outsiders) {
      const response = await c.get(`/api/v1/approval-requests/${request.id}`);
      expect({ who, status: response.status }).toEqual({ who, status: 404 });
      expect({
        who,
        status: (await c.post(`/api/v1/approval-requests/${request.id}/submit`, {})).status,
      }).toEqual({
        who,
        status: 404,
      });
    }
    expect((await ok(approver.get(`/api/v1/approval-requests/${request.id}`))).subjectType).toBe(
      'recordDisposal',
    );
  });
});
