import { PDFDocument, StandardFonts } from 'pdf-lib';
import { parsePemBundle } from './certificates';
import { preparePdfForSigning } from './pdf-prepare';
import { Pkcs12SigningProvider, signPdf } from './signing-provider';
import { TestCa } from './testing/test-pki';
import { verifyPdfSignatures } from './verify';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function samplePdf(text = 'Quyết định ban hành', useObjectStreams = false): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(text.normalize('NFD').replace(/[^\x20-\x7e]/g, ''), { x: 50, y: 780, size: 14, font });
  doc.addPage([595, 842]);
  return Buffer.from(await doc.save({ useObjectStreams }));
}

describe('PAdES signatures (throw-away CA)', () => {
  const ca = new TestCa('Test Root CA', 'Ban Cơ yếu Chính phủ (thử)');
  const otherCa = new TestCa('Unknown CA');
  const anchors = parsePemBundle(ca.pem);
  const person = ca.issue({ commonName: 'Nguyễn Văn Ánh', organization: 'Sở Tư pháp tỉnh Kon Tum' });
  const agency = ca.issue({ commonName: 'Sở Tư pháp tỉnh Kon Tum', organization: 'UBND tỉnh Kon Tum' });
  const stranger = otherCa.issue({ commonName: 'Trần Thị B' });
  const expired = ca.issue({
    commonName: 'Lê Văn Cũ',
    notBefore: new Date(Date.now() - 3 * 365 * 86400_000),
    notAfter: new Date(Date.now() - 365 * 86400_000),
  });

  it('a file signed by a certificate of a trusted CA is VALID and names the signer', async () => {
    const signed = await signPdf(await samplePdf(), person.provider(), { reason: 'Phê duyệt ban hành' });
    const [report, ...rest] = verifyPdfSignatures(signed, anchors);
    expect(rest).toEqual([]);
    expect(report.status).toBe('VALID');
    expect(report.signer).toMatchObject({
      commonName: 'Nguyễn Văn Ánh',
      organization: 'Sở Tư pháp tỉnh Kon Tum',
      serialNumber: person.serial,
      issuer: 'CN=Test Root CA, O=Ban Cơ yếu Chính phủ (thử), C=VN',
    });
    expect(report.reason).toBe('Phê duyệt ban hành');
    expect(report.coversWholeDocument).toBe(true);
    expect(report.checks.revocation).toBe('NOT_CHECKED');
    expect(Math.abs(Date.parse(report.signedAt!) - Date.now())).toBeLessThan(60_000);
  });

  it('signs files with cross-reference streams too (incremental update keeps the first revision)', async () => {
    const original = await samplePdf('xref stream', true);
    const signed = await signPdf(original, person.provider());
    expect(signed.subarray(0, original.length).equals(original)).toBe(true);
    expect(verifyPdfSignatures(signed, anchors)[0].status).toBe('VALID');
    // and a PDF library still opens it
    const reopened = await PDFDocument.load(signed);
    expect(reopened.getPageCount()).toBe(2);
  });

  it('a byte changed inside the signed range makes the signature INVALID', async () => {
    const original = await samplePdf();
    const signed = await signPdf(original, person.provider());
    const tampered = Buffer.from(signed);
    tampered[Math.floor(original.length / 2)] ^= 0x01;
    const [report] = verifyPdfSignatures(tampered, anchors);
    expect(report.status).toBe('INVALID');
    expect(report.problems).toContain('DIGEST_MISMATCH');
  });

  it('content appended after the signature (an unsigned incremental update) is never VALID', async () => {
    const signed = await signPdf(await samplePdf(), person.provider());
    const appended = Buffer.concat([signed, Buffer.from('\n99 0 obj\n(changed)\nendobj\n%%EOF\n')]);
    const [report] = verifyPdfSignatures(appended, anchors);
    expect(report.coversWholeDocument).toBe(false);
    expect(report.status).toBe('INVALID');
    expect(report.problems).toContain('CONTENT_ADDED_AFTER_SIGNING');
  });

  it('a signer outside the trust anchors is UNTRUSTED, and nothing is VALID without anchors', async () => {
    const signed = await signPdf(await samplePdf(), stranger.provider());
    expect(verifyPdfSignatures(signed, anchors)[0]).toMatchObject({
      status: 'UNTRUSTED',
      signer: { commonName: 'Trần Thị B' },
    });
    const byTrusted = await signPdf(await samplePdf(), person.provider());
    expect(verifyPdfSignatures(byTrusted, [])[0].status).toBe('UNTRUSTED');
  });

  it('a certificate expired at the signing time makes the signature INVALID', async () => {
    const signed = await signPdf(await samplePdf(), expired.provider());
    const [report] = verifyPdfSignatures(signed, anchors);
    expect(report.status).toBe('INVALID');
    expect(report.problems).toContain('CERTIFICATE_NOT_VALID_AT_SIGNING_TIME');
  });

  it('two visible signatures (the competent person and the agency) are both reported VALID', async () => {
    // a file with object streams and a cross-reference stream, as pdf-lib writes by default
    const once = await signPdf(await samplePdf('Quyết định', true), person.provider(), {
      reason: 'Người có thẩm quyền ký',
      appearance: { page: -1, x: 330, y: 600, width: 220, height: 60, lines: [] },
    });
    const twice = await signPdf(once, agency.provider(), {
      reason: 'Cơ quan ký số',
      appearance: { page: -1, x: 330, y: 520, width: 220, height: 60, lines: [] },
    });
    expect(twice.subarray(0, once.length).equals(once)).toBe(true);
    const reports = verifyPdfSignatures(twice, anchors);
    expect(reports.map((r) => [r.status, r.signer.commonName, r.coversWholeDocument, r.reason])).toEqual([
      ['VALID', 'Nguyễn Văn Ánh', false, 'Người có thẩm quyền ký'],
      ['VALID', 'Sở Tư pháp tỉnh Kon Tum', true, 'Cơ quan ký số'],
    ]);
    // the appearance text is in the page (poppler renders form fields)
    const dir = mkdtempSync(join(tmpdir(), 'sig-'));
    writeFileSync(join(dir, 'signed.pdf'), twice);
    let text = '';
    try {
      text = execFileSync('pdftotext', ['-f', '2', '-l', '2', join(dir, 'signed.pdf'), '-'], {
        encoding: 'utf8',
      });
    } catch {
      text = 'pdftotext missing';
    }
    if (text !== 'pdftotext missing') {
      expect(text).toContain('Ký bởi: Nguyễn Văn Ánh');
      expect(text).toContain('Ký bởi: Sở Tư pháp tỉnh Kon Tum');
      // poppler's own verifier agrees that both signatures are intact
      const pdfsig = execFileSync('pdfsig', [join(dir, 'signed.pdf')], { encoding: 'utf8' });
      expect(pdfsig.match(/Signature is Valid/g)).toHaveLength(2);
    }
  });

  it('revocation: an embedded CRL of the issuer is checked (revoked before signing: INVALID; not listed: GOOD)', async () => {
    const holder = ca.issue({ commonName: 'Người bị thu hồi' });
    const yesterday = new Date(Date.now() - 86400_000);
    // the report on a PDF the holder signed with this CRL embedded
    const reportWithCrl = async (crl: Buffer) =>
      verifyPdfSignatures(await signPdf(await samplePdf(), holder.provider([crl])), anchors)[0];
    const revoked = await reportWithCrl(ca.crl([{ serial: holder.serial, at: yesterday }]));
    expect(revoked).toMatchObject({ status: 'INVALID', checks: { revocation: 'REVOKED' } });
    expect(revoked.problems).toContain('CERTIFICATE_REVOKED');
    const good = await reportWithCrl(ca.crl([{ serial: expired.serial, at: yesterday }]));
    expect(good).toMatchObject({ status: 'VALID', checks: { revocation: 'GOOD' } });
    // a CRL signed by someone else is ignored: revocation stays unchecked
    const unchecked = await reportWithCrl(otherCa.crl([{ serial: holder.serial, at: yesterday }]));
    expect(unchecked).toMatchObject({ status: 'VALID', checks: { revocation: 'NOT_CHECKED' } });
  });

  it('the development provider reads its key from a PKCS#12 file', async () => {
    const provider = new Pkcs12SigningProvider(person.p12('p12-pass'), 'p12-pass');
    expect((await provider.identity()).commonName).toBe('Nguyễn Văn Ánh');
    const signed = await signPdf(await samplePdf(), provider);
    expect(verifyPdfSignatures(signed, anchors)[0].status).toBe('VALID');
  });

  it('a placeholder that is never filled is not a valid signature', async () => {
    const prepared = await preparePdfForSigning(await samplePdf());
    const [report] = verifyPdfSignatures(prepared.pdf, anchors);
    expect(report.status).not.toBe('VALID');
  });
});
