import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePemBundle, SigningService, verifyPdfSignatures } from '../libs/signatures/src';
import { TestCa } from '../libs/signatures/src/testing/test-pki';
import { approveAll, client, Client, sha256 } from './support/documents';
import { binary, draftDocument, expectError, openRequest, RequestBody } from './support/approvals';
import { startTestApp, TestApp } from './support/harness';
import { buildWorld, World } from './support/world';

const PASSWORD = 'mat-khau-thu';

interface SigningBody {
  requestId: string;
  stage: string;
  sha256: string;
  decision: null | {
    sha256: string;
    printedSha256: string;
    signatures: { role: string; status: string; signer: { commonName: string } }[];
  };
}

/**
 * Issue 16, remote signing of the decision to issue: the request's approver signs the printed
 * decision with their own provider (PERSON), then the agency's seal is added by the configured
 * provider (AGENCY); the result passes the same checks as an uploaded signed decision and is
 * filed. Providers here are the development PKCS#12 ones, configured through the environment
 * (SIGNING_PROVIDER=dev-pkcs12 for the agency, SIGNING_PERSON_PKCS12_DIR for the person), with
 * certificates from a throw-away CA that is the app's only trust anchor.
 */
describe('remote signing of the decision to issue (issue 16)', () => {
  const ca = new TestCa('Test Root CA', 'Ban Cơ yếu Chính phủ (thử nghiệm)');
  const head = ca.issue({ commonName: 'Nguyễn Văn Ánh', organization: 'Sở Tư pháp' });
  const agencySeal = ca.issue({ commonName: 'Sở Tư pháp', organization: 'UBND tỉnh Kon Tum' });
  const keys = mkdtempSync(join(tmpdir(), 'remote-signing-'));
  const people = join(keys, 'people');

  let t: TestApp;
  let w: World;
  let drafterA: Client, secretaryA: Client, approverA: Client, approverB: Client;
  const as = (key: string) => client(t, w.users[key].token);

  beforeAll(async () => {
    writeFileSync(join(keys, 'agency.p12'), agencySeal.p12(PASSWORD));
    t = await startTestApp({
      SIGNATURE_TRUST_ANCHORS: ca.pem,
      SIGNING_PROVIDER: 'dev-pkcs12',
      SIGNING_PKCS12_PATH: join(keys, 'agency.p12'),
      SIGNING_PKCS12_PASSWORD: PASSWORD,
      SIGNING_PERSON_PKCS12_DIR: people,
    });
    w = await buildWorld(t, 'rs.');
    [drafterA, secretaryA, approverA, approverB] = [
      'a.drafter',
      'a.iso_secretary',
      'a.approver',
      'b.approver',
    ].map(as);
  }, 120000);

  afterAll(async () => {
    await t?.close();
    rmSync(keys, { recursive: true, force: true });
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

  const printed = (c: Client, requestId: string) =>
    c.get(`/api/v1/approval-requests/${requestId}/decision?format=pdf`).buffer(true).parse(binary);

  const sign = (c: Client, requestId: string, signer: string) =>
    c.post(`/api/v1/approval-requests/${requestId}/decision/sign`, { as: signer });

  const stateOf = async (requestId: string) => ({
    stages: await t.sql('SELECT stage FROM decision_signing_stages WHERE request_id = $1', [requestId]),
    signed: await t.sql('SELECT id FROM signed_decisions WHERE request_id = $1', [requestId]),
    audit: await t.sql(
      "SELECT action FROM audit_trail WHERE subject_id = $1 AND action LIKE 'decision.signed%' ORDER BY id",
      [requestId],
    ),
  });
  const nothing = { stages: [], signed: [], audit: [] };

  let request: RequestBody;
  let decision: Buffer;

  beforeAll(async () => {
    request = await issued('QT-RS-01');
    const first = await printed(drafterA, request.id);
    expect(first.status).toBe(200);
    decision = first.body as Buffer;
  });

  describe('refusals: nothing written', () => {
    it('the approver has no signing provider yet → SIGNING_NOT_CONFIGURED', async () => {
      expectError(await sign(approverA, request.id, 'PERSON'), 503, 'SIGNING_NOT_CONFIGURED');
      expect(await stateOf(request.id)).toEqual(nothing);
    });

    it('the agency before the competent person → 409 DECISION_PERSON_NOT_SIGNED', async () => {
      expectError(await sign(secretaryA, request.id, 'AGENCY'), 409, 'DECISION_PERSON_NOT_SIGNED');
      expect(await stateOf(request.id)).toEqual(nothing);
    });

    it("PERSON by someone other than the request's approver → 403; another agency → 404; bad body → 400", async () => {
      // the person's key is in place from here on
      mkdirSync(people, { recursive: true });
      writeFileSync(join(people, `${w.users['a.approver'].id}.p12`), head.p12(PASSWORD));
      writeFileSync(join(people, `${w.users['a.iso_secretary'].id}.p12`), agencySeal.p12(PASSWORD));
      expectError(await sign(secretaryA, request.id, 'PERSON'), 403, 'FORBIDDEN');
      expectError(await sign(drafterA, request.id, 'PERSON'), 403, 'FORBIDDEN');
      expectError(await sign(drafterA, request.id, 'AGENCY'), 403, 'FORBIDDEN');
      expectError(await sign(approverB, request.id, 'PERSON'), 404, 'NOT_FOUND');
      expect((await sign(approverA, request.id, 'SEAL')).status).toBe(400);
      expect(await stateOf(request.id)).toEqual(nothing);
    });

    it('a decision never printed → 409 DECISION_NOT_PRINTED', async () => {
      const fresh = await issued('QT-RS-02');
      expectError(await sign(approverA, fresh.id, 'PERSON'), 409, 'DECISION_NOT_PRINTED');
      expect(await stateOf(fresh.id)).toEqual(nothing);
    });
  });

  describe('PERSON then AGENCY', () => {
    let filed: SigningBody;

    it('PERSON by the approver keeps the once-signed copy, files nothing yet', async () => {
      const response = await sign(approverA, request.id, 'PERSON');
      expect(response.status).toBe(201);
      const body = response.body as SigningBody;
      expect(body).toMatchObject({ requestId: request.id, stage: 'PERSON', decision: null });
      const state = await stateOf(request.id);
      expect(state).toEqual({
        stages: [{ stage: 'PERSON' }],
        signed: [],
        audit: [{ action: 'decision.signedByPerson' }],
      });
      // until the agency signs, the decision sent is still the printed one
      expect(sha256((await printed(drafterA, request.id)).body as Buffer)).toBe(sha256(decision));
      const again = await sign(approverA, request.id, 'PERSON');
      expectError(again, 409, 'DECISION_PERSON_ALREADY_SIGNED');
      expect(await stateOf(request.id)).toEqual(state);
    });

    it('AGENCY with no seal configured → SIGNING_NOT_CONFIGURED, nothing filed', async () => {
      const signing = t.app.get(SigningService);
      const before = await stateOf(request.id);
      signing.use(null);
      try {
        expectError(await sign(secretaryA, request.id, 'AGENCY'), 503, 'SIGNING_NOT_CONFIGURED');
      } finally {
        signing.use(agencySeal.provider());
      }
      expect(await stateOf(request.id)).toEqual(before);
    });

    it('AGENCY by the văn thư adds the seal and files the decision with two VALID signatures', async () => {
      const response = await sign(secretaryA, request.id, 'AGENCY');
      expect(response.status).toBe(201);
      filed = response.body as SigningBody;
      expect(filed.stage).toBe('AGENCY');
      expect(filed.decision).toMatchObject({ sha256: filed.sha256, printedSha256: sha256(decision) });
      expect(filed.decision!.signatures.map((s) => [s.role, s.status, s.signer.commonName])).toEqual([
        ['PERSON', 'VALID', 'Nguyễn Văn Ánh'],
        ['AGENCY', 'VALID', 'Sở Tư pháp'],
      ]);
      const state = await stateOf(request.id);
      expect(state.signed).toHaveLength(1);
      expect(state.audit).toEqual([{ action: 'decision.signedByPerson' }, { action: 'decision.signed' }]);
    });

    it('GET …/decision?format=pdf serves the filed copy: the printed bytes first, then two VALID signatures', async () => {
      const response = await printed(drafterA, request.id);
      expect(response.status).toBe(200);
      const body = response.body as Buffer;
      expect(sha256(body)).toBe(filed.sha256);
      expect(sha256(body.subarray(0, decision.length))).toBe(sha256(decision));
      const reports = verifyPdfSignatures(body, parsePemBundle(ca.pem));
      expect(reports.map((r) => [r.status, r.signer.commonName])).toEqual([
        ['VALID', 'Nguyễn Văn Ánh'],
        ['VALID', 'Sở Tư pháp'],
      ]);
      const signatures = await drafterA
        .get(`/api/v1/approval-requests/${request.id}/decision/signatures`)
        .expect(200);
      expect(
        signatures.body.signatures.map((s: { role: string; status: string }) => [s.role, s.status]),
      ).toEqual([
        ['PERSON', 'VALID'],
        ['AGENCY', 'VALID'],
      ]);
      expect((await printed(approverB, request.id)).status).toBe(404);
    });

    it('signing again → 409 DECISION_ALREADY_SIGNED, the filed copy unchanged', async () => {
      const before = await stateOf(request.id);
      expectError(await sign(secretaryA, request.id, 'AGENCY'), 409, 'DECISION_ALREADY_SIGNED');
      expectError(await sign(approverA, request.id, 'PERSON'), 409, 'DECISION_ALREADY_SIGNED');
      expect(await stateOf(request.id)).toEqual(before);
    });
  });
});
