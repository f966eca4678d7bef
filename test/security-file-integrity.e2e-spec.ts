import { get as httpGet, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { digestStream, FileIntegrity } from '../libs/storage/src';
import { effectiveDocument } from './support/approvals';
import { client, Client, PDF, sha256 } from './support/documents';
import { startTestApp, TestApp } from './support/harness';
import { binary } from './support/multipart';
import { dropBucket, s3Client } from './support/s3';
import { waitFor } from './support/wait';
import { buildWorld, World } from './support/world';

interface StoredFile {
  id: string;
  storage_key: string;
  size: string;
  sha256: string;
}

/** A raw GET: what a client of a download actually receives, including a cut transfer. */
function rawDownload(
  port: number,
  path: string,
  token: string,
): Promise<{ status: number; length: number; received: Buffer; completed: boolean }> {
  return new Promise((resolve, reject) => {
    const request = httpGet({ host: '127.0.0.1', port, path, headers: { Authorization: `Bearer ${token}` } });
    // a transfer cut before its first byte is a hang-up: nothing received, nothing complete
    request.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET'
        ? resolve({ status: 0, length: NaN, received: Buffer.alloc(0), completed: false })
        : reject(error),
    );
    request.on('response', (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let done = false;
      const finish = (completed: boolean) => {
        if (done) return;
        done = true;
        resolve({
          status: response.statusCode ?? 0,
          length: Number(response.headers['content-length']),
          received: Buffer.concat(chunks),
          completed,
        });
      };
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => finish(response.complete));
      response.on('aborted', () => finish(false));
      response.on('error', () => finish(false));
      response.on('close', () => finish(response.complete));
    });
  });
}

describe('security: changed bytes are never served as approved (verified downloads, scrub, on-demand check)', () => {
  let t: TestApp;
  let w: World;
  let port: number;
  let drafter: Client, secretary: Client, approver: Client, admin: Client;
  let approved: StoredFile;
  let untouched: StoredFile;
  let approvedBytes: Buffer;

  const fileOf = async (documentId: string) =>
    (
      await t.sql<StoredFile>(
        'SELECT id, storage_key, size::text, sha256 FROM document_files WHERE document_id = $1 ORDER BY created_at LIMIT 1',
        [documentId],
      )
    )[0];
  const integrityRow = async (key: string) =>
    (
      await t.sql<{ status: string; checked_at: Date; detected_by: string | null }>(
        'SELECT status, checked_at, detected_by FROM blob_integrity WHERE object_key = $1',
        [key],
      )
    )[0];
  /** The attacker with write access to the bucket: same length, different bytes. */
  const tamper = async (file: StoredFile, original: Buffer) => {
    const changed = Buffer.from(original);
    changed.write('FORGED', Math.floor(changed.length / 2), 'latin1');
    await s3Client(t.config).putObject(t.config.S3_BUCKET, file.storage_key, changed);
    return changed;
  };
  const notificationsOf = async (token: string) =>
    (await client(t, token).get('/api/v1/notifications?pageSize=100').expect(200)).body.items as {
      kind: string;
      title: string;
      body: string;
    }[];
  const auditOf = async (fileId: string) =>
    (await admin.get(`/api/v1/audit-trail?subjectType=documentFile&subjectId=${fileId}`).expect(200)).body
      .items as { action: string; toState: string; data: Record<string, unknown> }[];

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    [drafter, secretary, approver] = ['a.drafter', 'a.iso_secretary', 'a.approver'].map((k) =>
      client(t, w.users[k].token),
    );
    admin = client(t, w.adminToken);
    const people = { drafter, secretary, approver };
    approved = await fileOf((await effectiveDocument(people, w.agencyA, 'QT-INT-01')).id);
    untouched = await fileOf((await effectiveDocument(people, w.agencyA, 'QT-INT-02')).id);
    approvedBytes = PDF('QT-INT-01');
    expect(approved.sha256).toBe(sha256(approvedBytes));
    const server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await t?.close();
    if (t) await dropBucket(t.config);
  });

  it('an untouched file checks OK on demand, and downloads whole with its digest', async () => {
    const checked = await drafter.post(`/api/v1/files/${untouched.id}/integrity-check`).expect(200);
    expect(checked.body).toEqual({
      fileId: untouched.id,
      sha256: untouched.sha256,
      status: 'OK',
      checkedAt: expect.any(String),
    });
    const download = await drafter
      .get(`/api/v1/files/${untouched.id}/content`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(sha256(download.body as Buffer)).toBe(untouched.sha256);
  });

  it('another agency’s file is 404 for the on-demand check, and nothing is recorded', async () => {
    const before = await integrityRow(untouched.storage_key);
    const other = client(t, w.users['b.staff'].token);
    const response = await other.post(`/api/v1/files/${untouched.id}/integrity-check`).expect(404);
    expect(response.body.code).toBe('NOT_FOUND');
    expect(await integrityRow(untouched.storage_key)).toEqual(before);
  });

  it('attack: an approved file overwritten in storage is cut short, flagged, audited and alerted', async () => {
    const changed = await tamper(approved, approvedBytes);
    const notificationsBefore = (await notificationsOf(w.adminToken)).length;

    const got = await rawDownload(port, `/api/v1/files/${approved.id}/content`, w.users['a.staff'].token);
    // the client never holds the whole changed file behind a completed 200
    expect(got.completed).toBe(false);
    expect(got.received.length).toBeLessThan(changed.length);
    expect(got.received.equals(changed)).toBe(false);

    // the flag is written just after the transfer was cut
    await waitFor(
      'the file flagged',
      async () => (await integrityRow(approved.storage_key))?.status === 'CORRUPT',
    );
    expect(await integrityRow(approved.storage_key)).toMatchObject({
      status: 'CORRUPT',
      detected_by: 'download',
    });
    const entries = await auditOf(approved.id);
    expect(entries[0]).toMatchObject({
      action: 'integrity.failed',
      toState: 'CORRUPT',
      data: { expectedSha256: approved.sha256, actualSha256: sha256(changed), detectedBy: 'download' },
    });
    // system administrators and the agency's administrators are told; another agency's are not
    const adminNotes = await notificationsOf(w.adminToken);
    expect(adminNotes.length).toBe(notificationsBefore + 1);
    expect(adminNotes.find((n) => n.kind === 'FILE_INTEGRITY')?.title).toContain('QT-INT-01.pdf');
    expect((await notificationsOf(w.users['a.agency_admin'].token)).map((n) => n.kind)).toContain(
      'FILE_INTEGRITY',
    );
    expect((await notificationsOf(w.users['b.agency_admin'].token)).map((n) => n.kind)).not.toContain(
      'FILE_INTEGRITY',
    );

    // from now on: a clear refusal, streamed or by redirect, and the on-demand check agrees
    const refused = await drafter.get(`/api/v1/files/${approved.id}/content`).expect(409);
    expect(refused.body.code).toBe('FILE_INTEGRITY_FAILED');
    await drafter.get(`/api/v1/files/${approved.id}/content?redirect=1`).expect(409);
    const checked = await drafter.post(`/api/v1/files/${approved.id}/integrity-check`).expect(200);
    expect(checked.body).toMatchObject({ fileId: approved.id, status: 'CORRUPT' });
    // the failure is recorded once, not at every probe
    expect((await auditOf(approved.id)).filter((e) => e.action === 'integrity.failed')).toHaveLength(1);
    expect((await notificationsOf(w.adminToken)).length).toBe(notificationsBefore + 1);
  });

  it('attack on a large file: the client gets a 200 and a short read, never the last bytes', async () => {
    const created = await drafter
      .post('/api/v1/documents', {
        agencyId: w.agencyA,
        code: 'QT-INT-BIG',
        title: 'Tệp lớn',
        type: 'PROCEDURE',
      })
      .expect(201);
    const original = Buffer.concat([PDF('QT-INT-BIG'), Buffer.alloc(600 * 1024, 0x20)]);
    await drafter
      .upload(created.body.id, created.body.draftVersion.id, original, 'QT-INT-BIG.pdf')
      .expect(201);
    const big = await fileOf(created.body.id);
    const changed = Buffer.from(original);
    changed.write('FORGED', changed.length - 10, 'latin1');
    await s3Client(t.config).putObject(t.config.S3_BUCKET, big.storage_key, changed);

    const got = await rawDownload(port, `/api/v1/files/${big.id}/content`, w.users['a.drafter'].token);
    expect(got).toMatchObject({ status: 200, length: original.length, completed: false });
    expect(got.received.length).toBeLessThan(original.length);
    // what did arrive is the unchanged head, and the changed tail never left the server
    expect(got.received.includes(Buffer.from('FORGED'))).toBe(false);
    await waitFor(
      'the file flagged',
      async () => (await integrityRow(big.storage_key))?.status === 'CORRUPT',
    );
  });

  it('the scrub job finds a second tampered file (and leaves the untouched one OK)', async () => {
    const second = await fileOf(
      (await effectiveDocument({ drafter, secretary, approver }, w.agencyA, 'QT-INT-03')).id,
    );
    await tamper(second, PDF('QT-INT-03'));
    const result = await t.app
      .get(FileIntegrity, { strict: false })
      .scrub({ maxFiles: 100, bytesPerSecond: 10 * 1024 * 1024, budgetMs: 60_000 });
    expect(result.failed).toEqual(expect.arrayContaining([second.storage_key]));
    expect(result.failed).not.toContain(untouched.storage_key);
    expect(await integrityRow(second.storage_key)).toMatchObject({ status: 'CORRUPT', detected_by: 'scrub' });
    expect(await integrityRow(untouched.storage_key)).toMatchObject({ status: 'OK' });
    expect((await auditOf(second.id))[0]).toMatchObject({
      action: 'integrity.failed',
      data: { detectedBy: 'scrub' },
    });
    const titles = (await notificationsOf(w.users['a.agency_admin'].token)).map((n) => n.title);
    expect(titles.some((title) => title.includes('QT-INT-03.pdf'))).toBe(true);
    await drafter.get(`/api/v1/files/${second.id}/content`).expect(409);
  });

  it('restored bytes check OK again (audited), and download whole once more', async () => {
    await s3Client(t.config).putObject(t.config.S3_BUCKET, approved.storage_key, approvedBytes);
    const checked = await admin.post(`/api/v1/files/${approved.id}/integrity-check`).expect(200);
    expect(checked.body).toMatchObject({ status: 'OK' });
    expect((await auditOf(approved.id))[0]).toMatchObject({ action: 'integrity.restored', toState: 'OK' });
    const download = await drafter
      .get(`/api/v1/files/${approved.id}/content`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((download.body as Buffer).equals(approvedBytes)).toBe(true);
  });

  it('a file removed from storage is MISSING: refused with the same clear error', async () => {
    await s3Client(t.config).removeObject(t.config.S3_BUCKET, untouched.storage_key);
    const refused = await drafter.get(`/api/v1/files/${untouched.id}/content`).expect(409);
    expect(refused.body.code).toBe('FILE_INTEGRITY_FAILED');
    expect(await integrityRow(untouched.storage_key)).toMatchObject({ status: 'MISSING' });
    const checked = await drafter.post(`/api/v1/files/${untouched.id}/integrity-check`).expect(200);
    expect(checked.body).toMatchObject({ status: 'MISSING' });
  });

  it('the scrub reads no faster than its configured rate', async () => {
    const bytes = Buffer.alloc(96 * 1024, 1);
    const chunks = Array.from({ length: 12 }, (_, i) => bytes.subarray(i * 8192, (i + 1) * 8192));
    const started = Date.now();
    const digest = await digestStream(Readable.from(chunks), 64 * 1024);
    expect(digest).toEqual({ sha256: sha256(bytes), size: bytes.length });
    // 96 KB at 64 KB/s: about 1.5 s
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
  });
});
