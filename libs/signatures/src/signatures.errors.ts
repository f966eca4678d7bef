import { CodesOf, defineErrors } from '@app/platform';

/** Error codes of signatures (checking and making PAdES signatures). */
export const SIGNATURES_ERRORS = defineErrors('signatures', {
  errors: {
    SIGNING_NOT_CONFIGURED:
      '503 Chưa cấu hình dịch vụ ký số (SIGNING_PROVIDER) | No signing provider is configured (SIGNING_PROVIDER)',
    SIGNING_PROVIDER_FAILED:
      '503 Dịch vụ ký số không trả về chữ ký: {reason} | The signing provider returned no signature: {reason}',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof SIGNATURES_ERRORS> {}
}
