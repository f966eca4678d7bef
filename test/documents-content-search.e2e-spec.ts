import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import {
  CONTENT_EXCERPT,
  CONTENT_FEW_AGENCIES,
  contentPairsLiteral,
  FileTexts,
  SNIPPET_WINDOW,
} from '@app/documents';
import { ADMIN, startTestApp, TestApp } from './support/harness';
import { approveAll, client, Client, DOCX, PDF } from './support/documents';
import { createUser, draftDocument, effectiveDocument, submittedIssue } from './support/approvals';
import { s3Client } from './support/s3';
import { buildWorld, World } from './support/world';

interface Listed {
  items: { id: string; code: string; snippets?: string[] }[];
  total: number;
}

/** A one-page PDF whose text is Vietnamese, in an embedded font that has every Vietnamese letter. */
async function vietnamesePdf(lines: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const font = await doc.embedFont(readFileSync(join(dir, 'DejaVuSerifCondensed.ttf')), { subset: true });
  const page = doc.addPage();
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 760 - i * 20, size: 12, font }));
  return Buffer.from(await doc.save());
}

async function vietnameseXlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kế hoạch');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('content search: text extracted from PDF, DOCX and XLSX files, diacritics-insensitive, with snippets', () => {
  let t: TestApp;
  let w: World;
  let drafter: Client, secretary: Client, approver: Client, bSecretary: Client, aStaff: Client;
  // a reader of every agency: its content searches go through the GIN index (one agency's
  // members' are read text by text)
  let admin: Client;
  const ids: Record<string, string> = {};
  const fileIds: Record<string, string> = {};

  const upload = async (code: string, bytes: Buffer, name: string) => {
    const document = await draftDocument(drafter, w.agencyA, code, { withFile: false });
    const response = await drafter.upload(document.id, document.draftVersion!.id, bytes, name);
    // the upload answers as before, whatever its text: extraction comes later, in the worker
    expect(response.status).toBe(201);
    ids[code] = document.id;
    fileIds[code] = (response.body as { id: string }).id;
  };
  // what the worker does: the sweep finds every file without text, the job extracts each
  const extractAll = async () => {
    const texts = t.app.get(FileTexts);
    for (const fileId of await texts.missing(100)) await texts.extract(fileId);
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    [drafter, secretary, approver, bSecretary, aStaff] = [
      'a.drafter',
      'a.iso_secretary',
      'a.approver',
      'b.iso_secretary',
      'a.staff',
    ].map((k) => client(t, w.users[k].token));
    await upload(
      'QT-PDF',
      await vietnamesePdf(['Quy trình kiểm soát hồ sơ đăng ký kinh doanh', 'Bước 1: Tiếp nhận hồ sơ']),
      'quy-trinh.pdf',
    );
    await upload('HD-DOCX', DOCX('Hướng dẫn đánh giá nội bộ định kỳ của Sở Tư pháp'), 'huong-dan.docx');
    await upload(
      'KH-XLSX',
      await vietnameseXlsx([
        ['STT', 'Nội dung', 'Đơn vị'],
        [1, 'Khắc phục sự không phù hợp', 'Phòng Hành chính'].map(String),
      ]),
      'ke-hoach.xlsx',
    );
    // bytes that only start like a PDF: accepted at upload, their text cannot be read
    await upload('QT-HONG', PDF('hong'), 'hong.pdf');
    // the same words in agency B's own draft, which A's people never see
    const bDrafter = client(t, w.users['b.drafter'].token);
    const bDocument = await draftDocument(bDrafter, w.agencyB, 'QT-B', { withFile: false });
    const bUpload = await bDrafter.upload(
      bDocument.id,
      bDocument.draftVersion!.id,
      DOCX('Quy trình kiểm soát hồ sơ của tỉnh B'),
      'b.docx',
    );
    expect(bUpload.status).toBe(201);
    ids['QT-B'] = bDocument.id;
    await extractAll();
    admin = client(t, await t.login(ADMIN.username, ADMIN.password));
  }, 120_000);
  afterAll(() => t.close());

  const search = async (c: Client, q: string, query = ''): Promise<Listed> =>
    (await c.get(`/api/v1/documents?searchIn=content&q=${encodeURIComponent(q)}${query}`).expect(200))
      .body as Listed;
  const codes = async (c: Client, q: string) => (await search(c, q)).items.map((d) => d.code).sort();

  it('queues the extraction in the upload transaction (an outbox event per file)', async () => {
    const events = await t.sql<{ fileId: string }>(
      `SELECT payload->>'fileId' AS "fileId" FROM outbox_events WHERE type = 'document.fileAdded'`,
    );
    expect(events.map((e) => e.fileId)).toEqual(expect.arrayContaining(Object.values(fileIds)));
  });

  it('marks each file with its status: text extracted, or why not (the upload was answered 201 all the same)', async () => {
    const rows = await t.sql<{ file_id: string; status: string; reason: string | null; text: string }>(
      'SELECT file_id, status, reason, text FROM file_texts',
    );
    const byFile = new Map(rows.map((r) => [r.file_id, r]));
    expect(byFile.get(fileIds['QT-PDF'])).toMatchObject({ status: 'EXTRACTED' });
    expect(byFile.get(fileIds['QT-PDF'])!.text).toContain('quy trinh kiem soat ho so dang ky kinh doanh');
    expect(byFile.get(fileIds['HD-DOCX'])!.text).toBe('huong dan danh gia noi bo dinh ky cua so tu phap');
    expect(byFile.get(fileIds['KH-XLSX'])!.text).toContain('khac phuc su khong phu hop phong hanh chinh');
    expect(byFile.get(fileIds['QT-HONG'])).toMatchObject({ status: 'FAILED', text: '' });
    expect(byFile.get(fileIds['QT-HONG'])!.reason).toBeTruthy();
  });

  it('the same unreadable bytes uploaded again take the first file’s failure without being parsed again', async () => {
    await upload('QT-HONG-2', PDF('hong'), 'hong-lan-2.pdf');
    const [first] = await t.sql<{ reason: string }>('SELECT reason FROM file_texts WHERE file_id = $1', [
      fileIds['QT-HONG'],
    ]);
    // were the bytes read again, the job would record that the object is gone
    const [{ storage_key }] = await t.sql<{ storage_key: string }>(
      'SELECT storage_key FROM document_files WHERE id = $1',
      [fileIds['QT-HONG-2']],
    );
    await s3Client(t.config).removeObject(t.config.S3_BUCKET, storage_key);
    await expect(t.app.get(FileTexts).extract(fileIds['QT-HONG-2'])).resolves.toBe('FAILED');
    expect(
      await t.sql('SELECT status, reason FROM file_texts WHERE file_id = $1', [fileIds['QT-HONG-2']]),
    ).toEqual([{ status: 'FAILED', reason: first.reason }]);
    expect(first.reason).not.toBe('the stored object is missing');

    // a failure that may pass on retry is not copied: a third upload of those bytes reads them again
    await upload('QT-HONG-3', PDF('hong'), 'hong-lan-3.pdf');
    await t.sql(`UPDATE file_texts SET reason = 'the stored object is missing' WHERE file_id = ANY($1)`, [
      [fileIds['QT-HONG'], fileIds['QT-HONG-2']],
    ]);
    await t.app.get(FileTexts).extract(fileIds['QT-HONG-3']);
    expect(
      await t.sql('SELECT status, reason FROM file_texts WHERE file_id = $1', [fileIds['QT-HONG-3']]),
    ).toEqual([{ status: 'FAILED', reason: first.reason }]);
    await t.sql('UPDATE file_texts SET reason = $2 WHERE file_id = ANY($1)', [
      [fileIds['QT-HONG'], fileIds['QT-HONG-2']],
      first.reason,
    ]);
  });

  it('running the job again writes the same row (upsert by file id)', async () => {
    const before = await t.sql('SELECT file_id, status, text FROM file_texts ORDER BY file_id');
    await t.app.get(FileTexts).extract(fileIds['HD-DOCX']);
    expect(await t.sql('SELECT file_id, status, text FROM file_texts ORDER BY file_id')).toEqual(before);
    expect(await t.app.get(FileTexts).missing(100)).toEqual([]);
  });

  it('finds each file type by words typed without diacritics, with highlighted snippets', async () => {
    const pdf = await search(secretary, 'kiem soat ho so');
    expect(pdf.items.map((d) => d.code)).toEqual(['QT-PDF']);
    expect(pdf.items[0].snippets).toEqual([expect.stringContaining('«kiem» «soat» «ho» «so»')]);
    expect((await search(secretary, 'Đánh giá NỘI BỘ')).items).toEqual([
      expect.objectContaining({
        code: 'HD-DOCX',
        snippets: [expect.stringContaining('«danh» «gia» «noi» «bo»')],
      }),
    ]);
    expect((await search(secretary, 'khac phuc')).items).toEqual([
      expect.objectContaining({ code: 'KH-XLSX', snippets: [expect.stringContaining('«khac» «phuc»')] }),
    ]);
  });

  it('needs every word of the query, and searches titles only unless asked', async () => {
    expect(await codes(secretary, 'kiem soat thanh tra')).toEqual([]);
    expect(await codes(secretary, 'ho so')).toEqual(['QT-PDF']);
    const byTitle = (
      await secretary.get(`/api/v1/documents?q=${encodeURIComponent('kiem soat ho so')}`).expect(200)
    ).body as Listed;
    expect(byTitle.items).toEqual([]);
  });

  it("is scoped like the register: B's member does not find A's draft, A's staff does not see drafts", async () => {
    expect(await codes(bSecretary, 'kiem soat ho so')).toEqual(['QT-B']);
    expect(await codes(aStaff, 'kiem soat ho so')).toEqual([]);
    expect(await codes(secretary, 'tinh B')).toEqual([]);
  });

  it('finds a published version for every reader of the agency', async () => {
    const people = { drafter, secretary, approver };
    const document = await effectiveDocument(people, w.agencyA, 'QT-HL', { title: 'Quy trình đã ban hành' });
    // the helper's own file is a stub PDF: give the version a readable one, then extract it
    await t.sql(
      `INSERT INTO file_texts (file_id, agency_id, status, text)
       SELECT id, agency_id, 'EXTRACTED', 'quy trinh tiep nhan va tra ket qua' FROM document_files WHERE document_id = $1`,
      [document.id],
    );
    expect(await codes(aStaff, 'tiep nhan tra ket qua')).toEqual(['QT-HL']);
    expect(await codes(bSecretary, 'tiep nhan tra ket qua')).toEqual([]);
    // the page comes with its version in force, as the document's own read gives it
    const found = (
      await aStaff.get(`/api/v1/documents?searchIn=content&q=${encodeURIComponent('tiep nhan')}`).expect(200)
    ).body as { items: { code: string; revision: number | null; effectiveFrom: string | null }[] };
    const read = (await aStaff.get(`/api/v1/documents/${document.id}`).expect(200)).body as {
      currentVersion: { revision: number; effectiveFrom: string };
    };
    expect(found.items.map((d) => [d.code, d.revision, d.effectiveFrom])).toEqual([
      ['QT-HL', read.currentVersion.revision, read.currentVersion.effectiveFrom],
    ]);
    expect(read.currentVersion.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('follows its version and its file: found by every reader once published, by nobody once taken off a draft', async () => {
    await upload('QT-THEO', DOCX('Quy trình lấy ý kiến cử tri'), 'y-kien.docx');
    const document = (await drafter.get(`/api/v1/documents/${ids['QT-THEO']}`).expect(200)).body as {
      draftVersion: { id: string };
    };
    const second = await drafter.upload(
      ids['QT-THEO'],
      document.draftVersion.id,
      DOCX('Phụ lục tổng hợp kiến nghị'),
      'phu-luc.docx',
    );
    expect(second.status).toBe(201);
    await extractAll();
    expect(await codes(drafter, 'lay y kien cu tri')).toEqual(['QT-THEO']);
    expect(await codes(drafter, 'tong hop kien nghi')).toEqual(['QT-THEO']);
    expect(await codes(aStaff, 'lay y kien cu tri')).toEqual([]);
    // the appendix is taken off the draft: its text is no longer searched, the other file's is
    await drafter
      .delete(
        `/api/v1/documents/${ids['QT-THEO']}/versions/${document.draftVersion.id}/files/${(second.body as { id: string }).id}`,
      )
      .expect(204);
    expect(await codes(drafter, 'tong hop kien nghi')).toEqual([]);
    expect(await codes(admin, 'tong hop kien nghi')).toEqual([]);
    expect(await codes(drafter, 'lay y kien cu tri')).toEqual(['QT-THEO']);
    // issued: every reader of the agency finds it, the staff and the province's overseer too
    await approveAll((await submittedIssue(drafter, ids['QT-THEO'])).id, secretary, approver);
    expect(await codes(aStaff, 'lay y kien cu tri')).toEqual(['QT-THEO']);
    expect(await codes(client(t, w.users['p1.oversight'].token), 'lay y kien cu tri')).toEqual(['QT-THEO']);
    expect(await codes(bSecretary, 'lay y kien cu tri')).toEqual([]);
  });

  it("reads a province's part of the index for its overseer: its agencies' published texts, never another province's or a draft", async () => {
    // more agencies than are read text by text: the overseer's search goes through the index, by region
    for (const n of [1, 2, 3, 4])
      await admin
        .post('/api/v1/agencies', {
          code: `P1-X${n}`,
          name: `Sở thứ ${n}`,
          level: 'DEPARTMENT',
          parentId: w.provinceId,
        })
        .expect(201);
    const [{ n: overseen }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM agencies WHERE search_region = (SELECT search_region FROM agencies WHERE id = $1)`,
      [w.provinceId],
    );
    expect(overseen).toBeGreaterThan(CONTENT_FEW_AGENCIES);
    const inC = async (role: 'DRAFTER' | 'ISO_SECRETARY' | 'APPROVER') =>
      (await createUser(t, w.adminToken, `c.${role.toLowerCase()}`, [{ agencyId: w.agencyC, roles: [role] }]))
        .client;
    const issued = [
      await effectiveDocument({ drafter, secretary, approver }, w.agencyA, 'QT-SOHOA'),
      await effectiveDocument(
        {
          drafter: await inC('DRAFTER'),
          secretary: await inC('ISO_SECRETARY'),
          approver: await inC('APPROVER'),
        },
        w.agencyC,
        'QT-SOHOA-C',
      ),
    ];
    // the helper's files are stub PDFs: their text written as the job would, with its pairs
    for (const document of issued)
      await t.sql(
        `INSERT INTO file_texts (file_id, agency_id, status, text, pairs)
         SELECT id, agency_id, 'EXTRACTED', 'so hoa ho so luu tru', $2 FROM document_files WHERE document_id = $1`,
        [document.id, contentPairsLiteral('so hoa ho so luu tru')],
      );
    await upload('QT-SOHOA-NHAP', DOCX('Số hoá hồ sơ lưu trữ'), 'nhap.docx');
    await extractAll();
    const p1 = client(t, w.users['p1.oversight'].token);
    const p2 = client(t, w.users['p2.oversight'].token);
    expect(await codes(p1, 'so hoa ho so')).toEqual(['QT-SOHOA']);
    expect(await codes(p1, 'số hoá')).toEqual(['QT-SOHOA']);
    expect(await codes(p2, 'so hoa ho so')).toEqual(['QT-SOHOA-C']);
    expect(await codes(admin, 'so hoa ho so')).toEqual(['QT-SOHOA', 'QT-SOHOA-C', 'QT-SOHOA-NHAP']);
    expect(await codes(drafter, 'so hoa ho so')).toEqual(['QT-SOHOA', 'QT-SOHOA-NHAP']);
    // one agency asked for: only one the caller reads
    expect((await search(p1, 'so hoa ho so', `&agencyId=${w.agencyC}`)).items).toEqual([]);
    expect((await search(p2, 'so hoa ho so', `&agencyId=${w.agencyC}`)).items.map((d) => d.code)).toEqual([
      'QT-SOHOA-C',
    ]);
  });

  it('ranks by how much of the text matches, and pages with the total of every match', async () => {
    // the same phrase three times in the guide, once in the procedure: the guide comes first
    const append = (code: string, words: string) =>
      t.sql(
        `UPDATE file_texts SET text = text || $2 WHERE file_id IN (SELECT id FROM document_files WHERE document_id = $1)`,
        [ids[code], words],
      );
    await append('QT-PDF', '. bien ban kiem tra thuc dia');
    await append('HD-DOCX', '. kiem tra thuc dia lan 1. kiem tra thuc dia lan 2. kiem tra thuc dia lan 3');
    // the worker's sweep writes the changed texts' pairs, which a query of several words is ranked by
    while ((await t.app.get(FileTexts).pairTexts(100)) > 0);
    const all = await search(secretary, 'kiểm tra thực địa');
    expect(all.items.map((d) => d.code)).toEqual(['HD-DOCX', 'QT-PDF']);
    expect(all.total).toBe(2);
    const second = await search(secretary, 'kiem tra thuc dia', '&pageSize=1&page=2');
    expect(second.items.map((d) => d.code)).toEqual(['QT-PDF']);
    expect(second.total).toBe(2);
    expect(second.items[0].snippets).toEqual([expect.stringContaining('«kiem» «tra» «thuc» «dia»')]);
  });

  it('matches the words of a query together: syllables found apart do not make a match', async () => {
    await upload('QT-KYSO', DOCX('Kết quả được ký bằng chữ ký số của người có thẩm quyền.'), 'van-ban.docx');
    // every syllable of "chữ ký số", never together
    await upload(
      'QT-ROI',
      DOCX('Chủ đề kỳ này: sổ theo dõi. Chữ viết tắt, ký duyệt, số hóa.'),
      'van-ban.docx',
    );
    await extractAll();
    expect(await codes(secretary, 'chữ ký số')).toEqual(['QT-KYSO']);
    expect(await codes(secretary, 'so chu ky')).toEqual([]);
    // each phrase of a query separated by commas is found on its own, anywhere in the text
    expect(await codes(secretary, 'chu ky so, tham quyen')).toEqual(['QT-KYSO']);
    expect(await codes(secretary, 'so hoa, theo doi')).toEqual(['QT-ROI']);
    // one word is found wherever it is
    expect(await codes(secretary, 'ky')).toEqual(expect.arrayContaining(['QT-KYSO', 'QT-ROI']));
    const found = await search(secretary, 'chu ky so');
    expect(found.items[0].snippets).toEqual([expect.stringContaining('«chu» «ky» «so»')]);
    // the same through the GIN index
    expect(await codes(admin, 'chữ ký số')).toEqual(['QT-KYSO']);
    expect(await codes(admin, 'so chu ky')).toEqual([]);
    expect(await codes(admin, 'chu ky so, tham quyen')).toEqual(['QT-KYSO']);
    expect(await codes(admin, 'chu ky so, bang')).toEqual(['QT-KYSO']);
    expect(await codes(admin, 'chu ky so, duyet')).toEqual([]);
  });

  it('cuts the snippets of a long text around the query, at whole words', async () => {
    const filler = (n: number) =>
      Array.from({ length: n }, (_, i) => `Bước ${i + 1}: chuyên viên thụ lý hồ sơ.`).join(' ');
    const text = `${filler(60)} Văn bản được phê duyệt bằng chữ ký điện tử. ${filler(60)}`;
    await upload('QT-DAI', DOCX(text), 'dai.docx');
    await extractAll();
    const found = await search(secretary, 'chữ ký điện tử');
    expect(found.items.map((d) => d.code)).toEqual(['QT-DAI']);
    const [snippet] = found.items[0].snippets!;
    expect(snippet).toContain('«chu» «ky» «dien» «tu»');
    // every word shown is a whole word of the text: the excerpt is cut between words
    const words = new Set(
      'buoc chuyen vien thu ly ho so van ban duoc phe duyet bang chu ky dien tu'.split(' '),
    );
    for (const word of snippet
      .replace(/[«»…:.]/g, ' ')
      .split(/\s+/)
      .filter(Boolean))
      expect(words.has(word) || /^\d+$/.test(word)).toBe(true);
    // the excerpt itself: about SNIPPET_WINDOW characters either side of the query, whole words
    const [{ text: stored }] = await t.sql<{ text: string }>(
      'SELECT text FROM file_texts WHERE file_id = $1',
      [fileIds['QT-DAI']],
    );
    const [{ excerpt }] = await t.sql<{ excerpt: string }>(
      `SELECT ${CONTENT_EXCERPT('$1::text', '$2::text')} AS excerpt`,
      [stored, 'chu ky dien tu'],
    );
    expect(excerpt).toContain('phe duyet bang chu ky dien tu');
    expect(excerpt.length).toBeLessThanOrEqual(2 * SNIPPET_WINDOW + 'chu ky dien tu'.length);
    expect(excerpt.length).toBeGreaterThan(SNIPPET_WINDOW);
    expect(stored).toContain(` ${excerpt} `);
  });

  it('a text without pairs (extracted before they were kept, or changed since) is found by its words until the sweep pairs it', async () => {
    await upload('HD-DGNB', DOCX('Đánh giá nội bộ định kỳ'), 'danh-gia.docx');
    const fileId = fileIds['HD-DGNB'];
    const texts = t.app.get(FileTexts);
    await texts.extract(fileId);
    const pairsOf = async () =>
      (await t.sql<{ pairs: string | null }>('SELECT pairs FROM file_texts WHERE file_id = $1', [fileId]))[0]
        .pairs;
    expect(await pairsOf()).toBe("'danh gia':1 'gia noi':2 'noi bo':3 'bo dinh':4 'dinh ky':5");
    // a change of text that leaves the pairs as they were empties them: they described the old text
    await t.sql(`UPDATE file_texts SET text = 'bo phan noi chinh' WHERE file_id = $1`, [fileId]);
    expect(await pairsOf()).toBeNull();
    expect(await codes(secretary, 'noi chinh')).toEqual(['HD-DGNB']);
    expect(await codes(secretary, 'phan noi bo')).toEqual(['HD-DGNB']);
    expect(await codes(admin, 'phan noi bo')).toEqual(['HD-DGNB']);
    // the sweep's batches write the pairs of the new text: then only its words together match
    while ((await texts.pairTexts(1)) > 0);
    expect(await pairsOf()).toBe("'bo phan':1 'phan noi':2 'noi chinh':3");
    expect(await codes(secretary, 'noi chinh')).toEqual(['HD-DGNB']);
    expect(await codes(secretary, 'phan noi bo')).toEqual([]);
    expect(await codes(admin, 'noi chinh')).toEqual(['HD-DGNB']);
    expect(await codes(admin, 'phan noi bo')).toEqual([]);
  });

  it('shows passages of the three best matching files of a document, best first', async () => {
    const document = await draftDocument(drafter, w.agencyA, 'BM-NHIEU', { withFile: false });
    // the more often a file says it, the better it matches
    for (const [label, times] of [
      ['alpha', 1],
      ['delta', 4],
      ['beta', 2],
      ['gamma', 3],
    ] as const) {
      const text = `Lập kế hoạch kiểm tra ${label}. `.repeat(times);
      expect(
        (await drafter.upload(document.id, document.draftVersion!.id, DOCX(text), `${label}.docx`)).status,
      ).toBe(201);
    }
    await extractAll();
    const found = await search(secretary, 'lập kế hoạch kiểm tra');
    expect(found.items.map((d) => d.code)).toEqual(['BM-NHIEU']);
    const snippets = found.items[0].snippets!;
    expect(snippets).toHaveLength(3);
    expect(snippets.map((s) => ['delta', 'gamma', 'beta', 'alpha'].find((l) => s.includes(l)))).toEqual([
      'delta',
      'gamma',
      'beta',
    ]);
    expect(snippets[0]).toContain('«lap» «ke» «hoach» «kiem» «tra»');
  });
});
