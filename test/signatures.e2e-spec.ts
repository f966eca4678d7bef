import { PDFDocument, StandardFonts } from 'pdf-lib';
import { signPdf } from '../libs/signatures/src/signing-provider';
import { TestCa } from '../libs/signatures/src/testing/test-pki';
import { expectError, openRequest, RequestBody } from './support/approvals';
import { client, Client, sha256 } from './support/documents';
import { startTestApp, TestApp } from './support/harness';
import { buildWorld, World } from './support/world';

/** A real one-page PDF (pdf-lib), different per text (set in Helvetica, so without diacritics). */
async function makePdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const ascii = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  page.drawText(ascii, { x: 50, y: 780, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await doc.save());
}

describe('PDF signatures (PAdES): checked at upload, shown per file, required by a workflow step', () => {
  // a throw-away CA made here; it is the only trust anchor of this app
  const ca = new TestCa('Test Root CA', 'Ban Cơ yếu Chính phủ (thử nghiệm)');
  const unknownCa = new TestCa('Unknown CA');
  const person = ca.issue({ commonName: 'Nguyễn Văn Ánh', organization: 'Sở A' });
  const agencySeal = ca.issue({ commonName: 'Sở A', organization: 'UBND tỉnh' });
  const stranger = unknownCa.issue({ commonName: 'Người lạ' });
  const expired = ca.issue({
    commonName: 'Chứng thư hết hạn',
    notBefore: new Date(Date.now() - 3 * 365 * 86400_000),
    notAfter: new Date(Date.now() - 30 * 86400_000),
  });

  let t: TestApp;
  let w: World;
  let drafter: Client, secretary: Client, approver: Client, adminA: Client, staffB: Client, approverB: Client;

  beforeAll(async () => {
    t = await startTestApp({ SIGNATURE_TRUST_ANCHORS: ca.pem });
    w = await buildWorld(t);
    [drafter, secretary, approver, adminA, staffB, approverB] = [
      'a.drafter',
      'a.iso_secretary',
      'a.approver',
      'a.agency_admin',
      'b.staff',
      'b.approver',
    ].map((k) => client(t, w.users[k].token));
  });
  afterAll(() => t.close());

  async function draft(code: string) {
    const created = await drafter
      .post('/api/v1/documents', { agencyId: w.agencyA, code, title: `Quy trình ${code}`, type: 'PROCEDURE' })
      .expect(201);
    return created.body as { id: string; draftVersion: { id: string } };
  }

  async function uploadTo(code: string, bytes: Buffer): Promise<{ fileId: string; documentId: string }> {
    const document = await draft(code);
    const file = await drafter
      .upload(document.id, document.draftVersion.id, bytes, `${code}.pdf`)
      .expect(201);
    return { fileId: file.body.id as string, documentId: document.id };
  }

  const signaturesOf = async (fileId: string, who: Client = drafter) =>
    (await who.get(`/api/v1/files/${fileId}/signatures`).expect(200)).body as {
      status: string;
      signer: { commonName: string; organization: string; serialNumber: string; issuer: string };
      signedAt: string;
      reason: string | null;
      coversWholeDocument: boolean;
      problems: string[];
    }[];

  describe('GET /files/:fileId/signatures', () => {
    it('a PDF signed with a certificate of a trusted CA is VALID, checked and stored at upload', async () => {
      const signed = await signPdf(await makePdf('QT-01'), person.provider(), {
        reason: 'Phê duyệt ban hành',
      });
      const { fileId } = await uploadTo('SIG-01', signed);
      // the check ran at upload: its result is stored before anyone asks
      const stored = await t.dataSource.query('SELECT reports FROM signature_checks WHERE sha256 = $1', [
        sha256(signed),
      ]);
      expect(stored).toHaveLength(1);
      const [report, ...others] = await signaturesOf(fileId);
      expect(others).toEqual([]);
      expect(report).toMatchObject({
        status: 'VALID',
        signer: {
          commonName: 'Nguyễn Văn Ánh',
          organization: 'Sở A',
          serialNumber: person.serial,
          issuer: 'CN=Test Root CA, O=Ban Cơ yếu Chính phủ (thử nghiệm), C=VN',
        },
        reason: 'Phê duyệt ban hành',
        coversWholeDocument: true,
        problems: [],
      });
      expect(Math.abs(Date.parse(report.signedAt) - Date.now())).toBeLessThan(5 * 60_000);
      // asking twice gives the same stored answer
      expect(await signaturesOf(fileId)).toEqual([report]);
    });

    it('a file changed after signing is never VALID (a byte inside the range, or content appended)', async () => {
      const original = await makePdf('QT-02');
      const signed = await signPdf(original, person.provider());
      const tampered = Buffer.from(signed);
      tampered[Math.floor(original.length / 2)] ^= 0x01;
      const inRange = await uploadTo('SIG-02', tampered);
      expect(await signaturesOf(inRange.fileId)).toMatchObject([
        { status: 'INVALID', problems: ['DIGEST_MISMATCH'] },
      ]);
      const appended = Buffer.concat([signed, Buffer.from('\n% thêm sau khi ký\n%%EOF\n')]);
      const after = await uploadTo('SIG-03', appended);
      expect(await signaturesOf(after.fileId)).toMatchObject([
        { status: 'INVALID', coversWholeDocument: false, problems: ['CONTENT_ADDED_AFTER_SIGNING'] },
      ]);
    });

    it('a signer outside the trust anchors is UNTRUSTED; an expired certificate is INVALID', async () => {
      const byStranger = await uploadTo('SIG-04', await signPdf(await makePdf('QT-04'), stranger.provider()));
      expect(await signaturesOf(byStranger.fileId)).toMatchObject([
        { status: 'UNTRUSTED', signer: { commonName: 'Người lạ' }, problems: ['CHAIN_NOT_TRUSTED'] },
      ]);
      const byExpired = await uploadTo('SIG-05', await signPdf(await makePdf('QT-05'), expired.provider()));
      expect(await signaturesOf(byExpired.fileId)).toMatchObject([
        { status: 'INVALID', problems: ['CERTIFICATE_NOT_VALID_AT_SIGNING_TIME'] },
      ]);
    });

    it("a decision with the competent person's and the agency's signatures reports both", async () => {
      const once = await signPdf(await makePdf('QD-01'), person.provider(), {
        reason: 'Người có thẩm quyền ký',
        appearance: { page: 0, x: 330, y: 120, width: 220, height: 50, lines: [] },
      });
      const twice = await signPdf(once, agencySeal.provider(), {
        reason: 'Cơ quan ban hành',
        appearance: { page: 0, x: 330, y: 60, width: 220, height: 50, lines: [] },
      });
      const { fileId } = await uploadTo('SIG-06', twice);
      expect(
        (await signaturesOf(fileId)).map((r) => [
          r.status,
          r.signer.commonName,
          r.reason,
          r.coversWholeDocument,
        ]),
      ).toEqual([
        ['VALID', 'Nguyễn Văn Ánh', 'Người có thẩm quyền ký', false],
        ['VALID', 'Sở A', 'Cơ quan ban hành', true],
      ]);
    });

    it('an unsigned PDF has no signatures', async () => {
      const { fileId } = await uploadTo('SIG-07', await makePdf('QT-07'));
      expect(await signaturesOf(fileId)).toEqual([]);
    });

    it("another agency's file answers 404, like a file that does not exist; a bad id is a 400", async () => {
      const { fileId } = await uploadTo('SIG-08', await signPdf(await makePdf('QT-08'), person.provider()));
      expectError(await staffB.get(`/api/v1/files/${fileId}/signatures`), 404, 'NOT_FOUND');
      expectError(await approverB.get(`/api/v1/files/${fileId}/signatures`), 404, 'NOT_FOUND');
      expectError(
        await drafter.get('/api/v1/files/00000000-0000-4000-8000-000000000000/signatures'),
        404,
        'NOT_FOUND',
      );
      expect((await drafter.get('/api/v1/files/not-a-uuid/signatures')).status).toBe(400);
      expect((await t.http().get(`/api/v1/files/${fileId}/signatures`)).status).toBe(401);
    });
  });

  describe('a workflow step that requires a signature', () => {
    const signedApproval = (user: string, requestId: string, bytes: Buffer, query = 'stepOrder=2') =>
      t
        .http()
        .post(`/api/v1/approval-requests/${requestId}/signed-approval?${query}`)
        .set('Authorization', `Bearer ${w.users[user].token}`)
        .attach('file', bytes, 'da-ky.pdf');

    let approvedPdf: Buffer;
    let request: RequestBody;

    beforeAll(async () => {
      await adminA
        .put(`/api/v1/agencies/${w.agencyA}/workflow-templates/ISSUE`, {
          steps: [
            { role: 'ISO_SECRETARY', slaDays: 3 },
            { role: 'APPROVER', slaDays: 5, requiresSignature: true },
          ],
        })
        .expect(200);
      approvedPdf = await makePdf('QT-10 ban hành lần 1');
      const { documentId } = await uploadTo('SIG-10', approvedPdf);
      request = await openRequest(drafter, { kind: 'ISSUE', documentId });
      const submitted = (await drafter.post(`/api/v1/approval-requests/${request.id}/submit`).expect(200))
        .body as Omit<RequestBody, 'steps'> & { steps: { requiresSignature: boolean }[] };
      expect(submitted.steps.map((s) => s.requiresSignature)).toEqual([false, true]);
      await secretary
        .post(`/api/v1/approval-requests/${request.id}/approve`, { comment: 'Đã xem xét', stepOrder: 1 })
        .expect(200);
    });

    const unchanged = async () => {
      const now = (await drafter.get(`/api/v1/approval-requests/${request.id}`).expect(200))
        .body as RequestBody;
      expect(now.status).toBe('IN_PROGRESS');
      expect(now.steps[1]).toMatchObject({ status: 'PENDING', decidedBy: null });
      const rows = await t.dataSource.query('SELECT 1 FROM approval_step_signatures WHERE request_id = $1', [
        request.id,
      ]);
      expect(rows).toHaveLength(0);
    };

    it('a plain approve is refused: the step needs the signed PDF', async () => {
      expectError(
        await approver.post(`/api/v1/approval-requests/${request.id}/approve`, { stepOrder: 2 }),
        409,
        'APPROVAL_SIGNATURE_REQUIRED',
      );
      await unchanged();
    });

    it('a signed PDF of other bytes is a 409 and decides nothing', async () => {
      // another file, signed
      const other = await signPdf(await makePdf('QT-10 bản khác'), person.provider());
      expectError(
        await signedApproval('a.approver', request.id, other),
        409,
        'APPROVAL_SIGNED_FILE_MISMATCH',
      );
      // the approved file rewritten (same content, other bytes), then signed
      const rewritten = Buffer.from(
        await (await PDFDocument.load(approvedPdf)).save({ useObjectStreams: false }),
      );
      expect(rewritten.equals(approvedPdf)).toBe(false);
      const signedRewrite = await signPdf(rewritten, person.provider());
      expectError(
        await signedApproval('a.approver', request.id, signedRewrite),
        409,
        'APPROVAL_SIGNED_FILE_MISMATCH',
      );
      // the approved bytes with nothing signed after them
      expectError(
        await signedApproval('a.approver', request.id, approvedPdf),
        409,
        'APPROVAL_SIGNED_FILE_MISMATCH',
      );
      await unchanged();
    });

    it('the right bytes signed by an untrusted certificate are a 409 too', async () => {
      const untrusted = await signPdf(approvedPdf, stranger.provider());
      expectError(
        await signedApproval('a.approver', request.id, untrusted),
        409,
        'APPROVAL_SIGNATURE_NOT_VALID',
      );
      await unchanged();
    });

    it("another agency's approver gets 404 and changes nothing", async () => {
      const signed = await signPdf(approvedPdf, person.provider());
      expectError(await signedApproval('b.approver', request.id, signed), 404, 'NOT_FOUND');
      await unchanged();
    });

    it('the approved file signed as an incremental update approves the step and records the signer', async () => {
      const signed = await signPdf(approvedPdf, person.provider(), { reason: 'Phê duyệt ban hành' });
      expect(signed.subarray(0, approvedPdf.length).equals(approvedPdf)).toBe(true);
      const response = await signedApproval('a.approver', request.id, signed).expect(200);
      const body = response.body as Omit<RequestBody, 'steps'> & {
        steps: { status: string; decidedBy: string; signature: Record<string, unknown> | null }[];
      };
      expect(body.status).toBe('APPROVED');
      expect(body.steps[1]).toMatchObject({
        status: 'APPROVED',
        decidedBy: w.users['a.approver'].id,
        signature: {
          status: 'VALID',
          signer: { commonName: 'Nguyễn Văn Ánh', serialNumber: person.serial },
          approvedSha256: sha256(approvedPdf),
          sha256: sha256(signed),
        },
      });
      const rows = await t.dataSource.query(
        'SELECT approved_sha256, sha256, status, storage_key FROM approval_step_signatures WHERE request_id = $1',
        [request.id],
      );
      expect(rows).toEqual([
        {
          approved_sha256: sha256(approvedPdf),
          sha256: sha256(signed),
          status: 'VALID',
          storage_key: expect.stringContaining(sha256(signed)),
        },
      ]);
      // the decision is in the audit trail with the signature
      const trail = await t.dataSource.query(
        `SELECT data FROM audit_trail WHERE subject_type = 'approvalStep' AND action = 'approve' AND data->>'requestId' = $1 AND data->>'order' = '2'`,
        [request.id],
      );
      expect(trail[0].data.signature).toMatchObject({ status: 'VALID', approvedSha256: sha256(approvedPdf) });
      // decided once: the same upload again is a 409
      expect((await signedApproval('a.approver', request.id, signed)).status).toBe(409);
    });
  });
});
