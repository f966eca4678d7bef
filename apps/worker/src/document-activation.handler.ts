import { Injectable } from '@nestjs/common';
import {
  Clock,
  EventMap,
  JobName,
  JobPayloads,
  JobQueue,
  OnEvent,
  OnJob,
  RequestContext,
  startOfBusinessDate,
  UnitOfWork,
} from '@app/platform';
import { DocumentLifecycle } from '@app/documents';

/**
 * Versions approved with a future effective date become effective at the start of that day:
 * a delayed job per version (id derived from the version, so a re-relayed event adds nothing),
 * and a periodic sweep that catches any version whose job was lost with Redis.
 */
@Injectable()
export class DocumentActivationHandler {
  constructor(
    private readonly jobs: JobQueue,
    private readonly lifecycle: DocumentLifecycle,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  @OnEvent('document.versionScheduled')
  async planActivation({ versionId, effectiveFrom }: EventMap['document.versionScheduled']): Promise<void> {
    const delay = Math.max(0, startOfBusinessDate(effectiveFrom).getTime() - this.clock.now().getTime());
    await this.jobs.add(
      JobName.ActivateDocumentVersion,
      { versionId },
      { jobId: activationJobId(versionId), delay },
    );
  }

  @OnJob(JobName.ActivateDocumentVersion)
  async activate({ versionId }: JobPayloads[JobName.ActivateDocumentVersion]): Promise<void> {
    await this.uow.run(RequestContext.system('activation'), (tx) => this.lifecycle.activate(tx, versionId));
  }

  @OnJob(JobName.ActivateDueVersions, { every: (config) => config.ACTIVATION_SWEEP_INTERVAL_MS })
  async activateDue(): Promise<void> {
    await this.lifecycle.activateDue();
  }
}

export function activationJobId(versionId: string): string {
  return `activate-${versionId}`;
}
