/**
 * Every domain event of the system and its payload (compare Immich's EventMap). `tx.emit` and
 * `@OnEvent` subscribers are typed by it; payloads carry ids, codes and states, never whole rows.
 * Adding an event means adding it here, then giving it a consumer (`@OnEvent`) or listing it in
 * INTEGRATION_EVENTS: test/events.e2e-spec.ts fails otherwise.
 */
type Ids<K extends string> = { [P in K]: string };

type NonconformityMove = Ids<'nonconformityId' | 'agencyId'> & { from: string; to: string };
/** `documentId`: the subject when it is a document (null for a list of records or a disposal). */
type ApprovalRequestMove = Ids<'requestId' | 'agencyId' | 'subjectType' | 'subjectId'> & {
  documentId: string | null;
};

export type EventMap = {
  'agency.merged': Ids<'fromAgencyId' | 'intoAgencyId'>;
  /** `agencyIds`: the QMS's agencies after the change. */
  'qualitySystem.scopeChanged': Ids<'qualitySystemId'> & { agencyIds: string[] };
  /** `agencyId`: the QMS's lead agency, whose head confirmed. */
  'qualitySystem.effectivenessConfirmed': Ids<'qualitySystemId' | 'confirmationId' | 'agencyId'>;

  'approvalRequest.in_progress': ApprovalRequestMove;
  'approvalRequest.approved': ApprovalRequestMove;
  'approvalRequest.rejected': ApprovalRequestMove;
  'approvalRequest.returned': ApprovalRequestMove;
  'approvalRequest.cancelled': ApprovalRequestMove;

  /** The TTHC codes of a document in force changed (a draft's codes cover nothing yet). */
  'document.coverageChanged': Ids<'documentId' | 'agencyId'>;
  /** Approved for a later date: the worker plans its activation. */
  'document.versionScheduled': Ids<'versionId'> & { effectiveFrom: string };
  'document.versionEffective': Ids<'documentId' | 'versionId' | 'agencyId'>;
  'document.withdrawn': Ids<'documentId' | 'agencyId'>;
  /** A file was uploaded to a draft version: the worker extracts its text for content search. */
  'document.fileAdded': Ids<'fileId' | 'documentId' | 'agencyId'>;

  'deadline.registered': Ids<'deadlineId'>;
  /** `replacedJobId`: the reminder job planned for the old date, dropped by the scheduler. */
  'deadline.rescheduled': Ids<'deadlineId'> & { replacedJobId: string | null };
  'deadline.met': Ids<'deadlineId' | 'agencyId'> & { kind: string };
  'deadline.cancelled': Ids<'deadlineId' | 'agencyId'> & { kind: string };

  'auditProgramme.created': Ids<'programmeId' | 'agencyId'> & { year: number };
  'audit.planned': Ids<'auditId' | 'agencyId'>;
  'audit.started': Ids<'auditId' | 'agencyId'> & { team: string[] };
  'audit.reported': Ids<'auditId' | 'agencyId'> & { team: string[] };
  'audit.closed': Ids<'auditId' | 'agencyId'> & { team: string[] };
  /** `agencyId`: the auditing agency; `auditeeAgencyId`: the agency the finding is about. */
  'audit.findingLogged': Ids<'auditId' | 'findingId' | 'agencyId' | 'auditeeAgencyId'> & { type: string };
  'managementReview.planned': Ids<'reviewId' | 'agencyId'>;
  'managementReview.held': Ids<'reviewId' | 'agencyId'>;
  'managementReview.outputRecorded': Ids<'reviewId' | 'outputId' | 'agencyId'> & { kind: string };
  'managementReview.actionCompleted': Ids<'reviewId' | 'outputId' | 'agencyId'>;

  'nonconformity.opened': Ids<'nonconformityId' | 'agencyId'> & {
    auditId: string | null;
    findingId: string | null;
  };
  /** Reopened after it recurred. */
  'nonconformity.open': NonconformityMove;
  'nonconformity.analysed': NonconformityMove;
  'nonconformity.action_planned': NonconformityMove;
  'nonconformity.implemented': NonconformityMove;
  'nonconformity.verified': NonconformityMove;
  'nonconformity.notEffective': NonconformityMove;
  'nonconformity.closed': NonconformityMove;
  'correctiveAction.planned': Ids<'correctiveActionId' | 'nonconformityId' | 'agencyId'>;
  'correctiveAction.completed': Ids<'correctiveActionId' | 'nonconformityId' | 'agencyId'>;

  'administrativeProcedures.imported': Ids<'agencyId'>;
  'legalChange.recorded': Ids<'legalChangeId' | 'agencyId'>;
  'legalChange.done': Ids<'legalChangeId' | 'agencyId'>;
  'declaration.recorded': Ids<'declarationId' | 'qualitySystemId'> & { agencyIds: string[] };
  /** `agencyIds`: the agencies the declaration covers. */
  'declaration.redeclarationRequired': Ids<'declarationId' | 'qualitySystemId'> & { agencyIds: string[] };
  /** Its QMS was suspended: no longer in force. `agencyIds`: the agencies it covered. */
  'declaration.lapsed': Ids<'declarationId' | 'qualitySystemId'> & { agencyIds: string[] };
  'rolloutPlan.created': Ids<'planId' | 'provinceAgencyId'>;
  'inspectionPlan.created': Ids<'planId' | 'provinceAgencyId'>;
  'inspection.recorded': Ids<'inspectionId' | 'agencyId'>;
  'inspection.reportSubmitted': Ids<'inspectionId' | 'agencyId'>;
  'inspection.reportAccepted': Ids<'inspectionId' | 'agencyId'>;
  'inspection.reportRejected': Ids<'inspectionId' | 'agencyId'>;
  'annualReport.submitted': Ids<'annualReportId' | 'agencyId'> & { year: number };
  'annualReport.accepted': Ids<'annualReportId' | 'agencyId'>;
  'annualReport.returned': Ids<'annualReportId' | 'agencyId'>;

  /** A disposal of records approved: the worker removes the objects no other row owns. */
  'recordDisposal.approved': Ids<'disposalId' | 'agencyId'>;

  /** An agency's export asked for: the worker writes the archive (libs/exports). */
  'agencyExport.requested': Ids<'exportId' | 'agencyId'>;
};

export type EventName = keyof EventMap;

/** One event as the outbox stores it: a name and the payload its name calls for. */
export type DomainEvent = { [K in EventName]: { type: K; payload: EventMap[K] } }[EventName];

/** Builds a typed event (for lifecycle `emit` functions). */
export function domainEvent<K extends EventName>(type: K, payload: EventMap[K]): DomainEvent {
  return { type, payload } as DomainEvent;
}

/** The names, for start-up and test checks (kept in step with EventMap by the compiler). */
const EVENT_NAMES_RECORD: { [K in EventName]: true } = {
  'agency.merged': true,
  'qualitySystem.scopeChanged': true,
  'qualitySystem.effectivenessConfirmed': true,
  'approvalRequest.in_progress': true,
  'approvalRequest.approved': true,
  'approvalRequest.rejected': true,
  'approvalRequest.returned': true,
  'approvalRequest.cancelled': true,
  'document.coverageChanged': true,
  'document.versionScheduled': true,
  'document.versionEffective': true,
  'document.withdrawn': true,
  'document.fileAdded': true,
  'deadline.registered': true,
  'deadline.rescheduled': true,
  'deadline.met': true,
  'deadline.cancelled': true,
  'auditProgramme.created': true,
  'audit.planned': true,
  'audit.started': true,
  'audit.reported': true,
  'audit.closed': true,
  'audit.findingLogged': true,
  'managementReview.planned': true,
  'managementReview.held': true,
  'managementReview.outputRecorded': true,
  'managementReview.actionCompleted': true,
  'nonconformity.opened': true,
  'nonconformity.open': true,
  'nonconformity.analysed': true,
  'nonconformity.action_planned': true,
  'nonconformity.implemented': true,
  'nonconformity.verified': true,
  'nonconformity.notEffective': true,
  'nonconformity.closed': true,
  'correctiveAction.planned': true,
  'correctiveAction.completed': true,
  'administrativeProcedures.imported': true,
  'legalChange.recorded': true,
  'legalChange.done': true,
  'declaration.recorded': true,
  'declaration.redeclarationRequired': true,
  'declaration.lapsed': true,
  'rolloutPlan.created': true,
  'inspectionPlan.created': true,
  'inspection.recorded': true,
  'inspection.reportSubmitted': true,
  'inspection.reportAccepted': true,
  'inspection.reportRejected': true,
  'annualReport.submitted': true,
  'annualReport.accepted': true,
  'annualReport.returned': true,
  'recordDisposal.approved': true,
  'agencyExport.requested': true,
};
export const EVENT_NAMES = Object.keys(EVENT_NAMES_RECORD) as EventName[];

/**
 * Events published to other systems through the integration feed (GET /api/v1/events and
 * webhooks): their payload names the agencies they belong to. The feed's catalogue covers
 * exactly these.
 */
export const INTEGRATION_EVENTS = [
  'agency.merged',
  'qualitySystem.scopeChanged',
  'qualitySystem.effectivenessConfirmed',
  'administrativeProcedures.imported',
  'auditProgramme.created',
  'audit.planned',
  'audit.started',
  'audit.reported',
  'audit.closed',
  'audit.findingLogged',
  'managementReview.planned',
  'managementReview.held',
  'managementReview.outputRecorded',
  'managementReview.actionCompleted',
  'nonconformity.opened',
  'nonconformity.analysed',
  'nonconformity.action_planned',
  'nonconformity.implemented',
  'nonconformity.verified',
  'nonconformity.notEffective',
  'nonconformity.closed',
  'nonconformity.open',
  'correctiveAction.planned',
  'correctiveAction.completed',
  'document.versionEffective',
  'document.withdrawn',
  'document.coverageChanged',
  'deadline.met',
  'deadline.cancelled',
  'legalChange.recorded',
  'legalChange.done',
  'declaration.recorded',
  'declaration.redeclarationRequired',
  'rolloutPlan.created',
  'inspectionPlan.created',
  'inspection.recorded',
  'inspection.reportSubmitted',
  'inspection.reportAccepted',
  'inspection.reportRejected',
  'annualReport.submitted',
  'annualReport.accepted',
  'annualReport.returned',
] as const satisfies readonly EventName[];

/**
 * Events with neither an in-process consumer nor a place in the integration feed yet (an
 * approval request concerns a draft, which only the agency's document roles see). Each must gain
 * one or the other, or stop being emitted; the list may only shrink (test/lifecycle-engine.e2e-spec.ts).
 */
export const EVENTS_AWAITING_CONSUMER = [] as const satisfies readonly EventName[];
