import { seedKonTum } from '../../apps/cli/src/seed/kon-tum-seed';
import { approveAll, client, Client, PDF } from './documents';
import { ok, thisYear, today } from './audits';
import { TestApp } from './harness';
import { qualifyAuditors } from './qms';

export const DEMO_PASSWORD = 'Demo@12345';

export interface KonTum {
  provinceId: string;
  /** Agency ids by the plan's row number (3 = Sở Tư pháp, 46 = phường Quyết Thắng). */
  agencyIdsByNo: Map<number, string>;
  stpId: string;
  stpQmsId: string;
  /** Demo users of Sở Tư pháp and the provincial oversight, logged in. */
  users: Record<
    | 'oversight'
    | 'admin'
    | 'secretary'
    | 'drafter'
    | 'reviewer'
    | 'approver'
    | 'auditor'
    | 'staff'
    | 'communeSecretary',
    { id: string; token: string; client: Client }
  >;
}

/** The Kon Tum seed (147 agencies under the province, a QMS each, the demo users), logged in. */
export async function konTum(t: TestApp): Promise<KonTum> {
  const seeded = await seedKonTum(t.app, { password: DEMO_PASSWORD });
  const stpId = seeded.agencyIdsByNo.get(3)!;
  const [{ quality_system_id: stpQmsId }] = await t.sql<{ quality_system_id: string }>(
    'SELECT quality_system_id FROM quality_system_agencies WHERE agency_id = $1',
    [stpId],
  );
  const names = {
    oversight: 'skhcn.giamsat',
    admin: 'stp.quantri',
    secretary: 'stp.thuky',
    drafter: 'stp.soanthao',
    reviewer: 'stp.xemxet',
    approver: 'stp.pheduyet',
    auditor: 'stp.danhgia',
    staff: 'stp.nhanvien',
    communeSecretary: 'qt.thuky',
  } as const;
  const users = {} as KonTum['users'];
  for (const [key, username] of Object.entries(names) as [keyof typeof names, string][]) {
    const token = await t.login(username, DEMO_PASSWORD);
    const [{ id }] = await t.sql<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
    users[key] = { id, token, client: client(t, token) };
  }
  // the demo internal auditor's training, as the CLI seed gives it (apps/cli/src/seed/qms-seed.ts)
  await qualifyAuditors(t, users.auditor.id, [{ agencyId: stpId, roles: ['INTERNAL_AUDITOR'] }]);
  return { provinceId: seeded.provinceId, agencyIdsByNo: seeded.agencyIdsByNo, stpId, stpQmsId, users };
}

/** Creates a document and takes it through the default approval (secretary, then head of agency) to EFFECTIVE. */
export async function issueDocument(
  drafter: Client,
  secretary: Client,
  approver: Client,
  body: {
    agencyId: string;
    code: string;
    title: string;
    type: string;
    administrativeProcedureCodes?: string[];
  },
): Promise<{ id: string }> {
  const document = await ok(drafter.post('/api/v1/documents', body), 201);
  await ok(drafter.upload(document.id, document.draftVersion.id, PDF(body.code), `${body.code}.pdf`), 201);
  const request = await ok(
    drafter.post('/api/v1/approval-requests', { kind: 'ISSUE', documentId: document.id, reason: 'Ban hành' }),
    201,
  );
  await ok(drafter.post(`/api/v1/approval-requests/${request.id}/submit`));
  await approveAll(request.id, secretary, approver);
  const issued = await ok(drafter.get(`/api/v1/documents/${document.id}`));
  if (issued.status !== 'EFFECTIVE') throw new Error(`document ${body.code} is ${issued.status}`);
  return { id: document.id };
}

/** Revises an effective document: a new revision through the same approval, effective today. */
export async function reviseDocument(
  drafter: Client,
  secretary: Client,
  approver: Client,
  documentId: string,
  code: string,
): Promise<void> {
  const revision = await ok(
    drafter.post(`/api/v1/documents/${documentId}/revisions`, { reason: 'Cập nhật theo văn bản mới' }),
    201,
  );
  const versionId = (revision.id ?? revision.draftVersion?.id) as string;
  await ok(drafter.upload(documentId, versionId, PDF(`${code} sửa đổi`), `${code}-r2.pdf`), 201);
  const request = await ok(
    drafter.post('/api/v1/approval-requests', { kind: 'REVISION', documentId, reason: 'Sửa đổi' }),
    201,
  );
  await ok(drafter.post(`/api/v1/approval-requests/${request.id}/submit`));
  await approveAll(request.id, secretary, approver);
}

/**
 * An internal audit of the agency's QMS, held and reported today by a lead auditor whose unit is
 * registered, with the findings given. Returns the audit and the nonconformities its findings opened.
 */
export async function holdAudit(
  secretary: Client,
  lead: { id: string; client: Client },
  agencyId: string,
  findings: { type: string; clause: string; description: string }[],
  options: { programmeId?: string; title?: string } = {},
): Promise<{ auditId: string; programmeId: string; nonconformityIds: string[] }> {
  const year = thisYear();
  await ok(secretary.put(`/api/v1/agencies/${agencyId}/auditors/${lead.id}`, { unit: 'Văn phòng Sở' }));
  const programmeId =
    options.programmeId ??
    (
      await ok(
        secretary.post('/api/v1/audit-programmes', {
          agencyId,
          year,
          objectives: 'Đánh giá toàn bộ các quá trình của HTQLCL ít nhất một lần trong năm',
        }),
        201,
      )
    ).id;
  const audit = await ok(
    secretary.post('/api/v1/audits', {
      programmeId,
      title: options.title ?? `Đánh giá nội bộ năm ${year}`,
      scope: {
        processes: ['Quy trình chứng thực'],
        clauses: ['7.5.3', '8.5.1'],
        units: ['Phòng Hành chính tư pháp'],
      },
      criteria: 'TCVN ISO 9001:2015; các quy trình nội bộ',
      plannedStart: today(),
      plannedEnd: today(),
      leadAuditorId: lead.id,
      auditorIds: [],
      auditeeAgencyIds: [agencyId],
    }),
    201,
  );
  await ok(lead.client.post(`/api/v1/audits/${audit.id}/start`));
  const nonconformityIds: string[] = [];
  for (const finding of findings) {
    const created = await ok(
      lead.client.post(`/api/v1/audits/${audit.id}/findings`, {
        ...finding,
        evidence: 'Hồ sơ kiểm tra ngẫu nhiên',
      }),
      201,
    );
    if (created.nonconformity) nonconformityIds.push(created.nonconformity.id);
  }
  await ok(lead.client.post(`/api/v1/audits/${audit.id}/report`, { summary: 'Báo cáo kết quả đánh giá' }));
  return { auditId: audit.id, programmeId, nonconformityIds };
}

/** Takes a nonconformity through analysis, one action, its completion, verification and closure. */
export async function closeNonconformity(
  ncId: string,
  people: { secretary: Client; owner: { id: string; client: Client }; verifier: Client },
): Promise<void> {
  const { secretary, owner, verifier } = people;
  await ok(
    secretary.post(`/api/v1/nonconformities/${ncId}/analysis`, {
      correction: 'Khắc phục ngay hồ sơ sai sót',
      rootCause: 'Chưa phổ biến quy trình cho chuyên viên mới',
      method: 'FIVE_WHYS',
    }),
  );
  const action = await ok(
    secretary.post(`/api/v1/nonconformities/${ncId}/actions`, {
      description: 'Tập huấn lại quy trình',
      ownerId: owner.id,
      dueDate: today(),
    }),
    201,
  );
  await ok(owner.client.post(`/api/v1/corrective-actions/${action.id}/complete`, { note: 'Đã tập huấn' }));
  await ok(
    verifier.post(`/api/v1/nonconformities/${ncId}/verify`, { effective: true, comment: 'Có hiệu lực' }),
  );
  await ok(secretary.post(`/api/v1/nonconformities/${ncId}/close`));
}

/** A management review of the agency's QMS, planned and held today, chaired by the head of agency. */
export async function holdReview(
  secretary: Client,
  chair: { id: string; client: Client },
  agencyId: string,
): Promise<string> {
  const review = await ok(
    secretary.post('/api/v1/management-reviews', {
      agencyId,
      title: `Họp xem xét của lãnh đạo năm ${thisYear()}`,
      plannedDate: today(),
      chairId: chair.id,
      participantIds: [],
    }),
    201,
  );
  await ok(
    chair.client.post(`/api/v1/management-reviews/${review.id}/hold`, {
      heldOn: today(),
      minutes: 'Lãnh đạo kết luận HTQLCL phù hợp và có hiệu lực',
    }),
  );
  return review.id as string;
}

/** Posts a CSV body (text/csv, UTF-8). */
export function postCsv(t: TestApp, token: string, path: string, csv: string) {
  return t
    .http()
    .post(path)
    .set('Authorization', `Bearer ${token}`)
    .set('Content-Type', 'text/csv; charset=utf-8')
    .send(Buffer.from(csv, 'utf8'));
}
