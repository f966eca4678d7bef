import { CodesOf, defineErrors, declareStateConflicts } from '@app/platform';

/**
 * The error codes of oversight (provincial oversight: declarations, inspections, legal changes, reports), with their status and messages, and the names
 * of its resources and states in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const OVERSIGHT_ERRORS = defineErrors('oversight', {
  errors: {
    DECLARATION_PRECONDITIONS_NOT_MET:
      '409 Chưa đủ điều kiện công bố HTQLCL phù hợp TCVN ISO 9001:2015: {count} điều kiện chưa đáp ứng | The QMS cannot be declared yet: {count} preconditions are not met',
    INSPECTION_PLAN_INCOMPLETE:
      '409 Kế hoạch kiểm tra phải kiểm tra hồ sơ của tất cả {total} cơ quan đã áp dụng HTQLCL; còn thiếu {missing} cơ quan | The inspection plan must check the dossier of all {total} agencies with a QMS; {missing} are missing',
    INSPECTION_PLAN_TOO_FEW_ON_SITE:
      '409 Kế hoạch kiểm tra phải kiểm tra tại chỗ ít nhất một phần ba số cơ quan ({required}/{total}); kế hoạch mới có {onSite} | The inspection plan must visit at least a third of the agencies on site ({required} of {total}); it has {onSite}',
    LEGAL_CHANGE_DOCUMENTS_NOT_REVISED:
      '409 Còn {count} tài liệu chịu ảnh hưởng chưa được sửa đổi theo văn bản pháp luật mới | {count} affected documents have not been revised for the legal change yet',
  },
  resources: {
    declaration: 'quyết định công bố HTQLCL | Conformity declaration',
    effectivenessConfirmation: 'xác nhận hiệu lực HTQLCL | Confirmation of effectiveness',
    administrativeProcedure: 'thủ tục hành chính | Administrative procedure',
    legalChange: 'văn bản pháp luật thay đổi | Legal change',
    rolloutPlan: 'kế hoạch triển khai ISO điện tử | Rollout plan',
    inspectionPlan: 'kế hoạch kiểm tra | Inspection plan',
    inspection: 'cuộc kiểm tra | Inspection',
    annualReport: 'báo cáo định kỳ | Annual report',
  },
  states: {
    IN_FORCE: 'Đang có hiệu lực | in force',
    REDECLARATION_REQUIRED: 'Phải công bố lại | awaiting re-declaration',
    LAPSED: 'Hết hiệu lực do HTQLCL tạm dừng | lapsed (QMS suspended)',
    AWAITING_REPORT: 'Chờ báo cáo khắc phục | awaiting the corrective-action report',
    REPORT_SUBMITTED: 'Đã nộp báo cáo khắc phục | report submitted',
    REPORT_ACCEPTED: 'Đã chấp nhận báo cáo khắc phục | report accepted',
    SUBMITTED: 'Đã gửi | submitted',
    ACCEPTED: 'Đã tiếp nhận | accepted',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof OVERSIGHT_ERRORS> {}
}

// a confirmation of effectiveness is used by one declaration; using it again is 409 EFFECTIVENESS_CONFIRMATION_IS_USED
declareStateConflicts('effectivenessConfirmation', ['USED']);
