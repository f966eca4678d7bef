import { EventMap, INTEGRATION_EVENTS } from '@app/platform';

/**
 * The integration feed's catalogue: which domain events other systems see, which agencies each
 * belongs to, its subject, and the payload fields it carries. Only ids, codes, years and states go
 * out: a reader of an agency may read every record these name (see each lib's access rules).
 * It covers exactly platform's INTEGRATION_EVENTS (the type below fails otherwise). The agencies
 * always come from the payload, never from another lib's tables. Events left out, and why:
 * - approvalRequest.* (EVENTS_AWAITING_CONSUMER): a request in approval concerns a draft version
 *   (seen only by the agency's document roles), although its payload names the agency;
 * - document.versionScheduled, deadline.registered/rescheduled: worker-internal (activation and
 *   reminder planning; they carry job data, not news for another system).
 */
export interface FeedEntry {
  subjectType: string;
  /** Payload field holding the subject's id. */
  subjectId: string;
  /** Payload fields naming the agencies the event belongs to (a string or a string array each). */
  agencies: readonly string[];
  /** Payload fields passed on as they are (everything else is dropped). */
  fields: readonly string[];
}

export type FeedEventType = (typeof INTEGRATION_EVENTS)[number];

const entry = <
  const S extends string,
  const A extends readonly string[],
  const F extends readonly string[] = [],
>(
  subjectType: string,
  subjectId: S,
  agencies: A,
  fields?: F,
) => ({
  subjectType,
  subjectId,
  agencies,
  fields: [...new Set([subjectId, ...agencies, ...(fields ?? [])])] as (S | A[number] | F[number])[],
});

/** Every field a catalogue entry names is a field of its event's payload (EventMap). */
type Checked = {
  [K in FeedEventType]: {
    subjectId: keyof EventMap[K];
    agencies: readonly (keyof EventMap[K])[];
    fields: readonly (keyof EventMap[K])[];
  };
};

const NC = entry('nonconformity', 'nonconformityId', ['agencyId'], ['from', 'to']);

const CATALOG = {
  'agency.merged': entry('agency', 'fromAgencyId', ['fromAgencyId', 'intoAgencyId']),
  /** to every agency of the QMS after the change */
  'qualitySystem.scopeChanged': entry('qualitySystem', 'qualitySystemId', ['agencyIds']),
  'qualitySystem.effectivenessConfirmed': entry(
    'qualitySystem',
    'qualitySystemId',
    ['agencyId'],
    ['confirmationId'],
  ),
  'administrativeProcedures.imported': entry('agency', 'agencyId', ['agencyId']),
  'auditProgramme.created': entry('auditProgramme', 'programmeId', ['agencyId'], ['year']),
  'audit.planned': entry('audit', 'auditId', ['agencyId']),
  'audit.started': entry('audit', 'auditId', ['agencyId']),
  'audit.reported': entry('audit', 'auditId', ['agencyId']),
  'audit.closed': entry('audit', 'auditId', ['agencyId']),
  /** to the auditing agency and the audited one (both read the audit and its findings) */
  'audit.findingLogged': entry(
    'auditFinding',
    'findingId',
    ['agencyId', 'auditeeAgencyId'],
    ['auditId', 'type'],
  ),
  'managementReview.planned': entry('managementReview', 'reviewId', ['agencyId']),
  'managementReview.held': entry('managementReview', 'reviewId', ['agencyId']),
  'managementReview.outputRecorded': entry(
    'managementReviewOutput',
    'outputId',
    ['agencyId'],
    ['reviewId', 'kind'],
  ),
  'managementReview.actionCompleted': entry('managementReviewOutput', 'outputId', ['agencyId'], ['reviewId']),
  'nonconformity.opened': entry('nonconformity', 'nonconformityId', ['agencyId'], ['auditId', 'findingId']),
  'nonconformity.analysed': NC,
  'nonconformity.action_planned': NC,
  'nonconformity.implemented': NC,
  'nonconformity.verified': NC,
  'nonconformity.notEffective': NC,
  'nonconformity.closed': NC,
  /** reopened after it recurred */
  'nonconformity.open': NC,
  'correctiveAction.planned': entry(
    'correctiveAction',
    'correctiveActionId',
    ['agencyId'],
    ['nonconformityId'],
  ),
  'correctiveAction.completed': entry(
    'correctiveAction',
    'correctiveActionId',
    ['agencyId'],
    ['nonconformityId'],
  ),
  'document.versionEffective': entry('document', 'documentId', ['agencyId'], ['versionId']),
  'document.withdrawn': entry('document', 'documentId', ['agencyId']),
  /** only of a document in force (a draft's TTHC codes cover nothing) */
  'document.coverageChanged': entry('document', 'documentId', ['agencyId']),
  /** the agency's deadlines are read by its readers (GET /deadlines): id and kind only */
  'deadline.met': entry('deadline', 'deadlineId', ['agencyId'], ['kind']),
  'deadline.cancelled': entry('deadline', 'deadlineId', ['agencyId'], ['kind']),
  'legalChange.recorded': entry('legalChange', 'legalChangeId', ['agencyId']),
  'legalChange.done': entry('legalChange', 'legalChangeId', ['agencyId']),
  'declaration.recorded': entry('declaration', 'declarationId', ['agencyIds'], ['qualitySystemId']),
  'declaration.redeclarationRequired': entry(
    'declaration',
    'declarationId',
    ['agencyIds'],
    ['qualitySystemId'],
  ),
  'rolloutPlan.created': entry('rolloutPlan', 'planId', ['provinceAgencyId']),
  'inspectionPlan.created': entry('inspectionPlan', 'planId', ['provinceAgencyId']),
  'inspection.recorded': entry('inspection', 'inspectionId', ['agencyId']),
  'inspection.reportSubmitted': entry('inspection', 'inspectionId', ['agencyId']),
  'inspection.reportAccepted': entry('inspection', 'inspectionId', ['agencyId']),
  'inspection.reportRejected': entry('inspection', 'inspectionId', ['agencyId']),
  'annualReport.submitted': entry('annualReport', 'annualReportId', ['agencyId'], ['year']),
  'annualReport.accepted': entry('annualReport', 'annualReportId', ['agencyId']),
  'annualReport.returned': entry('annualReport', 'annualReportId', ['agencyId']),
} satisfies Checked;

export const FEED_CATALOG: Readonly<Record<FeedEventType, FeedEntry>> = CATALOG;

export const FEED_EVENT_TYPES: readonly string[] = INTEGRATION_EVENTS;

export interface FeedRecord {
  agencyIds: string[];
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the feed records of an outbox event, or null when the event is not in the feed. */
export function toFeedRecord(type: string, payload: Readonly<Record<string, unknown>>): FeedRecord | null {
  const spec = Object.hasOwn(FEED_CATALOG, type) ? FEED_CATALOG[type as FeedEventType] : undefined;
  if (!spec) return null;
  const agencyIds = [
    ...new Set(
      spec.agencies.flatMap((field) => [payload[field]].flat().filter((v) => typeof v === 'string')),
    ),
  ] as string[];
  const subjectId = payload[spec.subjectId];
  if (agencyIds.length === 0 || !agencyIds.every((id) => UUID.test(id))) return null;
  if (typeof subjectId !== 'string' || !UUID.test(subjectId)) return null;
  const kept: Record<string, unknown> = {};
  for (const field of spec.fields) if (payload[field] !== undefined) kept[field] = payload[field];
  return { agencyIds, subjectType: spec.subjectType, subjectId, payload: kept };
}
