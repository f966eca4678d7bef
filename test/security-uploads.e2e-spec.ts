import ExcelJS from 'exceljs';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import Redis from 'ioredis';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { client, Client, PDF, sha256 } from './support/documents';
import { REDIS_URL } from './support/env';
import { startTestApp, TestApp, testConfig } from './support/harness';
import { binary, multipartBody } from './support/multipart';
import { deflatedZeros, docx, docxContentTypes, zipArchive, zipBombDocx } from './support/ooxml';
import { listBucket } from './support/s3';
import { waitFor } from './support/wait';
import { buildWorld, World } from './support/world';

const GiB = 1024 * 1024 * 1024;
/** Low enough to reach in a test; the default is 1,000 live keys per user. */
const KEY_CAP = 3;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Issue 11, items 14 and 15, as the attacks an outside tester ran: an Idempotency-Key reused for
 * another file of the same length, keys that never expired and had no cap; a PDF named x.html,
 * a name hiding its real extension behind U+202E, and a 1 MB DOCX unpacking to 1 GiB.
 */
describe('security: idempotent uploads and what an upload may be', () => {
  let t: TestApp;
  let w: World;
  let drafter: Client;

  beforeAll(async () => {
    t = await startTestApp({ IDEMPOTENCY_MAX_KEYS_PER_USER: String(KEY_CAP) });
    w = await buildWorld(t);
    drafter = client(t, w.users['a.drafter'].token);
  });
  afterAll(() => t.close());

  let documents = 0;
  /** A fresh draft document of agency A: its id and its draft version's id. */
  const draftDocument = async () => {
    documents++;
    const body = (
      await drafter
        .post('/api/v1/documents', {
          agencyId: w.agencyA,
          code: `QT-SEC-${documents}`,
          title: `Quy trình ${documents}`,
          type: 'PROCEDURE',
        })
        .expect(201)
    ).body as { id: string; draftVersion: { id: string } };
    return { id: body.id, versionId: body.draftVersion.id };
  };
  const uploadAs = (
    token: string,
    doc: { id: string; versionId: string },
    bytes: Buffer,
    filename: string,
    key?: string,
  ) => {
    // built by hand so the file name's bytes (bidi marks, NFD) reach the server exactly
    const { body, contentType } = multipartBody({ filename, content: bytes });
    const request = t
      .http()
      .post(`/api/v1/documents/${doc.id}/versions/${doc.versionId}/files`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', contentType);
    if (key) request.set('Idempotency-Key', key);
    return request.send(body);
  };
  const upload = (doc: { id: string; versionId: string }, bytes: Buffer, filename: string, key?: string) =>
    uploadAs(w.users['a.drafter'].token, doc, bytes, filename, key);
  const filesOf = (versionId: string) =>
    t.sql<{ name: string; sha256: string }>(
      'SELECT name, sha256 FROM document_files WHERE version_id = $1 ORDER BY created_at',
      [versionId],
    );
  const blobsOf = async (bytes: Buffer) =>
    (await listBucket(t.config)).filter((key) => key.endsWith(sha256(bytes)) || key.startsWith('tmp/'));
  const download = (fileId: string) =>
    drafter.get(`/api/v1/files/${fileId}/content`).buffer(true).parse(binary).expect(200);

  describe('Idempotency-Key on uploads (item 14)', () => {
    it('the same key with another file of the same length is a 422 and the second file is not stored; the true retry replays', async () => {
      const doc = await draftDocument();
      const first = PDF('Quyết định số 01 bản gốc');
      const forged = PDF('Quyết định số 01 bản giả');
      expect(forged.length).toBe(first.length);
      const stored = await upload(doc, first, 'quyet-dinh.pdf', 'tai-qd-01').expect(201);

      const attack = await upload(doc, forged, 'quyet-dinh.pdf', 'tai-qd-01').expect(422);
      expect(attack.body.code).toBe('IDEMPOTENCY_KEY_MISMATCH');
      expect(attack.headers['idempotent-replayed']).toBeUndefined();
      expect(await filesOf(doc.versionId)).toEqual([{ name: 'quyet-dinh.pdf', sha256: sha256(first) }]);
      expect(await blobsOf(forged)).toEqual([]);

      // the same bytes under another name are another request too
      const renamed = await upload(doc, first, 'quyet-dinh-2.pdf', 'tai-qd-01').expect(422);
      expect(renamed.body.code).toBe('IDEMPOTENCY_KEY_MISMATCH');

      const retry = await upload(doc, first, 'quyet-dinh.pdf', 'tai-qd-01').expect(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(stored.body);
      expect(await filesOf(doc.versionId)).toHaveLength(1);
      expect((await listBucket(t.config)).filter((key) => key.startsWith('tmp/'))).toEqual([]);
    });

    it('a CSV import sent as text/csv is fingerprinted by its bytes too: another catalogue under the key is a 422', async () => {
      const path = `/api/v1/agencies/${w.agencyA}/administrative-procedures/import`;
      const importCsv = (csv: string) =>
        t
          .http()
          .post(path)
          .set('Authorization', `Bearer ${w.users['a.agency_admin'].token}`)
          .set('Idempotency-Key', 'nhap-tthc-01')
          .set('Content-Type', 'text/csv; charset=utf-8')
          .send(Buffer.from(csv, 'utf8'));
      const codes = async () =>
        (
          await t.sql<{ code: string }>(
            'SELECT code FROM administrative_procedures WHERE agency_id = $1 ORDER BY code',
            [w.agencyA],
          )
        ).map((r) => r.code);
      const first = await importCsv('code,name\n1.001,Thủ tục A\n').expect(200);
      const attack = await importCsv('code,name\n1.002,Thủ tục B\n').expect(422);
      expect(attack.body.code).toBe('IDEMPOTENCY_KEY_MISMATCH');
      expect(await codes()).toEqual(['1.001']);
      const retry = await importCsv('code,name\n1.001,Thủ tục A\n').expect(200);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(first.body);
    });

    it('an expired key is free again: looked up as absent, and deleted by the worker’s sweep job', async () => {
      const create = (key: string, code: string) =>
        t
          .http()
          .post('/api/v1/documents')
          .set('Authorization', `Bearer ${w.users['a.agency_admin'].token}`)
          .set('Idempotency-Key', key)
          .send({ agencyId: w.agencyA, code, title: `Tài liệu ${code}`, type: 'GUIDE' });
      const keyRow = (key: string) =>
        t.sql('SELECT status FROM idempotency_keys WHERE owner = $1 AND key = $2', [
          w.users['a.agency_admin'].id,
          key,
        ]);
      const age = (key: string, hours: number) =>
        t.sql(
          `UPDATE idempotency_keys SET created_at = now() - make_interval(hours => $3) WHERE owner = $1 AND key = $2`,
          [w.users['a.agency_admin'].id, key, hours],
        );

      await create('het-han-1', 'HD-1').expect(201);
      await age('het-han-1', 23);
      expect((await create('het-han-1', 'HD-2').expect(422)).body.code).toBe('IDEMPOTENCY_KEY_MISMATCH');
      await age('het-han-1', 25);
      // past IDEMPOTENCY_TTL_HOURS (24) the key names nothing: the other request runs
      const reused = await create('het-han-1', 'HD-2').expect(201);
      expect(reused.headers['idempotent-replayed']).toBeUndefined();

      await create('het-han-3', 'HD-3').expect(201);
      await age('het-han-3', 25);
      const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
      let worker: INestApplicationContext | undefined;
      try {
        worker = await NestFactory.createApplicationContext(
          WorkerModule.forRoot(testConfig(t.databaseName, { IDEMPOTENCY_SWEEP_INTERVAL_MS: '1000' })),
          { bufferLogs: true },
        );
        worker.useLogger(worker.get(Logger));
        await worker.init();
        await waitFor('the sweep job to delete the expired key', async () =>
          (await keyRow('het-han-3')).length === 0 ? true : undefined,
        );
        // the live ones stay
        expect(await keyRow('het-han-1')).toEqual([{ status: 'DONE' }]);
      } finally {
        await worker?.close();
        const keys = await redis.keys(`${t.config.QUEUE_PREFIX}:*`);
        if (keys.length > 0) await redis.del(...keys);
        await redis.quit();
      }
    }, 60_000);

    it(`past ${KEY_CAP} live keys a user's next new key is refused with 429 and Retry-After, and nothing is created`, async () => {
      const token = w.users['a.iso_secretary'].token;
      const owner = w.users['a.iso_secretary'].id;
      const create = (key: string | undefined, code: string) => {
        const request = t.http().post('/api/v1/documents').set('Authorization', `Bearer ${token}`);
        if (key) request.set('Idempotency-Key', key);
        return request.send({ agencyId: w.agencyA, code, title: `Tài liệu ${code}`, type: 'GUIDE' });
      };
      const documentsWithCode = async (code: string) =>
        (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM documents WHERE code = $1', [code]))[0].n;
      for (let i = 1; i <= KEY_CAP; i++) await create(`gioi-han-${i}`, `GH-${i}`).expect(201);

      const refused = await create('gioi-han-4', 'GH-4').expect(429);
      expect(refused.body.code).toBe('TOO_MANY_IDEMPOTENCY_KEYS');
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(23 * 3600);
      expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
      expect(await documentsWithCode('GH-4')).toBe(0);
      const keys = await t.sql<{ key: string }>(
        'SELECT key FROM idempotency_keys WHERE owner = $1 ORDER BY key',
        [owner],
      );
      expect(keys.map((k) => k.key)).toEqual(['gioi-han-1', 'gioi-han-2', 'gioi-han-3']);

      // an upload under a new key is refused the same way, and leaves no file behind
      const doc = await draftDocument();
      const bytes = PDF('vượt giới hạn khóa');
      const upload = await uploadAs(token, doc, bytes, 'gioi-han.pdf', 'gioi-han-5').expect(429);
      expect(upload.body.code).toBe('TOO_MANY_IDEMPOTENCY_KEYS');
      expect(await filesOf(doc.versionId)).toEqual([]);
      expect(await blobsOf(bytes)).toEqual([]);

      // the keys already held still replay, and a request without a key still runs
      const replay = await create('gioi-han-1', 'GH-1').expect(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      await create(undefined, 'GH-6').expect(201);

      // once one key expires there is room again
      await t.sql(
        "UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE owner = $1 AND key = 'gioi-han-1'",
        [owner],
      );
      await create('gioi-han-4', 'GH-4').expect(201);
    });
  });

  describe('file names and types (item 15)', () => {
    it('a PDF named x.html is refused with 415 FILE_TYPE_MISMATCH and nothing is stored', async () => {
      const doc = await draftDocument();
      const bytes = PDF('trang giả mạo');
      const response = await upload(doc, bytes, 'x.html').expect(415);
      expect(response.body).toMatchObject({ statusCode: 415, code: 'FILE_TYPE_MISMATCH' });
      expect(response.body.message).toContain('.html');
      expect(await filesOf(doc.versionId)).toEqual([]);
      expect(await blobsOf(bytes)).toEqual([]);
    });

    it('a name hiding .exe behind U+202E is cleaned first, then refused for its real extension', async () => {
      const doc = await draftDocument();
      const bytes = PDF('hợp đồng');
      // reads as "hop-dongexe.pdf" on screen; the cleaned name ends in .exe
      const response = await upload(doc, bytes, 'hop-dong\u202efdp.exe').expect(415);
      expect(response.body.code).toBe('FILE_TYPE_MISMATCH');
      expect(response.body.message).toContain('.exe');
      expect(await filesOf(doc.versionId)).toEqual([]);
      expect(await blobsOf(bytes)).toEqual([]);
    });

    it('control and bidirectional characters are removed from a name before it is stored and served', async () => {
      const doc = await draftDocument();
      const bytes = PDF('hợp đồng thật');
      const sent =
        'Hợp đồng\u202e\u200e\u2066số\u2069 01\u0007\u0000\u0085\u200f'.normalize('NFD') + 'exe.pdf';
      // raw C0 controls are refused in a part header (400), so they come RFC 5987-encoded, as clients may send them
      const boundary = 'iso-test-ten-tep';
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${encodeURIComponent(sent)}\r\n` +
            'Content-Type: application/pdf\r\n\r\n',
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const stored = await t
        .http()
        .post(`/api/v1/documents/${doc.id}/versions/${doc.versionId}/files`)
        .set('Authorization', `Bearer ${w.users['a.drafter'].token}`)
        .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
        .send(body)
        .expect(201);
      const clean = 'Hợp đồngsố 01exe.pdf';
      expect(stored.body.name).toBe(clean);
      expect(await filesOf(doc.versionId)).toEqual([{ name: clean, sha256: sha256(bytes) }]);

      const got = await download(stored.body.id as string);
      const disposition = String(got.headers['content-disposition']);
      expect(disposition).toBe(
        `attachment; filename="Hop dongso 01exe.pdf"; filename*=UTF-8''${encodeURIComponent(clean)}`,
      );
      expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1])).toBe(clean);
      expect(Buffer.compare(got.body as Buffer, bytes)).toBe(0);
    });

    it('a name without an extension gets the one its bytes prove, and a long name keeps its extension', async () => {
      const doc = await draftDocument();
      const stored = await upload(doc, PDF('không đuôi'), 'Báo cáo v1.0').expect(201);
      expect(stored.body.name).toBe('Báo cáo v1.0.pdf');
      // cut to 255 characters keeping the extension, never inside a character
      const long = await upload(doc, PDF('tên dài'), 'đ'.repeat(300)).expect(201);
      expect(long.body.name).toBe(`${'đ'.repeat(251)}.pdf`);
      const longWithExtension = await upload(doc, PDF('tên dài 2'), `${'ệ'.repeat(300)}.PDF`).expect(201);
      expect(longWithExtension.body.name).toBe(`${'ệ'.repeat(251)}.PDF`);
    });
  });

  describe('OOXML packages (item 15)', () => {
    it('accepts a valid small DOCX and an XLSX written by Excel’s format library', async () => {
      const doc = await draftDocument();
      const word = docx('Quy trình kiểm soát hồ sơ');
      const stored = await upload(doc, word, 'QT-07.docx').expect(201);
      expect(stored.body).toMatchObject({ name: 'QT-07.docx', sha256: sha256(word) });

      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Danh mục').addRows([
        ['Mã', 'Tên tài liệu'],
        ['QT-07', 'Quy trình kiểm soát hồ sơ'],
      ]);
      const sheet = Buffer.from(await workbook.xlsx.writeBuffer());
      const xlsx = await upload(doc, sheet, 'danh-muc.xlsx').expect(201);
      expect(xlsx.body.contentType).toBe(XLSX_TYPE);

      // the same spreadsheet named .docx: its package names no Word document
      const renamed = await upload(doc, sheet, 'danh-muc.docx').expect(415);
      expect(renamed.body.code).toBe('FILE_PACKAGE_INVALID');
      expect(await filesOf(doc.versionId)).toHaveLength(2);
    });

    it('refuses a ZIP without [Content_Types].xml, and one with two parts of the same name', async () => {
      const doc = await draftDocument();
      const noTypes = zipArchive([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
      const missing = await upload(doc, noTypes, 'thieu.docx').expect(415);
      expect(missing.body.code).toBe('FILE_PACKAGE_INVALID');
      expect(missing.body.message).toContain('[Content_Types].xml');

      const twice = zipArchive([
        { name: '[Content_Types].xml', data: docxContentTypes() },
        { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
        { name: 'WORD/document.xml', data: Buffer.from('<w:document>khác</w:document>') },
      ]);
      expect((await upload(doc, twice, 'trung.docx').expect(415)).body.code).toBe('FILE_PACKAGE_INVALID');
      expect(await filesOf(doc.versionId)).toEqual([]);
      expect((await listBucket(t.config)).filter((key) => key.startsWith('tmp/'))).toEqual([]);
    });

    describe('a zip bomb: one part of 1 GiB of zeros, about 1 MB packed', () => {
      let zeros: Awaited<ReturnType<typeof deflatedZeros>>;
      beforeAll(async () => {
        zeros = await deflatedZeros(GiB);
      }, 120_000);

      it('is refused with 413 from its central directory, and neither an object nor a row is left', async () => {
        const bomb = zipArchive([
          { name: '[Content_Types].xml', data: docxContentTypes() },
          { name: 'word/document.xml', deflated: zeros },
        ]);
        expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024);
        const doc = await draftDocument();
        const started = Date.now();
        const response = await upload(doc, bomb, 'bao-cao.docx').expect(413);
        const ms = Date.now() - started;
        expect(response.body.code).toBe('FILE_PACKAGE_TOO_LARGE');
        expect(response.body.message).toContain(`${GiB + docxContentTypes().length} byte`);
        expect(ms).toBeLessThan(10_000);
        expect(await filesOf(doc.versionId)).toEqual([]);
        expect(await blobsOf(bomb)).toEqual([]);
      });

      it('is refused as well when the directory lies about the size: inflation stops past the declared size', async () => {
        // the directory claims the part unpacks to its packed size, which passes every limit
        const liar = zipArchive([
          { name: '[Content_Types].xml', data: docxContentTypes() },
          { name: 'word/document.xml', deflated: zeros, declaredSize: zeros.bytes.length },
        ]);
        const doc = await draftDocument();
        const started = Date.now();
        const response = await upload(doc, liar, 'bao-cao.docx').expect(415);
        const ms = Date.now() - started;
        expect(response.body.code).toBe('FILE_PACKAGE_INVALID');
        expect(response.body.message).toContain('more than its declared size');
        // inflating the whole GiB takes seconds; stopping after the declared ~1 MB takes milliseconds
        expect(ms).toBeLessThan(3_000);
        expect(await filesOf(doc.versionId)).toEqual([]);
        expect(await blobsOf(liar)).toEqual([]);
      });

      it('the ratio bound holds below the byte bound: 20 MB of zeros in a 20 KB package is refused', async () => {
        const doc = await draftDocument();
        const bomb = await zipBombDocx(20 * 1024 * 1024);
        const response = await upload(doc, bomb, 'nho.docx').expect(413);
        expect(response.body.code).toBe('FILE_PACKAGE_TOO_LARGE');
        expect(await filesOf(doc.versionId)).toEqual([]);
      });
    });
  });
});
