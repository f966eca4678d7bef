import JSZip from 'jszip';
import { entryHash, AuditHashAlg } from '../../libs/platform/src';
import { draftDocument, openRequest, submittedIssue } from './approvals';
import { auditBody, auditTeam, ok, thisYear, today } from './audits';
import { approveAll, client, Client, DOCX, PDF, sha256 } from './documents';
import { TestApp } from './harness';
import { binary } from './multipart';
import { approvedList } from './records';
import { waitFor } from './wait';
import { World } from './world';

/** One file the seed stored, as the export must give it back. */
export interface SeededFile {
  code: string;
  revision: number;
  name: string;
  sha256: string;
}

export interface ExportSeed {
  files: SeededFile[];
  procedureId: string;
  formId: string;
  nonconformityCount: number;
}

/** Issues a draft document (file already on its draft) through the default workflow. */
async function issue(drafter: Client, secretary: Client, approver: Client, documentId: string) {
  const request = await submittedIssue(drafter, documentId);
  await approveAll(request.id, secretary, approver);
}

/**
 * Agency A with what an export must carry: a procedure in its second revision (revision 1 with
 * a PDF, revision 2 with a PDF and a DOCX), a form under it, a yearly list of records (with the
 * procedures it needs), an internal audit with a major nonconformity finding (which opens a
 * nonconformity), a management review.
 */
export async function seedAgencyForExport(t: TestApp, w: World): Promise<ExportSeed> {
  const drafter = client(t, w.users['a.drafter'].token);
  const secretary = client(t, w.users['a.iso_secretary'].token);
  const approver = client(t, w.users['a.approver'].token);
  const files: SeededFile[] = [];

  const procedure = await draftDocument(drafter, w.agencyA, 'QT-01', {
    title: 'Quy trình kiểm soát tài liệu',
  });
  files.push({ code: 'QT-01', revision: 1, name: 'QT-01.pdf', sha256: sha256(PDF('QT-01')) });
  await issue(drafter, secretary, approver, procedure.id);
  const revision = await ok(
    drafter.post(`/api/v1/documents/${procedure.id}/revisions`, {
      reason: 'Cập nhật theo Nghị định 30/2020',
    }),
    201,
  );
  for (const [name, bytes] of [
    ['QT-01 lần 2.pdf', PDF('QT-01 lần 2')],
    ['Lưu đồ QT-01.docx', DOCX('Lưu đồ kiểm soát tài liệu')],
  ] as const) {
    await ok(drafter.upload(procedure.id, revision.id, bytes, name), 201);
    files.push({ code: 'QT-01', revision: 2, name, sha256: sha256(bytes) });
  }
  // the copied file of revision 1 stays on revision 2 as well (a revision starts from the effective one)
  files.push({ code: 'QT-01', revision: 2, name: 'QT-01.pdf', sha256: sha256(PDF('QT-01')) });
  const revise = await openRequest(drafter, {
    kind: 'REVISION',
    documentId: procedure.id,
    versionId: revision.id,
  });
  await ok(drafter.post(`/api/v1/approval-requests/${revise.id}/submit`));
  await approveAll(revise.id, secretary, approver);

  const form = await ok(
    drafter.post('/api/v1/documents', {
      agencyId: w.agencyA,
      code: 'BM-01/QT-01',
      title: 'Phiếu đề nghị ban hành tài liệu',
      type: 'FORM',
      parentId: procedure.id,
    }),
    201,
  );
  const formBytes = PDF('BM-01/QT-01');
  await ok(drafter.upload(form.id, form.draftVersion.id, formBytes, 'BM-01.pdf'), 201);
  files.push({ code: 'BM-01/QT-01', revision: 1, name: 'BM-01.pdf', sha256: sha256(formBytes) });
  await issue(drafter, secretary, approver, form.id);

  // a yearly list of records, approved (its procedures are documents too, with their files)
  await approvedList(t, w, thisYear(), 'HS');

  // an internal audit with a major nonconformity (opens one), and a management review
  const team = await auditTeam(t, w, 'x');
  const programme = await ok(
    secretary.post('/api/v1/audit-programmes', {
      agencyId: w.agencyA,
      year: thisYear(),
      objectives: 'Đánh giá toàn bộ HTQLCL',
    }),
    201,
  );
  const audit = await ok(
    secretary.post(
      '/api/v1/audits',
      auditBody(programme.id, w, { leadAuditorId: team.lead.id, auditorIds: [team.second.id] }),
    ),
    201,
  );
  await ok(team.lead.client.post(`/api/v1/audits/${audit.id}/start`));
  await ok(
    team.lead.client.post(`/api/v1/audits/${audit.id}/findings`, {
      type: 'MAJOR_NC',
      clause: '8.5.1',
      description: 'Hồ sơ TTHC trả kết quả trễ hạn không có văn bản xin lỗi',
      evidence: 'Sổ theo dõi hồ sơ tháng 2',
    }),
    201,
  );
  await ok(
    secretary.post('/api/v1/management-reviews', {
      agencyId: w.agencyA,
      title: `Họp xem xét của lãnh đạo năm ${thisYear()}`,
      plannedDate: today(),
      chairId: w.users['a.approver'].id,
      participantIds: [w.users['a.iso_secretary'].id],
    }),
    201,
  );
  const [{ count }] = await t.sql<{ count: string }>(
    'SELECT count(*) FROM nonconformities WHERE agency_id = $1',
    [w.agencyA],
  );
  return { files, procedureId: procedure.id, formId: form.id, nonconformityCount: Number(count) };
}

/** Polls the export until it has ended (COMPLETED or FAILED). */
export function finishedExport(c: Client, id: string) {
  return waitFor(
    `export ${id} to finish`,
    async () => {
      const body = (await c.get(`/api/v1/exports/${id}`).expect(200)).body;
      return ['COMPLETED', 'FAILED'].includes(body.status) ? body : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 200 },
  );
}

/** GET …/content: the ZIP's bytes as a Buffer (an error answer's JSON parsed as usual). */
export async function downloadExport(c: Client, id: string) {
  const response = await c.get(`/api/v1/exports/${id}/content`).buffer(true).parse(binary);
  if (String(response.headers['content-type']).startsWith('application/json'))
    response.body = JSON.parse((response.body as Buffer).toString('utf8'));
  return response;
}

export async function openZip(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  return {
    names: Object.keys(zip.files).filter((name) => !zip.files[name].dir),
    bytes: async (name: string) => {
      const file = zip.file(name);
      if (!file) throw new Error(`${name} is not in the archive`);
      return file.async('nodebuffer');
    },
    json: async <T = any>(name: string): Promise<T> => {
      const file = zip.file(name);
      if (!file) throw new Error(`${name} is not in the archive`);
      return JSON.parse(await file.async('string')) as T;
    },
  };
}

/** True when every exported audit-trail entry still hashes, with the installation's key, to the hash it carries. */
export function entriesVerify(jsonl: string, key: string): { ok: boolean; checked: number } {
  const entries = jsonl
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
  for (const entry of entries) {
    const fields = { ...entry, occurredAt: new Date(entry.occurredAt) };
    if (entryHash(entry.hashAlg as AuditHashAlg, key, entry.prevHash, fields) !== entry.hash)
      return { ok: false, checked: entries.length };
  }
  return { ok: true, checked: entries.length };
}
