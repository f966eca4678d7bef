import { EntityManager } from 'typeorm';
import { DOCUMENT_TYPES, DocumentType } from './document.entity';

/*
 * Read-only figures over the documents tables for oversight (coverage of administrative
 * procedures, declaration preconditions, legal changes, annual reports). Set-based: one query
 * for any number of agencies or documents. No access check: callers scope the ids they pass.
 */

/** A TTHC code covered by an effective PROCEDURE of an agency. */
export interface CoveringProcedure {
  agencyId: string;
  code: string;
  documentId: string;
  documentCode: string;
  title: string;
}

/** Every (agency, TTHC code, procedure) where the procedure is a PROCEDURE in force that lists the code. */
export async function effectiveProcedureCodes(
  manager: EntityManager,
  agencyIds: string[],
): Promise<CoveringProcedure[]> {
  if (agencyIds.length === 0) return [];
  const rows = await manager.query<
    { agency_id: string; code: string; document_id: string; document_code: string; title: string }[]
  >(
    `SELECT d.agency_id, c.code, d.id AS document_id, d.code AS document_code, d.title
       FROM documents d CROSS JOIN LATERAL unnest(d.administrative_procedure_codes) AS c(code)
      WHERE d.agency_id = ANY($1::uuid[]) AND d.type = 'PROCEDURE' AND d.status = 'EFFECTIVE'
      ORDER BY d.agency_id, c.code, d.code`,
    [agencyIds],
  );
  return rows.map((r) => ({
    agencyId: r.agency_id,
    code: r.code,
    documentId: r.document_id,
    documentCode: r.document_code,
    title: r.title,
  }));
}

/** How many documents of each type are in force (EFFECTIVE) across the agencies. */
export async function effectiveDocumentCounts(
  manager: EntityManager,
  agencyIds: string[],
): Promise<Record<DocumentType, number>> {
  const counts = Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, 0])) as Record<DocumentType, number>;
  if (agencyIds.length === 0) return counts;
  const rows = await manager.query<{ type: DocumentType; n: string }[]>(
    `SELECT type, count(*)::text AS n FROM documents
      WHERE agency_id = ANY($1::uuid[]) AND status = 'EFFECTIVE' GROUP BY type`,
    [agencyIds],
  );
  for (const row of rows) counts[row.type] = Number(row.n);
  return counts;
}

/** A document as oversight sees it: what it is, whether it is in force and its revision in force. */
export interface DocumentSummary {
  id: string;
  agencyId: string;
  code: string;
  title: string;
  type: DocumentType;
  status: string;
  /** The revision of the effective version (null while the document has none). */
  revision: number | null;
  effectiveFrom: string | null;
}

export async function documentSummaries(
  manager: EntityManager,
  documentIds: string[],
): Promise<DocumentSummary[]> {
  if (documentIds.length === 0) return [];
  const rows = await manager.query<
    {
      id: string;
      agency_id: string;
      code: string;
      title: string;
      type: DocumentType;
      status: string;
      revision: number | null;
      effective_from: string | null;
    }[]
  >(
    `SELECT d.id, d.agency_id, d.code, d.title, d.type, d.status, v.revision,
            to_char(v.effective_from, 'YYYY-MM-DD') AS effective_from
       FROM documents d LEFT JOIN document_versions v ON v.id = d.current_version_id
      WHERE d.id = ANY($1::uuid[]) ORDER BY d.code`,
    [documentIds],
  );
  return rows.map((r) => ({
    id: r.id,
    agencyId: r.agency_id,
    code: r.code,
    title: r.title,
    type: r.type,
    status: r.status,
    revision: r.revision,
    effectiveFrom: r.effective_from,
  }));
}
