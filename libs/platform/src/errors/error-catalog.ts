import { CodesOf, defineErrors } from './error-registry';

/**
 * The generic codes, which belong to no one domain. Each lib declares its own in
 * libs/<lib>/src/<lib>.errors.ts (the idempotency codes: ../http/idempotency.errors.ts).
 */
export const PLATFORM_ERRORS = defineErrors('platform', {
  errors: {
    VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request data is invalid' },
    MALFORMED_JSON: { status: 400, vi: 'Nội dung JSON không đúng cú pháp', en: 'The JSON body is malformed' },
    JSON_TOO_DEEP: {
      status: 400,
      vi: 'Nội dung JSON lồng nhau quá sâu (tối đa {limit} cấp)',
      en: 'The JSON body is nested too deeply (at most {limit} levels)',
    },
    UNAUTHENTICATED: {
      status: 401,
      vi: 'Chưa đăng nhập hoặc phiên đã hết hạn',
      en: 'Not authenticated or session expired',
    },
    FORBIDDEN: {
      status: 403,
      vi: 'Bạn không có quyền thực hiện thao tác này',
      en: 'You are not allowed to do this',
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
    STATE_CONFLICT: {
      status: 409,
      vi: '{resource} đang ở trạng thái "{state}"; không thể thực hiện thao tác này',
      en: '{resource} is {state}; this action is not allowed',
    },
    PAYLOAD_TOO_LARGE: {
      status: 413,
      vi: 'Tệp vượt quá dung lượng cho phép ({limit} byte)',
      en: 'The file exceeds the size limit ({limit} bytes)',
    },
    UPLOAD_MALFORMED: {
      status: 400,
      vi: 'Yêu cầu tải tệp không hợp lệ: {reason}',
      en: 'Malformed upload: {reason}',
    },
    REQUEST_BODY_TIMEOUT: {
      status: 408,
      vi: 'Nội dung yêu cầu gửi lên quá chậm (phải nhận đủ trong {seconds} giây)',
      en: 'The request body arrived too slowly (it must arrive within {seconds} s)',
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
  },
  resources: {
    auditEntry: { vi: 'bản ghi nhật ký', en: 'Audit-trail entry' },
  },
});

declare module './error-registry' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof PLATFORM_ERRORS> {}
}
