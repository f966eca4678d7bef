import { Entity } from 'typeorm';
import {
  Pg,
  BaseEntity,
  defineLifecycle,
  DomainError,
  domainEvent,
  Transaction,
  TransitionChange,
  OwnedAction,
  VersionedAgencyPart,
} from '@app/platform';

export const NC_SOURCES = ['AUDIT', 'COMPLAINT', 'PROCESS', 'INSPECTION', 'OTHER'] as const;
export type NonconformitySource = (typeof NC_SOURCES)[number];

export const NC_SEVERITIES = ['MAJOR', 'MINOR'] as const;
export type NonconformitySeverity = (typeof NC_SEVERITIES)[number];

export const ANALYSIS_METHODS = ['FIVE_WHYS', 'FISHBONE', 'OTHER'] as const;
export type AnalysisMethod = (typeof ANALYSIS_METHODS)[number];

export const NC_STATUSES = [
  'OPEN',
  'ANALYSED',
  'ACTION_PLANNED',
  'IMPLEMENTED',
  'VERIFIED',
  'CLOSED',
] as const;
export type NonconformityStatus = (typeof NC_STATUSES)[number];

/**
 * TCVN ISO 9001:2015 clause 10.2: the cause is analysed, actions are planned and implemented,
 * their effectiveness is verified; not effective sends it back to planning (a new round of
 * actions), and a closed nonconformity that recurs is reopened for a new analysis. Nothing of
 * an earlier round is ever lost.
 */
export const NC_LIFECYCLE = defineLifecycle<NonconformityStatus, Nonconformity>({
  subject: 'nonconformity',
  entity: () => Nonconformity,
  states: NC_STATUSES,
  initial: ['OPEN'],
  transitions: [
    { from: 'OPEN', to: 'ANALYSED', action: 'analyse' },
    // by the first corrective action of the round (CorrectiveActionsService.add)
    { from: 'ANALYSED', to: 'ACTION_PLANNED', action: 'planActions' },
    // by the completion of the last open action of the round (a hook of ACTION_LIFECYCLE)
    { from: 'ACTION_PLANNED', to: 'IMPLEMENTED', action: 'implement' },
    { from: 'IMPLEMENTED', to: 'VERIFIED', action: 'verify', guard: verifierOwnsNoAction },
    {
      from: 'IMPLEMENTED',
      to: 'ACTION_PLANNED',
      action: 'verify',
      guard: verifierOwnsNoAction,
      emit: (change) => domainEvent('nonconformity.notEffective', movePayload(change)),
    },
    { from: 'VERIFIED', to: 'CLOSED', action: 'close' },
    { from: 'CLOSED', to: 'OPEN', action: 'reopen' },
  ],
  emit: (change) => domainEvent(`nonconformity.${lowerCase(change.to)}`, movePayload(change)),
});

function lowerCase<S extends string>(s: S): Lowercase<S> {
  return s.toLowerCase() as Lowercase<S>;
}

function movePayload({ subject, from, to }: TransitionChange<NonconformityStatus, Nonconformity>) {
  return { nonconformityId: subject.id, agencyId: subject.agencyId, from, to };
}

/** The verifier of a round owns none of its actions (nobody verifies their own work). */
async function verifierOwnsNoAction(
  tx: Transaction,
  { subject: nc }: TransitionChange<NonconformityStatus, Nonconformity>,
): Promise<void> {
  const owners = await tx.manager.query<{ owner_id: string }[]>(
    'SELECT DISTINCT owner_id FROM corrective_actions WHERE nonconformity_id = $1 AND round = $2',
    [nc.id, nc.round],
  );
  if (owners.some((o) => o.owner_id === tx.ctx.userId)) throw new DomainError('VERIFIER_IS_ACTION_OWNER');
}

/** Corrective actions are added while the plan of the round is being made or carried out. */
export const NC_TAKES_ACTIONS: readonly NonconformityStatus[] = ['ANALYSED', 'ACTION_PLANNED'];
/** An action is completed only while its round's plan is carried out. */
export const NC_CARRIES_OUT_ACTIONS: readonly NonconformityStatus[] = ['ACTION_PLANNED'];

export const ACTION_STATUSES = ['PLANNED', 'DONE'] as const;
export type CorrectiveActionStatus = (typeof ACTION_STATUSES)[number];

/** An action is planned, then done; its nonconformity must be carrying out its plan. */
export const ACTION_LIFECYCLE = defineLifecycle<CorrectiveActionStatus, CorrectiveAction>({
  subject: 'correctiveAction',
  entity: () => CorrectiveAction,
  states: ACTION_STATUSES,
  initial: ['PLANNED'],
  transitions: [
    {
      from: 'PLANNED',
      to: 'DONE',
      action: 'complete',
      guard: async (tx, { subject: action }) => {
        const nc = await tx.manager.findOneByOrFail(Nonconformity, { id: action.nonconformityId });
        NC_LIFECYCLE.requireState(nc.status, ...NC_CARRIES_OUT_ACTIONS);
      },
    },
  ],
  emit: ({ subject }) =>
    domainEvent('correctiveAction.completed', {
      correctiveActionId: subject.id,
      nonconformityId: subject.nonconformityId,
      agencyId: subject.agencyId,
    }),
});

/** A nonconformity (điểm không phù hợp) of one agency, whatever revealed it. */
@Entity('nonconformities')
export class Nonconformity extends VersionedAgencyPart {
  @Pg.text()
  source: NonconformitySource;

  @Pg.text()
  severity: NonconformitySeverity;

  /** The audit finding that raised it (source AUDIT); capa keeps the id, audits owns the finding. */
  @Pg.uuid({ nullable: true })
  findingId: string | null;

  @Pg.uuid({ nullable: true })
  auditId: string | null;

  /** The inspection of the Department of Science and Technology that raised it (source INSPECTION). */
  @Pg.uuid({ nullable: true })
  inspectionId: string | null;

  /** The inspection finding it answers; oversight owns the finding, capa keeps its id. */
  @Pg.uuid({ nullable: true })
  inspectionFindingId: string | null;

  @Pg.text({ nullable: true })
  clause: string | null;

  @Pg.text()
  description: string;

  @Pg.text({ default: 'OPEN' })
  status: NonconformityStatus;

  /** The immediate correction (sự khắc phục) of the latest analysis: it fixes the case, not the cause. */
  @Pg.text({ nullable: true })
  correction: string | null;

  @Pg.text({ nullable: true })
  rootCause: string | null;

  @Pg.text({ nullable: true })
  analysisMethod: AnalysisMethod | null;

  @Pg.text({ nullable: true })
  analysis: string | null;

  @Pg.timestamptz({ nullable: true })
  analysedAt: Date | null;

  @Pg.uuid({ nullable: true })
  analysedBy: string | null;

  /** Raised each time the plan starts over (not effective, or reopened); actions belong to a round. */
  @Pg.int({ default: 1 })
  round: number;

  @Pg.uuid({ nullable: true })
  raisedBy: string | null;

  @Pg.timestamptz({ nullable: true })
  closedAt: Date | null;

  @Pg.uuid({ nullable: true })
  closedBy: string | null;
}

/** A record of one round of a nonconformity (its analysis, its verification): kept, never changed. */
abstract class RoundRecord extends BaseEntity {
  @Pg.uuid()
  nonconformityId: string;

  @Pg.uuid()
  agencyId: string;

  @Pg.int()
  round: number;
}

/** Every analysis of a nonconformity, in order (a reopened one is analysed again). */
@Entity('nonconformity_analyses')
export class NonconformityAnalysis extends RoundRecord {
  @Pg.text()
  correction: string;

  @Pg.text()
  rootCause: string;

  @Pg.text()
  method: AnalysisMethod;

  @Pg.text({ nullable: true })
  analysis: string | null;

  @Pg.uuid({ nullable: true })
  analysedBy: string | null;
}

/** A corrective action (hành động khắc phục): removes the cause; owned by one person, due on a date. */
@Entity('corrective_actions')
export class CorrectiveAction extends OwnedAction<CorrectiveActionStatus> {
  @Pg.uuid()
  nonconformityId: string;

  @Pg.int()
  round: number;
}

/** One verification of effectiveness, effective or not, with the verifier's reasons. */
@Entity('nonconformity_verifications')
export class NonconformityVerification extends RoundRecord {
  @Pg.boolean()
  effective: boolean;

  @Pg.text()
  comment: string;

  @Pg.uuid({ nullable: true })
  verifiedBy: string | null;
}
