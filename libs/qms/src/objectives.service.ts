import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  changeRow,
  ChangeTarget,
  Clock,
  createSubject,
  DomainError,
  fetchPage,
  findReadable,
  ListReadOptions,
  Page,
  RequestContext,
  Transaction,
  UnitOfWork,
} from '@app/platform';
import { DeadlinesService, secretaryDeadline } from '@app/deadlines';
import {
  agencyList,
  assertMayActIn,
  clip,
  inActiveAgency,
  plusDays,
  QMS_MANAGERS,
  validation,
} from './qms-access';
import {
  CloseObjectiveDto,
  CreateMeasurementDto,
  CreateQualityObjectiveDto,
  ListQualityObjectivesQuery,
} from './dto/qms.dto';
import {
  MEASUREMENT_HISTORY,
  MeasurementSource,
  OBJECTIVE_LIFECYCLE,
  ObjectiveMeasurement,
  QualityObjective,
} from './objective.entity';
import { comparePeriods, parsePeriod, periodsOf } from './period';

export interface MeasurementView {
  period: string;
  value: number;
  evidence: string | null;
  source: string;
  achieved: boolean;
  /** value ÷ target (AT_MOST: target ÷ value), 1 = exactly on target. */
  achievement: number | null;
  recordedBy: string | null;
  recordedAt: Date;
}

export interface ObjectiveView {
  id: string;
  agencyId: string;
  year: number;
  title: string;
  indicator: string;
  target: number;
  unit: string;
  direction: string;
  frequency: string;
  binding: string | null;
  procedureCode: string | null;
  status: string;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  /** The most recent period measured, its value and how it stands against the target. */
  latestPeriod: string | null;
  latestValue: number | null;
  achieved: boolean | null;
  achievement: number | null;
  /** Against the previous measurement: UP, DOWN or STEADY; improving says whether that is good. */
  trend: string | null;
  improving: boolean | null;
  measurementCount: number;
  /** The earliest period of the year without a measurement (its measurement is a deadline). */
  nextDuePeriod: string | null;
}

export interface ObjectiveDetail extends ObjectiveView {
  measurements: MeasurementView[];
}

const SORTABLE = { createdAt: 'o.created_at', year: 'o.year', title: 'o.title' };
/** A period's measurement is due this many days after the period ends. */
export const MEASUREMENT_GRACE_DAYS = 15;

/** A change of an objective by the agency's quality managers. */
const MANAGED_OBJECTIVE: ChangeTarget<QualityObjective> = {
  entity: QualityObjective,
  resource: 'qualityObjective',
  roles: QMS_MANAGERS,
};

/**
 * Quality objectives (TCVN ISO 9001:2015 6.2, 9.1.1): each measured per period against its target;
 * the next period to measure is an OBJECTIVE_MEASUREMENT deadline of the ISO secretary. An
 * objective bound to the one-stop data (ON_TIME_RATE) is measured by each import of that data.
 */
@Injectable()
export class ObjectivesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
  ) {}

  async list(
    ctx: RequestContext,
    query: ListQualityObjectivesQuery,
    { limit }: Pick<ListReadOptions, 'limit'> = {},
  ): Promise<Page<ObjectiveView>> {
    const qb = agencyList(this.uow.manager, QualityObjective, 'o', ctx, query, {
      year: query.year,
      status: query.status,
    });
    const [rows, total] = await fetchPage(qb, query, SORTABLE, 'createdAt', 'DESC', limit);
    const measurements = await this.measurementsOf(
      this.uow.manager,
      rows.map((o) => o.id),
    );
    return query.result(
      rows.map((o) => toView(o, measurements.get(o.id) ?? [], this.clock.today())),
      total,
    );
  }

  async get(ctx: RequestContext, id: string): Promise<ObjectiveDetail> {
    const objective = await findReadable(this.uow.manager, ctx, QualityObjective, id, 'qualityObjective');
    return this.detail(this.uow.manager, objective);
  }

  async create(ctx: RequestContext, dto: CreateQualityObjectiveDto): Promise<ObjectiveDetail> {
    assertMayActIn(ctx, dto.agencyId, QMS_MANAGERS);
    if (dto.procedureCode && !dto.binding) {
      throw validation(
        'procedureCode',
        'Chỉ nêu mã thủ tục khi mục tiêu gắn với số liệu một cửa (binding)',
        'procedureCode is given only with a binding',
      );
    }
    const objective = await inActiveAgency(this.uow, ctx, dto.agencyId, async (tx) => {
      const row = tx.manager.create(QualityObjective, {
        agencyId: dto.agencyId,
        year: dto.year,
        title: dto.title.normalize('NFC'),
        indicator: dto.indicator.normalize('NFC'),
        target: String(dto.target),
        unit: dto.unit.normalize('NFC'),
        direction: dto.direction ?? 'AT_LEAST',
        frequency: dto.frequency ?? 'QUARTERLY',
        binding: dto.binding ?? null,
        procedureCode: dto.procedureCode?.trim() ?? null,
        status: 'TRACKING',
        createdBy: ctx.userId,
        version: 1,
      });
      await createSubject(tx, OBJECTIVE_LIFECYCLE, row, {
        data: {
          year: row.year,
          target: dto.target,
          unit: row.unit,
          direction: row.direction,
          frequency: row.frequency,
          binding: row.binding,
        },
      });
      await this.planNextMeasurement(tx, row, []);
      return row;
    });
    return this.detail(this.uow.manager, objective);
  }

  async measure(ctx: RequestContext, id: string, dto: CreateMeasurementDto): Promise<ObjectiveDetail> {
    await changeRow(this.uow, ctx, MANAGED_OBJECTIVE, id, async (tx, objective) => {
      OBJECTIVE_LIFECYCLE.requireState(objective.status, 'TRACKING');
      if (objective.binding) throw new DomainError('OBJECTIVE_MEASURED_BY_IMPORT');
      const period = parsePeriod(dto.period)!;
      if (period.year !== objective.year)
        throw new DomainError('MEASUREMENT_OUT_OF_YEAR', { period: dto.period, year: objective.year });
      const taken = await tx.manager.findOneBy(ObjectiveMeasurement, { objectiveId: id, period: dto.period });
      if (taken) throw new DomainError('MEASUREMENT_PERIOD_TAKEN', { period: dto.period });
      await this.record(
        tx,
        objective,
        dto.period,
        dto.value,
        dto.evidence?.normalize('NFC') || null,
        'MANUAL',
      );
    });
    return this.get(ctx, id);
  }

  async close(ctx: RequestContext, id: string, dto: CloseObjectiveDto): Promise<ObjectiveDetail> {
    await changeRow(this.uow, ctx, MANAGED_OBJECTIVE, id, async (tx, objective) => {
      await OBJECTIVE_LIFECYCLE.transition(tx, objective, 'CLOSED', {
        reason: dto.comment?.normalize('NFC') || null,
        expectedVersion: dto.version,
      });
      await this.deadlines.cancel(tx, 'qualityObjective', objective.id, 'OBJECTIVE_MEASUREMENT');
    });
    return this.get(ctx, id);
  }

  /**
   * Measures the tracked objectives of the agency bound to the one-stop data for the period (called
   * by an import, in its transaction): `valueOf` gives the figure for an objective's procedure
   * code (null: no data for it). A period measured before is measured again (the figure changed).
   */
  async measureBound(
    tx: Transaction,
    agencyId: string,
    period: string,
    valueOf: (procedureCode: string | null) => number | null,
    evidence: string,
  ): Promise<number> {
    const year = parsePeriod(period)!.year;
    const objectives = await tx.manager.find(QualityObjective, {
      where: { agencyId, year, status: 'TRACKING', binding: 'ON_TIME_RATE' },
      order: { createdAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    let measured = 0;
    for (const objective of objectives) {
      const value = valueOf(objective.procedureCode);
      if (value === null) continue;
      const existing = await tx.manager.findOneBy(ObjectiveMeasurement, {
        objectiveId: objective.id,
        period,
      });
      if (existing) {
        await MEASUREMENT_HISTORY.update(
          tx,
          existing,
          { value: String(value), evidence },
          { action: 'remeasure', data: { period } },
        );
      } else {
        await this.record(tx, objective, period, value, evidence, 'PROCESS_PERFORMANCE');
      }
      measured += 1;
    }
    return measured;
  }

  private async record(
    tx: Transaction,
    objective: QualityObjective,
    period: string,
    value: number,
    evidence: string | null,
    source: MeasurementSource,
  ): Promise<void> {
    const before = await tx.manager.find(ObjectiveMeasurement, { where: { objectiveId: objective.id } });
    const row = tx.manager.create(ObjectiveMeasurement, {
      objectiveId: objective.id,
      agencyId: objective.agencyId,
      period,
      value: String(value),
      evidence,
      source,
      recordedBy: tx.ctx.userId,
    });
    await MEASUREMENT_HISTORY.create(tx, row, { data: { period, value, source } });
    await tx.manager.update(QualityObjective, { id: objective.id }, { version: objective.version + 1 });
    objective.version += 1;
    await this.planNextMeasurement(tx, objective, [...before.map((m) => m.period), period]);
  }

  /**
   * One OBJECTIVE_MEASUREMENT deadline at a time: for the earliest period of the year not yet
   * measured whose due date (end of period + grace) has not passed when it is planned.
   */
  private async planNextMeasurement(
    tx: Transaction,
    objective: QualityObjective,
    measured: string[],
  ): Promise<void> {
    const due = nextDuePeriod(objective, measured, this.clock.today());
    await this.deadlines.meet(tx, 'qualityObjective', objective.id, 'OBJECTIVE_MEASUREMENT');
    if (!due) return;
    await this.deadlines.register(
      tx,
      secretaryDeadline(
        objective,
        'qualityObjective',
        'OBJECTIVE_MEASUREMENT',
        `Đo mục tiêu chất lượng kỳ ${due.period}: ${clip(objective.title, 180)}`,
        due.dueOn,
      ),
    );
  }

  async measurementsOf(manager: EntityManager, ids: string[]): Promise<Map<string, ObjectiveMeasurement[]>> {
    const map = new Map<string, ObjectiveMeasurement[]>();
    if (ids.length === 0) return map;
    const rows = await manager.find(ObjectiveMeasurement, { where: { objectiveId: In(ids) } });
    for (const m of rows) map.set(m.objectiveId, [...(map.get(m.objectiveId) ?? []), m]);
    for (const list of map.values()) list.sort((a, b) => comparePeriods(a.period, b.period));
    return map;
  }

  private async detail(manager: EntityManager, objective: QualityObjective): Promise<ObjectiveDetail> {
    const measurements = (await this.measurementsOf(manager, [objective.id])).get(objective.id) ?? [];
    const view = toView(objective, measurements, this.clock.today());
    return { ...view, measurements: measurements.map((m) => toMeasurementView(objective, m)) };
  }
}

export function nextDuePeriod(
  objective: Pick<QualityObjective, 'year' | 'frequency'>,
  measured: string[],
  today: string,
): { period: string; dueOn: string } | null {
  const taken = new Set(measured);
  for (const period of periodsOf(objective.year, objective.frequency)) {
    if (taken.has(period)) continue;
    const dueOn = plusDays(parsePeriod(period)!.to, MEASUREMENT_GRACE_DAYS);
    if (dueOn >= today) return { period, dueOn };
  }
  return null;
}

/** Whether a value meets the target, and how far (1 = on target). */
export function achievementOf(
  objective: Pick<QualityObjective, 'target' | 'direction'>,
  value: number,
): { achieved: boolean; achievement: number | null } {
  const target = Number(objective.target);
  const atMost = objective.direction === 'AT_MOST';
  const achieved = atMost ? value <= target : value >= target;
  let ratio: number | null;
  if (atMost) ratio = value === 0 ? (target >= 0 ? 1 : null) : target / value;
  else ratio = target === 0 ? null : value / target;
  return { achieved, achievement: ratio === null ? null : Math.round(ratio * 10_000) / 10_000 };
}

function toMeasurementView(objective: QualityObjective, m: ObjectiveMeasurement): MeasurementView {
  const value = Number(m.value);
  return {
    period: m.period,
    value,
    evidence: m.evidence,
    source: m.source,
    ...achievementOf(objective, value),
    recordedBy: m.recordedBy,
    recordedAt: m.createdAt,
  };
}

export function toView(o: QualityObjective, measurements: ObjectiveMeasurement[], today = ''): ObjectiveView {
  const latest = measurements[measurements.length - 1];
  const previous = measurements[measurements.length - 2];
  const latestValue = latest ? Number(latest.value) : null;
  let trend: string | null = null;
  let improving: boolean | null = null;
  if (latest && previous) {
    const delta = Number(latest.value) - Number(previous.value);
    trend = delta > 0 ? 'UP' : delta < 0 ? 'DOWN' : 'STEADY';
    improving = delta === 0 ? null : o.direction === 'AT_MOST' ? delta < 0 : delta > 0;
  }
  const standing = latestValue === null ? null : achievementOf(o, latestValue);
  const due =
    o.status === 'TRACKING' && today
      ? nextDuePeriod(
          o,
          measurements.map((m) => m.period),
          today,
        )
      : null;
  return {
    id: o.id,
    agencyId: o.agencyId,
    year: o.year,
    title: o.title,
    indicator: o.indicator,
    target: Number(o.target),
    unit: o.unit,
    direction: o.direction,
    frequency: o.frequency,
    binding: o.binding,
    procedureCode: o.procedureCode,
    status: o.status,
    createdBy: o.createdBy,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    version: o.version,
    latestPeriod: latest?.period ?? null,
    latestValue,
    achieved: standing?.achieved ?? null,
    achievement: standing?.achievement ?? null,
    trend,
    improving,
    measurementCount: measurements.length,
    nextDuePeriod: due?.period ?? null,
  };
}
