import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { addDays, toBusinessDate } from '../../libs/platform/src';
import { createUser } from './approvals';
import { client } from './documents';
import { TestApp } from './harness';
import { World } from './world';

/** What the tests read back of an audit (GET /audits/:id). */
export interface AuditBody {
  id: string;
  programmeId: string;
  agencyId: string;
  status: string;
  version: number;
  leadAuditorId: string;
  auditorIds: string[];
  findingCounts: Record<string, number>;
  nonconformities: { total: number; open: number };
}

export interface FindingBody {
  id: string;
  auditId: string;
  type: string;
  clause: string;
  nonconformity: { id: string; status: string } | null;
  attachments: { id: string; name: string; size: number; sha256: string }[];
}

export interface NonconformityBody {
  id: string;
  agencyId: string;
  source: string;
  severity: string;
  status: string;
  round: number;
  version: number;
  findingId: string | null;
  auditId: string | null;
  actions: { id: string; round: number; status: string; ownerId: string; version: number }[];
  verifications: { round: number; effective: boolean; comment: string; verifiedBy: string }[];
  analyses: { round: number; correction: string; rootCause: string; method: string }[];
}

/** Today in Viet Nam, and days from it (YYYY-MM-DD). */
export const today = () => toBusinessDate(new Date());
export const inDays = (days: number) => addDays(today(), days);
export const thisYear = () => Number(today().slice(0, 4));

/** Asserts the status and the error code of an answer (and that it is the documented error shape). */
export function expectError(response: Response, status: number, code: string): void {
  expect({ status: response.status, code: response.body?.code, body: response.body }).toMatchObject({
    status,
    code,
  });
  expect(response.body.statusCode).toBe(status);
  expect(typeof response.body.message).toBe('string');
  expect(Array.isArray(response.body.details)).toBe(true);
}

/** Fails with the body when the status is not the one expected (clearer than supertest's expect). */
export async function ok<T = any>(call: PromiseLike<Response>, status = 200): Promise<T> {
  const response = await call;
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body as T;
}

export { createUser } from './approvals';

/** Units registered for agency A's auditors in `auditTeam` (lead: Văn phòng Sở, second: Phòng Kế hoạch). */
export const LEAD_UNIT = 'Văn phòng Sở';
export const SECOND_UNIT = 'Phòng Kế hoạch - Tài chính';
export const AUDITED_UNITS = ['Phòng Hành chính tư pháp', 'Phòng Bổ trợ tư pháp'];

/**
 * Agency A's audit people: the world's a.internal_auditor as lead auditor and a second auditor,
 * both with their home units registered by the ISO secretary.
 */
export async function auditTeam(t: TestApp, w: World, prefix = '') {
  const secretary = client(t, w.users['a.iso_secretary'].token);
  const lead = {
    id: w.users['a.internal_auditor'].id,
    client: client(t, w.users['a.internal_auditor'].token),
  };
  const second = await createUser(t, w.adminToken, `${prefix}a.auditor2`, [
    { agencyId: w.agencyA, roles: ['INTERNAL_AUDITOR'] },
  ]);
  await ok(secretary.put(`/api/v1/agencies/${w.agencyA}/auditors/${lead.id}`, { unit: LEAD_UNIT }));
  await ok(secretary.put(`/api/v1/agencies/${w.agencyA}/auditors/${second.id}`, { unit: SECOND_UNIT }));
  return { secretary, lead, second };
}

export function auditBody(
  programmeId: string,
  w: World,
  team: { leadAuditorId: string; auditorIds: string[] },
  overrides: Record<string, unknown> = {},
) {
  const year = thisYear();
  return {
    programmeId,
    title: `Đánh giá nội bộ đợt 1 năm ${year}`,
    scope: {
      processes: ['Quy trình cấp phiếu lý lịch tư pháp', 'Quy trình chứng thực'],
      clauses: ['7.5.3', '8.5.1', '9.1.2', '10.3'],
      units: AUDITED_UNITS,
    },
    criteria: 'TCVN ISO 9001:2015; các quy trình nội bộ; quy định pháp luật liên quan',
    plannedStart: `${year}-03-02`,
    plannedEnd: `${year}-03-06`,
    auditeeAgencyIds: [w.agencyA],
    ...team,
    ...overrides,
  };
}

/** Reads a spreadsheet back: for each sheet, its rows as arrays of cell texts (header row first). */
export async function readXlsx(body: Buffer): Promise<Record<string, (string | number | null)[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheets: Record<string, (string | number | null)[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: (string | number | null)[][] = [];
    sheet.eachRow((row) => {
      // row.values is sparse (index 0 unused, empty cells are holes)
      const values = Array.from(row.values as unknown[]).slice(1);
      rows.push(values.map(cellText));
    });
    sheets[sheet.name] = rows;
  });
  return sheets;
}

function cellText(value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Uploads an evidence file to a finding (multipart field `file`). */
export function attach(t: TestApp, token: string, findingId: string, bytes: Buffer, name: string) {
  return t
    .http()
    .post(`/api/v1/findings/${findingId}/attachments`)
    .set('Authorization', `Bearer ${token}`)
    .attach('file', bytes, name);
}
