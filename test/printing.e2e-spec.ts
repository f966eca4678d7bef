import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { parsePemBundle, SigningService, verifyPdfSignatures } from '../libs/signatures/src';
import { TestCa } from '../libs/signatures/src/testing/test-pki';
import { startTestApp, TestApp } from './support/harness';
import { approveAll, client, Client, DOCX } from './support/documents';
import {
  binary,
  DocumentBody,
  draftDocument,
  expectError,
  openRequest,
  RequestBody,
} from './support/approvals';
import { buildWorld, World } from './support/world';

const PDF_TYPE = 'application/pdf';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The PDFs the tests read (kept, to render with pdftoppm and look at). */
const scratch = mkdtempSync(join(tmpdir(), 'printing-'));
let fileNo = 0;

/** The text of a PDF as pdftotext reads it in drawing order, one trimmed line per entry. */
function pdfLines(pdf: Buffer, page?: number): string[] {
  const file = join(scratch, `f${++fileNo}.pdf`);
  writeFileSync(file, pdf);
  const pages = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-raw', ...pages, file, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && l !== '\f');
}

function pageCount(pdf: Buffer): number {
  const file = join(scratch, `f${++fileNo}.pdf`);
  writeFileSync(file, pdf);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

/** `ngày 05 tháng 3 năm 2026` for a YYYY-MM-DD day (Phụ lục I: zero before days < 10 and months 1–2). */
function vnDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;
}
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const ddmmyyyy = (day: string) => day.split('-').reverse().join('/');

/** One part of a ZIP package (a DOCX), read through its central directory. */
function zipPart(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + skip;
  }
  throw new Error(`${name} not in the package`);
}

/** A real two-page PDF, as an agency would upload. */
async function realPdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2])
    doc.addPage([595, 842]).drawText(`${text} page ${n}`, { x: 72, y: 700, size: 14, font });
  return Buffer.from(await doc.save());
}

async function fetchBinary(c: Client, path: string) {
  return c.get(path).buffer(true).parse(binary);
}

/**
 * Issue 16, printable outputs: the decision to issue, revise or withdraw in the form of Nghị định
 * 30/2020 with its number per agency and year (gapless under concurrency), the cover and amendment
 * page, controlled copies stamped on every page, the annual report as a PDF; and the agency
 * boundary on each (another agency's user or another province's oversight gets 404).
 */
describe('printable outputs (issue 16)', () => {
  let t: TestApp;
  let w: World;
  let drafterA: Client, secretaryA: Client, approverA: Client, staffA: Client;
  let drafterB: Client, secretaryB: Client, approverB: Client;
  let staffB: Client, oversightP2: Client, oversightP1: Client, adminC: Client;
  const as = (key: string) => client(t, w.users[key].token);

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t, 'pr.');
    adminC = client(t, w.adminToken);
    // names as Kon Tum's tree has them, so the header and the place are the real ones
    await adminC
      .patch(`/api/v1/agencies/${w.provinceId}`, { name: 'Ủy ban nhân dân tỉnh Kon Tum' })
      .expect(200);
    [drafterA, secretaryA, approverA, staffA] = ['a.drafter', 'a.iso_secretary', 'a.approver', 'a.staff'].map(
      as,
    );
    [drafterB, secretaryB, approverB, staffB] = ['b.drafter', 'b.iso_secretary', 'b.approver', 'b.staff'].map(
      as,
    );
    oversightP1 = as('p1.oversight');
    oversightP2 = as('p2.oversight');
  }, 120000);

  afterAll(async () => {
    await t?.close();
  });

  /** A draft document with the given PDF, submitted for ISSUE: its first step is pending. */
  async function submitted(drafter: Client, agencyId: string, code: string, title: string, pdf?: Buffer) {
    const document = await draftDocument(drafter, agencyId, code, { title, withFile: !pdf });
    if (pdf) await drafter.upload(document.id, document.draftVersion!.id, pdf, `${code}.pdf`).expect(201);
    const request = await openRequest(drafter, {
      kind: 'ISSUE',
      documentId: document.id,
      reason: `Ban hành ${code}`,
    });
    await drafter.post(`/api/v1/approval-requests/${request.id}/submit`).expect(200);
    return { document, request };
  }

  async function issued(code: string, title: string, pdf?: Buffer) {
    const { document, request } = await submitted(drafterA, w.agencyA, code, title, pdf);
    await approveAll(request.id, secretaryA, approverA);
    const body = (await drafterA.get(`/api/v1/documents/${document.id}`).expect(200)).body as DocumentBody;
    return { document: body, request };
  }

  const numbersOf = (agencyId: string) =>
    t.sql<{ number: number; year: number; request_id: string }>(
      'SELECT number, year, request_id FROM decision_numbers WHERE issuer_agency_id = $1 ORDER BY number',
      [agencyId],
    );

  describe('the decision to issue, revise or withdraw', () => {
    let issue: { document: DocumentBody; request: RequestBody };

    beforeAll(async () => {
      issue = await issued('QT-01', 'Quy trình Kiểm soát tài liệu');
    });

    it('prints the approved ISSUE in the form of Nghị định 30/2020, number 01 of the agency and year', async () => {
      const response = await fetchBinary(
        approverA,
        `/api/v1/approval-requests/${issue.request.id}/decision?format=pdf`,
      );
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(PDF_TYPE);
      const year = today().slice(0, 4);
      expect(response.headers['content-disposition']).toContain(`quyet-dinh-01-qd-stp-${year}.pdf`);
      writeFileSync(join(scratch, 'printing-decision.pdf'), response.body as Buffer);
      expect(pdfLines(response.body as Buffer)).toEqual([
        'UBND TỈNH KON TUM',
        'SỞ TƯ PHÁP',
        'Số: 01/QĐ-STP',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        `Kon Tum, ${vnDate(today())}`,
        'QUYẾT ĐỊNH',
        'Về việc ban hành Quy trình Kiểm soát tài liệu',
        'GIÁM ĐỐC SỞ TƯ PHÁP',
        'Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của',
        'Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu',
        'chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức',
        'thuộc hệ thống hành chính nhà nước;',
        'Căn cứ Thông tư số 26/2014/TT-BKHCN ngày 10 tháng 10 năm 2014 của',
        'Bộ trưởng Bộ Khoa học và Công nghệ quy định chi tiết thi hành Quyết định số',
        '19/2014/QĐ-TTg;',
        'Căn cứ Tiêu chuẩn quốc gia TCVN ISO 9001:2015 Hệ thống quản lý chất',
        'lượng - Các yêu cầu;',
        'Xét đề nghị của Người dùng a.drafter.',
        'QUYẾT ĐỊNH:',
        'Điều 1. Ban hành kèm theo Quyết định này Quy trình Kiểm soát tài liệu,',
        'mã hiệu QT-01, lần ban hành 1, thuộc Hệ thống quản lý chất lượng theo Tiêu',
        'chuẩn quốc gia TCVN ISO 9001:2015 của Sở Tư pháp.',
        `Điều 2. Quyết định này có hiệu lực kể từ ${vnDate(today())}.`,
        'Điều 3. Thư ký ISO, các phòng, đơn vị thuộc Sở Tư pháp và các cá nhân',
        'có liên quan chịu trách nhiệm thi hành Quyết định này./.',
        'Nơi nhận:',
        '- Như Điều 3;',
        '- Ban Chỉ đạo ISO;',
        '- Lưu: VT, ISO.',
        'GIÁM ĐỐC',
        'Người dùng a.approver',
      ]);
      const fonts = execFileSync('pdffonts', ['-'], { input: response.body as Buffer, encoding: 'utf8' });
      // embedded (only the glyphs used: the whole decision is a few tens of kB), with a ToUnicode map
      expect(fonts).toMatch(/DejaVuSerifCondensed-\d+\s+CID TrueType\s+Identity-H\s+yes\s+no\s+yes/);
      expect((response.body as Buffer).length).toBeLessThan(120_000);
    });

    it('keeps the number: printed again, as DOCX, it is the same, recorded once in the audit trail', async () => {
      const again = await fetchBinary(drafterA, `/api/v1/approval-requests/${issue.request.id}/decision`);
      expect(again.status).toBe(200);
      expect(pdfLines(again.body as Buffer)[2]).toBe('Số: 01/QĐ-STP');
      const docx = await fetchBinary(
        approverA,
        `/api/v1/approval-requests/${issue.request.id}/decision?format=docx`,
      );
      expect(docx.status).toBe(200);
      expect(docx.headers['content-type']).toBe(DOCX_TYPE);
      const xml = zipPart(docx.body as Buffer, 'word/document.xml');
      const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
      expect(text.slice(0, 9)).toEqual([
        'UBND TỈNH KON TUM',
        'SỞ TƯ PHÁP',
        'Số: 01/QĐ-STP',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        `Kon Tum, ${vnDate(today())}`,
        'QUYẾT ĐỊNH',
        'Về việc ban hành Quy trình Kiểm soát tài liệu',
        'GIÁM ĐỐC SỞ TƯ PHÁP',
      ]);
      expect(zipPart(docx.body as Buffer, 'word/styles.xml')).toContain('Times New Roman');
      expect(await numbersOf(w.agencyA)).toEqual([
        { number: 1, year: Number(today().slice(0, 4)), request_id: issue.request.id },
      ]);
      const entries = await t.sql<{ action: string; data: { number: string } }>(
        "SELECT action, data FROM audit_trail WHERE subject_id = $1 AND action = 'decision.numbered'",
        [issue.request.id],
      );
      expect(entries.map((e) => e.data.number)).toEqual(['01/QĐ-STP']);
    });

    it('has no decision before approval (409) and answers 404 to another agency, another province and a stranger id', async () => {
      const { request } = await submitted(drafterA, w.agencyA, 'QT-09', 'Quy trình chờ duyệt');
      expectError(
        await approverA.get(`/api/v1/approval-requests/${request.id}/decision`),
        409,
        'DECISION_NOT_ISSUED',
      );
      for (const stranger of [approverB, staffB, oversightP2])
        expectError(
          await stranger.get(`/api/v1/approval-requests/${issue.request.id}/decision?format=pdf`),
          404,
          'NOT_FOUND',
        );
      expectError(
        await approverA.get('/api/v1/approval-requests/00000000-0000-4000-8000-000000000000/decision'),
        404,
        'NOT_FOUND',
      );
      expect((await t.http().get(`/api/v1/approval-requests/${issue.request.id}/decision`)).status).toBe(401);
      expectError(
        await approverA.get(`/api/v1/approval-requests/${issue.request.id}/decision?format=html`),
        400,
        'VALIDATION_FAILED',
      );
      // nothing numbered for the request still in progress
      expect((await numbersOf(w.agencyA)).map((n) => n.request_id)).not.toContain(request.id);
      // close it, so later numbering counts are this file's own
      await approveAll(request.id, secretaryA, approverA);
    });

    it('numbers 20 approvals made at once in two agencies 01… without a gap or a repeat in each', async () => {
      const before = { A: (await numbersOf(w.agencyA)).length, B: (await numbersOf(w.agencyB)).length };
      const pending: { request: RequestBody; approver: Client }[] = [];
      for (let i = 0; i < 10; i++) {
        for (const [drafter, secretary, approver, agencyId, letter] of [
          [drafterA, secretaryA, approverA, w.agencyA, 'A'],
          [drafterB, secretaryB, approverB, w.agencyB, 'B'],
        ] as const) {
          const { request } = await submitted(
            drafter,
            agencyId,
            `SS-${letter}-${i}`,
            `Quy trình song song ${i}`,
          );
          await secretary
            .post(`/api/v1/approval-requests/${request.id}/approve`, { comment: 'Đã xem xét', stepOrder: 1 })
            .expect(200);
          pending.push({ request, approver });
        }
      }
      const answers = await Promise.all(
        pending.map(({ request, approver }) =>
          approver.post(`/api/v1/approval-requests/${request.id}/approve`, {
            comment: 'Đồng ý',
            stepOrder: 2,
          }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(pending.map(() => 200));
      const year = Number(today().slice(0, 4));
      for (const [agencyId, count] of [
        [w.agencyA, before.A + 10],
        [w.agencyB, before.B + 10],
      ] as const) {
        const numbers = await numbersOf(agencyId);
        expect(numbers.map((n) => n.number)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
        expect(new Set(numbers.map((n) => n.year))).toEqual(new Set([year]));
        expect(new Set(numbers.map((n) => n.request_id)).size).toBe(count);
      }
      const counters = await t.sql<{ agency_id: string; last_number: number }>(
        'SELECT agency_id, last_number FROM decision_number_counters WHERE agency_id = ANY($1::uuid[]) ORDER BY last_number',
        [[w.agencyA, w.agencyB]],
      );
      expect(counters.map((c) => c.last_number).sort()).toEqual([before.A + 10, before.B + 10].sort());
      // B's printed decision carries B's own sequence and symbol (Sở Nội vụ: SNV)
      const lastB = pending.filter((p) => p.approver === approverB).at(-1)!.request;
      const [row] = await t.sql<{ number: number }>(
        'SELECT number FROM decision_numbers WHERE request_id = $1',
        [lastB.id],
      );
      const printed = await fetchBinary(approverB, `/api/v1/approval-requests/${lastB.id}/decision`);
      expect(pdfLines(printed.body as Buffer)[2]).toBe(`Số: ${String(row.number).padStart(2, '0')}/QĐ-SNV`);
    }, 240000);

    it('prints a REVISION naming the revision it replaces and what it changed, and the cover and amendment page', async () => {
      const documentId = issue.document.id;
      const revision = await drafterA
        .post(`/api/v1/documents/${documentId}/revisions`, { reason: 'Cập nhật lưu đồ bước 3' })
        .expect(201);
      const request = await openRequest(drafterA, {
        kind: 'REVISION',
        documentId,
        versionId: revision.body.id,
      });
      await drafterA.post(`/api/v1/approval-requests/${request.id}/submit`).expect(200);
      await approveAll(request.id, secretaryA, approverA);
      const decision = pdfLines(
        (await fetchBinary(approverA, `/api/v1/approval-requests/${request.id}/decision`)).body as Buffer,
      );
      expect(decision[7]).toBe('Về việc ban hành sửa đổi Quy trình Kiểm soát tài liệu');
      expect(decision.join(' ')).toContain(
        'mã hiệu QT-01, lần ban hành 2 (sửa đổi, thay thế lần ban hành 1), thuộc Hệ thống quản lý chất lượng',
      );
      expect(decision.join(' ')).toContain('Tóm tắt nội dung sửa đổi: Cập nhật lưu đồ bước 3.');
      expect(decision.join(' ')).toContain('Lần ban hành 1 của tài liệu hết hiệu lực kể từ ngày này.');

      const versions = (await staffA.get(`/api/v1/documents/${documentId}/versions`).expect(200)).body
        .items as {
        id: string;
        revision: number;
        effectiveFrom: string;
      }[];
      const v2 = versions.find((v) => v.revision === 2)!;
      const v1 = versions.find((v) => v.revision === 1)!;
      const cover = await fetchBinary(staffA, `/api/v1/documents/${documentId}/versions/${v2.id}/cover`);
      expect(cover.status).toBe(200);
      expect(cover.headers['content-type']).toBe(PDF_TYPE);
      writeFileSync(join(scratch, 'printing-cover.pdf'), cover.body as Buffer);
      expect(pageCount(cover.body as Buffer)).toBe(2);
      expect(pdfLines(cover.body as Buffer, 1)).toEqual([
        'UBND TỈNH KON TUM',
        'SỞ TƯ PHÁP',
        'QUY TRÌNH KIỂM SOÁT TÀI LIỆU',
        'Mã hiệu: QT-01',
        'Lần ban hành: 02',
        `Ngày hiệu lực: ${ddmmyyyy(v2.effectiveFrom)}`,
        'Soạn thảo Soát xét Phê duyệt',
        'Họ và tên Người dùng a.drafter Người dùng',
        'a.iso_secretary',
        'Người dùng',
        'a.approver',
        'Chức danh Người soạn thảo Thư ký ISO Giám đốc',
        `Ngày ${ddmmyyyy(today())} ${ddmmyyyy(today())} ${ddmmyyyy(today())}`,
        'Chữ ký',
      ]);
      expect(pdfLines(cover.body as Buffer, 2)).toEqual([
        'TRANG THEO DÕI SỬA ĐỔI',
        'Quy trình Kiểm soát tài liệu - Mã hiệu: QT-01',
        'Lần ban hành Ngày hiệu lực Tóm tắt nội dung sửa đổi Tình trạng',
        `01 ${ddmmyyyy(v1.effectiveFrom)} Ban hành lần đầu Hết hiệu lực`,
        `02 ${ddmmyyyy(v2.effectiveFrom)} Cập nhật lưu đồ bước 3 Đang hiệu lực`,
      ]);
      const docx = await fetchBinary(
        staffA,
        `/api/v1/documents/${documentId}/versions/${v2.id}/cover?format=docx`,
      );
      expect(docx.status).toBe(200);
      expect(docx.headers['content-type']).toBe(DOCX_TYPE);
      for (const stranger of [staffB, oversightP2])
        expectError(
          await stranger.get(`/api/v1/documents/${documentId}/versions/${v2.id}/cover`),
          404,
          'NOT_FOUND',
        );
    });
  });

  describe('controlled copies', () => {
    it('stamps every page of the effective PDF, names who downloaded it, and records the download', async () => {
      const original = await realPdf('Noi dung quy trinh');
      const { document } = await issued('QT-KS', 'Quy trình Tiếp nhận hồ sơ', original);
      const file = document.currentVersion!.files![0];
      const effectiveFrom = (
        await staffA
          .get(`/api/v1/documents/${document.id}/versions/${document.currentVersion!.id}`)
          .expect(200)
      ).body.effectiveFrom as string;
      // the plain download is the uploaded bytes, unstamped
      const plain = await fetchBinary(staffA, `/api/v1/files/${file.id}/content`);
      expect(Buffer.compare(plain.body as Buffer, original)).toBe(0);

      const copy = await fetchBinary(staffA, `/api/v1/files/${file.id}/content?controlledCopy=true`);
      expect(copy.status).toBe(200);
      expect(copy.headers['content-type']).toBe(PDF_TYPE);
      writeFileSync(join(scratch, 'printing-controlled.pdf'), copy.body as Buffer);
      expect(pageCount(copy.body as Buffer)).toBe(2);
      for (const page of [1, 2]) {
        const lines = pdfLines(copy.body as Buffer, page);
        expect(lines.slice(0, 4)).toEqual([
          `Noi dung quy trinh page ${page}`,
          'BẢN KIỂM SOÁT',
          'Mã: QT-KS - Lần ban hành: 1',
          `Ngày hiệu lực: ${ddmmyyyy(effectiveFrom)}`,
        ]);
        expect(lines[4]).toBe('Người tải: Người dùng a.staff');
        expect(lines[5]).toMatch(/^Thời điểm tải: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      }
      const trail = await t.sql<{
        action: string;
        actor_id: string;
        data: { fileId: string; stamp: string };
      }>(
        "SELECT action, actor_id, data FROM audit_trail WHERE action = 'file.controlledCopy' AND data->>'fileId' = $1",
        [file.id],
      );
      expect(trail.map((e) => [e.actor_id, e.data.stamp])).toEqual([
        [w.users['a.staff'].id, 'BẢN KIỂM SOÁT'],
      ]);

      // superseded by a revision: the old revision's copy says it is no longer in force
      const revision = await drafterA
        .post(`/api/v1/documents/${document.id}/revisions`, { reason: 'Sửa đổi lần 1' })
        .expect(201);
      const request = await openRequest(drafterA, {
        kind: 'REVISION',
        documentId: document.id,
        versionId: revision.body.id,
      });
      await drafterA.post(`/api/v1/approval-requests/${request.id}/submit`).expect(200);
      await approveAll(request.id, secretaryA, approverA);
      const old = await fetchBinary(staffA, `/api/v1/files/${file.id}/content?controlledCopy=true`);
      expect(old.status).toBe(200);
      writeFileSync(join(scratch, 'printing-superseded.pdf'), old.body as Buffer);
      const lines = pdfLines(old.body as Buffer, 1);
      expect(lines).toContain('HẾT HIỆU LỰC');
      expect(lines).not.toContain('BẢN KIỂM SOÁT');
      expect(lines).toContain(`Hết hiệu lực: ${ddmmyyyy(today())}`);

      // another agency, another province's oversight, no token: 404 / 401, and nothing recorded
      const entries = async () =>
        (await t.sql("SELECT 1 FROM audit_trail WHERE action = 'file.controlledCopy'")).length;
      const count = await entries();
      for (const stranger of [staffB, oversightP2])
        expectError(
          await stranger.get(`/api/v1/files/${file.id}/content?controlledCopy=true`),
          404,
          'NOT_FOUND',
        );
      expect((await t.http().get(`/api/v1/files/${file.id}/content?controlledCopy=true`)).status).toBe(401);
      expect(await entries()).toBe(count);
      // the province's own oversight reads it, and is named on the copy
      const overseen = await fetchBinary(oversightP1, `/api/v1/files/${file.id}/content?controlledCopy=true`);
      expect(overseen.status).toBe(200);
      expect(pdfLines(overseen.body as Buffer, 1)).toContain('Người tải: Người dùng p1.oversight');
    });

    it('seals the controlled copy with the system signature when a signing provider is configured', async () => {
      const ca = new TestCa('Test Root CA', 'Ban Cơ yếu Chính phủ (thử nghiệm)');
      const seal = ca.issue({ commonName: 'Hệ thống ISO điện tử', organization: 'Sở Khoa học và Công nghệ' });
      const signing = t.app.get(SigningService);
      signing.use(seal.provider());
      try {
        const { document } = await issued('QT-SEAL', 'Quy trình có dấu hệ thống', await realPdf('Sealed'));
        const file = document.currentVersion!.files![0];
        const copy = await fetchBinary(staffA, `/api/v1/files/${file.id}/content?controlledCopy=true`);
        expect(copy.status).toBe(200);
        const reports = verifyPdfSignatures(copy.body as Buffer, parsePemBundle(ca.pem));
        expect(reports.map((r) => [r.status, r.signer.commonName, r.reason, r.coversWholeDocument])).toEqual([
          ['VALID', 'Hệ thống ISO điện tử', 'Bản kiểm soát QT-SEAL lần ban hành 1', true],
        ]);
        expect(pdfLines(copy.body as Buffer, 1)).toContain('BẢN KIỂM SOÁT');
      } finally {
        signing.use(null);
      }
    });

    it('refuses a draft revision (409), a non-PDF file (409), a PDF it cannot read (409) and bytes found changed (409)', async () => {
      const draft = await draftDocument(drafterA, w.agencyA, 'QT-NH', { title: 'Quy trình nháp' });
      const draftFile = (await drafterA.get(`/api/v1/documents/${draft.id}`).expect(200)).body.draftVersion
        .files[0];
      expectError(
        await drafterA.get(`/api/v1/files/${draftFile.id}/content?controlledCopy=true`),
        409,
        'CONTROLLED_COPY_NOT_PUBLISHED',
      );
      expectError(
        await drafterA.get(`/api/v1/files/${draftFile.id}/content?controlledCopy=yes`),
        400,
        'VALIDATION_FAILED',
      );

      // issued with the test suite's minimal PDF (no page tree) and a DOCX beside it
      const document = await draftDocument(drafterA, w.agencyA, 'QT-DX', { title: 'Quy trình hai tệp' });
      await drafterA
        .upload(document.id, document.draftVersion!.id, DOCX('Biểu mẫu'), 'bieu-mau.docx')
        .expect(201);
      const request = await openRequest(drafterA, { kind: 'ISSUE', documentId: document.id });
      await drafterA.post(`/api/v1/approval-requests/${request.id}/submit`).expect(200);
      await approveAll(request.id, secretaryA, approverA);
      const files = (await staffA.get(`/api/v1/documents/${document.id}`).expect(200)).body.currentVersion
        .files as {
        id: string;
        name: string;
      }[];
      const docx = files.find((f) => f.name.endsWith('.docx'))!;
      const pdf = files.find((f) => f.name.endsWith('.pdf'))!;
      const before = (await t.sql("SELECT 1 FROM audit_trail WHERE action = 'file.controlledCopy'")).length;
      expectError(
        await staffA.get(`/api/v1/files/${docx.id}/content?controlledCopy=true`),
        409,
        'CONTROLLED_COPY_NOT_PDF',
      );
      expectError(
        await staffA.get(`/api/v1/files/${pdf.id}/content?controlledCopy=true`),
        409,
        'CONTROLLED_COPY_UNREADABLE',
      );
      // the object is known to be corrupt (the scrub or a download found it changed): no copy of it
      await t.sql(
        `INSERT INTO blob_integrity (object_key, sha256, size, status, actual_sha256, checked_at, failed_at, detected_by)
         SELECT storage_key, sha256, size, 'CORRUPT', repeat('0', 64), now(), now(), 'scrub' FROM document_files WHERE id = $1`,
        [pdf.id],
      );
      expectError(
        await staffA.get(`/api/v1/files/${pdf.id}/content?controlledCopy=true`),
        409,
        'FILE_INTEGRITY_FAILED',
      );
      expect((await t.sql("SELECT 1 FROM audit_trail WHERE action = 'file.controlledCopy'")).length).toBe(
        before,
      );
    });
  });

  describe('reports in the same form', () => {
    it('prints the annual report as a PDF with the figures compiled from the records', async () => {
      const year = Number(today().slice(0, 4));
      const response = await fetchBinary(
        secretaryA,
        `/api/v1/reports/annual?year=${year}&agencyId=${w.agencyA}&format=pdf`,
      );
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(PDF_TYPE);
      writeFileSync(join(scratch, 'printing-annual.pdf'), response.body as Buffer);
      const lines = pdfLines(response.body as Buffer);
      expect(lines.slice(0, 10)).toEqual([
        'UBND TỈNH KON TUM',
        'SỞ TƯ PHÁP',
        'Số: /BC-STP',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        `Kon Tum, ${vnDate(today())}`,
        'BÁO CÁO',
        'Tình hình áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng',
        `theo TCVN ISO 9001:2015 năm ${year}`,
        'Kính gửi: Sở Khoa học và Công nghệ.',
      ]);
      expect(lines).toContain('I. SỐ LIỆU TỪ HỒ SƠ CỦA HỆ THỐNG');
      const json = (
        await secretaryA.get(`/api/v1/reports/annual?year=${year}&agencyId=${w.agencyA}`).expect(200)
      ).body;
      expect(lines).toContain(`1 Số tài liệu đang có hiệu lực ${json.figures.documents.inForce}`);
      for (const stranger of [staffB, oversightP2])
        expectError(
          await stranger.get(`/api/v1/reports/annual?year=${year}&agencyId=${w.agencyA}&format=pdf`),
          404,
          'NOT_FOUND',
        );
    });

    it('answers 404 for a declaration the caller cannot see, as PDF too', async () => {
      expectError(
        await staffA.get('/api/v1/declarations/00000000-0000-4000-8000-000000000000?format=pdf'),
        404,
        'NOT_FOUND',
      );
    });
  });
});
