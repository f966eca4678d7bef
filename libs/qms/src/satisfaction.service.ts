import { Injectable } from '@nestjs/common';
import {
  bilingualDetail,
  changeRow,
  ChangeTarget,
  Clock,
  createSubject,
  DomainError,
  ErrorDetail,
  fetchPage,
  futureDayError,
  findReadable,
  ListReadOptions,
  Page,
  ParsedTable,
  RequestContext,
  Role,
  UnitOfWork,
} from '@app/platform';
import { DeadlinesService, meetsDeadline, secretaryDeadline } from '@app/deadlines';
import { NonconformitiesService } from '@app/capa';
import {
  agencyList,
  assertMayActIn,
  clip,
  FEEDBACK_ANSWERERS,
  FEEDBACK_LOGGERS,
  inActiveAgency,
  plusDays,
  QMS_MANAGERS,
  validation,
} from './qms-access';
import {
  AnswerFeedbackDto,
  CreateFeedbackDto,
  CreateSurveyDto,
  FeedbackNonconformityDto,
  ListFeedbackQuery,
  ListSurveysQuery,
  SurveyImportQuery,
} from './dto/qms.dto';
import {
  CitizenFeedback,
  FEEDBACK_HISTORY,
  FEEDBACK_LIFECYCLE,
  SatisfactionSurvey,
  SURVEY_HISTORY,
  SurveyQuestion,
  SurveySource,
} from './satisfaction.entity';

export interface SurveyView {
  id: string;
  agencyId: string;
  period: string;
  title: string;
  method: string | null;
  respondents: number;
  satisfied: number;
  /** satisfied ÷ respondents; null without respondents. */
  satisfiedShare: number | null;
  questions: SurveyQuestion[];
  source: string;
  createdBy: string | null;
  createdAt: Date;
  version: number;
}

export interface FeedbackView {
  id: string;
  agencyId: string;
  kind: string;
  channel: string;
  receivedOn: string;
  citizenName: string | null;
  procedureCode: string | null;
  content: string;
  status: string;
  answer: string | null;
  answeredAt: Date | null;
  answeredBy: string | null;
  /** The answer is due this day. */
  answerDueOn: string;
  overdue: boolean;
  nonconformityId: string | null;
  createdBy: string | null;
  createdAt: Date;
  version: number;
}

/** Feedback is answered within this many days of its receipt (a FEEDBACK_ANSWER deadline). */
export const FEEDBACK_ANSWER_DAYS = 10;
/** Answering the feedback meets that deadline. */
meetsDeadline(FEEDBACK_LIFECYCLE, { to: 'ANSWERED', kind: 'FEEDBACK_ANSWER' });

/** A respondent whose mean score is at least this is satisfied (4 = "hài lòng" on a 1–5 scale). */
export const SATISFIED_FROM = 4;
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * A survey spreadsheet: one row per respondent, one column per question, answers 1–5 (an empty
 * cell is a question not answered). A respondent is satisfied when their mean is ≥ SATISFIED_FROM.
 */
export function surveyOfTable(table: ParsedTable): {
  respondents: number;
  satisfied: number;
  questions: SurveyQuestion[];
} {
  const columns = table.header.filter((h) => h !== '' && !/^(stt|no|#)$/i.test(h));
  if (columns.length === 0) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      bilingualDetail('file', 'Tệp không có cột câu hỏi nào', 'the file has no question columns'),
    ]);
  }
  const details: ErrorDetail[] = [];
  const sums = columns.map(() => ({ total: 0, count: 0, satisfied: 0 }));
  let respondents = 0;
  let satisfied = 0;
  for (const record of table.records) {
    const scores: number[] = [];
    columns.forEach((column, index) => {
      const text = (record.values[column] ?? '').trim().replace(',', '.');
      if (text === '') return;
      const score = Number(text);
      if (!Number.isInteger(score) || score < 1 || score > 5) {
        details.push(
          bilingualDetail(
            `line ${record.line}: ${column}`,
            `Dòng ${record.line}, cột "${column}": điểm phải từ 1 đến 5`,
            `row ${record.line}, column "${column}": the score must be 1 to 5`,
          ),
        );
        return;
      }
      scores.push(score);
      sums[index].total += score;
      sums[index].count += 1;
      if (score >= SATISFIED_FROM) sums[index].satisfied += 1;
    });
    if (scores.length === 0) continue;
    respondents += 1;
    if (scores.reduce((s, n) => s + n, 0) / scores.length >= SATISFIED_FROM) satisfied += 1;
  }
  if (details.length > 0) throw new DomainError('VALIDATION_FAILED', {}, details.slice(0, 100));
  return {
    respondents,
    satisfied,
    questions: columns.map((question, index) => ({
      question,
      average: sums[index].count === 0 ? 0 : round(sums[index].total / sums[index].count, 2),
      satisfiedShare: sums[index].count === 0 ? null : round(sums[index].satisfied / sums[index].count, 4),
    })),
  };
}

/** A change of a feedback by the roles that may make it. */
const feedbackChange = (roles: Role[]): ChangeTarget<CitizenFeedback> => ({
  entity: CitizenFeedback,
  resource: 'feedback',
  roles,
});

/**
 * Customer satisfaction (TCVN ISO 9001:2015 9.1.2): survey rounds per period, entered or imported
 * from the answers sheet, and the log of citizens' feedback (phản ánh, kiến nghị), each answered
 * within FEEDBACK_ANSWER_DAYS (a deadline) and able to open a nonconformity (source COMPLAINT).
 */
@Injectable()
export class SatisfactionService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
    private readonly nonconformities: NonconformitiesService,
  ) {}

  // ------------------------------------------------------------------ surveys

  async surveys(
    ctx: RequestContext,
    query: ListSurveysQuery,
    { limit }: Pick<ListReadOptions, 'limit'> = {},
  ): Promise<Page<SurveyView>> {
    const qb = agencyList(this.uow.manager, SatisfactionSurvey, 's', ctx, query, {
      period: query.period,
    });
    const sortable = { createdAt: 's.created_at', period: 's.period' };
    const [rows, total] = await fetchPage(qb, query, sortable, 'createdAt', 'DESC', limit);
    return query.result(rows.map(toSurveyView), total);
  }

  async survey(ctx: RequestContext, id: string): Promise<SurveyView> {
    const survey = await findReadable(this.uow.manager, ctx, SatisfactionSurvey, id, 'satisfactionSurvey');
    return toSurveyView(survey);
  }

  async createSurvey(ctx: RequestContext, dto: CreateSurveyDto): Promise<SurveyView> {
    assertMayActIn(ctx, dto.agencyId, QMS_MANAGERS);
    if (dto.satisfied > dto.respondents) {
      throw validation(
        'satisfied',
        'Số người hài lòng không được lớn hơn số người trả lời',
        'satisfied cannot exceed respondents',
      );
    }
    return this.insertSurvey(ctx, {
      agencyId: dto.agencyId,
      period: dto.period,
      title: dto.title,
      method: dto.method ?? null,
      respondents: dto.respondents,
      satisfied: dto.satisfied,
      questions: (dto.questions ?? []).map((q) => ({
        question: q.question.normalize('NFC'),
        average: q.average,
        satisfiedShare: q.satisfiedShare ?? null,
      })),
      source: 'ENTERED',
    });
  }

  /** Checks the caller may import for the agency (before a body is read). */
  assertMayImport(ctx: RequestContext, agencyId: string): void {
    assertMayActIn(ctx, agencyId, QMS_MANAGERS);
  }

  async importSurvey(ctx: RequestContext, query: SurveyImportQuery, table: ParsedTable): Promise<SurveyView> {
    assertMayActIn(ctx, query.agencyId, QMS_MANAGERS);
    const result = surveyOfTable(table);
    return this.insertSurvey(ctx, {
      agencyId: query.agencyId,
      period: query.period,
      title: query.title,
      method: 'Nhập từ tệp phiếu khảo sát',
      ...result,
      source: 'IMPORTED',
    });
  }

  private async insertSurvey(
    ctx: RequestContext,
    fields: Pick<
      SatisfactionSurvey,
      'agencyId' | 'period' | 'title' | 'method' | 'respondents' | 'satisfied' | 'questions'
    > & {
      source: SurveySource;
    },
  ): Promise<SurveyView> {
    const survey = await inActiveAgency(this.uow, ctx, fields.agencyId, async (tx) => {
      const row = tx.manager.create(SatisfactionSurvey, {
        ...fields,
        title: fields.title.normalize('NFC'),
        method: fields.method?.normalize('NFC') || null,
        createdBy: ctx.userId,
        version: 1,
      });
      await SURVEY_HISTORY.create(tx, row, {
        data: {
          period: row.period,
          respondents: row.respondents,
          satisfied: row.satisfied,
          questions: row.questions.length,
          source: row.source,
        },
      });
      return row;
    });
    return toSurveyView(survey);
  }

  // ------------------------------------------------------------------ feedback

  async feedbackList(
    ctx: RequestContext,
    query: ListFeedbackQuery,
    { limit }: Pick<ListReadOptions, 'limit'> = {},
  ): Promise<Page<FeedbackView>> {
    const qb = agencyList(this.uow.manager, CitizenFeedback, 'f', ctx, query, {
      status: query.status,
      kind: query.kind,
    });
    const sortable = { receivedOn: 'f.received_on', createdAt: 'f.created_at' };
    const [rows, total] = await fetchPage(qb, query, sortable, 'receivedOn', 'DESC', limit);
    const today = this.clock.today();
    return query.result(
      rows.map((f) => toFeedbackView(f, today)),
      total,
    );
  }

  async feedback(ctx: RequestContext, id: string): Promise<FeedbackView> {
    const row = await findReadable(this.uow.manager, ctx, CitizenFeedback, id, 'feedback');
    return toFeedbackView(row, this.clock.today());
  }

  async logFeedback(ctx: RequestContext, dto: CreateFeedbackDto): Promise<FeedbackView> {
    assertMayActIn(ctx, dto.agencyId, FEEDBACK_LOGGERS);
    if (dto.receivedOn > this.clock.today()) throw futureDayError('receivedOn', 'Ngày tiếp nhận');
    const row = await inActiveAgency(this.uow, ctx, dto.agencyId, async (tx) => {
      const feedback = tx.manager.create(CitizenFeedback, {
        agencyId: dto.agencyId,
        kind: dto.kind,
        channel: dto.channel,
        receivedOn: dto.receivedOn,
        citizenName: dto.citizenName?.normalize('NFC') ?? null,
        procedureCode: dto.procedureCode?.trim() ?? null,
        content: dto.content.normalize('NFC'),
        status: 'RECEIVED',
        answer: null,
        answeredAt: null,
        answeredBy: null,
        nonconformityId: null,
        createdBy: ctx.userId,
        version: 1,
      });
      // the citizen's name and words stay on the record, out of the audit trail
      await createSubject(tx, FEEDBACK_LIFECYCLE, feedback, {
        action: 'log',
        data: { kind: dto.kind, channel: dto.channel, receivedOn: dto.receivedOn },
      });
      await this.deadlines.register(
        tx,
        secretaryDeadline(
          feedback,
          'feedback',
          'FEEDBACK_ANSWER',
          `Trả lời ${feedback.kind === 'COMPLAINT' ? 'phản ánh' : 'kiến nghị'}: ${clip(feedback.content, 160)}`,
          plusDays(feedback.receivedOn, FEEDBACK_ANSWER_DAYS),
        ),
      );
      return feedback;
    });
    return toFeedbackView(row, this.clock.today());
  }

  async answer(ctx: RequestContext, id: string, dto: AnswerFeedbackDto): Promise<FeedbackView> {
    await changeRow(this.uow, ctx, feedbackChange(FEEDBACK_ANSWERERS), id, async (tx, feedback) => {
      await FEEDBACK_LIFECYCLE.transition(tx, feedback, 'ANSWERED', {
        set: { answer: dto.answer.normalize('NFC'), answeredAt: this.clock.now(), answeredBy: ctx.userId },
        expectedVersion: dto.version,
      });
    });
    return this.feedback(ctx, id);
  }

  /** Opens a nonconformity (source COMPLAINT) in capa from the feedback, in one transaction; once. */
  async openNonconformity(
    ctx: RequestContext,
    id: string,
    dto: FeedbackNonconformityDto,
  ): Promise<FeedbackView> {
    await changeRow(this.uow, ctx, feedbackChange(QMS_MANAGERS), id, async (tx, feedback) => {
      if (feedback.nonconformityId) throw new DomainError('FEEDBACK_ALREADY_ESCALATED');
      const description = dto.description?.normalize('NFC').trim() || feedback.content;
      const nc = await this.nonconformities.openFromComplaint(tx, {
        agencyId: feedback.agencyId,
        description,
        severity: dto.severity,
      });
      await FEEDBACK_HISTORY.update(
        tx,
        feedback,
        { nonconformityId: nc.id },
        {
          action: 'openNonconformity',
          expectedVersion: dto.version,
          data: { severity: dto.severity },
        },
      );
    });
    return this.feedback(ctx, id);
  }
}

export function toSurveyView(s: SatisfactionSurvey): SurveyView {
  return {
    id: s.id,
    agencyId: s.agencyId,
    period: s.period,
    title: s.title,
    method: s.method,
    respondents: s.respondents,
    satisfied: s.satisfied,
    satisfiedShare: s.respondents === 0 ? null : round(s.satisfied / s.respondents, 4),
    questions: s.questions,
    source: s.source,
    createdBy: s.createdBy,
    createdAt: s.createdAt,
    version: s.version,
  };
}

function toFeedbackView(f: CitizenFeedback, today: string): FeedbackView {
  const answerDueOn = plusDays(f.receivedOn, FEEDBACK_ANSWER_DAYS);
  return {
    id: f.id,
    agencyId: f.agencyId,
    kind: f.kind,
    channel: f.channel,
    receivedOn: f.receivedOn,
    citizenName: f.citizenName,
    procedureCode: f.procedureCode,
    content: f.content,
    status: f.status,
    answer: f.answer,
    answeredAt: f.answeredAt,
    answeredBy: f.answeredBy,
    answerDueOn,
    overdue: f.status === 'RECEIVED' && answerDueOn < today,
    nonconformityId: f.nonconformityId,
    createdBy: f.createdBy,
    createdAt: f.createdAt,
    version: f.version,
  };
}
