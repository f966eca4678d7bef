import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of approvals (approval requests and their steps), with their status and messages, and the names
 * of its resources and states in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const APPROVALS_ERRORS = defineErrors('approvals', {
  errors: {
    APPROVAL_STEP_ALREADY_DECIDED: {
      status: 409,
      vi: 'Bước phê duyệt này đã được quyết định',
      en: 'This approval step has already been decided',
    },
    APPROVAL_ALREADY_OPEN: {
      status: 409,
      vi: 'Tài liệu đang có một yêu cầu phê duyệt chưa kết thúc',
      en: 'The document already has an open approval request',
    },
    SEPARATION_OF_DUTIES: {
      status: 403,
      vi: 'Người soạn thảo, người tải tệp lên hoặc người lập, trình yêu cầu không được quyết định bước nào của yêu cầu phê duyệt đó',
      en: 'Whoever drafted the version, uploaded a file to it, or opened or submitted the request may not decide any of its steps',
    },
    APPROVAL_ONE_STEP_PER_PERSON: {
      status: 403,
      vi: 'Mỗi người chỉ được quyết định một bước của một yêu cầu phê duyệt; bạn đã quyết định bước {order}',
      en: 'One person decides at most one step of a request; you already decided step {order}',
    },
    APPROVAL_STEP_NOT_CURRENT: {
      status: 409,
      vi: 'Bước {order} chưa đến lượt quyết định (bước đang chờ: {current})',
      en: 'Step {order} is not awaiting a decision yet (current step: {current})',
    },
    NOT_YOUR_STEP: {
      status: 403,
      vi: 'Bước phê duyệt hiện tại không được giao cho bạn',
      en: 'The current approval step is not assigned to you',
    },
  },
  resources: {
    approvalRequest: { vi: 'yêu cầu phê duyệt', en: 'Approval request' },
    workflowTemplate: { vi: 'quy trình phê duyệt', en: 'Workflow template' },
    approvalStep: { vi: 'bước phê duyệt', en: 'Approval step' },
  },
  states: {
    DRAFT: { vi: 'Dự thảo', en: 'draft' },
    WAITING: { vi: 'Chờ bước trước', en: 'waiting for the step before' },
    PENDING: { vi: 'Đang chờ quyết định', en: 'awaiting a decision' },
    IN_PROGRESS: { vi: 'Đang xử lý', en: 'in progress' },
    APPROVED: { vi: 'Đã phê duyệt', en: 'approved' },
    REJECTED: { vi: 'Bị từ chối', en: 'rejected' },
    RETURNED: { vi: 'Đã trả lại', en: 'returned' },
    CANCELLED: { vi: 'Đã hủy', en: 'cancelled' },
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof APPROVALS_ERRORS> {}
}
