import { createHash } from 'node:crypto';
import { TestApp } from './harness';
import { docx } from './ooxml';

export const PDF = (text: string) =>
  Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
/** A minimal valid DOCX package (the intake checks OOXML packages, not only their first bytes). */
export const DOCX = (text: string) => docx(text);
export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A small client bound to one user's token, for the document and approval endpoints. */
export function client(t: TestApp, token: string) {
  const auth = { Authorization: `Bearer ${token}` };
  return {
    get: (path: string) => t.http().get(path).set(auth),
    post: (path: string, body: object = {}) => t.http().post(path).set(auth).send(body),
    patch: (path: string, body: object) => t.http().patch(path).set(auth).send(body),
    delete: (path: string) => t.http().delete(path).set(auth),
    put: (path: string, body: object) => t.http().put(path).set(auth).send(body),
    upload: (documentId: string, versionId: string, bytes: Buffer, name: string) =>
      t
        .http()
        .post(`/api/v1/documents/${documentId}/versions/${versionId}/files`)
        .set(auth)
        .attach('file', bytes, name),
  };
}

export type Client = ReturnType<typeof client>;

/**
 * Runs a request through every step of the agency's default workflow (ISO secretary, then head
 * of agency), each decision naming the step it decides.
 */
export async function approveAll(requestId: string, secretary: Client, approver: Client): Promise<void> {
  await secretary
    .post(`/api/v1/approval-requests/${requestId}/approve`, { comment: 'Đã xem xét', stepOrder: 1 })
    .expect(200);
  await approver
    .post(`/api/v1/approval-requests/${requestId}/approve`, { comment: 'Đồng ý ban hành', stepOrder: 2 })
    .expect(200);
}
