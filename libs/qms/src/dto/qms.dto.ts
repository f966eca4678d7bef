import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  DayField,
  OptionalDay,
  OptionalFlag,
  OptionalMaxText,
  OptionalText,
  OptionalUuid,
  PageQuery,
  TextField,
  UuidField,
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
class Versioned {
  @ApiPropertyOptional({ description: 'the version the client saw; 409 when stale' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

const PERIOD_DOC = {
  example: '2026-Q1',
  description: 'a year (2026), a quarter (2026-Q1) or a month (2026-03)',
};

/** 1–5 on the 5 × 5 matrix. */
function Scale(doc: { description?: string } = {}): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ type: 'integer', minimum: 1, maximum: 5, ...doc })(target, key);
    IsInt()(target, key);
    Min(1)(target, key);
    Max(5)(target, key);
  };
}

function OptionalScale(doc: { description?: string } = {}): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5, ...doc })(target, key);
    IsOptional()(target, key);
    IsInt()(target, key);
    Min(1)(target, key);
    Max(5)(target, key);
  };
}

function PeriodField(): PropertyDecorator {
  return (target, key) => {
    ApiProperty(PERIOD_DOC)(target, key);
    Matches(PERIOD_PATTERN, { message: 'period must be YYYY, YYYY-Qn or YYYY-MM' })(target, key);
  };
}

function OptionalPeriod(): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional(PERIOD_DOC)(target, key);
    IsOptional()(target, key);
    Matches(PERIOD_PATTERN, { message: 'period must be YYYY, YYYY-Qn or YYYY-MM' })(target, key);
  };
}

const XLSX_FORMAT = { enum: ['xlsx'], description: 'xlsx: the register as a spreadsheet' };

// ---------------------------------------------------------------- risks

export class CreateRiskDto {
  @UuidField()
  agencyId: string;

  @ApiPropertyOptional({ enum: RISK_KINDS, enumName: 'RiskKind', default: 'RISK' })
  @IsOptional()
  @IsIn(RISK_KINDS)
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

export class ListRisksQuery extends PageQuery {
  @OptionalUuid()
  agencyId?: string;

  @ApiPropertyOptional({ enum: RISK_KINDS, enumName: 'RiskKind' })
  @IsOptional()
  @IsIn(RISK_KINDS)
  kind?: RiskKind;

  @ApiPropertyOptional({ enum: RISK_STATUSES, enumName: 'RiskStatus' })
  @IsOptional()
  @IsIn(RISK_STATUSES)
  status?: RiskStatus;

  @ApiPropertyOptional({ enum: RISK_LEVELS, enumName: 'RiskLevel' })
  @IsOptional()
  @IsIn(RISK_LEVELS)
  level?: RiskLevel;

  @OptionalFlag({ description: 'only risks whose yearly review is past due' })
  reviewDue?: boolean;

  @ApiPropertyOptional(XLSX_FORMAT)
  @IsOptional()
  @IsIn(['xlsx'])
  format?: 'xlsx';
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
  @ApiProperty({ enum: RISK_STRATEGIES, enumName: 'RiskStrategy' })
  @IsIn(RISK_STRATEGIES)
  strategy: RiskStrategy;

  @TextField(1, 3000, { example: 'Giảm thiểu: theo dõi hồ sơ chờ xác minh hằng tuần' })
  treatment: string;

  @ApiPropertyOptional({ type: [RiskActionInput] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RiskActionInput)
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

  @ApiProperty({ description: 'did the treatment work?' })
  @IsBoolean()
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

export class PutRiskThresholdsDto extends Versioned {
  @ApiProperty({
    type: 'integer',
    minimum: 2,
    maximum: 25,
    example: 6,
    description: 'score from which a risk is MEDIUM',
  })
  @IsInt()
  @Min(2)
  @Max(25)
  mediumFrom: number;

  @ApiProperty({
    type: 'integer',
    minimum: 2,
    maximum: 25,
    example: 12,
    description: 'score from which a risk is HIGH',
  })
  @IsInt()
  @Min(2)
  @Max(25)
  highFrom: number;
}

// ---------------------------------------------------------------- objectives

export class CreateQualityObjectiveDto {
  @UuidField()
  agencyId: string;

  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2100, example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @TextField(1, 500, { example: '100% hồ sơ TTHC được giải quyết đúng hạn' })
  title: string;

  @TextField(1, 500, { example: 'Tỷ lệ hồ sơ giải quyết đúng hạn' })
  indicator: string;

  @ApiProperty({ example: 98 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  @Min(-1e9)
  @Max(1e9)
  target: number;

  @TextField(1, 50, { example: '%' })
  unit: string;

  @ApiPropertyOptional({ enum: OBJECTIVE_DIRECTIONS, enumName: 'ObjectiveDirection', default: 'AT_LEAST' })
  @IsOptional()
  @IsIn(OBJECTIVE_DIRECTIONS)
  direction?: ObjectiveDirection;

  @ApiPropertyOptional({ enum: OBJECTIVE_FREQUENCIES, enumName: 'ObjectiveFrequency', default: 'QUARTERLY' })
  @IsOptional()
  @IsIn(OBJECTIVE_FREQUENCIES)
  frequency?: ObjectiveFrequency;

  @ApiPropertyOptional({
    enum: OBJECTIVE_BINDINGS,
    enumName: 'ObjectiveBinding',
    description: 'ON_TIME_RATE: measured from the imported one-stop data (percentage resolved on time)',
  })
  @IsOptional()
  @IsIn(OBJECTIVE_BINDINGS)
  binding?: ObjectiveBinding;

  @OptionalText(1, 50, { description: 'with a binding: one TTHC’s figure (default: all of the agency’s)' })
  procedureCode?: string;
}

export class ListQualityObjectivesQuery extends PageQuery {
  @OptionalUuid()
  agencyId?: string;

  @ApiPropertyOptional({ type: 'integer', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: OBJECTIVE_STATUSES, enumName: 'ObjectiveStatus' })
  @IsOptional()
  @IsIn(OBJECTIVE_STATUSES)
  status?: ObjectiveStatus;

  @ApiPropertyOptional(XLSX_FORMAT)
  @IsOptional()
  @IsIn(['xlsx'])
  format?: 'xlsx';
}

export class CreateMeasurementDto {
  @PeriodField()
  period: string;

  @ApiProperty({ example: 97.5 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  @Min(-1e9)
  @Max(1e9)
  value: number;

  @OptionalMaxText(2000, { example: 'Báo cáo kết quả giải quyết TTHC quý 1 trên Hệ thống một cửa' })
  evidence?: string;
}

export class CloseObjectiveDto extends Versioned {
  @OptionalMaxText(2000)
  comment?: string;
}

// ---------------------------------------------------------------- process performance

export class PerformanceRowInput {
  @TextField(1, 50, { example: '1.001234' })
  procedureCode: string;

  @OptionalText(1, 500)
  procedureName?: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  received: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  onTime: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  late: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  pending: number;
}

/** The JSON form of an import (CSV and XLSX carry the same columns). */
export class PerformanceImportBody {
  @ApiProperty({ type: [PerformanceRowInput] })
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => PerformanceRowInput)
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

  @ApiPropertyOptional({ type: 'integer', example: 2026, description: 'every period of the year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class ListPerformanceImportsQuery extends PageQuery {
  @OptionalUuid()
  agencyId?: string;

  @OptionalPeriod()
  period?: string;
}

// ---------------------------------------------------------------- satisfaction and feedback

export class SurveyQuestionInput {
  @TextField(1, 500, { example: 'Thái độ của công chức tiếp nhận hồ sơ' })
  question: string;

  @ApiProperty({ example: 4.3, minimum: 1, maximum: 5, description: 'mean score (1–5)' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(1)
  @Max(5)
  average: number;

  @ApiPropertyOptional({ example: 0.92, minimum: 0, maximum: 1, description: 'share of answers of 4 or 5' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1)
  satisfiedShare?: number;
}

export class CreateSurveyDto {
  @UuidField()
  agencyId: string;

  @PeriodField()
  period: string;

  @TextField(1, 500, { example: 'Khảo sát sự hài lòng của người dân quý 1/2026' })
  title: string;

  @OptionalMaxText(500, { example: 'Phiếu khảo sát tại Bộ phận Một cửa' })
  method?: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  respondents: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'respondents satisfied or very satisfied' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  satisfied: number;

  @ApiPropertyOptional({ type: [SurveyQuestionInput] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
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

export class ListSurveysQuery extends PageQuery {
  @OptionalUuid()
  agencyId?: string;

  @OptionalPeriod()
  period?: string;

  @ApiPropertyOptional(XLSX_FORMAT)
  @IsOptional()
  @IsIn(['xlsx'])
  format?: 'xlsx';
}

export class CreateFeedbackDto {
  @UuidField()
  agencyId: string;

  @ApiProperty({
    enum: FEEDBACK_KINDS,
    enumName: 'FeedbackKind',
    description: 'COMPLAINT: phản ánh; SUGGESTION: kiến nghị',
  })
  @IsIn(FEEDBACK_KINDS)
  kind: FeedbackKind;

  @ApiProperty({ enum: FEEDBACK_CHANNELS, enumName: 'FeedbackChannel' })
  @IsIn(FEEDBACK_CHANNELS)
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

export class ListFeedbackQuery extends PageQuery {
  @OptionalUuid()
  agencyId?: string;

  @ApiPropertyOptional({ enum: FEEDBACK_STATUSES, enumName: 'FeedbackStatus' })
  @IsOptional()
  @IsIn(FEEDBACK_STATUSES)
  status?: FeedbackStatus;

  @ApiPropertyOptional({ enum: FEEDBACK_KINDS, enumName: 'FeedbackKind' })
  @IsOptional()
  @IsIn(FEEDBACK_KINDS)
  kind?: FeedbackKind;

  @ApiPropertyOptional(XLSX_FORMAT)
  @IsOptional()
  @IsIn(['xlsx'])
  format?: 'xlsx';
}

export class AnswerFeedbackDto extends Versioned {
  @TextField(1, 5000)
  answer: string;
}

export class FeedbackNonconformityDto extends Versioned {
  @ApiProperty({ enum: ['MAJOR', 'MINOR'] })
  @IsIn(['MAJOR', 'MINOR'])
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

  @ApiProperty({ enum: TRAINING_CATEGORIES, enumName: 'TrainingCategory' })
  @IsIn(TRAINING_CATEGORIES)
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

export class ListTrainingRecordsQuery extends PageQuery {
  @OptionalUuid()
  agencyId?: string;

  @OptionalUuid()
  userId?: string;

  @ApiPropertyOptional({ enum: TRAINING_CATEGORIES, enumName: 'TrainingCategory' })
  @IsOptional()
  @IsIn(TRAINING_CATEGORIES)
  category?: TrainingCategory;

  @OptionalFlag({ description: 'true: valid today; false: expired' })
  valid?: boolean;

  @ApiPropertyOptional(XLSX_FORMAT)
  @IsOptional()
  @IsIn(['xlsx'])
  format?: 'xlsx';
}

export class CertificateContentQuery {
  @ApiPropertyOptional({ enum: ['1'], description: '1: 302 to a short-lived presigned URL' })
  @IsOptional()
  @IsIn(['1'])
  redirect?: string;
}

export class AgencyYearQuery {
  @UuidField()
  agencyId: string;

  @ApiPropertyOptional({ type: 'integer', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
