import { EntityManager } from 'typeorm';
import { addDays, startOfBusinessDate } from '@app/platform';

/** Documents issued, revised and withdrawn by some agencies within a period (for management review). */
export interface DocumentChangeCounts {
  /** First versions (revision 1) that took effect in the period. */
  issued: number;
  /** Later revisions that took effect in the period. */
  revised: number;
  /** Documents taken out of force in the period. */
  withdrawn: number;
}

/**
 * Read-only counts over documents' versions and platform's audit trail (withdrawals carry no
 * date of their own), for management review inputs and annual reports. The period is
 * inclusive, in Viet Nam days (YYYY-MM-DD).
 */
export async function countDocumentChanges(
  manager: EntityManager,
  agencyIds: string[],
  period: { from: string; to: string },
): Promise<DocumentChangeCounts> {
  const [row] = await manager.query<{ issued: string; revised: string; withdrawn: string }[]>(
    `SELECT
       (SELECT count(*) FROM document_versions v WHERE v.agency_id = ANY($1::uuid[]) AND v.revision = 1
          AND v.status IN ('EFFECTIVE', 'SUPERSEDED', 'WITHDRAWN') AND v.effective_from BETWEEN $2 AND $3)::text AS issued,
       (SELECT count(*) FROM document_versions v WHERE v.agency_id = ANY($1::uuid[]) AND v.revision > 1
          AND v.status IN ('EFFECTIVE', 'SUPERSEDED', 'WITHDRAWN') AND v.effective_from BETWEEN $2 AND $3)::text AS revised,
       (SELECT count(*) FROM audit_trail e WHERE e.subject_type = 'document' AND e.action = 'withdraw'
          AND e.agency_id = ANY($1::uuid[]) AND e.occurred_at >= $4 AND e.occurred_at < $5)::text AS withdrawn`,
    [
      agencyIds,
      period.from,
      period.to,
      startOfBusinessDate(period.from),
      startOfBusinessDate(addDays(period.to, 1)),
    ],
  );
  return { issued: Number(row.issued), revised: Number(row.revised), withdrawn: Number(row.withdrawn) };
}
