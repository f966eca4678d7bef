import { TestApp } from './harness';
import { client, Client, PDF } from './documents';
import { ok } from './audits';
import { World } from './world';

/** The ISO secretary and the head of agency (APPROVER) of agency A, and a procedure with its declared records. */
export async function recordsOf(t: TestApp, w: World, prefix = 'QT') {
  const secretary = client(t, w.users['a.iso_secretary'].token);
  const approver = client(t, w.users['a.approver'].token);
  const procedure = await ok(
    secretary.post('/api/v1/documents', {
      agencyId: w.agencyA,
      code: `${prefix}-05`,
      title: 'Quy trình đăng ký khai sinh',
      type: 'PROCEDURE',
    }),
    201,
  );
  const declared = [];
  for (const body of [
    {
      formCode: `BM-01/${prefix}-05`,
      name: 'Tờ khai đăng ký khai sinh',
      ownerUnit: 'Phòng Hành chính tư pháp',
      location: 'Kho lưu trữ Sở, tủ số 2',
      retentionYears: 5,
      medium: 'BOTH',
    },
    {
      formCode: `BM-02/${prefix}-05`,
      name: 'Sổ đăng ký khai sinh',
      ownerUnit: 'Phòng Hành chính tư pháp',
      location: 'Kho lưu trữ Sở, tủ số 1',
      permanent: true,
      medium: 'PAPER',
    },
  ])
    declared.push(
      await ok(secretary.post('/api/v1/procedure-records', { documentId: procedure.id, ...body }), 201),
    );
  return { secretary, approver, procedure, declared };
}

/** Opens the approval of a list or a disposal through the engine and has the head of agency approve it. */
export async function approveThroughEngine(
  secretary: Client,
  approver: Client,
  kind: 'RECORD_LIST' | 'DISPOSAL',
  subjectType: 'recordList' | 'recordDisposal',
  subjectId: string,
) {
  const request = await ok(
    secretary.post('/api/v1/approval-requests', {
      kind,
      subjectType,
      subjectId,
      reason: 'Trình thủ trưởng phê duyệt',
    }),
    201,
  );
  await ok(secretary.post(`/api/v1/approval-requests/${request.id}/submit`));
  return ok(
    approver.post(`/api/v1/approval-requests/${request.id}/approve`, { comment: 'Đồng ý', stepOrder: 1 }),
  );
}

/** An approved list of the year for agency A, built from the declared records. */
export async function approvedList(t: TestApp, w: World, year: number, prefix = 'QT') {
  const r = await recordsOf(t, w, prefix);
  const list = await ok(r.secretary.post('/api/v1/record-lists', { agencyId: w.agencyA, year }), 201);
  await approveThroughEngine(r.secretary, r.approver, 'RECORD_LIST', 'recordList', list.id);
  return { ...r, list: await ok(r.secretary.get(`/api/v1/record-lists/${list.id}`)) };
}

export function uploadItem(
  t: TestApp,
  token: string,
  fileId: string,
  bytes: Buffer,
  name: string,
  query = '',
) {
  return t
    .http()
    .post(`/api/v1/record-files/${fileId}/items${query}`)
    .set('Authorization', `Bearer ${token}`)
    .attach('file', bytes, name);
}

export { PDF };
