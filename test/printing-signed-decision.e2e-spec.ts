import { PDFDocument } from 'pdf-lib';
import { signPdf } from '../libs/signatures/src/signing-provider';
import { TestCa } from '../libs/signatures/src/testing/test-pki';
import { approveAll, client, Client, sha256 } from './support/documents';
import { binary, draftDocument, expectError, openRequest, RequestBody } from './support/approvals';
import { startTestApp, TestApp } from './support/harness';
import { buildWorld, World } from './support/world';

const PDF_TYPE = 'application/pdf';

interface SignedDecisionBody {
  requestId: string;
  sha256: string;
  printedSha256: string;
  size: number;
  signatures: {
    role: string;
    status: string;
    signer: { commonName: string; organization: string };
    coversWholeDocument: boolean;
  }[];
}

/**
 * Issue 16: an issued decision carries the two signatures of Nghị định 30/2020 (Phụ lục I) — the
 * competent person's, then the agency's, each with its visible box — added by the agency outside
 * the system to the very PDF the system printed; the system checks both before keeping the copy.
 */
describe('the signed decision to issue (issue 16)', () => {
  // a throw-away CA made here; it is the only trust anchor of this app
  const ca = new TestCa('Test Root CA', 'Ban Cơ yếu Chính phủ (thử nghiệm)');
  const unknownCa = new TestCa('Unknown CA');
  const head = ca.issue({ commonName: 'Nguyễn Văn Ánh', organization: 'Sở Tư pháp' });
  const agencySeal = ca.issue({ commonName: 'Sở Tư pháp', organization: 'UBND tỉnh Kon Tum' });
  const stranger = unknownCa.issue({ commonName: 'Người lạ' });

  let t: TestApp;
  let w: World;
  let drafterA: Client, secretaryA: Client, approverA: Client, approverB: Client;
  const as = (key: string) => client(t, w.users[key].token);

  beforeAll(async () => {
    t = await startTestApp({ SIGNATURE_TRUST_ANCHORS: ca.pem });
    w = await buildWorld(t, 'sd.');
    [drafterA, secretaryA, approverA, approverB] = [
      'a.drafter',
      'a.iso_secretary',
      'a.approver',
      'b.approver',
    ].map(as);
  }, 120000);

  afterAll(async () => {
    await t?.close();
  });

  async function issued(code: string): Promise<RequestBody> {
    const document = await draftDocument(drafterA, w.agencyA, code, { title: `Quy trình ${code}` });
    const request = await openRequest(drafterA, {
      kind: 'ISSUE',
      documentId: document.id,
      reason: `Ban hành ${code}`,
    });
    await drafterA.post(`/api/v1/approval-requests/${request.id}/submit`).expect(200);
    await approveAll(request.id, secretaryA, approverA);
    return request;
  }

  const printed = async (c: Client, requestId: string) => {
    const response = await c
      .get(`/api/v1/approval-requests/${requestId}/decision?format=pdf`)
      .buffer(true)
      .parse(binary);
    return response;
  };

  const upload = (user: string, requestId: string, bytes: Buffer) =>
    t
      .http()
      .post(`/api/v1/approval-requests/${requestId}/decision/signed`)
      .set('Authorization', `Bearer ${w.users[user].token}`)
      .attach('file', bytes, 'quyet-dinh-da-ky.pdf');

  /** The head of agency signs first (box on the left), then the agency (box on the right). */
  async function twoSignatures(pdf: Buffer, first = head, second = agencySeal): Promise<Buffer> {
    const once = await signPdf(pdf, first.provider(), {
      reason: 'Ký ban hành quyết định',
      appearance: { page: 0, x: 300, y: 150, width: 250, height: 50, lines: [] },
    });
    return signPdf(once, second.provider(), {
      reason: 'Ký số của cơ quan',
      appearance: { page: 0, x: 300, y: 90, width: 250, height: 50, lines: [] },
    });
  }

  const stateOf = async (requestId: string) => ({
    signed: await t.sql('SELECT id FROM signed_decisions WHERE request_id = $1', [requestId]),
    audit: await t.sql("SELECT id FROM audit_trail WHERE subject_id = $1 AND action = 'decision.signed'", [
      requestId,
    ]),
  });

  let request: RequestBody;
  let decision: Buffer;

  beforeAll(async () => {
    request = await issued('QT-SD-01');
    const first = await printed(drafterA, request.id);
    expect(first.status).toBe(200);
    decision = first.body as Buffer;
  });

  it('keeps the decision as first printed: a later print sends the same bytes', async () => {
    const again = await printed(approverA, request.id);
    expect(again.status).toBe(200);
    expect(sha256(again.body as Buffer)).toBe(sha256(decision));
    const [row] = await t.sql<{ sha256: string }>(
      'SELECT sha256 FROM decision_prints WHERE request_id = $1',
      [request.id],
    );
    expect(row.sha256).toBe(sha256(decision));
  });

  describe('refused uploads: 409 with the reason, nothing kept', () => {
    it('only the competent person signed → 409 DECISION_SIGNATURES_MISSING', async () => {
      const once = await signPdf(decision, head.provider(), {
        appearance: { page: 0, x: 300, y: 150, width: 250, height: 50, lines: [] },
      });
      const response = await upload('a.iso_secretary', request.id, once);
      expectError(response, 409, 'DECISION_SIGNATURES_MISSING');
      expect(response.body.message).toContain('hai chữ ký số');
      expect(await stateOf(request.id)).toEqual({ signed: [], audit: [] });
    });

    it('the unsigned decision itself → 409 DECISION_SIGNATURES_MISSING', async () => {
      expectError(await upload('a.iso_secretary', request.id, decision), 409, 'DECISION_SIGNATURES_MISSING');
    });

    it("another request's decision, signed twice → 409 DECISION_SIGNED_FILE_MISMATCH", async () => {
      const other = await issued('QT-SD-02');
      const otherPdf = (await printed(drafterA, other.id)).body as Buffer;
      const response = await upload('a.iso_secretary', request.id, await twoSignatures(otherPdf));
      expectError(response, 409, 'DECISION_SIGNED_FILE_MISMATCH');
      expect(await stateOf(request.id)).toEqual({ signed: [], audit: [] });
    });

    it('the printed bytes changed before signing → 409 DECISION_SIGNED_FILE_MISMATCH', async () => {
      // the printed decision edited and saved again (one more line of text) before signing
      const doc = await PDFDocument.load(decision);
      doc.getPage(0).drawText('Dieu 4. Them mot dieu', { x: 72, y: 60, size: 11 });
      const changed = Buffer.from(await doc.save());
      const response = await upload('a.iso_secretary', request.id, await twoSignatures(changed));
      expectError(response, 409, 'DECISION_SIGNED_FILE_MISMATCH');
      expect(await stateOf(request.id)).toEqual({ signed: [], audit: [] });
    });

    it('bytes changed after the signatures → 409 DECISION_SIGNATURE_NOT_VALID', async () => {
      const signed = await twoSignatures(decision);
      const tampered = Buffer.concat([signed, Buffer.from('\n% thêm sau khi ký\n')]);
      const response = await upload('a.iso_secretary', request.id, tampered);
      expectError(response, 409, 'DECISION_SIGNATURE_NOT_VALID');
      expect(response.body.message).toContain('thứ 2');
      expect(await stateOf(request.id)).toEqual({ signed: [], audit: [] });
    });

    it('the agency signature by a certificate outside the trust anchors → 409 DECISION_SIGNATURE_NOT_VALID', async () => {
      const response = await upload(
        'a.iso_secretary',
        request.id,
        await twoSignatures(decision, head, stranger),
      );
      expectError(response, 409, 'DECISION_SIGNATURE_NOT_VALID');
      expect(response.body.message).toContain('UNTRUSTED');
      expect(await stateOf(request.id)).toEqual({ signed: [], audit: [] });
    });

    it('both signatures by the same certificate → 409 DECISION_SIGNERS_NOT_DISTINCT', async () => {
      const response = await upload('a.iso_secretary', request.id, await twoSignatures(decision, head, head));
      expectError(response, 409, 'DECISION_SIGNERS_NOT_DISTINCT');
    });

    it("another agency's approver → 404; the drafter (no văn thư role) → 403; nothing kept", async () => {
      const signed = await twoSignatures(decision);
      expectError(await upload('b.approver', request.id, signed), 404, 'NOT_FOUND');
      expectError(await upload('a.drafter', request.id, signed), 403, 'FORBIDDEN');
      expect(await stateOf(request.id)).toEqual({ signed: [], audit: [] });
      const seen = await approverB.get(`/api/v1/approval-requests/${request.id}/decision/signatures`);
      expect(seen.status).toBe(404);
    });
  });

  describe('the decision signed by the competent person and the agency', () => {
    let signed: Buffer;

    it('is accepted (201) with both signatures VALID, person first, agency second', async () => {
      const before = await drafterA
        .get(`/api/v1/approval-requests/${request.id}/decision/signatures`)
        .expect(200);
      expect(before.body).toMatchObject({ signed: false, sha256: null, signatures: [] });
      signed = await twoSignatures(decision);
      const response = await upload('a.iso_secretary', request.id, signed);
      expect(response.status).toBe(201);
      const body = response.body as SignedDecisionBody;
      expect(body).toMatchObject({
        requestId: request.id,
        signed: true,
        sha256: sha256(signed),
        printedSha256: sha256(decision),
        size: signed.length,
      });
      expect(body.signatures.map((s) => [s.role, s.status, s.signer.commonName])).toEqual([
        ['PERSON', 'VALID', 'Nguyễn Văn Ánh'],
        ['AGENCY', 'VALID', 'Sở Tư pháp'],
      ]);
      expect(body.signatures[1].coversWholeDocument).toBe(true);
      const { audit } = await stateOf(request.id);
      expect(audit).toHaveLength(1);
    });

    it('GET …/decision?format=pdf now sends the signed copy', async () => {
      const response = await printed(drafterA, request.id);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(PDF_TYPE);
      expect(response.headers['content-disposition']).toContain('-da-ky.pdf');
      expect(sha256(response.body as Buffer)).toBe(sha256(signed));
      // the printed decision is its first revision, unchanged
      expect(sha256((response.body as Buffer).subarray(0, decision.length))).toBe(sha256(decision));
    });

    it('GET …/decision/signatures shows both, checked; the requester sees them, another agency does not', async () => {
      const response = await drafterA
        .get(`/api/v1/approval-requests/${request.id}/decision/signatures`)
        .expect(200);
      const body = response.body as SignedDecisionBody;
      expect(body.signatures.map((s) => [s.role, s.status])).toEqual([
        ['PERSON', 'VALID'],
        ['AGENCY', 'VALID'],
      ]);
      expect(
        (await approverB.get(`/api/v1/approval-requests/${request.id}/decision/signatures`)).status,
      ).toBe(404);
      expect((await printed(approverB, request.id)).status).toBe(404);
    });

    it('a second upload → 409 DECISION_ALREADY_SIGNED, the kept copy unchanged', async () => {
      const again = await twoSignatures(decision);
      expectError(await upload('a.approver', request.id, again), 409, 'DECISION_ALREADY_SIGNED');
      const rows = await t.sql<{ sha256: string }>(
        'SELECT sha256 FROM signed_decisions WHERE request_id = $1',
        [request.id],
      );
      expect(rows.map((r) => r.sha256)).toEqual([sha256(signed)]);
    });
  });

  it('a request never printed cannot be filed signed: 409 DECISION_NOT_PRINTED', async () => {
    const fresh = await issued('QT-SD-03');
    const response = await upload('a.iso_secretary', fresh.id, await twoSignatures(decision));
    expectError(response, 409, 'DECISION_NOT_PRINTED');
  });
});
