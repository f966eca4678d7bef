import { excelDay, layoutTable, newWorkbook, workbookBytes } from '@app/platform';
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
export async function objectivesWorkbook(objectives: ObjectiveView[]): Promise<Buffer> {
  const book = newWorkbook();
  const sheet = book.addWorksheet('Mục tiêu chất lượng');
  sheet.columns = [
    { header: 'STT', key: 'no', width: 6 },
    { header: 'Năm', key: 'year', width: 8 },
    { header: 'Mục tiêu chất lượng', key: 'title', width: 44 },
    { header: 'Chỉ số đo', key: 'indicator', width: 30 },
    { header: 'Chiều đánh giá', key: 'direction', width: 16 },
    { header: 'Chỉ tiêu', key: 'target', width: 10 },
    { header: 'Đơn vị tính', key: 'unit', width: 10 },
    { header: 'Tần suất đo', key: 'frequency', width: 12 },
    { header: 'Kỳ đo gần nhất', key: 'latestPeriod', width: 12 },
    { header: 'Kết quả gần nhất', key: 'latestValue', width: 12 },
    { header: 'Mức đạt so với chỉ tiêu (%)', key: 'achievement', width: 14 },
    { header: 'Đánh giá', key: 'achieved', width: 12 },
    { header: 'Xu hướng', key: 'trend', width: 12 },
    { header: 'Kỳ cần đo tiếp theo', key: 'nextDuePeriod', width: 14 },
    { header: 'Trạng thái', key: 'status', width: 14 },
  ];
  objectives.forEach((o, index) =>
    sheet.addRow({
      no: index + 1,
      year: o.year,
      title: o.title,
      indicator: o.indicator,
      direction: label(DIRECTION_NAMES, o.direction),
      target: o.target,
      unit: o.unit,
      frequency: label(FREQUENCY_NAMES, o.frequency),
      latestPeriod: o.latestPeriod ?? '',
      latestValue: o.latestValue ?? '',
      achievement: percent(o.achievement),
      achieved: yesNo(o.achieved, 'Đạt', 'Không đạt'),
      trend: label(TREND_NAMES, o.trend),
      nextDuePeriod: o.nextDuePeriod ?? '',
      status: label(OBJECTIVE_STATUS_NAMES, o.status),
    }),
  );
  layoutTable(sheet, sheet.getRow(1), { landscape: true, wrap: ['title', 'indicator'] });
  return workbookBytes(book);
}

/** Satisfaction survey rounds (`GET /satisfaction-surveys?format=xlsx`). */
export async function surveysWorkbook(surveys: SurveyView[]): Promise<Buffer> {
  const book = newWorkbook();
  const sheet = book.addWorksheet('Khảo sát sự hài lòng');
  sheet.columns = [
    { header: 'STT', key: 'no', width: 6 },
    { header: 'Kỳ', key: 'period', width: 10 },
    { header: 'Đợt khảo sát', key: 'title', width: 40 },
    { header: 'Phương pháp', key: 'method', width: 20 },
    { header: 'Số người trả lời', key: 'respondents', width: 12 },
    { header: 'Số người hài lòng', key: 'satisfied', width: 12 },
    { header: 'Tỷ lệ hài lòng (%)', key: 'share', width: 12 },
    { header: 'Điểm theo câu hỏi', key: 'questions', width: 50 },
    { header: 'Nguồn', key: 'source', width: 14 },
    { header: 'Ngày ghi nhận', key: 'createdAt', width: 14 },
  ];
  surveys.forEach((s, index) =>
    sheet.addRow({
      no: index + 1,
      period: s.period,
      title: s.title,
      method: s.method ?? '',
      respondents: s.respondents,
      satisfied: s.satisfied,
      share: percent(s.satisfiedShare),
      questions: s.questions
        .map(
          (q) =>
            `- ${q.question}: ${q.average}${q.satisfiedShare === null ? '' : ` (${percent(q.satisfiedShare)}% hài lòng)`}`,
        )
        .join('\n'),
      source: label(SOURCE_NAMES, s.source),
      createdAt: excelDay(s.createdAt),
    }),
  );
  layoutTable(sheet, sheet.getRow(1), {
    landscape: true,
    dates: ['createdAt'],
    wrap: ['title', 'questions'],
  });
  return workbookBytes(book);
}

/** The feedback log, Sổ theo dõi phản ánh, kiến nghị (`GET /feedback?format=xlsx`). */
export async function feedbackWorkbook(feedback: FeedbackView[]): Promise<Buffer> {
  const book = newWorkbook();
  const sheet = book.addWorksheet('Phản ánh, kiến nghị');
  sheet.columns = [
    { header: 'STT', key: 'no', width: 6 },
    { header: 'Ngày tiếp nhận', key: 'receivedOn', width: 14 },
    { header: 'Loại', key: 'kind', width: 12 },
    { header: 'Hình thức tiếp nhận', key: 'channel', width: 16 },
    { header: 'Người phản ánh, kiến nghị', key: 'citizenName', width: 22 },
    { header: 'Mã thủ tục hành chính', key: 'procedureCode', width: 16 },
    { header: 'Nội dung', key: 'content', width: 50 },
    { header: 'Hạn trả lời', key: 'answerDueOn', width: 14 },
    { header: 'Trạng thái', key: 'status', width: 14 },
    { header: 'Ngày trả lời', key: 'answeredAt', width: 14 },
    { header: 'Nội dung trả lời', key: 'answer', width: 50 },
    { header: 'Quá hạn', key: 'overdue', width: 10 },
    { header: 'Đã mở sự không phù hợp', key: 'nonconformity', width: 12 },
  ];
  feedback.forEach((f, index) =>
    sheet.addRow({
      no: index + 1,
      receivedOn: excelDay(f.receivedOn),
      kind: label(FEEDBACK_KIND_NAMES, f.kind),
      channel: label(CHANNEL_NAMES, f.channel),
      citizenName: f.citizenName ?? '',
      procedureCode: f.procedureCode ?? '',
      content: f.content,
      answerDueOn: excelDay(f.answerDueOn),
      status: label(FEEDBACK_STATUS_NAMES, f.status),
      answeredAt: excelDay(f.answeredAt),
      answer: f.answer ?? '',
      overdue: f.overdue ? 'Quá hạn' : '',
      nonconformity: f.nonconformityId ? 'Có' : '',
    }),
  );
  layoutTable(sheet, sheet.getRow(1), {
    landscape: true,
    dates: ['receivedOn', 'answerDueOn', 'answeredAt'],
    wrap: ['content', 'answer'],
  });
  return workbookBytes(book);
}

/** Training records with their validity today (`GET /training-records?format=xlsx`). */
export async function trainingWorkbook(
  records: TrainingRecordView[],
  userNames: Map<string, string>,
): Promise<Buffer> {
  const book = newWorkbook();
  const sheet = book.addWorksheet('Đào tạo, năng lực');
  sheet.columns = [
    { header: 'STT', key: 'no', width: 6 },
    { header: 'Họ và tên', key: 'user', width: 26 },
    { header: 'Loại đào tạo', key: 'category', width: 20 },
    { header: 'Khóa đào tạo', key: 'course', width: 40 },
    { header: 'Đơn vị đào tạo', key: 'provider', width: 26 },
    { header: 'Ngày hoàn thành', key: 'completedOn', width: 14 },
    { header: 'Số chứng chỉ', key: 'certificateNumber', width: 16 },
    { header: 'Ngày hết hạn', key: 'expiresOn', width: 14 },
    { header: 'Hiệu lực', key: 'valid', width: 14 },
    { header: 'Có tệp chứng chỉ', key: 'certificate', width: 12 },
  ];
  records.forEach((r, index) =>
    sheet.addRow({
      no: index + 1,
      user: userNames.get(r.userId) ?? r.userId,
      category: label(TRAINING_CATEGORY_NAMES, r.category),
      course: r.course,
      provider: r.provider,
      completedOn: excelDay(r.completedOn),
      certificateNumber: r.certificateNumber ?? '',
      expiresOn: excelDay(r.expiresOn),
      valid: r.valid ? 'Còn hiệu lực' : 'Hết hạn',
      certificate: r.certificate ? 'Có' : '',
    }),
  );
  layoutTable(sheet, sheet.getRow(1), {
    landscape: true,
    dates: ['completedOn', 'expiresOn'],
    wrap: ['course'],
  });
  return workbookBytes(book);
}
