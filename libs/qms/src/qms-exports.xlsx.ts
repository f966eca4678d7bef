import { excelDay, registerSheet, SheetColumn, tableWorkbook } from '@app/platform';
import type { ObjectiveView } from './objectives.service';
import type { FeedbackView, SurveyView } from './satisfaction.service';
import type { TrainingRecordView } from './training.service';

/** At most this many rows go into one exported list (the filters narrow it). */
export const QMS_EXPORT_LIMIT = 5_000;

const DIRECTION_NAMES: Record<string, string> = { AT_LEAST: 'Không thấp hơn', AT_MOST: 'Không cao hơn' };
const FREQUENCY_NAMES: Record<string, string> = {
  MONTHLY: 'Hằng tháng',
  QUARTERLY: 'Hằng quý',
  YEARLY: 'Hằng năm',
};
const OBJECTIVE_STATUS_NAMES: Record<string, string> = { TRACKING: 'Đang theo dõi', CLOSED: 'Đã kết thúc' };
const TREND_NAMES: Record<string, string> = { UP: 'Tăng', DOWN: 'Giảm', STEADY: 'Không đổi' };
const SOURCE_NAMES: Record<string, string> = { ENTERED: 'Nhập trực tiếp', IMPORTED: 'Nhập từ tệp' };
const FEEDBACK_KIND_NAMES: Record<string, string> = { COMPLAINT: 'Phản ánh', SUGGESTION: 'Kiến nghị' };
const CHANNEL_NAMES: Record<string, string> = {
  HOTLINE: 'Đường dây nóng',
  EMAIL: 'Thư điện tử',
  PORTAL: 'Cổng thông tin',
  IN_PERSON: 'Trực tiếp',
  MAIL: 'Bưu chính',
  OTHER: 'Khác',
};
const FEEDBACK_STATUS_NAMES: Record<string, string> = { RECEIVED: 'Chưa trả lời', ANSWERED: 'Đã trả lời' };
const TRAINING_CATEGORY_NAMES: Record<string, string> = {
  INTERNAL_AUDITOR: 'Đánh giá viên nội bộ',
  ISO_9001: 'TCVN ISO 9001',
  PROFESSIONAL: 'Chuyên môn, nghiệp vụ',
  OTHER: 'Khác',
};

const label = (names: Record<string, string>, value: string | null) => (value ? (names[value] ?? value) : '');
const yesNo = (value: boolean | null, yes: string, no: string) => (value === null ? '' : value ? yes : no);
const percent = (share: number | null) => (share === null ? '' : Math.round(share * 1000) / 10);

/** Quality objectives with their latest value against the target (`GET /quality-objectives?format=xlsx`). */
const OBJECTIVE_COLUMNS: SheetColumn<ObjectiveView>[] = [
  { header: 'Năm', width: 8, cell: (o) => o.year },
  { header: 'Mục tiêu chất lượng', width: 44, cell: (o) => o.title, wrap: true },
  { header: 'Chỉ số đo', width: 30, cell: (o) => o.indicator, wrap: true },
  { header: 'Chiều đánh giá', width: 16, cell: (o) => label(DIRECTION_NAMES, o.direction) },
  { header: 'Chỉ tiêu', width: 10, cell: (o) => o.target },
  { header: 'Đơn vị tính', width: 10, cell: (o) => o.unit },
  { header: 'Tần suất đo', width: 12, cell: (o) => label(FREQUENCY_NAMES, o.frequency) },
  { header: 'Kỳ đo gần nhất', width: 12, cell: (o) => o.latestPeriod ?? '' },
  { header: 'Kết quả gần nhất', width: 12, cell: (o) => o.latestValue ?? '' },
  { header: 'Mức đạt so với chỉ tiêu (%)', width: 14, cell: (o) => percent(o.achievement) },
  { header: 'Đánh giá', width: 12, cell: (o) => yesNo(o.achieved, 'Đạt', 'Không đạt') },
  { header: 'Xu hướng', width: 12, cell: (o) => label(TREND_NAMES, o.trend) },
  { header: 'Kỳ cần đo tiếp theo', width: 14, cell: (o) => o.nextDuePeriod ?? '' },
  { header: 'Trạng thái', width: 14, cell: (o) => label(OBJECTIVE_STATUS_NAMES, o.status) },
];

/** One line per question: its mean score and the share of satisfied answers. */
const questionLines = (s: SurveyView) =>
  s.questions
    .map((q) => {
      const share = q.satisfiedShare === null ? '' : ` (${percent(q.satisfiedShare)}% hài lòng)`;
      return `- ${q.question}: ${q.average}${share}`;
    })
    .join('\n');

/** Satisfaction survey rounds (`GET /satisfaction-surveys?format=xlsx`). */
const SURVEY_COLUMNS: SheetColumn<SurveyView>[] = [
  { header: 'Kỳ', width: 10, cell: (s) => s.period },
  { header: 'Đợt khảo sát', width: 40, cell: (s) => s.title, wrap: true },
  { header: 'Phương pháp', width: 20, cell: (s) => s.method ?? '' },
  { header: 'Số người trả lời', width: 12, cell: (s) => s.respondents },
  { header: 'Số người hài lòng', width: 12, cell: (s) => s.satisfied },
  { header: 'Tỷ lệ hài lòng (%)', width: 12, cell: (s) => percent(s.satisfiedShare) },
  { header: 'Điểm theo câu hỏi', width: 50, cell: questionLines, wrap: true },
  { header: 'Nguồn', width: 14, cell: (s) => label(SOURCE_NAMES, s.source) },
  { header: 'Ngày ghi nhận', width: 14, cell: (s) => excelDay(s.createdAt), date: true },
];

/** The feedback log, Sổ theo dõi phản ánh, kiến nghị (`GET /feedback?format=xlsx`). */
const FEEDBACK_COLUMNS: SheetColumn<FeedbackView>[] = [
  { header: 'Ngày tiếp nhận', width: 14, cell: (f) => excelDay(f.receivedOn), date: true },
  { header: 'Loại', width: 12, cell: (f) => label(FEEDBACK_KIND_NAMES, f.kind) },
  { header: 'Hình thức tiếp nhận', width: 16, cell: (f) => label(CHANNEL_NAMES, f.channel) },
  { header: 'Người phản ánh, kiến nghị', width: 22, cell: (f) => f.citizenName ?? '' },
  { header: 'Mã thủ tục hành chính', width: 16, cell: (f) => f.procedureCode ?? '' },
  { header: 'Nội dung', width: 50, cell: (f) => f.content, wrap: true },
  { header: 'Hạn trả lời', width: 14, cell: (f) => excelDay(f.answerDueOn), date: true },
  { header: 'Trạng thái', width: 14, cell: (f) => label(FEEDBACK_STATUS_NAMES, f.status) },
  { header: 'Ngày trả lời', width: 14, cell: (f) => excelDay(f.answeredAt), date: true },
  { header: 'Nội dung trả lời', width: 50, cell: (f) => f.answer ?? '', wrap: true },
  { header: 'Quá hạn', width: 10, cell: (f) => (f.overdue ? 'Quá hạn' : '') },
  { header: 'Đã mở sự không phù hợp', width: 12, cell: (f) => (f.nonconformityId ? 'Có' : '') },
];

/** Training records with their validity today (`GET /training-records?format=xlsx`). */
const trainingColumns = (userNames: Map<string, string>): SheetColumn<TrainingRecordView>[] => [
  { header: 'Họ và tên', width: 26, cell: (r) => userNames.get(r.userId) ?? r.userId },
  { header: 'Loại đào tạo', width: 20, cell: (r) => label(TRAINING_CATEGORY_NAMES, r.category) },
  { header: 'Khóa đào tạo', width: 40, cell: (r) => r.course, wrap: true },
  { header: 'Đơn vị đào tạo', width: 26, cell: (r) => r.provider },
  { header: 'Ngày hoàn thành', width: 14, cell: (r) => excelDay(r.completedOn), date: true },
  { header: 'Số chứng chỉ', width: 16, cell: (r) => r.certificateNumber ?? '' },
  { header: 'Ngày hết hạn', width: 14, cell: (r) => excelDay(r.expiresOn), date: true },
  { header: 'Hiệu lực', width: 14, cell: (r) => (r.valid ? 'Còn hiệu lực' : 'Hết hạn') },
  { header: 'Có tệp chứng chỉ', width: 12, cell: (r) => (r.certificate ? 'Có' : '') },
];

export const objectivesWorkbook = (objectives: ObjectiveView[]) =>
  tableWorkbook(registerSheet('Mục tiêu chất lượng', OBJECTIVE_COLUMNS), objectives);

export const surveysWorkbook = (surveys: SurveyView[]) =>
  tableWorkbook(registerSheet('Khảo sát sự hài lòng', SURVEY_COLUMNS), surveys);

export const feedbackWorkbook = (feedback: FeedbackView[]) =>
  tableWorkbook(registerSheet('Phản ánh, kiến nghị', FEEDBACK_COLUMNS), feedback);

export const trainingWorkbook = (records: TrainingRecordView[], userNames: Map<string, string>) =>
  tableWorkbook(registerSheet('Đào tạo, năng lực', trainingColumns(userNames)), records);
