/**
 * Every error code the API can answer with: its HTTP status and its message in Vietnamese
 * (the default) and English. `{name}` placeholders are filled from the error's params.
 */
export const ERROR_CATALOG = {
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request data is invalid' },
  MALFORMED_JSON: { status: 400, vi: 'Nội dung JSON không đúng cú pháp', en: 'The JSON body is malformed' },
  UNAUTHENTICATED: {
    status: 401,
    vi: 'Chưa đăng nhập hoặc phiên đã hết hạn',
    en: 'Not authenticated or session expired',
  },
  INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
    en: 'Wrong username or password',
  },
  INVALID_REFRESH_TOKEN: {
    status: 401,
    vi: 'Mã làm mới phiên không hợp lệ',
    en: 'The refresh token is not valid',
  },
  REFRESH_TOKEN_REUSED: {
    status: 401,
    vi: 'Mã làm mới phiên đã được sử dụng; mọi phiên liên quan đã bị thu hồi',
    en: 'The refresh token was already used; its session has been revoked',
  },
  FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này',
    en: 'You are not allowed to do this',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    vi: 'Mật khẩu do quản trị viên đặt chỉ dùng một lần; hãy đổi mật khẩu (POST /api/v1/me/password) trước',
    en: 'Your password was set by an administrator; change it (POST /api/v1/me/password) first',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy {resource}', en: '{resource} not found' },
  ROUTE_NOT_FOUND: { status: 404, vi: 'Không có đường dẫn này', en: 'No such route' },
  STALE_VERSION: {
    status: 409,
    vi: 'Dữ liệu đã bị người khác thay đổi (phiên bản hiện tại {current})',
    en: 'The resource was changed by someone else (current version {current})',
  },
  DUPLICATE: {
    status: 409,
    vi: '{resource} với {field} "{value}" đã tồn tại',
    en: '{resource} with {field} "{value}" already exists',
  },
  IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    vi: 'Yêu cầu với cùng Idempotency-Key đang được xử lý',
    en: 'A request with the same Idempotency-Key is still being processed',
  },
  IDEMPOTENCY_KEY_MISMATCH: {
    status: 422,
    vi: 'Idempotency-Key đã được dùng cho một yêu cầu khác',
    en: 'The Idempotency-Key was already used for a different request',
  },
  AGENCY_CYCLE: {
    status: 409,
    vi: 'Không thể đặt cơ quan làm cấp dưới của chính nó',
    en: 'An agency cannot be placed under itself',
  },
  AGENCY_MERGED: {
    status: 409,
    vi: 'Cơ quan đã được sáp nhập vào cơ quan khác',
    en: 'The agency has been merged into another agency',
  },
  AGENCY_MERGE_INVALID: { status: 409, vi: 'Không thể sáp nhập: {reason}', en: 'Cannot merge: {reason}' },
  STATE_CONFLICT: {
    status: 409,
    vi: '{resource} đang ở trạng thái "{state}"; không thể thực hiện thao tác này',
    en: '{resource} is {state}; this action is not allowed',
  },
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
  DOCUMENT_METADATA_CONTROLLED: {
    status: 409,
    vi: 'Tài liệu đã ban hành: {fields} chỉ được thay đổi qua một lần sửa đổi được phê duyệt',
    en: 'The document has been issued: {fields} change only through an approved revision',
  },
  NOT_YOUR_STEP: {
    status: 403,
    vi: 'Bước phê duyệt hiện tại không được giao cho bạn',
    en: 'The current approval step is not assigned to you',
  },
  VERSION_HAS_NO_FILES: {
    status: 409,
    vi: 'Phiên bản chưa có tệp nào để trình duyệt',
    en: 'The version has no file to approve',
  },
  NOT_ACKNOWLEDGEABLE: {
    status: 409,
    vi: 'Tài liệu không có phiên bản đang hiệu lực để xác nhận đã đọc',
    en: 'The document has no effective version to acknowledge',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    vi: 'Tệp vượt quá dung lượng cho phép ({limit} byte)',
    en: 'The file exceeds the size limit ({limit} bytes)',
  },
  UPLOAD_STALLED: {
    status: 408,
    vi: 'Quá thời gian chờ dữ liệu tải lên (không nhận được dữ liệu trong {seconds} giây)',
    en: 'The upload stalled: no data arrived for {seconds} s',
  },
  UNSUPPORTED_FILE_TYPE: {
    status: 415,
    vi: 'Loại tệp không được phép; chỉ nhận PDF, DOC, DOCX, XLS, XLSX, PNG, JPEG',
    en: 'File type not allowed; only PDF, DOC, DOCX, XLS, XLSX, PNG and JPEG are accepted',
  },
  FILE_TYPE_MISMATCH: {
    status: 415,
    vi: 'Phần mở rộng của tên tệp (.{extension}) không khớp với nội dung tệp ({detected}); hãy đặt tên tệp có phần mở rộng .{expected}',
    en: 'The file name’s extension (.{extension}) does not match its content ({detected}); name the file with the extension .{expected}',
  },
  FILE_PACKAGE_INVALID: {
    status: 415,
    vi: 'Tệp .{extension} không phải là gói Office Open XML hợp lệ: {reason}',
    en: 'The .{extension} file is not a valid Office Open XML package: {reason}',
  },
  FILE_PACKAGE_TOO_LARGE: {
    status: 413,
    vi: 'Tệp .{extension} giải nén ra {size} byte, vượt giới hạn (tối đa {limit} byte và {ratio} lần dung lượng tệp)',
    en: 'The .{extension} file unpacks to {size} bytes, over the limit ({limit} bytes and {ratio} times the file size)',
  },
  TOO_MANY_IDEMPOTENCY_KEYS: {
    status: 429,
    vi: 'Bạn đang giữ quá nhiều Idempotency-Key (tối đa {limit}); thử lại sau {retryAfter} giây hoặc gửi yêu cầu không kèm khóa',
    en: 'You hold too many Idempotency-Keys (at most {limit}); try again in {retryAfter} seconds or send the request without a key',
  },
  JSON_TOO_DEEP: {
    status: 400,
    vi: 'Nội dung JSON lồng nhau quá sâu (tối đa {limit} cấp)',
    en: 'The JSON body is nested too deeply (at most {limit} levels)',
  },
  REQUEST_BODY_TIMEOUT: {
    status: 408,
    vi: 'Nội dung yêu cầu gửi lên quá chậm (phải nhận đủ trong {seconds} giây)',
    en: 'The request body arrived too slowly (it must arrive within {seconds} s)',
  },
  UPLOAD_MALFORMED: {
    status: 400,
    vi: 'Yêu cầu tải tệp không hợp lệ: {reason}',
    en: 'Malformed upload: {reason}',
  },
  TOO_MANY_LOGIN_ATTEMPTS: {
    status: 429,
    vi: 'Đăng nhập sai quá nhiều lần; thử lại sau {retryAfter} giây',
    en: 'Too many failed logins; try again in {retryAfter} seconds',
  },
  DEPENDENCY_UNAVAILABLE: {
    status: 503,
    vi: 'Dịch vụ tạm thời không sẵn sàng ({dependency}); vui lòng thử lại',
    en: 'Service temporarily unavailable ({dependency}); please retry',
  },
  INTERNAL: {
    status: 500,
    vi: 'Lỗi hệ thống; mã tra cứu {requestId}',
    en: 'Internal error; reference {requestId}',
  },
  // internal audit, corrective action and management review (libs/audits, libs/capa)
  AGENCY_HAS_NO_QMS: {
    status: 409,
    vi: 'Cơ quan chưa thuộc hệ thống quản lý chất lượng (HTQLCL) nào',
    en: 'The agency is not covered by any quality management system',
  },
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
  VERIFIER_IS_ACTION_OWNER: {
    status: 403,
    vi: 'Người kiểm tra hiệu lực không được là người thực hiện hành động khắc phục',
    en: 'The verifier of effectiveness may not own one of the corrective actions',
  },
  // provincial oversight (libs/oversight)
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
  FILE_INTEGRITY_FAILED: {
    status: 409,
    vi: 'Tệp trong kho lưu trữ đã bị thay đổi hoặc bị mất (không khớp mã SHA-256 ghi khi tải lên) nên không được cung cấp; quản trị viên đã được thông báo',
    en: 'The stored file was changed or is missing (it no longer matches the SHA-256 recorded at upload), so it is not served; administrators have been notified',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/** Names of resources in messages, by language. */
export const RESOURCE_NAMES: Record<string, { vi: string; en: string }> = {
  agency: { vi: 'cơ quan', en: 'Agency' },
  user: { vi: 'người dùng', en: 'User' },
  qualitySystem: { vi: 'hệ thống quản lý chất lượng', en: 'Quality system' },
  file: { vi: 'tệp', en: 'File' },
  auditEntry: { vi: 'bản ghi nhật ký', en: 'Audit-trail entry' },
  document: { vi: 'tài liệu', en: 'Document' },
  documentVersion: { vi: 'phiên bản tài liệu', en: 'Document version' },
  notification: { vi: 'thông báo', en: 'Notification' },
  approvalRequest: { vi: 'yêu cầu phê duyệt', en: 'Approval request' },
  workflowTemplate: { vi: 'quy trình phê duyệt', en: 'Workflow template' },
  deadline: { vi: 'thời hạn', en: 'Deadline' },
  auditProgramme: { vi: 'chương trình đánh giá nội bộ', en: 'Audit programme' },
  audit: { vi: 'cuộc đánh giá nội bộ', en: 'Audit' },
  auditChecklistItem: { vi: 'câu hỏi đánh giá', en: 'Checklist item' },
  auditFinding: { vi: 'phát hiện đánh giá', en: 'Audit finding' },
  findingAttachment: { vi: 'tệp đính kèm phát hiện', en: 'Finding attachment' },
  nonconformity: { vi: 'điểm không phù hợp', en: 'Nonconformity' },
  correctiveAction: { vi: 'hành động khắc phục', en: 'Corrective action' },
  managementReview: { vi: 'cuộc họp xem xét của lãnh đạo', en: 'Management review' },
  managementReviewOutput: {
    vi: 'quyết định, hành động sau xem xét của lãnh đạo',
    en: 'Management review output',
  },
  declaration: { vi: 'quyết định công bố HTQLCL', en: 'Conformity declaration' },
  effectivenessConfirmation: { vi: 'xác nhận hiệu lực HTQLCL', en: 'Confirmation of effectiveness' },
  administrativeProcedure: { vi: 'thủ tục hành chính', en: 'Administrative procedure' },
  legalChange: { vi: 'văn bản pháp luật thay đổi', en: 'Legal change' },
  rolloutPlan: { vi: 'kế hoạch triển khai ISO điện tử', en: 'Rollout plan' },
  inspectionPlan: { vi: 'kế hoạch kiểm tra', en: 'Inspection plan' },
  inspection: { vi: 'cuộc kiểm tra', en: 'Inspection' },
  annualReport: { vi: 'báo cáo định kỳ', en: 'Annual report' },
};

/** Names of lifecycle states in messages. */
export const STATE_NAMES: Record<string, { vi: string; en: string }> = {
  DRAFT: { vi: 'Dự thảo', en: 'draft' },
  IN_APPROVAL: { vi: 'Đang trình duyệt', en: 'in approval' },
  APPROVED: { vi: 'Đã phê duyệt', en: 'approved' },
  EFFECTIVE: { vi: 'Đang hiệu lực', en: 'effective' },
  SUPERSEDED: { vi: 'Đã bị thay thế', en: 'superseded' },
  REJECTED: { vi: 'Bị từ chối', en: 'rejected' },
  WITHDRAWN: { vi: 'Đã hủy bỏ', en: 'withdrawn' },
  IN_PROGRESS: { vi: 'Đang xử lý', en: 'in progress' },
  RETURNED: { vi: 'Đã trả lại', en: 'returned' },
  CANCELLED: { vi: 'Đã hủy', en: 'cancelled' },
  PLANNED: { vi: 'Đã lập kế hoạch', en: 'planned' },
  REPORTED: { vi: 'Đã báo cáo', en: 'reported' },
  CLOSED: { vi: 'Đã đóng', en: 'closed' },
  OPEN: { vi: 'Mới ghi nhận', en: 'open' },
  ANALYSED: { vi: 'Đã phân tích nguyên nhân', en: 'analysed' },
  ACTION_PLANNED: { vi: 'Đã lập kế hoạch hành động', en: 'action planned' },
  IMPLEMENTED: { vi: 'Đã thực hiện hành động', en: 'implemented' },
  VERIFIED: { vi: 'Đã kiểm tra hiệu lực', en: 'verified' },
  DONE: { vi: 'Đã hoàn thành', en: 'done' },
  HELD: { vi: 'Đã họp', en: 'held' },
  RECORDED: { vi: 'Đã ghi nhận', en: 'recorded' },
  IN_FORCE: { vi: 'Đang có hiệu lực', en: 'in force' },
  REDECLARATION_REQUIRED: { vi: 'Phải công bố lại', en: 'awaiting re-declaration' },
  AWAITING_REPORT: { vi: 'Chờ báo cáo khắc phục', en: 'awaiting the corrective-action report' },
  REPORT_SUBMITTED: { vi: 'Đã nộp báo cáo khắc phục', en: 'report submitted' },
  REPORT_ACCEPTED: { vi: 'Đã chấp nhận báo cáo khắc phục', en: 'report accepted' },
  SUBMITTED: { vi: 'Đã gửi', en: 'submitted' },
  ACCEPTED: { vi: 'Đã tiếp nhận', en: 'accepted' },
};
