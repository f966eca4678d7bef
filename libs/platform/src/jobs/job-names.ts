/** Every queue of the system. A queue groups jobs that share concurrency and retry policy. */
export enum QueueName {
  Maintenance = 'maintenance',
  Documents = 'documents',
}

/** Every job, with the queue it runs on. Payloads carry ids, never whole objects. */
export enum JobName {
  Heartbeat = 'heartbeat',
  RelayOutbox = 'relay-outbox',
  ActivateDocumentVersion = 'activate-document-version',
  ActivateDueVersions = 'activate-due-versions',
}

export interface JobPayloads {
  [JobName.Heartbeat]: Record<string, never>;
  [JobName.RelayOutbox]: Record<string, never>;
  [JobName.ActivateDocumentVersion]: { versionId: string };
  [JobName.ActivateDueVersions]: Record<string, never>;
}

export const JOB_QUEUE: { [N in JobName]: QueueName } = {
  [JobName.Heartbeat]: QueueName.Maintenance,
  [JobName.RelayOutbox]: QueueName.Maintenance,
  [JobName.ActivateDocumentVersion]: QueueName.Documents,
  [JobName.ActivateDueVersions]: QueueName.Documents,
};

/** Redis key where the worker's heartbeat job records when it last ran. */
export function heartbeatKey(prefix: string): string {
  return `${prefix}:worker:heartbeat`;
}
