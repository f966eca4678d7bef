import { Entity } from 'typeorm';
import {
  Pg,
  defineHistory,
  defineLifecycle,
  AgencyRecord,
  OwnedAction,
  AgencyPart,
  VersionedAgencyPart,
} from '@app/platform';

export const RISK_KINDS = ['RISK', 'OPPORTUNITY'] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

/**
 * How a risk is treated (TCVN ISO 9001:2015 6.1.2; ISO 31000): accepted as it is, mitigated,
 * transferred or avoided; an opportunity is exploited, enhanced or shared (or accepted).
 */
export const RISK_STRATEGIES = [
  'ACCEPT',
  'MITIGATE',
  'TRANSFER',
  'AVOID',
  'EXPLOIT',
  'ENHANCE',
  'SHARE',
] as const;
export type RiskStrategy = (typeof RISK_STRATEGIES)[number];

export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_STATUSES = ['OPEN', 'TREATMENT_PLANNED', 'TREATED', 'CLOSED'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/**
 * A risk is identified (OPEN), its treatment planned with actions (TREATMENT_PLANNED), and once the
 * actions are done the residual risk is assessed (TREATED). A treatment found not effective, or a
 * review that finds the risk grown, plans a new treatment. A risk that no longer applies is
 * closed, and reopened if it comes back; nothing of an earlier treatment is lost.
 */
export const RISK_LIFECYCLE = defineLifecycle<RiskStatus, Risk>({
  subject: 'risk',
  entity: () => Risk,
  states: RISK_STATUSES,
  initial: ['OPEN'],
  transitions: [
    { from: ['OPEN', 'TREATED'], to: 'TREATMENT_PLANNED', action: 'planTreatment' },
    { from: 'TREATMENT_PLANNED', to: 'TREATED', action: 'assessResidual' },
    { from: ['OPEN', 'TREATMENT_PLANNED', 'TREATED'], to: 'CLOSED', action: 'close' },
    { from: 'CLOSED', to: 'OPEN', action: 'reopen' },
  ],
});

/** A risk or opportunity of an agency's processes (rủi ro, cơ hội). */
@Entity('risks')
export class Risk extends AgencyRecord {
  @Pg.text()
  kind: RiskKind;

  @Pg.text()
  title: string;

  @Pg.text({ nullable: true })
  process: string | null;

  @Pg.text({ nullable: true })
  cause: string | null;

  @Pg.text({ nullable: true })
  consequence: string | null;

  @Pg.int()
  likelihood: number;

  @Pg.int()
  impact: number;

  @Pg.text({ default: 'OPEN' })
  status: RiskStatus;

  @Pg.text({ nullable: true })
  strategy: RiskStrategy | null;

  @Pg.text({ nullable: true })
  treatment: string | null;

  @Pg.int({ nullable: true })
  residualLikelihood: number | null;

  @Pg.int({ nullable: true })
  residualImpact: number | null;

  /** Whether the last treatment worked, as judged when the residual risk was assessed. */
  @Pg.boolean({ nullable: true })
  effective: boolean | null;

  @Pg.text({ nullable: true })
  effectivenessComment: string | null;

  @Pg.date({ nullable: true })
  lastReviewedOn: string | null;

  @Pg.date()
  nextReviewOn: string;
}

/** Edits of a risk's description and assessment (not its status). */
export const RISK_HISTORY = defineHistory<Risk>({ subject: 'risk', entity: () => Risk });

export const RISK_ACTION_STATUSES = ['PLANNED', 'DONE'] as const;
export type RiskActionStatus = (typeof RISK_ACTION_STATUSES)[number];

export const RISK_ACTION_LIFECYCLE = defineLifecycle<RiskActionStatus, RiskAction>({
  subject: 'riskAction',
  entity: () => RiskAction,
  states: RISK_ACTION_STATUSES,
  initial: ['PLANNED'],
  transitions: [{ from: 'PLANNED', to: 'DONE', action: 'complete' }],
});

/** An action of a risk's treatment: one owner, one due date (a RISK_ACTION deadline). */
@Entity('risk_actions')
export class RiskAction extends OwnedAction<RiskActionStatus> {
  @Pg.uuid()
  riskId: string;
}

/** The yearly review of a risk: its assessment then, and what the reviewer found. */
@Entity('risk_reviews')
export class RiskReview extends AgencyPart {
  @Pg.uuid()
  riskId: string;

  @Pg.date()
  reviewedOn: string;

  @Pg.int()
  likelihood: number;

  @Pg.int()
  impact: number;

  @Pg.text()
  comment: string;

  @Pg.uuid({ nullable: true })
  reviewedBy: string | null;
}

/** A review is recorded in its risk's history. */
export const RISK_REVIEW_HISTORY = defineHistory<RiskReview>({
  subject: 'risk',
  entity: () => RiskReview,
  subjectId: (r) => r.riskId,
  createAction: 'review',
});

/** The agency's thresholds: score ≥ highFrom is HIGH, ≥ mediumFrom MEDIUM, below LOW. */
@Entity('risk_level_policies')
export class RiskLevelPolicy extends VersionedAgencyPart {
  @Pg.int()
  mediumFrom: number;

  @Pg.int()
  highFrom: number;

  @Pg.uuid({ nullable: true })
  updatedBy: string | null;
}

export const RISK_LEVEL_POLICY_HISTORY = defineHistory<RiskLevelPolicy>({
  subject: 'riskLevelPolicy',
  entity: () => RiskLevelPolicy,
});

/** Thresholds when the agency has set none (5 × 5 matrix: 1–5 low, 6–11 medium, 12–25 high). */
export const DEFAULT_RISK_THRESHOLDS = { mediumFrom: 6, highFrom: 12 };

export function riskLevel(score: number, thresholds: { mediumFrom: number; highFrom: number }): RiskLevel {
  if (score >= thresholds.highFrom) return 'HIGH';
  if (score >= thresholds.mediumFrom) return 'MEDIUM';
  return 'LOW';
}
