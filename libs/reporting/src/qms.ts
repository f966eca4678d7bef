import { EntityManager } from 'typeorm';

/*
 * Read models over libs/qms's tables (risks, objectives, process performance, satisfaction,
 * feedback, training) for the other libs: the internal-auditor register (audits), the management
 * review's 9.3.2 inputs (audits), the annual report (oversight) and the province dashboard.
 */

export interface AuditorQualification {
  userId: string;
  trainingRecordId: string;
  course: string;
  completedOn: string;
  /** null: does not expire. */
  expiresOn: string | null;
}

/**
 * The valid internal-auditor training of each user on a day (TCVN ISO 9001:2015 7.2, ISO 19011):
 * a training record of category INTERNAL_AUDITOR completed by then and not expired; the one that
 * lasts longest when there are several. Users without one are absent from the map.
 */
export async function internalAuditorQualifications(
  manager: EntityManager,
  userIds: string[],
  onDay: string,
): Promise<Map<string, AuditorQualification>> {
  if (userIds.length === 0) return new Map();
  const rows = await manager.query<
    { user_id: string; id: string; course: string; completed_on: string; expires_on: string | null }[]
  >(
    `SELECT DISTINCT ON (user_id) user_id, id, course, to_char(completed_on, 'YYYY-MM-DD') AS completed_on,
            to_char(expires_on, 'YYYY-MM-DD') AS expires_on
       FROM training_records
      WHERE user_id = ANY($1::uuid[]) AND category = 'INTERNAL_AUDITOR'
        AND completed_on <= $2 AND (expires_on IS NULL OR expires_on >= $2)
      ORDER BY user_id, expires_on DESC NULLS FIRST, completed_on DESC, id`,
    [userIds, onDay],
  );
  return new Map(
    rows.map((r) => [
      r.user_id,
      {
        userId: r.user_id,
        trainingRecordId: r.id,
        course: r.course,
        completedOn: r.completed_on,
        expiresOn: r.expires_on,
      },
    ]),
  );
}

export interface QmsPeriodFigures {
  risks: {
    /** Not closed when compiled. */
    open: number;
    opportunities: number;
    /** Score at or above the agency's HIGH threshold (default 12). */
    high: number;
    /** Treatments assessed in the period, and how many worked. */
    treatmentsAssessed: number;
    treatmentsEffective: number;
    actionsPlanned: number;
    actionsDone: number;
    actionsOverdue: number;
    reviewsOverdue: number;
  };
  objectives: {
    /** Objectives of the period's year(s) not closed or closed. */
    total: number;
    measured: number;
    /** Latest measurement meets the target. */
    met: number;
    items: {
      id: string;
      title: string;
      target: number;
      unit: string;
      direction: string;
      latestPeriod: string | null;
      latestValue: number | null;
      achieved: boolean | null;
    }[];
  };
  processPerformance: {
    received: number;
    onTime: number;
    late: number;
    pending: number;
    /** Resolved on time ÷ resolved; null when nothing was resolved. */
    onTimeRate: number | null;
    periods: string[];
  };
  satisfaction: {
    surveys: number;
    respondents: number;
    satisfied: number;
    /** satisfied ÷ respondents over the period's surveys. */
    satisfiedShare: number | null;
    feedbackReceived: number;
    complaints: number;
    feedbackAnswered: number;
    feedbackOverdue: number;
    /** Feedback that opened a nonconformity. */
    feedbackEscalated: number;
  };
}

/** Periods (YYYY, YYYY-Qn, YYYY-MM) that lie within [from, to], as SQL over a `period` column. */
const PERIOD_WITHIN = (column: string, from: string, to: string) =>
  `(CASE WHEN ${column} ~ '^\\d{4}$' THEN make_date(${column}::int, 1, 1)
         WHEN ${column} ~ '^\\d{4}-Q[1-4]$' THEN make_date(left(${column}, 4)::int, (right(${column}, 1)::int - 1) * 3 + 1, 1)
         ELSE make_date(left(${column}, 4)::int, right(${column}, 2)::int, 1) END) BETWEEN ${from}::date AND ${to}::date`;

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10_000) / 10_000);

/**
 * What the quality data of the agencies says over a period (a management review's 9.3.2 c 1–3
 * and e, the annual report): risks and the effectiveness of their treatment, objectives of the
 * period's years and their achievement, the one-stop figures (current imports of periods that
 * start within it), satisfaction surveys and feedback received in it. States are as of `today`.
 */
export async function qmsPeriodFigures(
  manager: EntityManager,
  agencyIds: string[],
  period: { from: string; to: string },
  today: string,
): Promise<QmsPeriodFigures> {
  const p = [agencyIds, period.from, period.to, today];
  const [r] = await manager.query<Record<string, string>[]>(
    `SELECT
       (SELECT count(*) FROM risks WHERE agency_id = ANY($1::uuid[]) AND status <> 'CLOSED' AND kind = 'RISK')::text AS open,
       (SELECT count(*) FROM risks WHERE agency_id = ANY($1::uuid[]) AND status <> 'CLOSED' AND kind = 'OPPORTUNITY')::text AS opportunities,
       (SELECT count(*) FROM risks x LEFT JOIN risk_level_policies l ON l.agency_id = x.agency_id
         WHERE x.agency_id = ANY($1::uuid[]) AND x.status <> 'CLOSED' AND x.kind = 'RISK'
           AND x.likelihood * x.impact >= coalesce(l.high_from, 12))::text AS high,
       (SELECT count(*) FROM risks WHERE agency_id = ANY($1::uuid[]) AND effective IS NOT NULL
           AND updated_at::date BETWEEN $2 AND $3)::text AS assessed,
       (SELECT count(*) FROM risks WHERE agency_id = ANY($1::uuid[]) AND effective
           AND updated_at::date BETWEEN $2 AND $3)::text AS effective,
       (SELECT count(*) FROM risk_actions WHERE agency_id = ANY($1::uuid[]) AND created_at::date BETWEEN $2 AND $3)::text AS planned,
       (SELECT count(*) FROM risk_actions WHERE agency_id = ANY($1::uuid[]) AND status = 'DONE'
           AND completed_at::date BETWEEN $2 AND $3)::text AS done,
       (SELECT count(*) FROM risk_actions WHERE agency_id = ANY($1::uuid[]) AND status = 'PLANNED' AND due_date < $4)::text AS overdue,
       (SELECT count(*) FROM risks WHERE agency_id = ANY($1::uuid[]) AND status <> 'CLOSED' AND next_review_on < $4)::text AS reviews_overdue`,
    p,
  );
  const objectives = await manager.query<
    {
      id: string;
      title: string;
      target: string;
      unit: string;
      direction: string;
      period: string | null;
      value: string | null;
      count: string;
    }[]
  >(
    `SELECT o.id, o.title, o.target::text, o.unit, o.direction, m.period, m.value::text,
            (SELECT count(*) FROM objective_measurements c WHERE c.objective_id = o.id)::text AS count
       FROM quality_objectives o
       LEFT JOIN LATERAL (
         SELECT period, value FROM objective_measurements x WHERE x.objective_id = o.id
          ORDER BY (CASE WHEN x.period ~ '^\\d{4}$' THEN x.period || '-12-31'
                         WHEN x.period ~ '^\\d{4}-Q' THEN left(x.period, 4) || '-' || lpad(((right(x.period, 1)::int) * 3)::text, 2, '0') || '-28'
                         ELSE x.period || '-28' END) DESC, x.created_at DESC
          LIMIT 1) m ON true
      WHERE o.agency_id = ANY($1::uuid[]) AND o.year BETWEEN extract(year FROM $2::date) AND extract(year FROM $3::date)
      ORDER BY o.year, o.created_at, o.id`,
    [agencyIds, period.from, period.to],
  );
  const items = objectives.map((o) => {
    const target = Number(o.target);
    const value = o.value === null ? null : Number(o.value);
    const achieved = value === null ? null : o.direction === 'AT_MOST' ? value <= target : value >= target;
    return {
      id: o.id,
      title: o.title,
      target,
      unit: o.unit,
      direction: o.direction,
      latestPeriod: o.period,
      latestValue: value,
      achieved,
    };
  });
  const performance = await manager.query<
    { period: string; received: number; on_time: number; late: number; pending: number }[]
  >(
    `SELECT period, received, on_time, late, pending FROM process_performance_imports
      WHERE agency_id = ANY($1::uuid[]) AND status = 'CURRENT' AND ${PERIOD_WITHIN('period', '$2', '$3')}
      ORDER BY period`,
    [agencyIds, period.from, period.to],
  );
  const sum = (k: 'received' | 'on_time' | 'late' | 'pending') => performance.reduce((s, x) => s + x[k], 0);
  const [s] = await manager.query<Record<string, string>[]>(
    `SELECT
       (SELECT count(*) FROM satisfaction_surveys WHERE agency_id = ANY($1::uuid[]) AND ${PERIOD_WITHIN('period', '$2', '$3')})::text AS surveys,
       (SELECT coalesce(sum(respondents), 0) FROM satisfaction_surveys WHERE agency_id = ANY($1::uuid[]) AND ${PERIOD_WITHIN('period', '$2', '$3')})::text AS respondents,
       (SELECT coalesce(sum(satisfied), 0) FROM satisfaction_surveys WHERE agency_id = ANY($1::uuid[]) AND ${PERIOD_WITHIN('period', '$2', '$3')})::text AS satisfied,
       (SELECT count(*) FROM citizen_feedback WHERE agency_id = ANY($1::uuid[]) AND received_on BETWEEN $2 AND $3)::text AS received,
       (SELECT count(*) FROM citizen_feedback WHERE agency_id = ANY($1::uuid[]) AND received_on BETWEEN $2 AND $3 AND kind = 'COMPLAINT')::text AS complaints,
       (SELECT count(*) FROM citizen_feedback WHERE agency_id = ANY($1::uuid[]) AND received_on BETWEEN $2 AND $3 AND status = 'ANSWERED')::text AS answered,
       (SELECT count(*) FROM citizen_feedback WHERE agency_id = ANY($1::uuid[]) AND status = 'RECEIVED' AND received_on + 10 < $4::date)::text AS overdue,
       (SELECT count(*) FROM citizen_feedback WHERE agency_id = ANY($1::uuid[]) AND received_on BETWEEN $2 AND $3 AND nonconformity_id IS NOT NULL)::text AS escalated`,
    p,
  );
  const n = (x: string) => Number(x);
  return {
    risks: {
      open: n(r.open),
      opportunities: n(r.opportunities),
      high: n(r.high),
      treatmentsAssessed: n(r.assessed),
      treatmentsEffective: n(r.effective),
      actionsPlanned: n(r.planned),
      actionsDone: n(r.done),
      actionsOverdue: n(r.overdue),
      reviewsOverdue: n(r.reviews_overdue),
    },
    objectives: {
      total: items.length,
      measured: objectives.filter((o) => Number(o.count) > 0).length,
      met: items.filter((i) => i.achieved === true).length,
      items,
    },
    processPerformance: {
      received: sum('received'),
      onTime: sum('on_time'),
      late: sum('late'),
      pending: sum('pending'),
      onTimeRate: ratio(sum('on_time'), sum('on_time') + sum('late')),
      periods: [...new Set(performance.map((x) => x.period))],
    },
    satisfaction: {
      surveys: n(s.surveys),
      respondents: n(s.respondents),
      satisfied: n(s.satisfied),
      satisfiedShare: ratio(n(s.satisfied), n(s.respondents)),
      feedbackReceived: n(s.received),
      complaints: n(s.complaints),
      feedbackAnswered: n(s.answered),
      feedbackOverdue: n(s.overdue),
      feedbackEscalated: n(s.escalated),
    },
  };
}

export interface QmsDashboardFigures {
  objectives: number;
  objectivesMet: number;
  received: number;
  onTime: number;
  late: number;
  onTimeRate: number | null;
  respondents: number;
  satisfied: number;
  satisfiedShare: number | null;
}

/** Per agency, the year's objectives met, one-stop on-time figures and satisfaction (the province dashboard). */
export async function qmsDashboardFigures(
  manager: EntityManager,
  agencyIds: string[],
  year: number,
): Promise<Map<string, QmsDashboardFigures>> {
  const map = new Map<string, QmsDashboardFigures>();
  for (const id of agencyIds)
    map.set(id, {
      objectives: 0,
      objectivesMet: 0,
      received: 0,
      onTime: 0,
      late: 0,
      onTimeRate: null,
      respondents: 0,
      satisfied: 0,
      satisfiedShare: null,
    });
  if (agencyIds.length === 0) return map;
  const objectives = await manager.query<{ agency_id: string; total: string; met: string }[]>(
    `SELECT o.agency_id, count(*)::text AS total,
            count(*) FILTER (WHERE CASE WHEN o.direction = 'AT_MOST' THEN m.value <= o.target ELSE m.value >= o.target END)::text AS met
       FROM quality_objectives o
       LEFT JOIN LATERAL (SELECT value FROM objective_measurements x WHERE x.objective_id = o.id
                           ORDER BY x.period DESC, x.created_at DESC LIMIT 1) m ON true
      WHERE o.agency_id = ANY($1::uuid[]) AND o.year = $2 GROUP BY o.agency_id`,
    [agencyIds, year],
  );
  const performance = await manager.query<
    { agency_id: string; received: string; on_time: string; late: string }[]
  >(
    `SELECT agency_id, sum(received)::text AS received, sum(on_time)::text AS on_time, sum(late)::text AS late
       FROM process_performance_imports
      WHERE agency_id = ANY($1::uuid[]) AND status = 'CURRENT' AND left(period, 4) = $2::text GROUP BY agency_id`,
    [agencyIds, String(year)],
  );
  const surveys = await manager.query<{ agency_id: string; respondents: string; satisfied: string }[]>(
    `SELECT agency_id, sum(respondents)::text AS respondents, sum(satisfied)::text AS satisfied
       FROM satisfaction_surveys WHERE agency_id = ANY($1::uuid[]) AND left(period, 4) = $2::text GROUP BY agency_id`,
    [agencyIds, String(year)],
  );
  for (const o of objectives)
    Object.assign(map.get(o.agency_id)!, { objectives: Number(o.total), objectivesMet: Number(o.met) });
  for (const x of performance) {
    const onTime = Number(x.on_time);
    const late = Number(x.late);
    Object.assign(map.get(x.agency_id)!, {
      received: Number(x.received),
      onTime,
      late,
      onTimeRate: ratio(onTime, onTime + late),
    });
  }
  for (const x of surveys) {
    const respondents = Number(x.respondents);
    const satisfied = Number(x.satisfied);
    Object.assign(map.get(x.agency_id)!, {
      respondents,
      satisfied,
      satisfiedShare: ratio(satisfied, respondents),
    });
  }
  return map;
}
