import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of oversight (provincial oversight: declarations, inspections, legal changes, reports), with their status and messages, and the names
 * of its resources and states in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const OVERSIGHT_ERRORS = defineErrors('oversight', {
  errors: {
    DECLARATION_PRECONDITIONS_NOT_MET: {
      status: 409,
      vi: 'Chưa đủ điều kiện công bố HTQLCL phù hợp TCVN ISO 9001:2015: {count} điều kiện chưa đáp ứng',
      en: 'The QMS cannot be declared yet: {count} preconditions are not met',
    },
    INSPECTION_PLAN_INCOMPLETE: {
      status: 409,
      vi: 'Kế hoạch kiểm tra phải kiểm tra hồ sơ của tất cả {total} cơ quan đã áp dụng HTQLCL; còn thiếu {missing} cơ quan',
      en: 'The inspection plan must check the dossier of all {total} agencies with a QMS; {missing} are missing',
    },
    INSPECTION_PLAN_TOO_FEW_ON_SITE: {
      status: 409,
      vi: 'Kế hoạch kiểm tra phải kiểm tra tại chỗ ít nhất một phần ba số cơ quan ({required}/{total}); kế hoạch mới có {onSite}',
      en: 'The inspection plan must visit at least a third of the agencies on site ({required} of {total}); it has {onSite}',
    },
    LEGAL_CHANGE_DOCUMENTS_NOT_REVISED: {
      status: 409,
      vi: 'Còn {count} tài liệu chịu ảnh hưởng chưa được sửa đổi theo văn bản pháp luật mới',
      en: '{count} affected documents have not been revised for the legal change yet',
    },
  },
  resources: {
    declaration: { vi: 'quyết định công bố HTQLCL', en: 'Conformity declaration' },
    effectivenessConfirmation: { vi: 'xác nhận hiệu lực HTQLCL', en: 'Confirmation of effectiveness' },
    administrativeProcedure: { vi: 'thủ tục hành chính', en: 'Administrative procedure' },
    legalChange: { vi: 'văn bản pháp luật thay đổi', en: 'Legal change' },
    rolloutPlan: { vi: 'kế hoạch triển khai ISO điện tử', en: 'Rollout plan' },
    inspectionPlan: { vi: 'kế hoạch kiểm tra', en: 'Inspection plan' },
    inspection: { vi: 'cuộc kiểm tra', en: 'Inspection' },
    annualReport: { vi: 'báo cáo định kỳ', en: 'Annual report' },
  },
  states: {
    IN_FORCE: { vi: 'Đang có hiệu lực', en: 'in force' },
    REDECLARATION_REQUIRED: { vi: 'Phải công bố lại', en: 'awaiting re-declaration' },
    AWAITING_REPORT: { vi: 'Chờ báo cáo khắc phục', en: 'awaiting the corrective-action report' },
    REPORT_SUBMITTED: { vi: 'Đã nộp báo cáo khắc phục', en: 'report submitted' },
    REPORT_ACCEPTED: { vi: 'Đã chấp nhận báo cáo khắc phục', en: 'report accepted' },
    SUBMITTED: { vi: 'Đã gửi', en: 'submitted' },
    ACCEPTED: { vi: 'Đã tiếp nhận', en: 'accepted' },
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof OVERSIGHT_ERRORS> {}
}
