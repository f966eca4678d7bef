import { Logger } from '@nestjs/common';
import { PassThrough } from 'node:stream';
import * as Minio from 'minio';
import { AppConfig } from '../libs/platform/src';
import { MinioObjectStorage, ObjectStorage, OrphanBlobs, PART_SIZE } from '../libs/storage/src';
import { startTestApp, TestApp } from './support/harness';

/**
 * Unfinished multipart uploads (a client cut off mid-way) are aborted, on the embedded S3 server
 * as on MinIO, without a warning on every upload; the orphan sweep aborts those a dead process
 * left; and the sweep of a worker that starts before the API creates the bucket.
 */
describe('object storage clean-up', () => {
  let t: TestApp;
  let storage: ObjectStorage;

  beforeAll(async () => {
    t = await startTestApp();
    storage = t.app.get(ObjectStorage);
  });
  afterAll(() => t.close());

  /** Starts a multipart upload (unknown size, more than one part) and cuts its body off mid-way. */
  async function cutUpload(key: string): Promise<void> {
    const body = new PassThrough();
    const upload = storage.put(key, body, 'application/pdf', 250 * 1024 * 1024);
    body.write(Buffer.alloc(PART_SIZE + 1024, 1));
    // the first part reaches the server, then the client goes away
    await new Promise((resolve) => setTimeout(resolve, 1500));
    body.destroy(new Error('client went away'));
    await expect(upload).rejects.toThrow('client went away');
  }

  const unfinished = async (key: string) =>
    (await storage.listUnfinishedUploads()).filter((u) => u.key === key);

  it('removing the key of a cut-off upload aborts its multipart upload; a plain remove warns nothing', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      await cutUpload('tmp/cut-off-1');
      await expect(unfinished('tmp/cut-off-1')).resolves.toHaveLength(1);
      await storage.remove('tmp/cut-off-1');
      await expect(unfinished('tmp/cut-off-1')).resolves.toEqual([]);

      // the everyday case: an upload that completed, its temporary object removed
      await storage.put('tmp/complete-1', Buffer.from('%PDF-1.7 done'), 'application/pdf');
      await storage.remove('tmp/complete-1');
      await storage.remove('tmp/never-there');
      expect(await storage.stat('tmp/complete-1')).toBeUndefined();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('the orphan sweep aborts uploads older than the grace and leaves younger ones', async () => {
    await cutUpload('tmp/left-by-a-dead-process');
    const sweeper = t.app.get(OrphanBlobs);
    // within the grace (an upload still on its way, as far as the sweep can tell): left alone
    const young = await sweeper.sweep(3600_000);
    expect(young.abortedUploads).toBe(0);
    await expect(unfinished('tmp/left-by-a-dead-process')).resolves.toHaveLength(1);
    const old = await sweeper.sweep(0);
    expect(old.abortedUploads).toBe(1);
    await expect(unfinished('tmp/left-by-a-dead-process')).resolves.toEqual([]);
  });

  it('a sweep on a fresh data folder (no bucket yet: the worker started first) creates the bucket', async () => {
    const bucket = `${t.config.S3_BUCKET}-fresh`.slice(0, 63);
    const fresh = new MinioObjectStorage(Object.assign(new AppConfig(), t.config, { S3_BUCKET: bucket }));
    const endpoint = new URL(t.config.S3_ENDPOINT);
    const client = new Minio.Client({
      endPoint: endpoint.hostname,
      port: Number(endpoint.port),
      useSSL: false,
      accessKey: t.config.S3_ACCESS_KEY,
      secretKey: t.config.S3_SECRET_KEY,
      region: 'us-east-1',
    });
    expect(await client.bucketExists(bucket)).toBe(false);
    const sweeper = new OrphanBlobs(t.dataSource, fresh);
    await expect(sweeper.sweep(0)).resolves.toEqual({ removed: [], abortedUploads: 0 });
    expect(await client.bucketExists(bucket)).toBe(true);
    await client.removeBucket(bucket);
  });
});
