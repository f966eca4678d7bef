import { CodesOf, defineErrors } from '../errors/error-registry';

/** The codes of the Idempotency-Key handling (interceptor and key store). */
export const IDEMPOTENCY_ERRORS = defineErrors('platform', {
  errors: {
    IDEMPOTENCY_IN_PROGRESS:
      '409 Yêu cầu với cùng Idempotency-Key đang được xử lý | A request with the same Idempotency-Key is still being processed',
    IDEMPOTENCY_KEY_MISMATCH:
      '422 Idempotency-Key đã được dùng cho một yêu cầu khác | The Idempotency-Key was already used for a different request',
    TOO_MANY_IDEMPOTENCY_KEYS:
      '429 Bạn đang giữ quá nhiều Idempotency-Key (tối đa {limit}); thử lại sau {retryAfter} giây hoặc gửi yêu cầu không kèm khóa | You hold too many Idempotency-Keys (at most {limit}); try again in {retryAfter} seconds or send the request without a key',
  },
});

declare module '../errors/error-registry' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof IDEMPOTENCY_ERRORS> {}
}
