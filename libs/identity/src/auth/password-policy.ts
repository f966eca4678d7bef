import { invalidField } from '@app/platform';
import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

const COMMON = new Set(COMMON_PASSWORDS);
/** C0 and C1 control characters (NUL, tab, newline, DEL, U+0080–U+009F). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** A lone UTF-16 surrogate: not a character; hashed as U+FFFD, so two different passwords would match. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Why a password is refused, in both languages. */
interface Problem {
  vi: string;
  en: string;
}

function problemOf(password: string, username: string): Problem | undefined {
  const normalized = password.normalize('NFC');
  const length = [...normalized].length;
  if (length < PASSWORD_MIN_LENGTH)
    return {
      vi: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`,
      en: `the password must have at least ${PASSWORD_MIN_LENGTH} characters`,
    };
  if (length > PASSWORD_MAX_LENGTH)
    return {
      vi: `Mật khẩu có nhiều nhất ${PASSWORD_MAX_LENGTH} ký tự`,
      en: `the password may have at most ${PASSWORD_MAX_LENGTH} characters`,
    };
  if (CONTROL.test(normalized))
    return {
      vi: 'Mật khẩu không được chứa ký tự điều khiển (NUL, tab, xuống dòng…)',
      en: 'the password may not contain control characters (NUL, tab, line breaks…)',
    };
  if (LONE_SURROGATE.test(normalized))
    return {
      vi: 'Mật khẩu chứa ký tự Unicode không hợp lệ',
      en: 'the password contains an invalid Unicode character',
    };
  const lower = normalized.toLowerCase();
  if (username && lower.includes(username.normalize('NFC').toLowerCase()))
    return { vi: 'Mật khẩu không được chứa tên đăng nhập', en: 'the password may not contain the username' };
  if (COMMON.has(lower) || COMMON.has(lower.trim()))
    return {
      vi: 'Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác',
      en: 'this password is too common and easily guessed; choose another one',
    };
  return undefined;
}

/**
 * Why a password is refused (Vietnamese, for the `password` field of a 400), or undefined.
 * Length is counted in characters after NFC normalisation, so a Vietnamese letter typed as
 * letter + combining mark counts once. Spaces and any other printable characters are allowed.
 */
export function passwordProblem(password: string, username: string): string | undefined {
  return problemOf(password, username)?.vi;
}

/** Throws 400 VALIDATION_FAILED naming `field` when the password breaks the policy (Vietnamese, or English on request). */
export function assertPasswordPolicy(password: string, username: string, field = 'password'): void {
  const problem = problemOf(password, username);
  if (problem) throw invalidField(field, problem.vi, problem.en, 'PASSWORD_POLICY');
}
