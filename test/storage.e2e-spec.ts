import { Controller, Get, INestApplication, Module, Post, Query, Req, Res } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import type { Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { createHash, randomBytes } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { AddressInfo, connect } from 'node:net';
import request from 'supertest';
import { AppConfig, DomainError, ErrorFilter, PLATFORM_ENTITIES, PlatformModule } from '../libs/platform/src';
import {
  Downloadable,
  FileIntake,
  ObjectStorage,
  redirectToDownload,
  sendDownload,
  StorageModule,
  StoredBlob,
} from '../libs/storage/src';
import { createTestDatabase, dropTestDatabase, testConfig } from './support/harness';
import { binary, multipartBody, MultipartFile } from './support/multipart';
import { dropBucket, listBucket } from './support/s3';
import { docx } from './support/ooxml';
import { waitFor } from './support/wait';

/** The configured limit (UPLOAD_MAX_BYTES) of POST /upload. */
const LIMIT = 1024 * 1024;
/** POST /upload-large passes its own limit, above the 8 MB part size, so uploads go multipart. */
const LARGE_LIMIT = 21 * 1024 * 1024;

/** No product endpoint uploads files yet: this controller drives the storage lib the way one will. */
@Controller()
class FilesTestController {
  constructor(
    private readonly intake: FileIntake,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  @Post('upload')
  upload(@Req() req: Request): Promise<StoredBlob> {
    return track(this.intake.receive(req));
  }

  @Post('upload-large')
  uploadLarge(@Req() req: Request): Promise<StoredBlob> {
    return track(this.intake.receive(req, LARGE_LIMIT));
  }

  @Get('download')
  async download(@Query() query: Record<string, string>, @Res() res: Response): Promise<void> {
    await sendDownload(this.storage, res, downloadable(query));
  }

  @Get('presign')
  async presign(@Query() query: Record<string, string>, @Res() res: Response): Promise<void> {
    await redirectToDownload(this.storage, res, downloadable(query), this.config.PRESIGN_TTL_SECONDS);
  }
}

/** What became of each upload the controller handled, also of those whose client went away. */
const uploads = new EventEmitter();
const outcomes: string[] = [];
async function track(work: Promise<StoredBlob>): Promise<StoredBlob> {
  uploads.emit('started');
  try {
    const blob = await work;
    outcomes.push('stored');
    return blob;
  } catch (error) {
    outcomes.push(error instanceof DomainError ? error.code : String(error));
    throw error;
  }
}

function downloadable(query: Record<string, string>): Downloadable {
  return {
    key: query.key,
    name: query.name,
    size: Number(query.size),
    contentType: query.type,
    sha256: query.sha,
  };
}

@Module({})
class StorageTestModule {
  static forRoot(config: AppConfig) {
    return {
      module: StorageTestModule,
      imports: [PlatformModule.forRoot({ config, entities: PLATFORM_ENTITIES }), StorageModule],
      controllers: [FilesTestController],
      providers: [{ provide: APP_FILTER, useClass: ErrorFilter }],
    };
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** Random bytes behind a real format's magic number (the intake only trusts the first bytes). */
const withMagic = (magic: string | Buffer, size: number) => {
  const head = Buffer.isBuffer(magic) ? magic : Buffer.from(magic, 'latin1');
  return Buffer.concat([head, randomBytes(size - head.length)]);
};
const pdf = (size: number) => withMagic('%PDF-1.7\n', size);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('storage: file intake and downloads', () => {
  let app: INestApplication;
  let config: AppConfig;
  let databaseName: string;
  let baseUrl: string;

  beforeAll(async () => {
    databaseName = await createTestDatabase();
    config = testConfig(databaseName, { UPLOAD_MAX_BYTES: String(LIMIT) });
    app = await NestFactory.create(StorageTestModule.forRoot(config), { bufferLogs: true });
    app.useLogger(app.get(Logger));
    await app.get(ObjectStorage).ensureBucket();
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    if (config) await dropBucket(config);
    if (databaseName) await dropTestDatabase(databaseName);
  });

  const http = () => request(app.getHttpServer());
  const upload = (file: MultipartFile, path = '/upload') => {
    const { body, contentType } = multipartBody(file);
    return http().post(path).set('Content-Type', contentType).send(body);
  };
  const download = (blob: StoredBlob) =>
    http()
      .get('/download')
      .query({ key: blob.key, name: blob.name, size: blob.size, type: blob.contentType, sha: blob.sha256 })
      .buffer(true)
      .parse(binary);
  const blobsInBucket = async () => (await listBucket(config)).filter((key) => key.startsWith('blobs/'));

  it('stores a PDF under its sha256 and gives back the identical bytes with attachment headers', async () => {
    const bytes = pdf(200_000);
    const response = await upload({ filename: 'so-tay-chat-luong.pdf', content: bytes }).expect(201);
    const blob = response.body as StoredBlob;
    const hash = sha256(bytes);
    expect(blob).toEqual({
      key: `blobs/sha256/${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`,
      sha256: hash,
      size: bytes.length,
      contentType: 'application/pdf',
      name: 'so-tay-chat-luong.pdf',
    });
    expect(await listBucket(config)).toEqual([blob.key]);

    const got = await download(blob).expect(200);
    expect(Buffer.compare(got.body as Buffer, bytes)).toBe(0);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-length']).toBe(String(bytes.length));
    expect(got.headers['content-disposition']).toMatch(/^attachment; filename="so-tay-chat-luong\.pdf"/);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['cache-control']).toBe('private, no-store');
    expect(got.headers['digest']).toBe(`sha-256=${Buffer.from(hash, 'hex').toString('base64')}`);
  });

  it('stores identical bytes once: a second upload under another name gets the same key', async () => {
    const bytes = pdf(50_000);
    const first = (await upload({ filename: 'ban-goc.pdf', content: bytes }).expect(201)).body as StoredBlob;
    const before = await blobsInBucket();
    const second = (await upload({ filename: 'ban-sao.pdf', content: bytes }).expect(201)).body as StoredBlob;
    expect(second.key).toBe(first.key);
    expect(second.sha256).toBe(first.sha256);
    expect(second.name).toBe('ban-sao.pdf');
    expect(await blobsInBucket()).toEqual(before);
    expect(before.filter((key) => key.endsWith(first.sha256))).toHaveLength(1);
    expect((await listBucket(config)).filter((key) => key.startsWith('tmp/'))).toEqual([]);
  });

  describe('size limit', () => {
    it('refuses a file one byte over the limit while streaming (the Content-Length precheck lets it through) and stores nothing', async () => {
      const before = await listBucket(config);
      const response = await upload({ filename: 'qua-lon.pdf', content: pdf(LIMIT + 1) }).expect(413);
      expect(response.body).toEqual({
        statusCode: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: `Tệp vượt quá dung lượng cho phép (${LIMIT} byte)`,
        details: [],
      });
      expect(await listBucket(config)).toEqual(before);
      // exactly at the limit is still fine
      const atLimit = await upload({ filename: 'vua-du.pdf', content: pdf(LIMIT) }).expect(201);
      expect(atLimit.body.size).toBe(LIMIT);
    });

    it('refuses a much bigger file from its declared Content-Length, in English on request', async () => {
      const before = await listBucket(config);
      const { body, contentType } = multipartBody({ filename: 'rat-lon.pdf', content: pdf(8 * LIMIT) });
      const response = await http()
        .post('/upload')
        .set('Content-Type', contentType)
        .set('Accept-Language', 'en')
        .send(body)
        .expect(413);
      expect(response.body).toMatchObject({
        statusCode: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: `The file exceeds the size limit (${LIMIT} bytes)`,
      });
      expect(await listBucket(config)).toEqual(before);
    });

    it('refuses an oversized body sent without Content-Length (chunked) while streaming', async () => {
      const before = await listBucket(config);
      const { body, contentType } = multipartBody({
        filename: 'khong-khai-bao.pdf',
        content: pdf(4 * LIMIT),
      });
      const response = await new Promise<{ status: number; body: { code?: string } }>((resolve, reject) => {
        const req = httpRequest(
          `${baseUrl}/upload`,
          { method: 'POST', headers: { 'Content-Type': contentType, 'Transfer-Encoding': 'chunked' } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()) }),
            );
          },
        );
        req.on('error', reject);
        for (let offset = 0; offset < body.length; offset += 64 * 1024)
          req.write(body.subarray(offset, offset + 64 * 1024));
        req.end();
      });
      expect(response.status).toBe(413);
      expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
      expect(await listBucket(config)).toEqual(before);
    });

    it('refuses a file over a limit above the part size (multipart upload path) and stores nothing', async () => {
      const before = await listBucket(config);
      const response = await upload(
        { filename: 'qua-lon-nhieu-phan.pdf', content: pdf(LARGE_LIMIT + 1) },
        '/upload-large',
      ).expect(413);
      expect(response.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
      expect(await listBucket(config)).toEqual(before);
    });
  });

  describe('a client that goes away mid-upload', () => {
    /** Sends the headers and the first `sentBytes` of the body, waits until the handler runs, then drops the connection. */
    const abandon = async (path: string, file: MultipartFile, sentBytes: number) => {
      const { body, contentType } = multipartBody(file);
      const socket = connect(Number(new URL(baseUrl).port), '127.0.0.1');
      try {
        await once(socket, 'connect');
        const started = once(uploads, 'started');
        socket.write(
          `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${contentType}\r\n` +
            `Content-Length: ${body.length}\r\n\r\n`,
        );
        socket.write(body.subarray(0, sentBytes));
        await started;
      } finally {
        socket.destroy();
      }
    };

    it.each([
      ['/upload', 'file', LIMIT, 600_000],
      ['/upload-large', 'file', 20_000_000, 12_000_000],
      // busboy fails the stream of a part nobody reads, too: that must not crash the process
      ['/upload-large', 'attachment', 4_000_000, 2_000_000],
    ])(
      '%s, field "%s": the intake gives up (instead of waiting forever) and leaves nothing behind',
      async (path, field, size, sent) => {
        const before = await listBucket(config);
        const handled = outcomes.length;
        await abandon(path, { field, filename: 'bo-do.pdf', content: pdf(size) }, sent);
        const outcome = await waitFor('the abandoned upload to end', () => outcomes[handled]);
        expect(outcome).toBe('UPLOAD_MALFORMED');
        expect(await listBucket(config)).toEqual(before);
        // the server still serves the next upload
        await upload({ filename: 'sau-khi-huy.pdf', content: pdf(1_000) }).expect(201);
      },
    );
  });

  describe('file type from the first bytes', () => {
    it('refuses a Windows executable renamed to .pdf with 415 and stores nothing', async () => {
      const before = await listBucket(config);
      const exe = withMagic(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]), 30_000);
      const response = await upload({
        filename: 'bao-cao.pdf',
        content: exe,
        contentType: 'application/pdf',
      }).expect(415);
      expect(response.body).toEqual({
        statusCode: 415,
        code: 'UNSUPPORTED_FILE_TYPE',
        message: 'Loại tệp không được phép; chỉ nhận PDF, DOC, DOCX, XLS, XLSX, PNG, JPEG',
        details: [],
      });
      expect(await listBucket(config)).toEqual(before);
    });

    it('accepts a DOCX package named .docx, but refuses the same package named .pdf and bare ZIP bytes named .docx', async () => {
      const zip = docx('Biểu mẫu');
      const accepted = await upload({ filename: 'bieu-mau.docx', content: zip }).expect(201);
      expect(accepted.body).toMatchObject({
        contentType: DOCX_TYPE,
        name: 'bieu-mau.docx',
        sha256: sha256(zip),
      });
      const before = await listBucket(config);
      const asPdf = await upload({ filename: 'bieu-mau.pdf', content: docx('Biểu mẫu 2') }).expect(415);
      expect(asPdf.body.code).toBe('UNSUPPORTED_FILE_TYPE');
      const notAPackage = await upload({
        filename: 'bieu-mau.docx',
        content: withMagic(ZIP_MAGIC, 10_000),
      }).expect(415);
      expect(notAPackage.body.code).toBe('FILE_PACKAGE_INVALID');
      expect(await listBucket(config)).toEqual(before);
    });

    it('refuses a PDF named .png (the name must carry the type the bytes prove) and stores nothing', async () => {
      const before = await listBucket(config);
      const response = await upload({
        filename: 'anh.png',
        content: pdf(5_000),
        contentType: 'image/png',
      }).expect(415);
      expect(response.body.code).toBe('FILE_TYPE_MISMATCH');
      expect(await listBucket(config)).toEqual(before);
    });

    it('recognises PNG and JPEG from their bytes', async () => {
      const png = withMagic(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 2_000);
      const jpeg = withMagic(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 2_000);
      expect((await upload({ filename: 'so-do.png', content: png }).expect(201)).body.contentType).toBe(
        'image/png',
      );
      expect((await upload({ filename: 'anh-chup', content: jpeg }).expect(201)).body.contentType).toBe(
        'image/jpeg',
      );
    });
  });

  it('gives back a Vietnamese file name sent in NFD as NFC, in the response and in Content-Disposition', async () => {
    const nfc = 'Quy trình kiểm soát tài liệu.pdf';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const response = await upload({ filename: nfd, content: pdf(3_000) }).expect(201);
    expect(response.body.name).toBe(nfc);

    const got = await download(response.body as StoredBlob).expect(200);
    const disposition = String(got.headers['content-disposition']);
    expect(disposition).toContain('filename="Quy trinh kiem soat tai lieu.pdf"');
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    expect(encoded).toBe(encodeURIComponent(nfc));
    expect(decodeURIComponent(encoded!)).toBe(nfc);
  });

  it('keeps only the last segment of a name sent with a Windows path', async () => {
    const response = await upload({
      filename: 'C:\\Users\\Văn thư\\Đơn đề nghị.pdf',
      content: pdf(1_000),
    }).expect(201);
    expect(response.body.name).toBe('Đơn đề nghị.pdf');
  });

  it('redirects with 302 to a presigned URL that serves the same bytes', async () => {
    const bytes = pdf(120_000);
    const blob = (await upload({ filename: 'Hướng dẫn.pdf', content: bytes }).expect(201)).body as StoredBlob;
    const response = await http()
      .get('/presign')
      .query({ key: blob.key, name: blob.name, size: blob.size, type: blob.contentType, sha: blob.sha256 })
      .expect(302);
    expect(response.headers['cache-control']).toBe('private, no-store');
    const location = new URL(String(response.headers.location));
    expect(location.origin).toBe(new URL(config.S3_ENDPOINT).origin);
    expect(location.searchParams.get('response-content-disposition')).toBe(
      `attachment; filename="Huong dan.pdf"; filename*=UTF-8''${encodeURIComponent('Hướng dẫn.pdf')}`,
    );
    const fetched = await fetch(location);
    expect(fetched.status).toBe(200);
    const body = Buffer.from(await fetched.arrayBuffer());
    expect(sha256(body)).toBe(blob.sha256);
    expect(Buffer.compare(body, bytes)).toBe(0);
  });

  it('uploads and downloads a 20 MB file through the multipart path', async () => {
    const bytes = pdf(20_000_000);
    const response = await upload({ filename: 'ho-so-lon.pdf', content: bytes }, '/upload-large').expect(201);
    expect(response.body).toMatchObject({
      size: bytes.length,
      sha256: sha256(bytes),
      contentType: 'application/pdf',
    });
    const got = await download(response.body as StoredBlob).expect(200);
    expect((got.body as Buffer).length).toBe(bytes.length);
    expect(sha256(got.body as Buffer)).toBe(sha256(bytes));
    expect((await listBucket(config)).filter((key) => key.startsWith('tmp/'))).toEqual([]);
  });

  it('answers 400 UPLOAD_MALFORMED for a body without a field "file" and for a non-multipart body', async () => {
    const wrongField = await upload({ field: 'attachment', filename: 'x.pdf', content: pdf(1_000) }).expect(
      400,
    );
    expect(wrongField.body.code).toBe('UPLOAD_MALFORMED');
    const json = await http().post('/upload').send({ file: 'x' }).expect(400);
    expect(json.body.code).toBe('UPLOAD_MALFORMED');
  });
});
