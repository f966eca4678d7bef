import * as Minio from 'minio';
import { AppConfig } from '../../libs/platform/src';

/** A client of its own, so tests look at the bucket without going through the code under test. */
export function s3Client(config: AppConfig): Minio.Client {
  const endpoint = new URL(config.S3_ENDPOINT);
  return new Minio.Client({
    endPoint: endpoint.hostname,
    port: Number(endpoint.port),
    useSSL: false,
    accessKey: config.S3_ACCESS_KEY,
    secretKey: config.S3_SECRET_KEY,
    region: config.S3_REGION,
  });
}

/** Every key in the bucket (tmp/ and blobs/ alike). */
export async function listBucket(config: AppConfig): Promise<string[]> {
  const keys: string[] = [];
  const stream = s3Client(config).listObjectsV2(config.S3_BUCKET, '', true) as AsyncIterable<{
    name?: string;
  }>;
  for await (const item of stream) if (item.name) keys.push(item.name);
  return keys.sort();
}

/** Empties and removes the bucket of a test file. */
export async function dropBucket(config: AppConfig): Promise<void> {
  const client = s3Client(config);
  if (!(await client.bucketExists(config.S3_BUCKET))) return;
  const keys = await listBucket(config);
  for (const key of keys) await client.removeObject(config.S3_BUCKET, key);
  await client.removeBucket(config.S3_BUCKET);
}
