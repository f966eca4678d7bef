import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of identity (sign-in and sessions), with their status and messages, and the names
 * of its resources in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const IDENTITY_ERRORS = defineErrors('identity', {
  errors: {
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
    PASSWORD_CHANGE_REQUIRED: {
      status: 403,
      vi: 'Mật khẩu do quản trị viên đặt chỉ dùng một lần; hãy đổi mật khẩu (POST /api/v1/me/password) trước',
      en: 'Your password was set by an administrator; change it (POST /api/v1/me/password) first',
    },
    TOO_MANY_LOGIN_ATTEMPTS: {
      status: 429,
      vi: 'Đăng nhập sai quá nhiều lần; thử lại sau {retryAfter} giây',
      en: 'Too many failed logins; try again in {retryAfter} seconds',
    },
  },
  resources: {
    user: { vi: 'người dùng', en: 'User' },
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof IDENTITY_ERRORS> {}
}
