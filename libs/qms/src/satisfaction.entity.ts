import { Entity } from 'typeorm';
import {
  defineHistory,
  defineLifecycle,
  lifecycleHistory,
  DateColumn,
  IntColumn,
  JsonColumn,
  TextColumn,
  TimestampColumn,
  UuidColumn,
  AgencyRecord,
} from '@app/platform';

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
  @TextColumn()
  period: string;

  @TextColumn()
  title: string;

  @TextColumn({ nullable: true })
  method: string | null;

  @IntColumn()
  respondents: number;

  @IntColumn()
  satisfied: number;

  @JsonColumn({ default: () => "'[]'" })
  questions: SurveyQuestion[];

  @TextColumn()
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
  @TextColumn()
  kind: FeedbackKind;

  @TextColumn()
  channel: FeedbackChannel;

  @DateColumn()
  receivedOn: string;

  @TextColumn({ nullable: true })
  citizenName: string | null;

  @TextColumn({ nullable: true })
  procedureCode: string | null;

  @TextColumn()
  content: string;

  @TextColumn({ default: 'RECEIVED' })
  status: FeedbackStatus;

  @TextColumn({ nullable: true })
  answer: string | null;

  @TimestampColumn({ nullable: true })
  answeredAt: Date | null;

  @UuidColumn({ nullable: true })
  answeredBy: string | null;

  /** The nonconformity (capa, source COMPLAINT) it opened; capa owns it. */
  @UuidColumn({ nullable: true })
  nonconformityId: string | null;
}

/** Changes of feedback that are not its status (the nonconformity it opened). */
export const FEEDBACK_HISTORY = lifecycleHistory(FEEDBACK_LIFECYCLE);
