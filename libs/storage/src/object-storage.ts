import { Readable } from 'node:stream';
import { readBounded } from './read-bounded';

export interface ObjectInfo {
  size: number;
  contentType: string;
}

export interface StoredObject {
  key: string;
  lastModified: Date;
}

/** A multipart upload begun and never completed nor aborted (its parts take space on the server). */
export interface UnfinishedUpload {
  key: string;
  uploadId: string;
  initiated: Date;
}

/** Thrown by `readAll` when an object is larger than the caller can hold in memory. */
export class ObjectTooLargeError extends Error {
  constructor(
    readonly key: string,
    readonly maxBytes: number,
  ) {
    super(`object ${key} is larger than ${maxBytes} bytes`);
  }
}

/** The port the domain uses; MinIO (or any S3 server) is one adapter behind it. */
export abstract class ObjectStorage {
  abstract ensureBucket(): Promise<void>;
  abstract put(key: string, body: Readable | Buffer, contentType: string, size?: number): Promise<void>;
  /**
   * Puts a stream whose length is known (a staged file) in one request, streamed as it is read:
   * no part is buffered or hashed on our side, and the server writes the object once.
   */
  abstract putSized(key: string, body: Readable, size: number, contentType: string): Promise<void>;
  abstract get(key: string, range?: { start: number; end: number }): Promise<Readable>;
  abstract stat(key: string): Promise<ObjectInfo | undefined>;
  abstract copy(fromKey: string, toKey: string): Promise<void>;
  /** Removes an object; also abandons an unfinished multipart upload of it. Never fails on a missing key. */
  abstract remove(key: string): Promise<void>;
  abstract list(prefix: string): Promise<StoredObject[]>;
  /** Every unfinished multipart upload (none where the server cannot list them). */
  abstract listUnfinishedUploads(): Promise<UnfinishedUpload[]>;
  abstract abortUpload(upload: UnfinishedUpload): Promise<void>;
  abstract presignGet(
    key: string,
    ttlSeconds: number,
    downloadName: string,
    contentType: string,
  ): Promise<string>;
  /** Throws when the server cannot be reached. */
  abstract ping(): Promise<void>;

  /**
   * The whole object in memory, for parsers that need all of it (PDF, archives, checkpoints).
   * With `maxBytes`, the read stops as soon as the object proves larger (ObjectTooLargeError).
   */
  async readAll(key: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer> {
    return readBounded(await this.get(key), maxBytes, () => new ObjectTooLargeError(key, maxBytes));
  }
}
