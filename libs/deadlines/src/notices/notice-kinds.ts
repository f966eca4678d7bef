/**
 * The kinds of notifications that follow the work (raised by domain events), with what each
 * means in Vietnamese: the catalogue a user mutes kinds from. Reminders of deadlines
 * (REMINDER_BEFORE, REMINDER_DUE, REMINDER_OVERDUE) and system alerts are not mutable: they
 * are the obligations themselves.
 */
export const NOTICE_KINDS = {
  APPROVAL_STEP_ASSIGNED: 'Một bước phê duyệt được giao cho bạn hoặc vai trò của bạn',
  APPROVAL_SUBMITTED: 'Tài liệu bạn soạn thảo đã được trình phê duyệt',
  APPROVAL_APPROVED: 'Yêu cầu phê duyệt của bạn đã được phê duyệt',
  APPROVAL_REJECTED: 'Yêu cầu phê duyệt của bạn bị từ chối (kèm ý kiến)',
  APPROVAL_RETURNED: 'Yêu cầu phê duyệt của bạn bị trả lại để chỉnh sửa (kèm ý kiến)',
  APPROVAL_CANCELLED: 'Yêu cầu phê duyệt tài liệu bạn soạn thảo đã bị hủy',
  READ_REQUIRED: 'Một phiên bản tài liệu mới có hiệu lực mà bạn phải đọc và xác nhận',
  NONCONFORMITY_OPENED: 'Một điểm không phù hợp mới trong cơ quan bạn cần được xử lý',
  CORRECTIVE_ACTION_ASSIGNED: 'Một hành động khắc phục được giao cho bạn',
  AGENCY_ACTION_REQUIRED: 'Cơ quan cần hành động: kiểm tra, công bố lại, cập nhật văn bản pháp luật',
  INSPECTION_RECORDED: 'Kết quả kiểm tra của Sở Khoa học và Công nghệ đối với cơ quan',
  INSPECTION_REPORT_REJECTED: 'Báo cáo khắc phục sau kiểm tra bị Sở Khoa học và Công nghệ yêu cầu làm lại',
  DECLARATION_LAPSED: 'Công bố HTQLCL của cơ quan hết hiệu lực do HTQLCL bị tạm dừng',
} as const;

export type NoticeKind = keyof typeof NOTICE_KINDS;

export const NOTICE_KIND_NAMES = Object.keys(NOTICE_KINDS) as NoticeKind[];
