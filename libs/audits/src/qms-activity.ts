import { EntityManager } from 'typeorm';
import { addDays, startOfBusinessDate } from '@app/platform';

/** Internal audits and management reviews of one QMS within a period (for oversight). */
export interface QmsActivity {
  qualitySystemId: string;
  /** Audits whose planned start falls in the period. */
  auditsPlanned: number;
  /** Audits reported (held, report issued) in the period. */
  auditsReported: number;
  /** Audits closed in the period. */
  auditsClosed: number;
  /** When the latest audit reported in the period was reported. */
  lastAuditReportedAt: Date | null;
  /** Management reviews held in the period. */
  reviewsHeld: number;
  lastReviewHeldOn: string | null;
}

/**
 * Read-only, set-based: the audit and management-review activity of each QMS over a period
 * (inclusive, Viet Nam days). No access check: callers scope the QMS ids they pass.
 */
export async function qmsActivity(
  manager: EntityManager,
  qualitySystemIds: string[],
  period: { from: string; to: string },
): Promise<Map<string, QmsActivity>> {
  const result = new Map<string, QmsActivity>(
    qualitySystemIds.map((id) => [
      id,
      {
        qualitySystemId: id,
        auditsPlanned: 0,
        auditsReported: 0,
        auditsClosed: 0,
        lastAuditReportedAt: null,
        reviewsHeld: 0,
        lastReviewHeldOn: null,
      },
    ]),
  );
  if (qualitySystemIds.length === 0) return result;
  const from = startOfBusinessDate(period.from);
  const to = startOfBusinessDate(addDays(period.to, 1));
  const audits = await manager.query<
    { qms: string; planned: string; reported: string; closed: string; last_reported: Date | null }[]
  >(
    `SELECT quality_system_id AS qms,
            count(*) FILTER (WHERE planned_start BETWEEN $2 AND $3)::text AS planned,
            count(*) FILTER (WHERE reported_at >= $4 AND reported_at < $5)::text AS reported,
            count(*) FILTER (WHERE closed_at >= $4 AND closed_at < $5)::text AS closed,
            max(reported_at) FILTER (WHERE reported_at >= $4 AND reported_at < $5) AS last_reported
       FROM audits WHERE quality_system_id = ANY($1::uuid[]) GROUP BY quality_system_id`,
    [qualitySystemIds, period.from, period.to, from, to],
  );
  for (const row of audits) {
    const entry = result.get(row.qms);
    if (!entry) continue;
    entry.auditsPlanned = Number(row.planned);
    entry.auditsReported = Number(row.reported);
    entry.auditsClosed = Number(row.closed);
    entry.lastAuditReportedAt = row.last_reported;
  }
  const reviews = await manager.query<{ qms: string; held: string; last_held: string | null }[]>(
    `SELECT quality_system_id AS qms, count(*)::text AS held, to_char(max(held_on), 'YYYY-MM-DD') AS last_held
       FROM management_reviews
      WHERE quality_system_id = ANY($1::uuid[]) AND status = 'HELD' AND held_on BETWEEN $2 AND $3
      GROUP BY quality_system_id`,
    [qualitySystemIds, period.from, period.to],
  );
  for (const row of reviews) {
    const entry = result.get(row.qms);
    if (!entry) continue;
    entry.reviewsHeld = Number(row.held);
    entry.lastReviewHeldOn = row.last_held;
  }
  return result;
}
