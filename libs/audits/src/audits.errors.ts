import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of audits (internal audits and management reviews), with their status and messages, and the names
 * of its resources and states in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const AUDITS_ERRORS = defineErrors('audits', {
  errors: {
    AUDITOR_NOT_QUALIFIED:
      '409 Người dùng {user} không phải chuyên gia đánh giá nội bộ của HTQLCL này | User {user} is not an internal auditor of this quality management system',
    AUDITOR_NOT_INDEPENDENT:
      '409 Chuyên gia đánh giá {user} không được đánh giá công việc của chính đơn vị mình ({unit}) | Auditor {user} may not audit the work of their own unit ({unit})',
    AUDITOR_UNIT_UNKNOWN:
      '409 Chưa đăng ký đơn vị công tác của chuyên gia đánh giá {user} tại cơ quan được đánh giá nên không bảo đảm được tính độc lập | The unit of auditor {user} in the audited agency is not registered, so their independence cannot be shown',
    NOT_AUDIT_TEAM_MEMBER:
      '403 Chỉ thành viên đoàn đánh giá được thực hiện thao tác này | Only a member of the audit team may do this',
    AUDIT_CHECKLIST_UNANSWERED:
      '400 Chưa thể báo cáo: còn {count} câu hỏi đánh giá chưa trả lời hoặc chưa đánh dấu không áp dụng | The audit cannot be reported: {count} checklist questions are neither answered nor marked not applicable',
    AUDIT_HAS_OPEN_NONCONFORMITIES:
      '409 Không thể kết thúc cuộc đánh giá: còn {count} điểm không phù hợp chưa đóng | The audit cannot close: {count} nonconformities from it are still open',
  },
  resources: {
    auditProgramme: 'chương trình đánh giá nội bộ | Audit programme',
    audit: 'cuộc đánh giá nội bộ | Audit',
    auditChecklistItem: 'câu hỏi đánh giá | Checklist item',
    auditFinding: 'phát hiện đánh giá | Audit finding',
    findingAttachment: 'tệp đính kèm phát hiện | Finding attachment',
    managementReview: 'cuộc họp xem xét của lãnh đạo | Management review',
    managementReviewOutput: 'quyết định, hành động sau xem xét của lãnh đạo | Management review output',
  },
  states: {
    REPORTED: 'Đã báo cáo | reported',
    HELD: 'Đã họp | held',
    RECORDED: 'Đã ghi nhận | recorded',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof AUDITS_ERRORS> {}
}
