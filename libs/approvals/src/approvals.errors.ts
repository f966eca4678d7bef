import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of approvals (approval requests and their steps), with their status and messages, and the names
 * of its resources and states in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const APPROVALS_ERRORS = defineErrors('approvals', {
  errors: {
    APPROVAL_STEP_ALREADY_DECIDED:
      '409 Bước phê duyệt này đã được quyết định | This approval step has already been decided',
    APPROVAL_ALREADY_OPEN:
      '409 Tài liệu đang có một yêu cầu phê duyệt chưa kết thúc | The document already has an open approval request',
    SEPARATION_OF_DUTIES:
      '403 Người soạn thảo, người tải tệp lên hoặc người lập, trình yêu cầu không được quyết định bước nào của yêu cầu phê duyệt đó | Whoever drafted the version, uploaded a file to it, or opened or submitted the request may not decide any of its steps',
    APPROVAL_ONE_STEP_PER_PERSON:
      '403 Mỗi người chỉ được quyết định một bước của một yêu cầu phê duyệt; bạn đã quyết định bước {order} | One person decides at most one step of a request; you already decided step {order}',
    APPROVAL_STEP_NOT_CURRENT:
      '409 Bước {order} chưa đến lượt quyết định (bước đang chờ: {current}) | Step {order} is not awaiting a decision yet (current step: {current})',
    APPROVAL_SIGNATURE_REQUIRED:
      '409 Bước {order} phải được duyệt bằng tệp PDF đã ký số (POST /approval-requests/:id/signed-approval) | Step {order} is approved by uploading the signed PDF (POST /approval-requests/:id/signed-approval)',
    APPROVAL_SIGNATURE_NOT_REQUIRED:
      '409 Bước {order} không yêu cầu ký số; hãy duyệt bình thường | Step {order} does not require a signature; approve it the usual way',
    APPROVAL_SIGNED_FILE_MISMATCH:
      '409 Tệp đã ký không chứa nguyên vẹn tệp đã được phê duyệt làm phiên bản đầu (phải là bản cập nhật gia tăng của đúng tệp đó) | The signed file does not contain the approved file unchanged as its first revision (it must be an incremental update of exactly that file)',
    APPROVAL_SIGNATURE_NOT_VALID:
      '409 Chữ ký số trên tệp không hợp lệ ({status}) | The signature on the file is not valid ({status})',
    NOT_YOUR_STEP:
      '403 Bước phê duyệt hiện tại không được giao cho bạn | The current approval step is not assigned to you',
  },
  resources: {
    approvalRequest: 'yêu cầu phê duyệt | Approval request',
    workflowTemplate: 'quy trình phê duyệt | Workflow template',
    approvalStep: 'bước phê duyệt | Approval step',
  },
  states: {
    DRAFT: 'Dự thảo | draft',
    WAITING: 'Chờ bước trước | waiting for the step before',
    PENDING: 'Đang chờ quyết định | awaiting a decision',
    IN_PROGRESS: 'Đang xử lý | in progress',
    APPROVED: 'Đã phê duyệt | approved',
    REJECTED: 'Bị từ chối | rejected',
    RETURNED: 'Đã trả lại | returned',
    CANCELLED: 'Đã hủy | cancelled',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof APPROVALS_ERRORS> {}
}
