import { Column, Entity } from 'typeorm';
import { Pg, defineHistory, defineLifecycle, AgencyRecord, AgencyPart } from '@app/platform';

export const OBJECTIVE_DIRECTIONS = ['AT_LEAST', 'AT_MOST'] as const;
export type ObjectiveDirection = (typeof OBJECTIVE_DIRECTIONS)[number];
export const OBJECTIVE_FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'YEARLY'] as const;
export type ObjectiveFrequency = (typeof OBJECTIVE_FREQUENCIES)[number];
/** A figure of the one-stop data an objective can be bound to (it then measures itself). */
export const OBJECTIVE_BINDINGS = ['ON_TIME_RATE'] as const;
export type ObjectiveBinding = (typeof OBJECTIVE_BINDINGS)[number];

export const OBJECTIVE_STATUSES = ['TRACKING', 'CLOSED'] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

/** An objective is tracked through its year, then closed (no more measurements due). */
export const OBJECTIVE_LIFECYCLE = defineLifecycle<ObjectiveStatus, QualityObjective>({
  subject: 'qualityObjective',
  entity: () => QualityObjective,
  states: OBJECTIVE_STATUSES,
  initial: ['TRACKING'],
  transitions: [{ from: 'TRACKING', to: 'CLOSED', action: 'close' }],
});

const numeric = { type: 'numeric' as const, precision: 14, scale: 4 };

/** A quality objective (mục tiêu chất lượng) of an agency for a year, measurable by its indicator. */
@Entity('quality_objectives')
export class QualityObjective extends AgencyRecord {
  @Pg.int()
  year: number;

  @Pg.text()
  title: string;

  @Pg.text()
  indicator: string;

  /** numeric: pg returns it as a string. */
  @Column(numeric)
  target: string;

  @Pg.text()
  unit: string;

  @Pg.text({ default: 'AT_LEAST' })
  direction: ObjectiveDirection;

  @Pg.text({ default: 'QUARTERLY' })
  frequency: ObjectiveFrequency;

  @Pg.text({ nullable: true })
  binding: ObjectiveBinding | null;

  /** With a binding: one TTHC's figure; null for the agency's whole one-stop data. */
  @Pg.text({ nullable: true })
  procedureCode: string | null;

  @Pg.text({ default: 'TRACKING' })
  status: ObjectiveStatus;
}

export const MEASUREMENT_SOURCES = ['MANUAL', 'PROCESS_PERFORMANCE'] as const;
export type MeasurementSource = (typeof MEASUREMENT_SOURCES)[number];

/** The value of an objective's indicator for one period (`2026`, `2026-Q1`, `2026-03`). */
@Entity('objective_measurements')
export class ObjectiveMeasurement extends AgencyPart {
  @Pg.uuid()
  objectiveId: string;

  @Pg.text()
  period: string;

  @Column(numeric)
  value: string;

  @Pg.text({ nullable: true })
  evidence: string | null;

  @Pg.text()
  source: MeasurementSource;

  @Pg.uuid({ nullable: true })
  recordedBy: string | null;
}

/** A measurement is recorded in its objective's history. */
export const MEASUREMENT_HISTORY = defineHistory<ObjectiveMeasurement>({
  subject: 'qualityObjective',
  entity: () => ObjectiveMeasurement,
  subjectId: (m) => m.objectiveId,
  createAction: 'measure',
});
