import { Injectable, Logger } from '@nestjs/common';
import { EventMap, JobName, JobPayloads, JobQueue, OnEvent, OnJob } from '@app/platform';
import { FileTexts } from '@app/documents';

/** Files a sweep queues at most per run (the next run takes the rest). */
const SWEEP_BATCH = 1_000;
/** Texts given their pairs per transaction by the sweep. */
const PAIR_BATCH = 200;
const SWEEP_INTERVAL_MS = 5 * 60_000;

/**
 * Content search: each file uploaded to a document version has its text extracted by a job of
 * its own (id derived from the file, so a re-relayed event adds nothing); a periodic sweep
 * (which also runs when the worker starts) queues one for every file still without a text row,
 * and writes the word pairs of texts that have none (extracted before they were kept, or changed).
 */
@Injectable()
export class FileTextHandler {
  private readonly logger = new Logger('FileTexts');

  constructor(
    private readonly jobs: JobQueue,
    private readonly texts: FileTexts,
  ) {}

  @OnEvent('document.fileAdded')
  async queue({ fileId }: EventMap['document.fileAdded']): Promise<void> {
    await this.jobs.add(JobName.ExtractFileText, { fileId }, { jobId: fileTextJobId(fileId) });
  }

  @OnJob(JobName.ExtractFileText)
  async extract({ fileId }: JobPayloads[JobName.ExtractFileText]): Promise<void> {
    const status = await this.texts.extract(fileId);
    if (status && status !== 'EXTRACTED') this.logger.log({ fileId, status }, 'file text not extracted');
  }

  @OnJob(JobName.SweepFileTexts, { every: () => SWEEP_INTERVAL_MS })
  async sweep(): Promise<void> {
    for (const fileId of await this.texts.missing(SWEEP_BATCH))
      await this.jobs.add(JobName.ExtractFileText, { fileId }, { jobId: fileTextJobId(fileId) });
    let paired = 0;
    for (;;) {
      const batch = await this.texts.pairTexts(PAIR_BATCH);
      paired += batch;
      if (batch < PAIR_BATCH) break;
    }
    if (paired > 0) this.logger.log({ paired }, 'file texts given their word pairs');
  }
}

export function fileTextJobId(fileId: string): string {
  return `extract-text-${fileId}`;
}
