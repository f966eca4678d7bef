import { Injectable } from '@nestjs/common';
import { EventMap, JobName, JobPayloads, JobQueue, OnEvent, OnJob } from '@app/platform';
import { RecordDisposalsService } from '@app/records';

/**
 * An approved disposal of records is carried out here: the objects its files gave up are removed
 * from storage (unless another record still holds the same bytes) and the disposal is marked
 * EXECUTED. One job per disposal (id derived from it, so a re-relayed event adds nothing), and a
 * periodic sweep for a disposal whose job was lost with Redis.
 */
@Injectable()
export class RecordDisposalHandler {
  constructor(
    private readonly jobs: JobQueue,
    private readonly disposals: RecordDisposalsService,
  ) {}

  @OnEvent('recordDisposal.approved')
  async plan({ disposalId }: EventMap['recordDisposal.approved']): Promise<void> {
    await this.jobs.add(JobName.ExecuteRecordDisposal, { disposalId }, { jobId: disposalJobId(disposalId) });
  }

  @OnJob(JobName.ExecuteRecordDisposal)
  async execute({ disposalId }: JobPayloads[JobName.ExecuteRecordDisposal]): Promise<void> {
    await this.disposals.execute(disposalId);
  }

  @OnJob(JobName.ExecuteApprovedDisposals, { every: (config) => config.ACTIVATION_SWEEP_INTERVAL_MS })
  async sweep(): Promise<void> {
    for (const id of await this.disposals.approvedIds()) await this.disposals.execute(id);
  }
}

export function disposalJobId(disposalId: string): string {
  return `dispose-records-${disposalId}`;
}
