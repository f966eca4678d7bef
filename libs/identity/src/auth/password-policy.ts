import { DomainError } from '@app/platform';
import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

const COMMON = new Set(COMMON_PASSWORDS);
/** C0 and C1 control characters (NUL, tab, newline, DEL, U+0080–U+009F). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** A lone UTF-16 surrogate: not a character; hashed as U+FFFD, so two different passwords would match. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Why a password is refused (Vietnamese, for the `password` field of a 400), or undefined.
 * Length is counted in characters after NFC normalisation, so a Vietnamese letter typed as
 * letter + combining mark counts once. Spaces and any other printable characters are allowed.
 */
export function passwordProblem(password: string, username: string): string | undefined {
  const normalized = password.normalize('NFC');
  const length = [...normalized].length;
  if (length < PASSWORD_MIN_LENGTH) return `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`;
  if (length > PASSWORD_MAX_LENGTH) return `Mật khẩu có nhiều nhất ${PASSWORD_MAX_LENGTH} ký tự`;
  if (CONTROL.test(normalized)) return 'Mật khẩu không được chứa ký tự điều khiển (NUL, tab, xuống dòng…)';
  if (LONE_SURROGATE.test(normalized)) return 'Mật khẩu chứa ký tự Unicode không hợp lệ';
  const lower = normalized.toLowerCase();
  if (username && lower.includes(username.normalize('NFC').toLowerCase()))
    return 'Mật khẩu không được chứa tên đăng nhập';
  if (COMMON.has(lower) || COMMON.has(lower.trim()))
    return 'Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác';
  return undefined;
}

/** Throws 400 VALIDATION_FAILED naming `field` when the password breaks the policy. */
export function assertPasswordPolicy(password: string, username: string, field = 'password'): void {
  const problem = passwordProblem(password, username);
  if (problem)
    throw new DomainError('VALIDATION_FAILED', {}, [{ field, code: 'PASSWORD_POLICY', message: problem }]);
}
