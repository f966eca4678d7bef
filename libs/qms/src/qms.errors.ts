import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of qms (risks, quality objectives, process performance, satisfaction and
 * feedback, training records), with their status and messages, and the names of its resources
 * and states in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const QMS_ERRORS = defineErrors('qms', {
  errors: {
    RISK_ACTIONS_OPEN:
      '409 Còn hành động xử lý rủi ro chưa hoàn thành: chưa thể đánh giá rủi ro còn lại | Treatment actions are still open: the residual risk cannot be assessed yet',
    RISK_TREATMENT_NEEDS_ACTIONS:
      '400 Biện pháp xử lý (giảm thiểu, chuyển giao, né tránh) cần ít nhất một hành động có người thực hiện và thời hạn | This treatment (mitigate, transfer, avoid) needs at least one action with an owner and a due date',
    MEASUREMENT_PERIOD_TAKEN: '409 Kỳ {period} đã có kết quả đo | Period {period} already has a measurement',
    MEASUREMENT_OUT_OF_YEAR:
      '400 Kỳ đo {period} không thuộc năm của mục tiêu ({year}) | Period {period} is not in the objective’s year ({year})',
    OBJECTIVE_MEASURED_BY_IMPORT:
      '409 Mục tiêu này tự đo từ số liệu một cửa: không nhập kết quả bằng tay | This objective measures itself from the one-stop data: no manual measurement',
    FEEDBACK_ALREADY_ESCALATED:
      '409 Phản ánh này đã được mở thành sự không phù hợp | This feedback already opened a nonconformity',
  },
  resources: {
    risk: 'rủi ro, cơ hội | Risk or opportunity',
    riskAction: 'hành động xử lý rủi ro | Risk treatment action',
    riskLevelPolicy: 'ngưỡng mức rủi ro | Risk level thresholds',
    qualityObjective: 'mục tiêu chất lượng | Quality objective',
    processPerformanceImport: 'số liệu giải quyết thủ tục hành chính | Process performance import',
    satisfactionSurvey: 'đợt khảo sát sự hài lòng | Satisfaction survey',
    feedback: 'phản ánh, kiến nghị | Feedback',
    trainingRecord: 'hồ sơ đào tạo | Training record',
    trainingCertificate: 'chứng chỉ đào tạo | Training certificate',
  },
  states: {
    TREATMENT_PLANNED: 'Đã lập kế hoạch xử lý | treatment planned',
    TREATED: 'Đã xử lý, đánh giá rủi ro còn lại | treated',
    TRACKING: 'Đang theo dõi | tracking',
    CURRENT: 'Đang dùng | current',
    REPLACED: 'Đã được thay thế | replaced',
    RECEIVED: 'Đã tiếp nhận | received',
    ANSWERED: 'Đã trả lời | answered',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof QMS_ERRORS> {}
}
