import { EntityManager } from 'typeorm';

/**
 * What the notifications that follow the work need to know about their subject, read across
 * the libraries that own it (approvals and documents, deadlines, oversight): who to tell and
 * what to call it. Read only.
 */
export interface ApprovalRequestFacts {
  id: string;
  agencyId: string;
  kind: string;
  status: string;
  reason: string;
  drafterId: string | null;
  requestedBy: string | null;
  /** The document under approval, when the subject is one. */
  documentCode: string | null;
  documentTitle: string | null;
  /** The latest decided step: who decided, their comment (a rejection's or return's reason). */
  decidedBy: string | null;
  comment: string | null;
}

export const approvalRequestFacts = factsById<ApprovalRequestFacts>(
  `SELECT r.id, r.agency_id AS "agencyId", r.kind, r.status, r.reason, r.drafter_id AS "drafterId",
            r.requested_by AS "requestedBy", d.code AS "documentCode", d.title AS "documentTitle",
            s.decided_by AS "decidedBy", s.comment
       FROM approval_requests r
       LEFT JOIN documents d ON r.subject_type = 'document' AND d.id = r.subject_id
       LEFT JOIN LATERAL (SELECT decided_by, comment FROM approval_steps
                           WHERE request_id = r.id AND decided_at IS NOT NULL
                           ORDER BY decided_at DESC, step_order DESC LIMIT 1) s ON true
      WHERE r.id = $1`,
);

export interface DeadlineFacts {
  id: string;
  agencyId: string;
  kind: string;
  state: string;
  title: string;
  dueAt: Date;
  subjectType: string;
  subjectId: string;
  responsibleUserIds: string[];
  responsibleRole: string | null;
  /** Where a notification about it links to: the approval request of a step, the document of a version. */
  resourceType: string;
  resourceId: string;
}

export const deadlineFacts = factsById<DeadlineFacts>(
  `SELECT d.id, d.agency_id AS "agencyId", d.kind, d.state, d.title, d.due_at AS "dueAt",
            d.subject_type AS "subjectType", d.subject_id AS "subjectId",
            d.responsible_user_ids AS "responsibleUserIds", d.responsible_role AS "responsibleRole",
            CASE WHEN s.request_id IS NOT NULL THEN 'approvalRequest'
                 WHEN v.document_id IS NOT NULL THEN 'document' ELSE d.subject_type END AS "resourceType",
            coalesce(s.request_id, v.document_id, d.subject_id) AS "resourceId"
       FROM deadlines d
       LEFT JOIN approval_steps s ON d.subject_type = 'approvalStep' AND s.id = d.subject_id
       LEFT JOIN document_versions v ON d.subject_type = 'documentVersion' AND v.id = d.subject_id
      WHERE d.id = $1`,
);

export interface InspectionFacts {
  id: string;
  agencyId: string;
  kind: string;
  inspectedOn: string;
  conclusion: string;
  reportDue: string | null;
}

export const inspectionFacts = factsById<InspectionFacts>(
  `SELECT id, agency_id AS "agencyId", kind, to_char(inspected_on, 'YYYY-MM-DD') AS "inspectedOn", conclusion,
            to_char(report_due, 'YYYY-MM-DD') AS "reportDue"
       FROM inspections WHERE id = $1`,
);

export interface NonconformityFacts {
  id: string;
  agencyId: string;
  source: string;
  severity: string;
  description: string;
}

export const nonconformityFacts = factsById<NonconformityFacts>(
  `SELECT id, agency_id AS "agencyId", source, severity, description FROM nonconformities WHERE id = $1`,
);

export interface DeclarationFacts {
  id: string;
  agencyIds: string[];
  decisionNumber: string;
  qualitySystemName: string;
}

export const declarationFacts = factsById<DeclarationFacts>(
  `SELECT d.id, d.agency_ids AS "agencyIds", d.decision_number AS "decisionNumber", q.name AS "qualitySystemName"
       FROM declarations d JOIN quality_systems q ON q.id = d.quality_system_id WHERE d.id = $1`,
);

export interface CorrectiveActionFacts {
  id: string;
  nonconformityId: string;
  agencyId: string;
  ownerId: string;
  description: string;
  dueDate: string;
}

export const correctiveActionFacts = factsById<CorrectiveActionFacts>(
  `SELECT id, nonconformity_id AS "nonconformityId", agency_id AS "agencyId", owner_id AS "ownerId", description,
            to_char(due_date, 'YYYY-MM-DD') AS "dueDate"
       FROM corrective_actions WHERE id = $1`,
);

/** A read of one subject by id (`$1`): its row, or null when there is none. */
function factsById<T>(sql: string): (manager: EntityManager, id: string) => Promise<T | null> {
  return async (manager, id) => {
    const [row] = await manager.query<T[]>(sql, [id]);
    return row ?? null;
  };
}
