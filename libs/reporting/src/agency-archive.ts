import { EntityManager } from 'typeorm';
import type { AuditHashAlg, HashedFields } from '@app/platform';

/*
 * The read model of an agency's archive (issue 18's export): everything the agency owns, read
 * across the libs that own it, in the shapes the archive writes. Read only; the export lib
 * (libs/exports) lays it out as files in the ZIP.
 */

/** One revision of a document, as the register lists it. */
export interface ArchiveRevision {
  documentId: string;
  versionId: string;
  code: string;
  title: string;
  type: string;
  parentCode: string | null;
  ownerUnit: string | null;
  reviewIntervalMonths: number;
  administrativeProcedureCodes: string[];
  documentStatus: string;
  revision: number;
  status: string;
  effectiveFrom: string | null;
  changeSummary: string | null;
  approverName: string | null;
  approvedAt: Date | null;
}

/** A file of a revision (detached files are left out: they are no longer part of it). */
export interface ArchiveFile {
  versionId: string;
  name: string;
  size: number;
  sha256: string;
  contentType: string;
  storageKey: string;
}

export interface ArchiveHistoryEvent {
  versionId: string;
  at: Date;
  action: string;
  actorName: string;
  comment: string | null;
}

/** Every revision of every document of the agency, by code and revision. */
export function archiveRevisions(manager: EntityManager, agencyId: string): Promise<ArchiveRevision[]> {
  return manager.query(
    `SELECT d.id AS "documentId", v.id AS "versionId", d.code, COALESCE(v.proposed_title, d.title) AS title,
            d.type, p.code AS "parentCode", d.owner_unit AS "ownerUnit",
            d.review_interval_months AS "reviewIntervalMonths",
            d.administrative_procedure_codes AS "administrativeProcedureCodes", d.status AS "documentStatus",
            v.revision, v.status, v.effective_from::text AS "effectiveFrom", v.change_summary AS "changeSummary",
            u.full_name AS "approverName", v.approved_at AS "approvedAt"
       FROM documents d
       JOIN document_versions v ON v.document_id = d.id
       LEFT JOIN documents p ON p.id = d.parent_id
       LEFT JOIN users u ON u.id = v.approved_by
      WHERE d.agency_id = $1
      ORDER BY d.code, v.revision`,
    [agencyId],
  );
}

export async function archiveFiles(manager: EntityManager, agencyId: string): Promise<ArchiveFile[]> {
  const rows = await manager.query<(ArchiveFile & { size: string })[]>(
    `SELECT f.version_id AS "versionId", f.name, f.size, f.sha256, f.content_type AS "contentType",
            f.storage_key AS "storageKey"
       FROM document_files f
      WHERE f.agency_id = $1 AND f.removed_at IS NULL
      ORDER BY f.version_id, f.name, f.id`,
    [agencyId],
  );
  return rows.map((row) => ({ ...row, size: Number(row.size) }));
}

/**
 * The approval history of each revision as the audit trail has it: the version's own entries and
 * those of the approval requests (and their steps) on it, oldest first.
 */
export function archiveVersionHistory(
  manager: EntityManager,
  agencyId: string,
): Promise<ArchiveHistoryEvent[]> {
  return manager.query(
    `WITH versions AS (SELECT id FROM document_versions WHERE agency_id = $1),
          requests AS (SELECT r.id, r.subject_version_id AS version_id FROM approval_requests r
                        WHERE r.agency_id = $1 AND r.subject_version_id IN (SELECT id FROM versions)),
          steps AS (SELECT s.id, q.version_id FROM approval_steps s JOIN requests q ON q.id = s.request_id),
          subjects AS (SELECT 'documentVersion' AS type, id, id AS version_id FROM versions
                       UNION ALL SELECT 'approvalRequest', id, version_id FROM requests
                       UNION ALL SELECT 'approvalStep', id, version_id FROM steps)
     SELECT s.version_id AS "versionId", e.occurred_at AS at, e.subject_type || '.' || e.action AS action,
            COALESCE(u.full_name, e.actor_name, 'system') AS "actorName", e.reason AS comment
       FROM subjects s
       JOIN audit_trail e ON e.subject_type = s.type AND e.subject_id = s.id::text
       LEFT JOIN users u ON u.id = e.actor_id
      ORDER BY e.id`,
    [agencyId],
  );
}

/** The quality records kept as rows, each exported whole (JSON) and as a sheet (XLSX). */
const QUALITY_RECORD_SQL = {
  'audits/audit-programmes': 'SELECT to_jsonb(t) AS row FROM audit_programmes t WHERE t.agency_id = $1',
  'audits/audits': 'SELECT to_jsonb(t) AS row FROM audits t WHERE t.agency_id = $1',
  'audits/findings': 'SELECT to_jsonb(t) AS row FROM audit_findings t WHERE t.agency_id = $1',
  'capa/nonconformities': 'SELECT to_jsonb(t) AS row FROM nonconformities t WHERE t.agency_id = $1',
  'capa/analyses': 'SELECT to_jsonb(t) AS row FROM nonconformity_analyses t WHERE t.agency_id = $1',
  'capa/corrective-actions': 'SELECT to_jsonb(t) AS row FROM corrective_actions t WHERE t.agency_id = $1',
  'capa/verifications': 'SELECT to_jsonb(t) AS row FROM nonconformity_verifications t WHERE t.agency_id = $1',
  'management-reviews/reviews': 'SELECT to_jsonb(t) AS row FROM management_reviews t WHERE t.agency_id = $1',
  'management-reviews/outputs':
    'SELECT to_jsonb(t) AS row FROM management_review_outputs t WHERE t.agency_id = $1',
  'declarations/declarations':
    'SELECT to_jsonb(t) AS row FROM declarations t WHERE t.agency_id = $1 OR $1 = ANY(t.agency_ids)',
  'declarations/effectiveness-confirmations':
    'SELECT to_jsonb(t) AS row FROM effectiveness_confirmations t WHERE t.agency_id = $1',
} as const;

export type QualityRecordSet = keyof typeof QUALITY_RECORD_SQL;
export const QUALITY_RECORD_SETS = Object.keys(QUALITY_RECORD_SQL) as QualityRecordSet[];

/** The rows of one set, oldest first, each as its columns (snake_case) to values. */
export async function archiveQualityRecords(
  manager: EntityManager,
  set: QualityRecordSet,
  agencyId: string,
): Promise<Record<string, unknown>[]> {
  const rows = await manager.query<{ row: Record<string, unknown> }[]>(
    `${QUALITY_RECORD_SQL[set]} ORDER BY t.created_at, t.id`,
    [agencyId],
  );
  return rows.map((r) => r.row);
}

/** One audit-trail entry (the fields its hash covers) with its link in the chain. */
export interface ArchiveAuditEntry extends HashedFields {
  id: string;
  prevHash: string;
  hash: string;
  hashAlg: AuditHashAlg;
}

/** A page of the agency's audit-trail entries after `afterId`, in chain order. */
export function archiveAuditEntries(
  manager: EntityManager,
  agencyId: string,
  afterId: string,
  limit: number,
): Promise<ArchiveAuditEntry[]> {
  return manager.query(
    `SELECT e.id::text AS id, e.occurred_at AS "occurredAt", e.actor_id AS "actorId", e.actor_name AS "actorName",
            e.agency_id AS "agencyId", e.subject_type AS "subjectType", e.subject_id AS "subjectId", e.action,
            e.from_state AS "fromState", e.to_state AS "toState", e.reason, e.data, e.request_id AS "requestId",
            e.prev_hash AS "prevHash", e.hash, e.hash_alg AS "hashAlg"
       FROM audit_trail e
      WHERE e.agency_id = $1 AND e.id > $2::bigint
      ORDER BY e.id
      LIMIT $3`,
    [agencyId, afterId, limit],
  );
}
