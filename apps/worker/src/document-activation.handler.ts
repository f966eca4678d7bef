import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  AppConfig,
  Clock,
  EventSubscribers,
  JobHandlers,
  JobName,
  JobQueue,
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
export class DocumentActivationHandler implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly events: EventSubscribers,
    private readonly jobs: JobQueue,
    private readonly lifecycle: DocumentLifecycle,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.events.on('document.versionScheduled', async (payload) => {
      const versionId = String(payload.versionId);
      const delay = Math.max(
        0,
        startOfBusinessDate(String(payload.effectiveFrom)).getTime() - this.clock.now().getTime(),
      );
      await this.jobs.add(
        JobName.ActivateDocumentVersion,
        { versionId },
        { jobId: activationJobId(versionId), delay },
      );
    });
    this.handlers.register(JobName.ActivateDocumentVersion, async ({ versionId }) => {
      await this.uow.run(RequestContext.system('activation'), (tx) => this.lifecycle.activate(tx, versionId));
    });
    this.handlers.register(JobName.ActivateDueVersions, async () => {
      await this.lifecycle.activateDue();
    });
    this.handlers.every(JobName.ActivateDueVersions, this.config.ACTIVATION_SWEEP_INTERVAL_MS);
  }
}

export function activationJobId(versionId: string): string {
  return `activate-${versionId}`;
}
