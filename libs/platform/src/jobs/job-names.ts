import type { EventName } from '../events/event-map';

/** Every queue of the system. A queue groups jobs that share concurrency and retry policy. */
export enum QueueName {
  Maintenance = 'maintenance',
  Documents = 'documents',
  Reminders = 'reminders',
  Email = 'email',
  /** Webhook deliveries: slow receivers wait here, not in front of e-mails or reminders. */
  Webhooks = 'webhooks',
  /** Agency exports: long jobs that write whole archives, kept apart from the short ones. */
  Exports = 'exports',
  /** Text extraction for content search: CPU-heavy, one file at a time (QUEUE_CONCURRENCY). */
  Extraction = 'extraction',
}

/**
 * Jobs each worker runs at once, per queue (8 where not said). Eight PDF parsers at once on a
 * 2-core machine took the cores from the API: approval transitions fell from 67 to 41 a second
 * in the benchmark while the uploads it had made were being extracted.
 */
export const QUEUE_CONCURRENCY: Partial<Record<QueueName, number>> = { [QueueName.Extraction]: 1 };

/** Every job, with the queue it runs on. Payloads carry ids, never whole objects. */
export enum JobName {
  Heartbeat = 'heartbeat',
  RelayOutbox = 'relay-outbox',
  ActivateDocumentVersion = 'activate-document-version',
  ActivateDueVersions = 'activate-due-versions',
  SweepReminders = 'sweep-reminders',
  SendReminder = 'send-reminder',
  /** Every reminder step due by its slot's instant, fired in batches (libs/deadlines ReminderScheduler). */
  FireDueReminders = 'fire-due-reminders',
  SendEmail = 'send-email',
  EnsureObligations = 'ensure-obligations',
  SweepOrphanBlobs = 'sweep-orphan-blobs',
  SweepIdempotencyKeys = 'sweep-idempotency-keys',
  CheckpointAuditTrail = 'checkpoint-audit-trail',
  ScrubStoredFiles = 'scrub-stored-files',
  DeliverWebhook = 'deliver-webhook',
  ExecuteRecordDisposal = 'execute-record-disposal',
  ExecuteApprovedDisposals = 'execute-approved-disposals',
  /** The notifications of one relayed domain event (who must act, told in the app and by e-mail). */
  NotifyWork = 'notify-work',
  /** An agency archive's import (libs/imports): resumable, one row at a time, published at the end. */
  RunDocumentImport = 'run-document-import',
  /** An agency's export (libs/exports): writes its archive, one ZIP streamed to object storage. */
  RunAgencyExport = 'run-agency-export',
  /** Expires agency exports past their time (and re-adds the job of one still waiting). */
  SweepAgencyExports = 'sweep-agency-exports',
  /** A document file's text for content search (libs/documents FileTexts): upserted, so idempotent. */
  ExtractFileText = 'extract-file-text',
  /** Queues extract-file-text for files that have no text row yet (lost jobs, copied revisions). */
  SweepFileTexts = 'sweep-file-texts',
}

/** A job's queue; `payload` only carries its payload's type (jobs carry ids, never whole objects). */
interface JobSpec<P> {
  queue: QueueName;
  payload?: P;
}

function on<P = Record<string, never>>(queue: QueueName): JobSpec<P> {
  return { queue };
}

/** Every job's queue and payload, one entry a job. */
const JOBS = {
  [JobName.Heartbeat]: on(QueueName.Maintenance),
  [JobName.RelayOutbox]: on(QueueName.Maintenance),
  [JobName.ActivateDocumentVersion]: on<{ versionId: string }>(QueueName.Documents),
  [JobName.ActivateDueVersions]: on(QueueName.Documents),
  [JobName.SweepReminders]: on(QueueName.Maintenance),
  /** `dueAt` in epoch ms: a job planned for an older due date finds it changed and does nothing. */
  [JobName.SendReminder]: on<{ deadlineId: string; dueAt: number; step: number }>(QueueName.Reminders),
  /** `slot`: the instant (epoch ms) the job is for; its id is derived from it, so re-adding collapses. */
  [JobName.FireDueReminders]: on<{ slot: number }>(QueueName.Reminders),
  [JobName.SendEmail]: on<{ deliveryId: string }>(QueueName.Email),
  [JobName.EnsureObligations]: on(QueueName.Maintenance),
  [JobName.SweepOrphanBlobs]: on(QueueName.Maintenance),
  [JobName.SweepIdempotencyKeys]: on(QueueName.Maintenance),
  [JobName.CheckpointAuditTrail]: on(QueueName.Maintenance),
  [JobName.ScrubStoredFiles]: on(QueueName.Maintenance),
  [JobName.DeliverWebhook]: on<{ deliveryId: string }>(QueueName.Webhooks),
  [JobName.ExecuteRecordDisposal]: on<{ disposalId: string }>(QueueName.Maintenance),
  [JobName.ExecuteApprovedDisposals]: on(QueueName.Maintenance),
  [JobName.NotifyWork]: on<{ eventId: string; type: EventName; payload: Record<string, unknown> }>(
    QueueName.Reminders,
  ),
  [JobName.RunDocumentImport]: on<{ importId: string }>(QueueName.Documents),
  [JobName.RunAgencyExport]: on<{ exportId: string }>(QueueName.Exports),
  [JobName.SweepAgencyExports]: on(QueueName.Maintenance),
  [JobName.ExtractFileText]: on<{ fileId: string }>(QueueName.Extraction),
  [JobName.SweepFileTexts]: on(QueueName.Maintenance),
} satisfies { [N in JobName]: JobSpec<unknown> };

export type JobPayloads = { [N in JobName]: NonNullable<(typeof JOBS)[N]['payload']> };

export const JOB_QUEUE = Object.fromEntries(
  Object.entries(JOBS).map(([name, spec]) => [name, spec.queue]),
) as { [N in JobName]: QueueName };

/** Redis key where the worker's heartbeat job records when it last ran. */
export function heartbeatKey(prefix: string): string {
  return `${prefix}:worker:heartbeat`;
}
