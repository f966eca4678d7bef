import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { AppConfig, DomainError, RequestContext } from '@app/platform';
import { Downloadable, redirectToDownload, sendDownload } from '../downloads';
import { ObjectStorage } from '../object-storage';
import { StoredFileEntity } from '../stored-file.entity';
import { IntegrityMismatch } from './checksum-streams';
import { FileIntegrity, isMissingObject } from './file-integrity';

export function downloadableOf(file: StoredFileEntity): Downloadable {
  return {
    key: file.storageKey,
    name: file.name,
    size: Number(file.size),
    contentType: file.contentType,
    sha256: file.sha256,
  };
}

/**
 * Serves a file row's bytes, and only the bytes recorded at upload: an object already found
 * changed or missing is refused (409 FILE_INTEGRITY_FAILED); one found changed while streaming
 * is cut short, then flagged, audited and alerted.
 *
 * A redirect (presigned URL) hands the transfer to the object store, so the API cannot hash
 * it: it is refused for a flagged object and otherwise relies on the scrub job and on the
 * client checking the sha256 it was given.
 */
@Injectable()
export class FileDownloads {
  constructor(
    private readonly storage: ObjectStorage,
    private readonly integrity: FileIntegrity,
    private readonly config: AppConfig,
  ) {}

  async send(
    ctx: RequestContext,
    response: Response,
    file: StoredFileEntity,
    redirect: boolean,
  ): Promise<void> {
    const target = downloadableOf(file);
    const known = await this.integrity.statusOf(target.key);
    if (known === 'CORRUPT' || known === 'MISSING') throw new DomainError('FILE_INTEGRITY_FAILED');
    if (redirect) {
      await redirectToDownload(this.storage, response, target, this.config.PRESIGN_TTL_SECONDS);
      return;
    }
    try {
      await sendDownload(this.storage, response, target);
    } catch (error) {
      if (error instanceof IntegrityMismatch) {
        // the client already has a cut transfer (the response was destroyed): record and alert
        await this.integrity.record(ctx, target, 'CORRUPT', error.actualSha256, 'download');
        return;
      }
      if (!isMissingObject(error) || response.headersSent) throw error;
      await this.integrity.record(ctx, target, 'MISSING', null, 'download');
      throw new DomainError('FILE_INTEGRITY_FAILED');
    }
  }
}
