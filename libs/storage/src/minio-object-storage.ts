import { Injectable, Logger } from '@nestjs/common';
import * as Minio from 'minio';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppConfig, DependencyUnavailableError, isNetworkError } from '@app/platform';
import { cleanFileName } from './file-names';
import { ObjectInfo, ObjectStorage, StoredObject, UnfinishedUpload } from './object-storage';

/** Parts of 8 MB: the client buffers one part at a time, so memory stays flat whatever the file size. */
export const PART_SIZE = 8 * 1024 * 1024;

/** A presigned PUT is used at once by the process that signed it (expiry is checked when the request starts). */
const PUT_URL_TTL_SECONDS = 300;

/**
 * An attachment header naming the file: an ASCII fallback and the UTF-8 name (RFC 5987), both
 * cleaned again of control and bidirectional characters (rows stored before names were cleaned).
 */
export function contentDisposition(storedName: string): string {
  const fileName = cleanFileName(storedName);
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

@Injectable()
export class MinioObjectStorage extends ObjectStorage {
  private readonly logger = new Logger('ObjectStorage');
  private readonly client: Minio.Client;
  private readonly bucket: string;
  /** Set once the server answers that it cannot list multipart uploads: clean-up is skipped from then on. */
  private uploadsUnsupported = false;

  constructor(config: AppConfig) {
    super();
    const endpoint = new URL(config.S3_ENDPOINT);
    this.client = new Minio.Client({
      endPoint: endpoint.hostname,
      port: Number(endpoint.port || (endpoint.protocol === 'https:' ? 443 : 80)),
      useSSL: endpoint.protocol === 'https:',
      accessKey: config.S3_ACCESS_KEY,
      secretKey: config.S3_SECRET_KEY,
      region: config.S3_REGION,
      partSize: PART_SIZE,
    });
    this.bucket = config.S3_BUCKET;
  }

  async ensureBucket(): Promise<void> {
    await this.call(async () => {
      if (await this.client.bucketExists(this.bucket)) return;
      try {
        await this.client.makeBucket(this.bucket, 'us-east-1');
      } catch (error) {
        // another replica created it in the meantime
        const code = (error as { code?: string }).code;
        if (code !== 'BucketAlreadyOwnedByYou' && code !== 'BucketAlreadyExists') throw error;
      }
    });
  }

  async put(key: string, body: Readable | Buffer, contentType: string, size?: number): Promise<void> {
    const upload = this.client.putObject(this.bucket, key, body, size, { 'Content-Type': contentType });
    if (Buffer.isBuffer(body)) {
      await this.call(() => upload);
      return;
    }
    // For a multipart upload the client pipes the body into its own chunker, and a pipe does not
    // pass errors on: a body that fails (e.g. over the size limit) would leave the upload waiting
    // forever and its 'error' unhandled. So fail as soon as the body fails; the caller then
    // removes the key, which also abandons the unfinished multipart upload.
    const bodyFailed = new Promise<never>((_, reject) => {
      if (body.errored) reject(body.errored);
      else body.once('error', reject);
    });
    upload.catch(() => undefined);
    await this.call(() => Promise.race([upload, bodyFailed]));
  }

  async putSized(key: string, body: Readable, size: number, contentType: string): Promise<void> {
    // a presigned PUT: the client library would buffer (and hash) a single-request body whole
    const url = new URL(
      await this.call(() => this.client.presignedPutObject(this.bucket, key, PUT_URL_TTL_SECONDS)),
    );
    await this.call(
      () =>
        new Promise<void>((resolve, reject) => {
          const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
          const request = send(
            url,
            { method: 'PUT', headers: { 'Content-Length': size, 'Content-Type': contentType } },
            (response) => {
              const answer: Buffer[] = [];
              response.on('data', (chunk: Buffer) => answer.push(chunk));
              response.on('error', reject);
              response.on('end', () => {
                if (response.statusCode === 200) resolve();
                else
                  reject(
                    new Error(
                      `S3 PUT ${key}: ${response.statusCode} ${Buffer.concat(answer).toString().slice(0, 500)}`,
                    ),
                  );
              });
            },
          );
          pipeline(body, request).catch(reject);
        }),
    );
  }

  get(key: string, range?: { start: number; end: number }): Promise<Readable> {
    return this.call(() =>
      range
        ? this.client.getPartialObject(this.bucket, key, range.start, range.end - range.start + 1)
        : this.client.getObject(this.bucket, key),
    );
  }

  async stat(key: string): Promise<ObjectInfo | undefined> {
    try {
      const info = await this.call(() => this.client.statObject(this.bucket, key));
      return {
        size: info.size,
        contentType: String(info.metaData?.['content-type'] ?? 'application/octet-stream'),
      };
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'NotFound' || code === 'NoSuchKey') return undefined;
      throw error;
    }
  }

  async copy(fromKey: string, toKey: string): Promise<void> {
    await this.call(() =>
      this.client.copyObject(this.bucket, toKey, `/${this.bucket}/${fromKey}`, new Minio.CopyConditions()),
    );
  }

  async remove(key: string): Promise<void> {
    await this.call(async () => {
      await this.client.removeObject(this.bucket, key);
      // an upload cut off mid-way leaves its multipart upload open (its parts keep their space);
      // usually there is none, and whatever is missed here the orphan sweep aborts later
      for (const upload of await this.unfinishedUploads(key)) {
        if (upload.key === key) await this.abortUpload(upload);
      }
    });
  }

  listUnfinishedUploads(): Promise<UnfinishedUpload[]> {
    return this.call(() => this.unfinishedUploads(''));
  }

  async abortUpload(upload: UnfinishedUpload): Promise<void> {
    await this.call(() => this.client.abortMultipartUpload(this.bucket, upload.key, upload.uploadId)).catch(
      (error: unknown) => {
        // aborted meanwhile (by the upload's own clean-up or another worker's sweep): nothing left to do
        if ((error as { code?: string }).code === 'NoSuchUpload') return;
        throw error;
      },
    );
  }

  private async unfinishedUploads(prefix: string): Promise<UnfinishedUpload[]> {
    if (this.uploadsUnsupported) return [];
    const uploads: UnfinishedUpload[] = [];
    let keyMarker = '';
    let uploadIdMarker = '';
    for (;;) {
      let page: Awaited<ReturnType<Minio.Client['listIncompleteUploadsQuery']>>;
      try {
        page = await this.client.listIncompleteUploadsQuery(
          this.bucket,
          prefix,
          keyMarker,
          uploadIdMarker,
          '',
        );
      } catch (error) {
        if ((error as { code?: string }).code !== 'NotImplemented') throw error;
        this.uploadsUnsupported = true;
        this.logger.log('the S3 server cannot list multipart uploads: their clean-up is skipped');
        return [];
      }
      for (const u of page.uploads)
        uploads.push({ key: String(u.key), uploadId: String(u.uploadId), initiated: u.initiated });
      if (!page.isTruncated) return uploads;
      keyMarker = page.nextKeyMarker;
      uploadIdMarker = page.nextUploadIdMarker;
    }
  }

  async list(prefix: string): Promise<StoredObject[]> {
    return this.call(async () => {
      const objects: StoredObject[] = [];
      for await (const item of this.client.listObjectsV2(this.bucket, prefix, true) as AsyncIterable<{
        name?: string;
        lastModified?: Date;
      }>) {
        if (item.name) objects.push({ key: item.name, lastModified: item.lastModified ?? new Date(0) });
      }
      return objects;
    });
  }

  presignGet(key: string, ttlSeconds: number, downloadName: string, contentType: string): Promise<string> {
    return this.call(() =>
      this.client.presignedGetObject(this.bucket, key, ttlSeconds, {
        'response-content-disposition': contentDisposition(downloadName),
        'response-content-type': contentType,
      }),
    );
  }

  async ping(): Promise<void> {
    await this.call(() => this.client.bucketExists(this.bucket));
  }

  /** Connection failures become DependencyUnavailableError (→ 503); S3 errors pass through. */
  private async call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (isNetworkError(error)) throw new DependencyUnavailableError('storage', error);
      throw error;
    }
  }
}
