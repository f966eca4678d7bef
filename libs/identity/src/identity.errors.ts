import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of identity (sign-in and sessions), with their status and messages, and the names
 * of its resources in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const IDENTITY_ERRORS = defineErrors('identity', {
  errors: {
    INVALID_CREDENTIALS: '401 Tên đăng nhập hoặc mật khẩu không đúng | Wrong username or password',
    INVALID_REFRESH_TOKEN: '401 Mã làm mới phiên không hợp lệ | The refresh token is not valid',
    REFRESH_TOKEN_REUSED:
      '401 Mã làm mới phiên đã được sử dụng; mọi phiên liên quan đã bị thu hồi | The refresh token was already used; its session has been revoked',
    PASSWORD_CHANGE_REQUIRED:
      '403 Mật khẩu do quản trị viên đặt chỉ dùng một lần; hãy đổi mật khẩu (POST /api/v1/me/password) trước | Your password was set by an administrator; change it (POST /api/v1/me/password) first',
    TOO_MANY_LOGIN_ATTEMPTS:
      '429 Đăng nhập sai quá nhiều lần; thử lại sau {retryAfter} giây | Too many failed logins; try again in {retryAfter} seconds',
  },
  resources: {
    user: 'người dùng | User',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof IDENTITY_ERRORS> {}
}
