import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
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
 * never content-sniffed, with its checksum for the client to verify.
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
  await pipeline(body, response);
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
