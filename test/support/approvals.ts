import type { Stream } from 'node:stream';
import type { Response } from 'supertest';
import { Role } from '../../libs/platform/src';
import { approveAll, client, Client, PDF } from './documents';
import { TestApp } from './harness';
import { PASSWORD } from './world';
import { qualifyAuditors } from './qms';

/** What the tests read back of a document (GET /documents/:id). */
export interface DocumentBody {
  id: string;
  agencyId: string;
  code: string;
  title: string;
  status: string;
  version: number;
  currentVersion: { id: string; revision: number; status: string; files?: FileBody[] } | null;
  draftVersion: { id: string; revision: number; status: string; files?: FileBody[] } | null;
}

export interface FileBody {
  id: string;
  name: string;
  sha256: string;
}

export interface StepBody {
  order: number;
  role: string;
  assigneeId: string | null;
  status: string;
  dueAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
}

export interface RequestBody {
  id: string;
  agencyId: string;
  kind: string;
  documentId: string;
  versionId: string | null;
  status: string;
  currentStep: number | null;
  version: number;
  steps: StepBody[];
  dueAt?: string | null;
}

/** The default workflow of an agency that has not set its own. */
export const DEFAULT_TEMPLATE = [
  { role: 'ISO_SECRETARY', slaDays: 3 },
  { role: 'APPROVER', slaDays: 5 },
];

/** Asserts the status and the error code of an answer (and that it is the documented error shape). */
export function expectError(response: Response, status: number, code: string): void {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  expect(response.body.statusCode).toBe(status);
  expect(typeof response.body.message).toBe('string');
}

/** A document in DRAFT; its first draft version holds a PDF unless `withFile` is false. */
export async function draftDocument(
  drafter: Client,
  agencyId: string,
  code: string,
  options: { title?: string; type?: string; ownerUnit?: string; withFile?: boolean } = {},
): Promise<DocumentBody> {
  const created = await drafter.post('/api/v1/documents', {
    agencyId,
    code,
    title: options.title ?? `Quy trình ${code}`,
    type: options.type ?? 'PROCEDURE',
    ...(options.ownerUnit ? { ownerUnit: options.ownerUnit } : {}),
  });
  if (created.status !== 201)
    throw new Error(`create ${code}: ${created.status} ${JSON.stringify(created.body)}`);
  const document = created.body as DocumentBody;
  if (options.withFile !== false) {
    const uploaded = await drafter.upload(document.id, document.draftVersion!.id, PDF(code), `${code}.pdf`);
    if (uploaded.status !== 201) throw new Error(`upload ${code}: ${uploaded.status}`);
  }
  return document;
}

/** Opens a request (201 expected) and returns it. */
export async function openRequest(
  requester: Client,
  body: { kind: string; documentId: string; reason?: string; versionId?: string; effectiveDate?: string },
): Promise<RequestBody> {
  const response = await requester.post('/api/v1/approval-requests', {
    reason: `Yêu cầu ${body.kind}`,
    ...body,
  });
  if (response.status !== 201)
    throw new Error(`open ${body.kind}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as RequestBody;
}

/** Opens an ISSUE request on the document and submits it: its first step is pending. */
export async function submittedIssue(drafter: Client, documentId: string): Promise<RequestBody> {
  const request = await openRequest(drafter, { kind: 'ISSUE', documentId });
  const submitted = await drafter.post(`/api/v1/approval-requests/${request.id}/submit`);
  if (submitted.status !== 200)
    throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return submitted.body as RequestBody;
}

/** A document made EFFECTIVE through the default workflow (ISO secretary, then approver). */
export async function effectiveDocument(
  people: { drafter: Client; secretary: Client; approver: Client },
  agencyId: string,
  code: string,
  options: { title?: string; type?: string; ownerUnit?: string } = {},
): Promise<DocumentBody> {
  const document = await draftDocument(people.drafter, agencyId, code, options);
  const request = await submittedIssue(people.drafter, document.id);
  await approveAll(request.id, people.secretary, people.approver);
  return (await people.drafter.get(`/api/v1/documents/${document.id}`).expect(200)).body as DocumentBody;
}

/** Creates a user (as the system administrator) and logs them in. */
export async function createUser(
  t: TestApp,
  adminToken: string,
  username: string,
  memberships: { agencyId: string; roles: Role[] }[],
): Promise<{ id: string; username: string; token: string; client: Client }> {
  const response = await client(t, adminToken).post('/api/v1/users', {
    username,
    password: PASSWORD,
    fullName: `Người dùng ${username}`,
    memberships,
  });
  if (response.status !== 201)
    throw new Error(`user ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  await qualifyAuditors(t, response.body.id as string, memberships);
  const token = await t.login(username, PASSWORD);
  return { id: response.body.id as string, username, token, client: client(t, token) };
}

/** Every item of a paged list, page by page (pageSize 100). */
export async function allItems<T>(c: Client, path: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const body = (await c.get(`${path}${separator}page=${page}&pageSize=100`).expect(200)).body as {
      items: T[];
      total: number;
    };
    items.push(...body.items);
    if (body.items.length === 0 || items.length >= body.total) return items;
  }
}

/** A supertest parser that keeps a binary body as a Buffer. */
export function binary(response: Stream, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}
