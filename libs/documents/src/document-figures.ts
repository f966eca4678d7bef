import { EntityManager } from 'typeorm';
import { DOCUMENT_TYPES, DocumentType } from './document.entity';

/*
 * Read-only figures over the documents tables for oversight (declaration preconditions, legal
 * changes, annual reports; TTHC coverage is a cross-library read model in @app/reporting).
 * Set-based: one query for any number of agencies or documents. No access check: callers scope the ids they pass.
 */

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
  // the columns are named and ordered as DocumentSummary's fields
  return manager.query<DocumentSummary[]>(
    `SELECT d.id, d.agency_id AS "agencyId", d.code, d.title, d.type, d.status, v.revision,
            to_char(v.effective_from, 'YYYY-MM-DD') AS "effectiveFrom"
       FROM documents d LEFT JOIN document_versions v ON v.id = d.current_version_id
      WHERE d.id = ANY($1::uuid[]) ORDER BY d.code`,
    [documentIds],
  );
}
