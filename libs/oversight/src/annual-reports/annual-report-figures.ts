import { EntityManager } from 'typeorm';
import { DomainError, pickFields } from '@app/platform';
import { qmsActivity } from '@app/audits';
import { CapaReportsService } from '@app/capa';
import { findAgency, qualitySystemOfAgency } from '@app/organization';
import { effectiveDocumentCounts } from '@app/documents';
import { computeCoverage, countDocumentChanges, QmsPeriodFigures, qmsPeriodFigures } from '@app/reporting';

/** What an annual report states, compiled from the records of the agency (and its QMS). */
export interface AnnualReportFigures {
  year: number;
  period: { from: string; to: string };
  agency: { id: string; code: string; name: string };
  qualitySystem: { id: string; name: string; status: string } | null;
  documents: {
    /** In force when compiled. */
    inForce: number;
    issued: number;
    revised: number;
    withdrawn: number;
  };
  internalAudits: {
    /** Audits of the QMS planned to start in the year. */
    planned: number;
    /** Audits held (report issued) in the year. */
    held: number;
    closed: number;
  };
  nonconformities: {
    raised: number;
    closed: number;
    /** Still open when compiled. */
    open: number;
    openMajor: number;
    correctiveActionsCompleted: number;
    correctiveActionsOverdue: number;
  };
  managementReviews: { held: number; lastHeldOn: string | null };
  declaration: {
    /** NOT_DECLARED, IN_FORCE or REDECLARATION_REQUIRED when compiled. */
    status: string;
    decisionNumber: string | null;
    decisionDate: string | null;
    /** Declarations (or re-declarations) decided in the year. */
    declaredInYear: number;
  };
  administrativeProcedures: { total: number; covered: number; ratio: number | null };
  inspections: { held: number; awaitingReport: number };
  legalChanges: { recorded: number; done: number; overdue: number };
  /** Quality objectives of the year and how many meet their target (latest measurement). */
  objectives: { total: number; met: number };
  /** Dossiers of the one-stop system in the year's periods (current imports). */
  processPerformance: Pick<QmsPeriodFigures['processPerformance'], (typeof PERFORMANCE_FIELDS)[number]>;
  /** Satisfaction surveys of the year's periods, and citizens' feedback received in the year. */
  satisfaction: Pick<QmsPeriodFigures['satisfaction'], (typeof SATISFACTION_FIELDS)[number]>;
  /** Risks not closed when compiled, high ones, and treatments assessed in the year. */
  risks: Pick<QmsPeriodFigures['risks'], (typeof RISK_FIELDS)[number]>;
}

/** The quality data's figures an annual report keeps (of what reporting's qmsPeriodFigures compiles). */
const PERFORMANCE_FIELDS = ['received', 'onTime', 'late', 'pending', 'onTimeRate'] as const;
const SATISFACTION_FIELDS = [
  'surveys',
  'respondents',
  'satisfied',
  'satisfiedShare',
  'feedbackReceived',
  'feedbackAnswered',
] as const;
const RISK_FIELDS = ['open', 'high', 'treatmentsAssessed', 'treatmentsEffective'] as const;

/**
 * Compiles the figures of an agency's year. Activity counts (issued, revised, audits held,
 * nonconformities raised and closed, reviews held, …) are those dated within the year; states
 * (documents in force, open nonconformities, declaration, coverage) are as of `today`.
 */
export async function compileFigures(
  manager: EntityManager,
  capa: CapaReportsService,
  agencyId: string,
  year: number,
  today: string,
): Promise<AnnualReportFigures> {
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const agency = await findAgency(manager, agencyId);
  if (!agency) throw DomainError.notFound('agency');
  const qms = await qualitySystemOfAgency(manager, agencyId);

  const inForce = await effectiveDocumentCounts(manager, [agencyId]);
  const changes = await countDocumentChanges(manager, [agencyId], period);
  const activity = qms ? (await qmsActivity(manager, [qms.id], period)).get(qms.id)! : null;
  const ncs = await capa.summarize(manager, [agencyId], period);
  const coverage = (await computeCoverage(manager, [agencyId])).get(agencyId)!;
  const quality = await qmsPeriodFigures(manager, [agencyId], period, today);
  const [declaration] = await manager.query<
    { status: string; decision_number: string; decision_date: string }[]
  >(
    `SELECT status, decision_number, to_char(decision_date, 'YYYY-MM-DD') AS decision_date FROM declarations
      WHERE $1 = ANY(agency_ids) AND status <> 'SUPERSEDED' ORDER BY decision_date DESC LIMIT 1`,
    [agencyId],
  );
  const [counts] = await manager.query<Record<string, string>[]>(
    `SELECT
       (SELECT count(*) FROM declarations WHERE $1 = ANY(agency_ids) AND decision_date BETWEEN $2 AND $3)::text AS declared,
       (SELECT count(*) FROM inspections WHERE agency_id = $1 AND inspected_on BETWEEN $2 AND $3)::text AS inspections,
       (SELECT count(*) FROM inspections WHERE agency_id = $1 AND inspected_on BETWEEN $2 AND $3
          AND status = 'AWAITING_REPORT')::text AS awaiting,
       (SELECT count(*) FROM legal_changes WHERE agency_id = $1 AND effective_from BETWEEN $2 AND $3)::text AS legal,
       (SELECT count(*) FROM legal_changes WHERE agency_id = $1 AND effective_from BETWEEN $2 AND $3
          AND status = 'DONE')::text AS legal_done,
       (SELECT count(*) FROM legal_changes WHERE agency_id = $1 AND effective_from BETWEEN $2 AND $3
          AND status = 'OPEN' AND revise_by < $4)::text AS legal_overdue`,
    [agencyId, period.from, period.to, today],
  );

  return {
    year,
    period,
    agency: { id: agency.id, code: agency.code, name: agency.name },
    qualitySystem: qms ? { id: qms.id, name: qms.name, status: qms.status } : null,
    documents: {
      inForce: Object.values(inForce).reduce((sum, n) => sum + n, 0),
      issued: changes.issued,
      revised: changes.revised,
      withdrawn: changes.withdrawn,
    },
    internalAudits: {
      planned: activity?.auditsPlanned ?? 0,
      held: activity?.auditsReported ?? 0,
      closed: activity?.auditsClosed ?? 0,
    },
    nonconformities: {
      raised: ncs.raisedInPeriod,
      closed: ncs.closedInPeriod,
      open: ncs.open,
      openMajor: ncs.openBySeverity.MAJOR ?? 0,
      correctiveActionsCompleted: ncs.correctiveActions.completedInPeriod,
      correctiveActionsOverdue: ncs.correctiveActions.overdue,
    },
    managementReviews: {
      held: activity?.reviewsHeld ?? 0,
      lastHeldOn: activity?.lastReviewHeldOn ?? null,
    },
    declaration: {
      status: declaration?.status ?? 'NOT_DECLARED',
      decisionNumber: declaration?.decision_number ?? null,
      decisionDate: declaration?.decision_date ?? null,
      declaredInYear: Number(counts.declared),
    },
    administrativeProcedures: { total: coverage.total, covered: coverage.covered, ratio: coverage.ratio },
    inspections: { held: Number(counts.inspections), awaitingReport: Number(counts.awaiting) },
    legalChanges: {
      recorded: Number(counts.legal),
      done: Number(counts.legal_done),
      overdue: Number(counts.legal_overdue),
    },
    objectives: { total: quality.objectives.total, met: quality.objectives.met },
    processPerformance: pickFields(quality.processPerformance, PERFORMANCE_FIELDS),
    satisfaction: pickFields(quality.satisfaction, SATISFACTION_FIELDS),
    risks: pickFields(quality.risks, RISK_FIELDS),
  };
}

/** `group.field` of every figure that is a count: a row of the table names one, checked when compiled. */
type FigureKey = {
  [G in keyof AnnualReportFigures]-?: NonNullable<AnnualReportFigures[G]> extends infer Group extends object
    ? { [F in keyof Group]-?: Group[F] extends number ? `${G}.${F & string}` : never }[keyof Group]
    : never;
}[keyof AnnualReportFigures];

/** The figures that are numbers, in the order and with the labels of the report's table. */
export const FIGURE_ROWS: { section: string; rows: { key: FigureKey; label: string }[] }[] = [
  {
    section: 'Tài liệu của hệ thống quản lý chất lượng',
    rows: [
      { key: 'documents.inForce', label: 'Số tài liệu đang có hiệu lực' },
      { key: 'documents.issued', label: 'Số tài liệu ban hành mới trong năm' },
      { key: 'documents.revised', label: 'Số lần sửa đổi tài liệu trong năm' },
      { key: 'documents.withdrawn', label: 'Số tài liệu hủy bỏ trong năm' },
    ],
  },
  {
    section: 'Đánh giá nội bộ',
    rows: [
      { key: 'internalAudits.planned', label: 'Số cuộc đánh giá nội bộ theo kế hoạch' },
      { key: 'internalAudits.held', label: 'Số cuộc đánh giá nội bộ đã thực hiện' },
      { key: 'internalAudits.closed', label: 'Số cuộc đánh giá nội bộ đã kết thúc' },
    ],
  },
  {
    section: 'Sự không phù hợp và hành động khắc phục',
    rows: [
      { key: 'nonconformities.raised', label: 'Số điểm không phù hợp phát hiện trong năm' },
      { key: 'nonconformities.closed', label: 'Số điểm không phù hợp đã khắc phục, đóng trong năm' },
      { key: 'nonconformities.open', label: 'Số điểm không phù hợp chưa đóng' },
      { key: 'nonconformities.openMajor', label: 'Trong đó: không phù hợp nặng chưa đóng' },
      {
        key: 'nonconformities.correctiveActionsCompleted',
        label: 'Số hành động khắc phục hoàn thành trong năm',
      },
      { key: 'nonconformities.correctiveActionsOverdue', label: 'Số hành động khắc phục quá hạn' },
    ],
  },
  {
    section: 'Xem xét của lãnh đạo',
    rows: [{ key: 'managementReviews.held', label: 'Số cuộc họp xem xét của lãnh đạo' }],
  },
  {
    section: 'Công bố hệ thống quản lý chất lượng',
    rows: [{ key: 'declaration.declaredInYear', label: 'Số quyết định công bố, công bố lại trong năm' }],
  },
  {
    section: 'Thủ tục hành chính áp dụng HTQLCL',
    rows: [
      { key: 'administrativeProcedures.total', label: 'Số thủ tục hành chính thuộc thẩm quyền' },
      { key: 'administrativeProcedures.covered', label: 'Số thủ tục hành chính có quy trình đang hiệu lực' },
    ],
  },
  {
    section: 'Kiểm tra, cập nhật văn bản pháp luật',
    rows: [
      { key: 'inspections.held', label: 'Số cuộc kiểm tra của Sở Khoa học và Công nghệ' },
      { key: 'inspections.awaitingReport', label: 'Số cuộc kiểm tra chưa báo cáo khắc phục' },
      { key: 'legalChanges.recorded', label: 'Số văn bản pháp luật mới, sửa đổi có hiệu lực trong năm' },
      { key: 'legalChanges.done', label: 'Số văn bản pháp luật đã cập nhật vào tài liệu' },
      { key: 'legalChanges.overdue', label: 'Số văn bản pháp luật cập nhật quá hạn (3 tháng)' },
    ],
  },
  {
    section: 'Mục tiêu chất lượng, kết quả giải quyết TTHC và sự hài lòng',
    rows: [
      { key: 'objectives.total', label: 'Số mục tiêu chất lượng của năm' },
      { key: 'objectives.met', label: 'Số mục tiêu chất lượng đạt' },
      { key: 'processPerformance.received', label: 'Số hồ sơ TTHC tiếp nhận' },
      { key: 'processPerformance.onTime', label: 'Số hồ sơ TTHC giải quyết đúng hạn' },
      { key: 'processPerformance.late', label: 'Số hồ sơ TTHC giải quyết quá hạn' },
      { key: 'satisfaction.respondents', label: 'Số người được khảo sát sự hài lòng' },
      { key: 'satisfaction.satisfied', label: 'Số người hài lòng' },
      { key: 'satisfaction.feedbackReceived', label: 'Số phản ánh, kiến nghị tiếp nhận' },
      { key: 'risks.open', label: 'Số rủi ro đang theo dõi' },
      { key: 'risks.treatmentsEffective', label: 'Số biện pháp xử lý rủi ro có hiệu lực trong năm' },
    ],
  },
];

export function figureValue(figures: AnnualReportFigures, key: FigureKey): number {
  const [group, field] = key.split('.');
  return Number(
    (figures as unknown as Record<string, Record<string, unknown> | undefined>)[group]?.[field] ?? 0,
  );
}
