import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { VerifyingStream } from './integrity/checksum-streams';
import { contentDisposition } from './minio-object-storage';
import { ObjectStorage } from './object-storage';

export interface Downloadable {
  key: string;
  name: string;
  size: number;
  contentType: string;
  sha256: string;
}

/**
 * Streams an object to the client as an attachment: never rendered inline by a browser,
 * never content-sniffed, with its checksum for the client to verify. The bytes are hashed on
 * the way and the last chunk is held back until they match: on a mismatch the transfer is cut
 * short and this rejects with IntegrityMismatch (the caller records it; see FileDownloads).
 */
export async function sendDownload(
  storage: ObjectStorage,
  response: Response,
  file: Downloadable,
): Promise<void> {
  const body = await storage.get(file.key);
  response.status(200);
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Length', String(file.size));
  response.setHeader('Content-Disposition', contentDisposition(file.name));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, no-store');
  response.setHeader('Digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`);
  await pipeline(body, new VerifyingStream(file.sha256, file.size), response);
}

export async function redirectToDownload(
  storage: ObjectStorage,
  response: Response,
  file: Downloadable,
  ttlSeconds: number,
): Promise<void> {
  const url = await storage.presignGet(file.key, ttlSeconds, file.name, file.contentType);
  response.setHeader('Cache-Control', 'private, no-store');
  response.redirect(302, url);
}
