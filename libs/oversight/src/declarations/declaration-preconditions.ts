import { EntityManager } from 'typeorm';
import { addMonths } from '@app/platform';
import { qmsActivity } from '@app/audits';
import { CapaReportsService } from '@app/capa';
import { effectiveDocumentCounts } from '@app/documents';

export const PRECONDITION_CODES = [
  'QMS_NOT_SUSPENDED',
  'DOCUMENTS_IN_FORCE',
  'INTERNAL_AUDIT_WITHIN_12_MONTHS',
  'MANAGEMENT_REVIEW_WITHIN_12_MONTHS',
  'NO_OPEN_MAJOR_NONCONFORMITY',
  'EFFECTIVENESS_CONFIRMED',
] as const;
export type PreconditionCode = (typeof PRECONDITION_CODES)[number];

export interface Precondition {
  code: PreconditionCode;
  met: boolean;
  /** What holds or is missing, in Vietnamese (shown to the ISO secretary). */
  message: string;
  data: Record<string, unknown>;
}

export interface QmsFacts {
  id: string;
  status: string;
  agencyIds: string[];
}

/** Documents every QMS keeps in force (TCVN ISO 9001:2015 5.2, 6.2 and its processes). */
const REQUIRED_TYPES = [
  ['POLICY', 'chính sách chất lượng'],
  ['OBJECTIVES', 'mục tiêu chất lượng'],
  ['PROCEDURE', 'quy trình'],
] as const;

/**
 * What the rules require before a QMS is declared (Decision 19/2014/QĐ-TTg art. 4;
 * Circular 26/2014/TT-BKHCN), checked against the records as of `today`:
 * its documents in force, an internal audit reported and a management review held within
 * the last 12 months, no major nonconformity still open, and the head of agency's
 * confirmation of effectiveness recorded within the last 12 months and not yet used by an
 * earlier declaration.
 */
export async function evaluatePreconditions(
  manager: EntityManager,
  capa: CapaReportsService,
  qms: QmsFacts,
  today: string,
): Promise<{ preconditions: Precondition[]; confirmationId: string | null }> {
  const since = addMonths(today, -12);
  const period = { from: since, to: today };
  // one after the other: inside a transaction they share one connection
  const documents = await effectiveDocumentCounts(manager, qms.agencyIds);
  const activity = await qmsActivity(manager, [qms.id], period);
  const capaSummary = await capa.summarize(manager, qms.agencyIds, period);
  const confirmations = await manager.query<{ id: string; confirmed_on: string }[]>(
    `SELECT id, to_char(confirmed_on, 'YYYY-MM-DD') AS confirmed_on FROM effectiveness_confirmations
      WHERE quality_system_id = $1 AND declaration_id IS NULL AND confirmed_on BETWEEN $2 AND $3
      ORDER BY confirmed_on DESC, created_at DESC LIMIT 1`,
    [qms.id, since, today],
  );
  const audit = activity.get(qms.id)!;
  const missingTypes = REQUIRED_TYPES.filter(([type]) => documents[type] === 0);
  const openMajor = capaSummary.openBySeverity.MAJOR ?? 0;
  const confirmation = confirmations[0] ?? null;

  const preconditions: Precondition[] = [
    {
      code: 'QMS_NOT_SUSPENDED',
      met: qms.status !== 'SUSPENDED',
      message:
        qms.status !== 'SUSPENDED'
          ? 'HTQLCL đang được áp dụng'
          : 'HTQLCL đang bị tạm dừng áp dụng; không thể công bố',
      data: { status: qms.status },
    },
    {
      code: 'DOCUMENTS_IN_FORCE',
      met: missingTypes.length === 0,
      message:
        missingTypes.length === 0
          ? 'Đã ban hành chính sách, mục tiêu chất lượng và các quy trình đang hiệu lực'
          : `Chưa có tài liệu đang hiệu lực: ${missingTypes.map(([, name]) => name).join(', ')}`,
      data: {
        inForce: {
          POLICY: documents.POLICY,
          OBJECTIVES: documents.OBJECTIVES,
          PROCEDURE: documents.PROCEDURE,
        },
        missing: missingTypes.map(([type]) => type),
      },
    },
    {
      code: 'INTERNAL_AUDIT_WITHIN_12_MONTHS',
      met: audit.auditsReported > 0,
      message:
        audit.auditsReported > 0
          ? 'Đã đánh giá nội bộ trong 12 tháng qua'
          : `Chưa có cuộc đánh giá nội bộ nào được báo cáo kết quả từ ngày ${since}`,
      data: { since, auditsReported: audit.auditsReported, lastReportedAt: audit.lastAuditReportedAt },
    },
    {
      code: 'MANAGEMENT_REVIEW_WITHIN_12_MONTHS',
      met: audit.reviewsHeld > 0,
      message:
        audit.reviewsHeld > 0
          ? 'Đã họp xem xét của lãnh đạo trong 12 tháng qua'
          : `Chưa họp xem xét của lãnh đạo từ ngày ${since}`,
      data: { since, reviewsHeld: audit.reviewsHeld, lastHeldOn: audit.lastReviewHeldOn },
    },
    {
      code: 'NO_OPEN_MAJOR_NONCONFORMITY',
      met: openMajor === 0,
      message:
        openMajor === 0
          ? 'Không còn điểm không phù hợp nặng chưa đóng'
          : `Còn ${openMajor} điểm không phù hợp nặng chưa được khắc phục và đóng`,
      data: { openMajor },
    },
    {
      code: 'EFFECTIVENESS_CONFIRMED',
      met: confirmation !== null,
      message:
        confirmation !== null
          ? `Người đứng đầu cơ quan đã xác nhận hiệu lực ngày ${confirmation.confirmed_on}`
          : 'Người đứng đầu cơ quan chưa xác nhận hiệu lực của HTQLCL (trong 12 tháng qua, cho lần công bố này)',
      data: { confirmationId: confirmation?.id ?? null, confirmedOn: confirmation?.confirmed_on ?? null },
    },
  ];
  return { preconditions, confirmationId: confirmation?.id ?? null };
}
