import { CodesOf, defineErrors } from './error-registry';

/**
 * The generic codes, which belong to no one domain. Each lib declares its own in
 * libs/<lib>/src/<lib>.errors.ts (the idempotency codes: ../http/idempotency.errors.ts).
 */
export const PLATFORM_ERRORS = defineErrors('platform', {
  errors: {
    VALIDATION_FAILED: '400 Dữ liệu gửi lên không hợp lệ | The request data is invalid',
    MALFORMED_JSON: '400 Nội dung JSON không đúng cú pháp | The JSON body is malformed',
    JSON_TOO_DEEP:
      '400 Nội dung JSON lồng nhau quá sâu (tối đa {limit} cấp) | The JSON body is nested too deeply (at most {limit} levels)',
    UNAUTHENTICATED: '401 Chưa đăng nhập hoặc phiên đã hết hạn | Not authenticated or session expired',
    FORBIDDEN: '403 Bạn không có quyền thực hiện thao tác này | You are not allowed to do this',
    NOT_FOUND: '404 Không tìm thấy {resource} | {resource} not found',
    ROUTE_NOT_FOUND: '404 Không có đường dẫn này | No such route',
    STALE_VERSION:
      '409 Dữ liệu đã bị người khác thay đổi (phiên bản hiện tại {current}) | The resource was changed by someone else (current version {current})',
    DUPLICATE:
      '409 {resource} với {field} "{value}" đã tồn tại | {resource} with {field} "{value}" already exists',
    STATE_CONFLICT:
      '409 {resource} đang ở trạng thái "{state}"; không thể thực hiện thao tác này | {resource} is {state}; this action is not allowed',
    PAYLOAD_TOO_LARGE:
      '413 Tệp vượt quá dung lượng cho phép ({limit} byte) | The file exceeds the size limit ({limit} bytes)',
    UPLOAD_MALFORMED: '400 Yêu cầu tải tệp không hợp lệ: {reason} | Malformed upload: {reason}',
    REQUEST_BODY_TIMEOUT:
      '408 Nội dung yêu cầu gửi lên quá chậm (phải nhận đủ trong {seconds} giây) | The request body arrived too slowly (it must arrive within {seconds} s)',
    DEPENDENCY_UNAVAILABLE:
      '503 Dịch vụ tạm thời không sẵn sàng ({dependency}); vui lòng thử lại | Service temporarily unavailable ({dependency}); please retry',
    INTERNAL: '500 Lỗi hệ thống; mã tra cứu {requestId} | Internal error; reference {requestId}',
  },
  resources: {
    auditEntry: 'bản ghi nhật ký | Audit-trail entry',
  },
});

declare module './error-registry' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof PLATFORM_ERRORS> {}
}
