import { EntityManager } from 'typeorm';
import { addDays, startOfBusinessDate } from '@app/platform';
import { CapaReportsService } from '@app/capa';
import { countDocumentChanges, qmsPeriodFigures } from '@app/reporting';
import { FINDING_TYPES } from '../audit.entity';

/**
 * The inputs of a management review, as TCVN ISO 9001:2015 clause 9.3.2 lists them. Sections
 * marked `system` are filled in from the records — satisfaction and feedback, objectives,
 * process performance, monitoring and risks from libs/qms's data (@app/reporting's
 * qmsPeriodFigures) — and the secretary writes notes for every section.
 */
export const INPUT_SECTIONS = [
  {
    key: 'previousActions',
    clause: '9.3.2 a',
    title: 'Tình trạng của các hành động từ các cuộc xem xét của lãnh đạo trước',
    system: true,
  },
  {
    key: 'contextChanges',
    clause: '9.3.2 b',
    title: 'Những thay đổi về các vấn đề bên ngoài và nội bộ liên quan đến hệ thống quản lý chất lượng',
    system: true,
  },
  {
    key: 'customerSatisfaction',
    clause: '9.3.2 c 1',
    title: 'Sự thỏa mãn của khách hàng và phản hồi từ các bên quan tâm liên quan',
    system: true,
  },
  {
    key: 'qualityObjectives',
    clause: '9.3.2 c 2',
    title: 'Mức độ đạt được các mục tiêu chất lượng',
    system: true,
  },
  {
    key: 'processPerformance',
    clause: '9.3.2 c 3',
    title: 'Kết quả thực hiện của quá trình và sự phù hợp của sản phẩm và dịch vụ',
    system: true,
  },
  {
    key: 'nonconformities',
    clause: '9.3.2 c 4',
    title: 'Sự không phù hợp và hành động khắc phục',
    system: true,
  },
  { key: 'monitoringResults', clause: '9.3.2 c 5', title: 'Kết quả theo dõi và đo lường', system: true },
  { key: 'auditResults', clause: '9.3.2 c 6', title: 'Kết quả đánh giá', system: true },
  {
    key: 'externalProviders',
    clause: '9.3.2 c 7',
    title: 'Kết quả thực hiện của nhà cung cấp bên ngoài',
    system: false,
  },
  { key: 'resources', clause: '9.3.2 d', title: 'Sự thỏa đáng của các nguồn lực', system: false },
  {
    key: 'risksAndOpportunities',
    clause: '9.3.2 e',
    title: 'Hiệu lực của các hành động được thực hiện để giải quyết rủi ro và cơ hội',
    system: true,
  },
  { key: 'improvementOpportunities', clause: '9.3.2 f', title: 'Các cơ hội cải tiến', system: true },
] as const;

export type InputSectionKey = (typeof INPUT_SECTIONS)[number]['key'];

export interface ReviewInputs {
  period: { from: string; to: string };
  sections: {
    key: InputSectionKey;
    clause: string;
    title: string;
    /** What the system found; null for sections only people can fill in. */
    data: Record<string, unknown> | null;
    notes: string | null;
  }[];
}

export interface InputContext {
  reviewId: string;
  qualitySystemId: string;
  agencyIds: string[];
  period: { from: string; to: string };
  today: string;
  notes: Record<string, string>;
}

/** Gathers the system inputs for the QMS over the period. */
export async function buildReviewInputs(
  manager: EntityManager,
  capa: CapaReportsService,
  input: InputContext,
): Promise<ReviewInputs> {
  const { period, agencyIds } = input;
  const from = startOfBusinessDate(period.from);
  const to = startOfBusinessDate(addDays(period.to, 1));

  // 9.3.2 a: the actions of the previous review of the QMS held before this period ended
  const [previous] = await manager.query<{ id: string; title: string; held_on: string }[]>(
    `SELECT id, title, to_char(held_on, 'YYYY-MM-DD') AS held_on FROM management_reviews
      WHERE quality_system_id = $1 AND status = 'HELD' AND id <> $2 AND held_on <= $3
      ORDER BY held_on DESC, created_at DESC LIMIT 1`,
    [input.qualitySystemId, input.reviewId, period.to],
  );
  let previousActions: Record<string, unknown> = {
    review: null,
    total: 0,
    done: 0,
    open: 0,
    overdue: 0,
    actions: [],
  };
  if (previous) {
    const actions = await manager.query<
      { id: string; description: string; owner_id: string; due_date: string; status: string }[]
    >(
      `SELECT id, description, owner_id, to_char(due_date, 'YYYY-MM-DD') AS due_date, status
         FROM management_review_outputs WHERE review_id = $1 AND kind = 'ACTION' ORDER BY due_date, created_at`,
      [previous.id],
    );
    const items = actions.map((a) => ({
      id: a.id,
      description: a.description,
      ownerId: a.owner_id,
      dueDate: a.due_date,
      status: a.status,
      overdue: a.status === 'OPEN' && a.due_date < input.today,
    }));
    previousActions = {
      review: { id: previous.id, title: previous.title, heldOn: previous.held_on },
      total: items.length,
      done: items.filter((a) => a.status === 'DONE').length,
      open: items.filter((a) => a.status === 'OPEN').length,
      overdue: items.filter((a) => a.overdue).length,
      actions: items,
    };
  }

  // 9.3.2 c 6: audits of the QMS reported within the period, with their findings by type
  const audits = await manager.query<
    {
      id: string;
      title: string;
      status: string;
      planned_start: string;
      planned_end: string;
      reported_at: Date;
    }[]
  >(
    `SELECT id, title, status, to_char(planned_start, 'YYYY-MM-DD') AS planned_start,
            to_char(planned_end, 'YYYY-MM-DD') AS planned_end, reported_at
       FROM audits WHERE quality_system_id = $1 AND reported_at >= $2 AND reported_at < $3
      ORDER BY reported_at, id`,
    [input.qualitySystemId, from, to],
  );
  const findingRows = audits.length
    ? await manager.query<{ audit_id: string; type: string; n: string }[]>(
        'SELECT audit_id, type, count(*)::text AS n FROM audit_findings WHERE audit_id = ANY($1::uuid[]) GROUP BY 1, 2',
        [audits.map((a) => a.id)],
      )
    : [];
  const zero = () => Object.fromEntries(FINDING_TYPES.map((t) => [t, 0])) as Record<string, number>;
  const totals = zero();
  const auditItems = audits.map((a) => {
    const findings = zero();
    for (const row of findingRows.filter((r) => r.audit_id === a.id)) {
      findings[row.type] = Number(row.n);
      totals[row.type] += Number(row.n);
    }
    return {
      id: a.id,
      title: a.title,
      status: a.status,
      plannedStart: a.planned_start,
      plannedEnd: a.planned_end,
      reportedAt: a.reported_at,
      findings,
    };
  });
  const [planned] = await manager.query<{ n: string }[]>(
    `SELECT count(*)::text AS n FROM audits WHERE quality_system_id = $1 AND status IN ('PLANNED', 'IN_PROGRESS')`,
    [input.qualitySystemId],
  );

  // 9.3.2 f: opportunities for improvement found by the audits in the period
  const ofis = audits.length
    ? await manager.query<{ audit_id: string; clause: string; description: string }[]>(
        `SELECT audit_id, clause, description FROM audit_findings
          WHERE audit_id = ANY($1::uuid[]) AND type = 'OFI' ORDER BY created_at, id LIMIT 100`,
        [audits.map((a) => a.id)],
      )
    : [];

  // 9.3.2 c 1-3, c 5 and e: the quality data of the QMS's agencies (libs/qms)
  const qms = await qmsPeriodFigures(manager, agencyIds, period, input.today);
  const data: Partial<Record<InputSectionKey, Record<string, unknown>>> = {
    previousActions,
    customerSatisfaction: { ...qms.satisfaction },
    qualityObjectives: { ...qms.objectives },
    processPerformance: { ...qms.processPerformance },
    monitoringResults: {
      objectivesMet: qms.objectives.met,
      objectivesTotal: qms.objectives.total,
      onTimeRate: qms.processPerformance.onTimeRate,
      satisfiedShare: qms.satisfaction.satisfiedShare,
    },
    risksAndOpportunities: { ...qms.risks },
    contextChanges: { documentChanges: await countDocumentChanges(manager, agencyIds, period) },
    nonconformities: { ...(await capa.summarize(manager, agencyIds, period)) },
    auditResults: {
      audits: auditItems,
      reported: auditItems.length,
      stillOpen: Number(planned.n),
      findings: totals,
    },
    improvementOpportunities: {
      count: ofis.length,
      items: ofis.map((o) => ({ auditId: o.audit_id, clause: o.clause, description: o.description })),
    },
  };
  return {
    period,
    sections: INPUT_SECTIONS.map((s) => ({
      key: s.key,
      clause: s.clause,
      title: s.title,
      data: s.system ? (data[s.key] ?? null) : null,
      notes: input.notes[s.key] ?? null,
    })),
  };
}
