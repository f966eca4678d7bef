import { AddressInfo } from 'node:net';
import { startTestApp, TestApp } from './support/harness';
import { client, PDF } from './support/documents';
import { rawRequest, trickle } from './support/raw-http';
import { listBucket } from './support/s3';
import { waitFor } from './support/wait';
import { buildWorld, World } from './support/world';

describe('upload abuse on the real route: declared 10 GB, stalled clients', () => {
  let t: TestApp;
  let w: World;
  let port: number;
  let path: string;

  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_IDLE_TIMEOUT_MS: '1000' });
    w = await buildWorld(t);
    const drafter = client(t, w.users['a.drafter'].token);
    const doc = (
      await drafter
        .post('/api/v1/documents', {
          agencyId: w.agencyA,
          code: 'QT-77',
          title: 'Tệp lớn',
          type: 'PROCEDURE',
        })
        .expect(201)
    ).body;
    path = `/api/v1/documents/${doc.id}/versions/${doc.draftVersion.id}/files`;
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  const head = (contentLength: number) =>
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${w.users['a.drafter'].token}\r\n` +
    `Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: ${contentLength}\r\n\r\n`;
  const preamble = Buffer.from(
    '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="lon.pdf"\r\nContent-Type: application/pdf\r\n\r\n',
  );
  const filesOfDocument = async () =>
    (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM document_files'))[0].n;

  it('a declared 10 GB body is refused with 413 before a byte of it is read, and nothing is stored', async () => {
    const before = await listBucket(t.config);
    const response = await rawRequest(port, head(10 * 1024 ** 3), () => undefined);
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(response.sentBodyBytes).toBe(0);
    expect(await listBucket(t.config)).toEqual(before);
    expect(await filesOfDocument()).toBe(0);
  });

  it('a client that stops sending half-way is cut off (408) and leaves nothing behind', async () => {
    const before = await listBucket(t.config);
    const response = await rawRequest(port, head(5 * 1024 * 1024), (socket, sent) => {
      const start = Buffer.concat([preamble, PDF('bắt đầu'), Buffer.alloc(256 * 1024, 7)]);
      socket.write(start);
      sent(start.length);
      // …and then nothing more
    });
    expect(response.status).toBe(408);
    expect(response.body.code).toBe('UPLOAD_STALLED');
    expect(response.body.message).toContain('giây');
    // the server hangs up: the stalled client holds no socket of ours
    await response.closedByServer;
    await waitFor('the temporary object to be removed', async () => {
      const keys = await listBucket(t.config);
      return keys.length === before.length ? keys : undefined;
    });
    expect(await filesOfDocument()).toBe(0);
  });

  it('a slow client that keeps sending within the idle limit still gets its file stored', async () => {
    const bytes = Buffer.concat([PDF('chậm'), Buffer.alloc(512 * 1024, 9)]);
    const tail = Buffer.from('\r\n--XyZ--\r\n');
    const response = await rawRequest(
      port,
      head(preamble.length + bytes.length + tail.length),
      // 64 KB every 300 ms: slow, but never idle for the 1 s limit
      (socket, sent) => trickle(socket, Buffer.concat([preamble, bytes, tail]), 300, sent, 64 * 1024),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: 'lon.pdf', size: bytes.length });
    expect(await filesOfDocument()).toBe(1);
  });
});
