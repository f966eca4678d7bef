import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import {
  AgencyPageQuery,
  BoolField,
  DayField,
  DecimalField,
  EnumField,
  IntField,
  NestedList,
  OptionalDay,
  OptionalDecimal,
  OptionalEnum,
  OptionalFlag,
  OptionalMaxText,
  OptionalNestedList,
  OptionalText,
  OptionalUuid,
  OptionalYearQuery,
  TextField,
  UuidField,
  VersionedDto,
  XlsxFormat,
  YearField,
} from '@app/platform';
import {
  RISK_KINDS,
  RISK_LEVELS,
  RISK_STATUSES,
  RISK_STRATEGIES,
  RiskKind,
  RiskLevel,
  RiskStatus,
  RiskStrategy,
} from '../risk.entity';
import {
  OBJECTIVE_BINDINGS,
  OBJECTIVE_DIRECTIONS,
  OBJECTIVE_FREQUENCIES,
  OBJECTIVE_STATUSES,
  ObjectiveBinding,
  ObjectiveDirection,
  ObjectiveFrequency,
  ObjectiveStatus,
} from '../objective.entity';
import {
  FEEDBACK_CHANNELS,
  FEEDBACK_KINDS,
  FEEDBACK_STATUSES,
  FeedbackChannel,
  FeedbackKind,
  FeedbackStatus,
} from '../satisfaction.entity';
import { TRAINING_CATEGORIES, TrainingCategory } from '../training.entity';
import { PERIOD_PATTERN } from '../period';

/** Every action in a body may carry the version the client saw (or send If-Match). */
class Versioned extends VersionedDto {}

const PERIOD_DOC = {
  example: '2026-Q1',
  description: 'a year (2026), a quarter (2026-Q1) or a month (2026-03)',
};

/**
 * 1–5 on the 5 × 5 matrix. These stacks apply their decorators in the order written (not
 * bottom-up as a stack): the order their validation messages have always come in.
 */
const Scale = (doc: { description?: string } = {}) =>
  applyDecorators(ApiProperty({ type: 'integer', minimum: 1, maximum: 5, ...doc }), IsInt(), Min(1), Max(5));

const OptionalScale = (doc: { description?: string } = {}) =>
  applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5, ...doc }),
    IsOptional(),
    IsInt(),
    Min(1),
    Max(5),
  );

const PERIOD = () => Matches(PERIOD_PATTERN, { message: 'period must be YYYY, YYYY-Qn or YYYY-MM' });
const PeriodField = () => applyDecorators(ApiProperty(PERIOD_DOC), PERIOD());
const OptionalPeriod = () => applyDecorators(ApiPropertyOptional(PERIOD_DOC), IsOptional(), PERIOD());

/** `?year=`: every period of one year. */
const OptionalYear = (doc = {}) => OptionalYearQuery({ type: 'integer', example: 2026, ...doc });

/** A measured figure (objective target or value): 4 decimals, ±10⁹. */
const FIGURE = { min: -1e9, max: 1e9 };

/** A count of case files or respondents. */
const Count = (max: number, doc = {}) => IntField({ min: 0, max }, { type: 'integer', minimum: 0, ...doc });

// ---------------------------------------------------------------- risks

export class CreateRiskDto {
  @UuidField()
  agencyId: string;

  @OptionalEnum(RISK_KINDS, { enumName: 'RiskKind', default: 'RISK' })
  kind?: RiskKind;

  @TextField(1, 500, { example: 'Hồ sơ cấp phiếu lý lịch tư pháp trả kết quả trễ hạn do chờ xác minh' })
  title: string;

  @OptionalText(1, 300, { example: 'Quy trình cấp phiếu lý lịch tư pháp' })
  process?: string;

  @OptionalMaxText(3000)
  cause?: string;

  @OptionalMaxText(3000)
  consequence?: string;

  @Scale({ description: 'khả năng xảy ra (1–5)' })
  likelihood: number;

  @Scale({ description: 'mức độ ảnh hưởng (1–5)' })
  impact: number;
}

export class UpdateRiskDto extends Versioned {
  @OptionalText(1, 500)
  title?: string;

  @OptionalText(1, 300)
  process?: string;

  @OptionalMaxText(3000)
  cause?: string;

  @OptionalMaxText(3000)
  consequence?: string;

  @OptionalScale()
  likelihood?: number;

  @OptionalScale()
  impact?: number;
}

/** A QMS register's list: a page of one agency's rows (or of all it may read), or the whole register as xlsx. */
export class AgencyRegisterQuery extends AgencyPageQuery {
  @XlsxFormat('xlsx: the register as a spreadsheet')
  format?: 'xlsx';
}

export class ListRisksQuery extends AgencyRegisterQuery {
  @OptionalEnum(RISK_KINDS, { enumName: 'RiskKind' })
  kind?: RiskKind;

  @OptionalEnum(RISK_STATUSES, { enumName: 'RiskStatus' })
  status?: RiskStatus;

  @OptionalEnum(RISK_LEVELS, { enumName: 'RiskLevel' })
  level?: RiskLevel;

  @OptionalFlag({ description: 'only risks whose yearly review is past due' })
  reviewDue?: boolean;
}

export class RiskActionInput {
  @TextField(1, 2000, { example: 'Gửi văn bản đôn đốc xác minh sang Công an tỉnh sau 3 ngày' })
  description: string;

  @UuidField({ description: 'an active member of the agency' })
  ownerId: string;

  @DayField({ example: '2026-06-30' })
  dueDate: string;
}

export class PlanTreatmentDto extends Versioned {
  @EnumField(RISK_STRATEGIES, { enumName: 'RiskStrategy' })
  strategy: RiskStrategy;

  @TextField(1, 3000, { example: 'Giảm thiểu: theo dõi hồ sơ chờ xác minh hằng tuần' })
  treatment: string;

  @OptionalNestedList(RiskActionInput, { max: 50 })
  actions?: RiskActionInput[];
}

export class CompleteRiskActionDto extends Versioned {
  @OptionalMaxText(2000)
  note?: string;
}

export class AssessResidualDto extends Versioned {
  @Scale({ description: 'khả năng xảy ra sau xử lý (1–5)' })
  likelihood: number;

  @Scale({ description: 'mức độ ảnh hưởng sau xử lý (1–5)' })
  impact: number;

  @BoolField({ description: 'did the treatment work?' })
  effective: boolean;

  @TextField(1, 3000)
  comment: string;
}

export class ReviewRiskDto extends Versioned {
  @TextField(1, 3000, { example: 'Rà soát năm 2026: rủi ro vẫn còn, giữ biện pháp xử lý' })
  comment: string;

  @OptionalScale({ description: 'the likelihood as reviewed (default: unchanged)' })
  likelihood?: number;

  @OptionalScale({ description: 'the impact as reviewed (default: unchanged)' })
  impact?: number;
}

export class CloseRiskDto extends Versioned {
  @TextField(1, 2000)
  reason: string;
}

export class ReopenRiskDto extends Versioned {
  @TextField(1, 2000)
  reason: string;
}

/** A score threshold of the 5 × 5 matrix (2–25). */
const Threshold = (example: number, description: string) =>
  IntField({ min: 2, max: 25 }, { type: 'integer', minimum: 2, maximum: 25, example, description });

export class PutRiskThresholdsDto extends Versioned {
  @Threshold(6, 'score from which a risk is MEDIUM')
  mediumFrom: number;

  @Threshold(12, 'score from which a risk is HIGH')
  highFrom: number;
}

// ---------------------------------------------------------------- objectives

export class CreateQualityObjectiveDto {
  @UuidField()
  agencyId: string;

  @YearField({ type: 'integer', minimum: 2000, maximum: 2100, example: 2026 })
  year: number;

  @TextField(1, 500, { example: '100% hồ sơ TTHC được giải quyết đúng hạn' })
  title: string;

  @TextField(1, 500, { example: 'Tỷ lệ hồ sơ giải quyết đúng hạn' })
  indicator: string;

  @DecimalField(FIGURE, 4, { example: 98 })
  target: number;

  @TextField(1, 50, { example: '%' })
  unit: string;

  @OptionalEnum(OBJECTIVE_DIRECTIONS, { enumName: 'ObjectiveDirection', default: 'AT_LEAST' })
  direction?: ObjectiveDirection;

  @OptionalEnum(OBJECTIVE_FREQUENCIES, { enumName: 'ObjectiveFrequency', default: 'QUARTERLY' })
  frequency?: ObjectiveFrequency;

  @OptionalEnum(OBJECTIVE_BINDINGS, {
    enumName: 'ObjectiveBinding',
    description: 'ON_TIME_RATE: measured from the imported one-stop data (percentage resolved on time)',
  })
  binding?: ObjectiveBinding;

  @OptionalText(1, 50, { description: 'with a binding: one TTHC’s figure (default: all of the agency’s)' })
  procedureCode?: string;
}

export class ListQualityObjectivesQuery extends AgencyRegisterQuery {
  @OptionalYear()
  year?: number;

  @OptionalEnum(OBJECTIVE_STATUSES, { enumName: 'ObjectiveStatus' })
  status?: ObjectiveStatus;
}

export class CreateMeasurementDto {
  @PeriodField()
  period: string;

  @DecimalField(FIGURE, 4, { example: 97.5 })
  value: number;

  @OptionalMaxText(2000, { example: 'Báo cáo kết quả giải quyết TTHC quý 1 trên Hệ thống một cửa' })
  evidence?: string;
}

export class CloseObjectiveDto extends Versioned {
  @OptionalMaxText(2000)
  comment?: string;
}

// ---------------------------------------------------------------- process performance

const CASE_FILES = 100_000_000;

export class PerformanceRowInput {
  @TextField(1, 50, { example: '1.001234' })
  procedureCode: string;

  @OptionalText(1, 500)
  procedureName?: string;

  @Count(CASE_FILES)
  received: number;

  @Count(CASE_FILES)
  onTime: number;

  @Count(CASE_FILES)
  late: number;

  @Count(CASE_FILES)
  pending: number;
}

/** The JSON form of an import (CSV and XLSX carry the same columns). */
export class PerformanceImportBody {
  @NestedList(PerformanceRowInput, { max: 5000 })
  rows: PerformanceRowInput[];
}

export class PerformanceImportQuery {
  @UuidField()
  agencyId: string;

  @PeriodField()
  period: string;
}

export class ProcessPerformanceQuery {
  @OptionalUuid({ description: 'one agency (under provinceAgencyId when both are given)' })
  agencyId?: string;

  @OptionalUuid({ description: 'every agency under the province (oversight)' })
  provinceAgencyId?: string;

  @OptionalPeriod()
  period?: string;

  @OptionalYear({ description: 'every period of the year' })
  year?: number;
}

export class ListPerformanceImportsQuery extends AgencyPageQuery {
  @OptionalPeriod()
  period?: string;
}

// ---------------------------------------------------------------- satisfaction and feedback

export class SurveyQuestionInput {
  @TextField(1, 500, { example: 'Thái độ của công chức tiếp nhận hồ sơ' })
  question: string;

  @DecimalField({ min: 1, max: 5 }, 2, {
    example: 4.3,
    minimum: 1,
    maximum: 5,
    description: 'mean score (1–5)',
  })
  average: number;

  @OptionalDecimal({ min: 0, max: 1 }, 4, {
    example: 0.92,
    minimum: 0,
    maximum: 1,
    description: 'share of answers of 4 or 5',
  })
  satisfiedShare?: number;
}

const RESPONDENTS = 10_000_000;

export class CreateSurveyDto {
  @UuidField()
  agencyId: string;

  @PeriodField()
  period: string;

  @TextField(1, 500, { example: 'Khảo sát sự hài lòng của người dân quý 1/2026' })
  title: string;

  @OptionalMaxText(500, { example: 'Phiếu khảo sát tại Bộ phận Một cửa' })
  method?: string;

  @Count(RESPONDENTS)
  respondents: number;

  @Count(RESPONDENTS, { description: 'respondents satisfied or very satisfied' })
  satisfied: number;

  @OptionalNestedList(SurveyQuestionInput, { max: 100 })
  questions?: SurveyQuestionInput[];
}

export class SurveyImportQuery {
  @UuidField()
  agencyId: string;

  @PeriodField()
  period: string;

  @TextField(1, 500)
  title: string;
}

export class ListSurveysQuery extends AgencyRegisterQuery {
  @OptionalPeriod()
  period?: string;
}

export class CreateFeedbackDto {
  @UuidField()
  agencyId: string;

  @EnumField(FEEDBACK_KINDS, {
    enumName: 'FeedbackKind',
    description: 'COMPLAINT: phản ánh; SUGGESTION: kiến nghị',
  })
  kind: FeedbackKind;

  @EnumField(FEEDBACK_CHANNELS, { enumName: 'FeedbackChannel' })
  channel: FeedbackChannel;

  @DayField()
  receivedOn: string;

  @OptionalText(1, 200)
  citizenName?: string;

  @OptionalText(1, 50)
  procedureCode?: string;

  @TextField(1, 5000, {
    example: 'Hồ sơ nộp ngày 03/3 đến nay chưa được trả kết quả, không được thông báo lý do',
  })
  content: string;
}

export class ListFeedbackQuery extends AgencyRegisterQuery {
  @OptionalEnum(FEEDBACK_STATUSES, { enumName: 'FeedbackStatus' })
  status?: FeedbackStatus;

  @OptionalEnum(FEEDBACK_KINDS, { enumName: 'FeedbackKind' })
  kind?: FeedbackKind;
}

export class AnswerFeedbackDto extends Versioned {
  @TextField(1, 5000)
  answer: string;
}

export class FeedbackNonconformityDto extends Versioned {
  @EnumField(['MAJOR', 'MINOR'])
  severity: 'MAJOR' | 'MINOR';

  @OptionalMaxText(5000, { description: 'default: the feedback’s content' })
  description?: string;
}

// ---------------------------------------------------------------- training

export class CreateTrainingRecordDto {
  @UuidField()
  agencyId: string;

  @UuidField({ description: 'an active member of the agency' })
  userId: string;

  @EnumField(TRAINING_CATEGORIES, { enumName: 'TrainingCategory' })
  category: TrainingCategory;

  @TextField(1, 500, { example: 'Chuyên gia đánh giá nội bộ HTQLCL theo TCVN ISO 9001:2015' })
  course: string;

  @TextField(1, 300, { example: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Kon Tum' })
  provider: string;

  @DayField()
  completedOn: string;

  @OptionalDay({ description: 'end of the certificate’s validity; none: does not expire' })
  expiresOn?: string;

  @OptionalText(1, 100)
  certificateNumber?: string;
}

export class ListTrainingRecordsQuery extends AgencyRegisterQuery {
  @OptionalUuid()
  userId?: string;

  @OptionalEnum(TRAINING_CATEGORIES, { enumName: 'TrainingCategory' })
  category?: TrainingCategory;

  @OptionalFlag({ description: 'true: valid today; false: expired' })
  valid?: boolean;
}

export class AgencyYearQuery {
  @UuidField()
  agencyId: string;

  @OptionalYear()
  year?: number;
}
