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
}

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
}

export interface JobPayloads {
  [JobName.Heartbeat]: Record<string, never>;
  [JobName.RelayOutbox]: Record<string, never>;
  [JobName.ActivateDocumentVersion]: { versionId: string };
  [JobName.ActivateDueVersions]: Record<string, never>;
  [JobName.SweepReminders]: Record<string, never>;
  /** `dueAt` in epoch ms: a job planned for an older due date finds it changed and does nothing. */
  [JobName.SendReminder]: { deadlineId: string; dueAt: number; step: number };
  /** `slot`: the instant (epoch ms) the job is for; its id is derived from it, so re-adding collapses. */
  [JobName.FireDueReminders]: { slot: number };
  [JobName.SendEmail]: { deliveryId: string };
  [JobName.EnsureObligations]: Record<string, never>;
  [JobName.SweepOrphanBlobs]: Record<string, never>;
  [JobName.SweepIdempotencyKeys]: Record<string, never>;
  [JobName.CheckpointAuditTrail]: Record<string, never>;
  [JobName.ScrubStoredFiles]: Record<string, never>;
  [JobName.DeliverWebhook]: { deliveryId: string };
  [JobName.ExecuteRecordDisposal]: { disposalId: string };
  [JobName.ExecuteApprovedDisposals]: Record<string, never>;
  [JobName.NotifyWork]: { eventId: string; type: EventName; payload: Record<string, unknown> };
  [JobName.RunDocumentImport]: { importId: string };
  [JobName.RunAgencyExport]: { exportId: string };
  [JobName.SweepAgencyExports]: Record<string, never>;
}

export const JOB_QUEUE: { [N in JobName]: QueueName } = {
  [JobName.Heartbeat]: QueueName.Maintenance,
  [JobName.RelayOutbox]: QueueName.Maintenance,
  [JobName.ActivateDocumentVersion]: QueueName.Documents,
  [JobName.ActivateDueVersions]: QueueName.Documents,
  [JobName.SweepReminders]: QueueName.Maintenance,
  [JobName.SendReminder]: QueueName.Reminders,
  [JobName.FireDueReminders]: QueueName.Reminders,
  [JobName.SendEmail]: QueueName.Email,
  [JobName.EnsureObligations]: QueueName.Maintenance,
  [JobName.SweepOrphanBlobs]: QueueName.Maintenance,
  [JobName.SweepIdempotencyKeys]: QueueName.Maintenance,
  [JobName.CheckpointAuditTrail]: QueueName.Maintenance,
  [JobName.ScrubStoredFiles]: QueueName.Maintenance,
  [JobName.DeliverWebhook]: QueueName.Webhooks,
  [JobName.ExecuteRecordDisposal]: QueueName.Maintenance,
  [JobName.ExecuteApprovedDisposals]: QueueName.Maintenance,
  [JobName.NotifyWork]: QueueName.Reminders,
  [JobName.RunDocumentImport]: QueueName.Documents,
  [JobName.RunAgencyExport]: QueueName.Exports,
  [JobName.SweepAgencyExports]: QueueName.Maintenance,
};

/** Redis key where the worker's heartbeat job records when it last ran. */
export function heartbeatKey(prefix: string): string {
  return `${prefix}:worker:heartbeat`;
}
