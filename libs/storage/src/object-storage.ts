import { Readable } from 'node:stream';

export interface ObjectInfo {
  size: number;
  contentType: string;
}

export interface StoredObject {
  key: string;
  lastModified: Date;
}

/** The port the domain uses; MinIO (or any S3 server) is one adapter behind it. */
export abstract class ObjectStorage {
  abstract ensureBucket(): Promise<void>;
  abstract put(key: string, body: Readable | Buffer, contentType: string, size?: number): Promise<void>;
  abstract get(key: string, range?: { start: number; end: number }): Promise<Readable>;
  abstract stat(key: string): Promise<ObjectInfo | undefined>;
  abstract copy(fromKey: string, toKey: string): Promise<void>;
  /** Removes an object; also abandons an unfinished multipart upload of it. Never fails on a missing key. */
  abstract remove(key: string): Promise<void>;
  abstract list(prefix: string): Promise<StoredObject[]>;
  abstract presignGet(
    key: string,
    ttlSeconds: number,
    downloadName: string,
    contentType: string,
  ): Promise<string>;
  /** Throws when the server cannot be reached. */
  abstract ping(): Promise<void>;
}
