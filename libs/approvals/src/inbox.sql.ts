/*
 * The approval inbox's SQL, as text: the API runs it (ApprovalsService.inbox) and the benchmark's
 * bare baseline imports it (bench/lib/sql.ts), so both send the same statements. Columns are
 * aliased to the view's names, so a row is read as it is.
 */

/**
 * Requests in progress whose current step waits on the caller: aimed at them by name, or at a role
 * they hold in the request's agency, and neither drafted, written nor already decided by them.
 * $1 the caller, $2 the agencies they belong to (named assignees are members too, so these bound
 * the search), $3 and $4 the (agency, role) pairs they hold; $5 status, $6 agency and $7 subject
 * narrow it when given (NULL: any).
 */
const WAITING_ON_CALLER = `FROM approval_requests r
  JOIN approval_steps s ON s.request_id = r.id AND s.step_order = r.current_step AND s.status = 'PENDING'
 WHERE r.status = 'IN_PROGRESS'
   AND r.agency_id = ANY($2::uuid[])
   AND r.drafter_id IS DISTINCT FROM $1::uuid
   AND NOT ($1::uuid = ANY(r.author_ids))
   AND NOT EXISTS (SELECT 1 FROM approval_steps d WHERE d.request_id = r.id AND d.decided_by = $1::uuid)
   AND (s.assignee_id = $1::uuid
        OR (s.assignee_id IS NULL AND (r.agency_id, s.role) IN (SELECT * FROM unnest($3::uuid[], $4::text[]))))
   AND ($5::text IS NULL OR r.status = $5::text)
   AND ($6::uuid IS NULL OR r.agency_id = $6::uuid)
   AND ($7::uuid IS NULL OR r.subject_id = $7::uuid)`;

/**
 * One page of the inbox, oldest due first, with the total of the whole inbox on every row (one
 * pass; a page past the end has no row, and INBOX_COUNT answers): $8 page size, $9 offset.
 */
export const INBOX_PAGE = `SELECT r.id, r.agency_id AS "agencyId", r.kind, r.subject_type AS "subjectType",
       r.subject_id AS "subjectId", r.subject_version_id AS "versionId", r.status, r.reason,
       to_char(r.effective_date, 'YYYY-MM-DD') AS "effectiveDate", r.requested_by AS "requestedBy",
       r.current_step AS "currentStep", r.decided_at AS "decidedAt", r.version, r.created_at AS "createdAt",
       s.due_at AS "dueAt", count(*) OVER ()::int AS total
  ${WAITING_ON_CALLER}
 ORDER BY s.due_at, r.id
 LIMIT $8 OFFSET $9`;

/** The inbox's total alone ($1–$7 as INBOX_PAGE). */
export const INBOX_COUNT = `SELECT count(*)::int AS total ${WAITING_ON_CALLER}`;

/** The steps of some requests ($1), in order, as the request's view shows them. */
export const STEPS_OF_REQUESTS = `SELECT request_id AS "requestId", step_order AS "order", role,
       assignee_id AS "assigneeId", status, sla_days AS "slaDays", due_at AS "dueAt",
       decided_by AS "decidedBy", decided_at AS "decidedAt", comment, meaning,
       file_hashes AS "fileHashes", requires_signature AS "requiresSignature", signature
  FROM approval_steps WHERE request_id = ANY($1::uuid[]) ORDER BY request_id, step_order`;

/** The parameters of INBOX_PAGE and INBOX_COUNT for a caller and the narrowing asked. */
export function inboxParameters(
  caller: { userId: string | null; memberships: readonly { agencyId: string; roles: readonly string[] }[] },
  narrow: { status?: string; agencyId?: string; documentId?: string } = {},
): unknown[] {
  // the system administrator's pseudo-membership ('*') names no agency
  const memberships = caller.memberships.filter((m) => m.agencyId !== '*');
  const held = memberships.flatMap((m) => m.roles.map((role) => [m.agencyId, role] as const));
  return [
    caller.userId,
    memberships.map((m) => m.agencyId),
    held.map(([agencyId]) => agencyId),
    held.map(([, role]) => role),
    narrow.status ?? null,
    narrow.agencyId ?? null,
    narrow.documentId ?? null,
  ];
}
