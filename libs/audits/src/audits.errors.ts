import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of audits (internal audits and management reviews), with their status and messages, and the names
 * of its resources and states in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const AUDITS_ERRORS = defineErrors('audits', {
  errors: {
    AUDITOR_NOT_QUALIFIED: {
      status: 409,
      vi: 'Người dùng {user} không phải chuyên gia đánh giá nội bộ của HTQLCL này',
      en: 'User {user} is not an internal auditor of this quality management system',
    },
    AUDITOR_NOT_INDEPENDENT: {
      status: 409,
      vi: 'Chuyên gia đánh giá {user} không được đánh giá công việc của chính đơn vị mình ({unit})',
      en: 'Auditor {user} may not audit the work of their own unit ({unit})',
    },
    AUDITOR_UNIT_UNKNOWN: {
      status: 409,
      vi: 'Chưa đăng ký đơn vị công tác của chuyên gia đánh giá {user} tại cơ quan được đánh giá nên không bảo đảm được tính độc lập',
      en: 'The unit of auditor {user} in the audited agency is not registered, so their independence cannot be shown',
    },
    NOT_AUDIT_TEAM_MEMBER: {
      status: 403,
      vi: 'Chỉ thành viên đoàn đánh giá được thực hiện thao tác này',
      en: 'Only a member of the audit team may do this',
    },
    AUDIT_HAS_OPEN_NONCONFORMITIES: {
      status: 409,
      vi: 'Không thể kết thúc cuộc đánh giá: còn {count} điểm không phù hợp chưa đóng',
      en: 'The audit cannot close: {count} nonconformities from it are still open',
    },
  },
  resources: {
    auditProgramme: { vi: 'chương trình đánh giá nội bộ', en: 'Audit programme' },
    audit: { vi: 'cuộc đánh giá nội bộ', en: 'Audit' },
    auditChecklistItem: { vi: 'câu hỏi đánh giá', en: 'Checklist item' },
    auditFinding: { vi: 'phát hiện đánh giá', en: 'Audit finding' },
    findingAttachment: { vi: 'tệp đính kèm phát hiện', en: 'Finding attachment' },
    managementReview: { vi: 'cuộc họp xem xét của lãnh đạo', en: 'Management review' },
    managementReviewOutput: {
      vi: 'quyết định, hành động sau xem xét của lãnh đạo',
      en: 'Management review output',
    },
  },
  states: {
    REPORTED: { vi: 'Đã báo cáo', en: 'reported' },
    HELD: { vi: 'Đã họp', en: 'held' },
    RECORDED: { vi: 'Đã ghi nhận', en: 'recorded' },
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof AUDITS_ERRORS> {}
}
