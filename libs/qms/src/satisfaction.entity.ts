import { Entity } from 'typeorm';
import { Pg, defineHistory, defineLifecycle, lifecycleHistory, AgencyRecord } from '@app/platform';

export const SURVEY_SOURCES = ['ENTERED', 'IMPORTED'] as const;
export type SurveySource = (typeof SURVEY_SOURCES)[number];

/** One question of a survey: the mean score (1–5) and the share of answers of 4 or 5. */
export interface SurveyQuestion {
  question: string;
  average: number;
  satisfiedShare: number | null;
}

/** A survey round (đợt khảo sát sự hài lòng) of one period, with its results. */
@Entity('satisfaction_surveys')
export class SatisfactionSurvey extends AgencyRecord {
  @Pg.text()
  period: string;

  @Pg.text()
  title: string;

  @Pg.text({ nullable: true })
  method: string | null;

  @Pg.int()
  respondents: number;

  @Pg.int()
  satisfied: number;

  @Pg.jsonb({ default: () => "'[]'" })
  questions: SurveyQuestion[];

  @Pg.text()
  source: SurveySource;
}

export const SURVEY_HISTORY = defineHistory<SatisfactionSurvey>({
  subject: 'satisfactionSurvey',
  entity: () => SatisfactionSurvey,
});

export const FEEDBACK_KINDS = ['COMPLAINT', 'SUGGESTION'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_CHANNELS = ['HOTLINE', 'EMAIL', 'PORTAL', 'IN_PERSON', 'MAIL', 'OTHER'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

export const FEEDBACK_STATUSES = ['RECEIVED', 'ANSWERED'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** Feedback is received, then answered (once); it may open a nonconformity at either stage. */
export const FEEDBACK_LIFECYCLE = defineLifecycle<FeedbackStatus, CitizenFeedback>({
  subject: 'feedback',
  entity: () => CitizenFeedback,
  states: FEEDBACK_STATUSES,
  initial: ['RECEIVED'],
  transitions: [{ from: 'RECEIVED', to: 'ANSWERED', action: 'answer' }],
});

/** A citizen's feedback (phản ánh: COMPLAINT; kiến nghị: SUGGESTION) about the agency's service. */
@Entity('citizen_feedback')
export class CitizenFeedback extends AgencyRecord {
  @Pg.text()
  kind: FeedbackKind;

  @Pg.text()
  channel: FeedbackChannel;

  @Pg.date()
  receivedOn: string;

  @Pg.text({ nullable: true })
  citizenName: string | null;

  @Pg.text({ nullable: true })
  procedureCode: string | null;

  @Pg.text()
  content: string;

  @Pg.text({ default: 'RECEIVED' })
  status: FeedbackStatus;

  @Pg.text({ nullable: true })
  answer: string | null;

  @Pg.timestamptz({ nullable: true })
  answeredAt: Date | null;

  @Pg.uuid({ nullable: true })
  answeredBy: string | null;

  /** The nonconformity (capa, source COMPLAINT) it opened; capa owns it. */
  @Pg.uuid({ nullable: true })
  nonconformityId: string | null;
}

/** Changes of feedback that are not its status (the nonconformity it opened). */
export const FEEDBACK_HISTORY = lifecycleHistory(FEEDBACK_LIFECYCLE);
