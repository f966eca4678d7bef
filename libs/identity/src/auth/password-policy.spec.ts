import { DomainError } from '@app/platform';
import {
  assertPasswordPolicy,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordProblem,
} from './password-policy';

describe('password policy', () => {
  it('accepts a long enough passphrase with spaces and Vietnamese letters', () => {
    expect(passwordProblem('mùa thu Hà Nội 2026', 'nguyenvana')).toBeUndefined();
  });

  it('counts characters after NFC: a letter typed with a combining mark counts once', () => {
    const decomposed = 'ê\u0301'.repeat(PASSWORD_MIN_LENGTH - 1); // 9 letters, 18 code units
    expect(decomposed.length).toBe(18);
    expect(passwordProblem(decomposed, 'nguyenvana')).toMatch(/ít nhất 10 ký tự/);
    expect(passwordProblem('ê\u0301'.repeat(PASSWORD_MIN_LENGTH), 'nguyenvana')).toBeUndefined();
  });

  it('refuses fewer than 10 and more than 200 characters', () => {
    expect(passwordProblem('k7q2m9x4w', 'nguyenvana')).toMatch(/ít nhất/);
    expect(passwordProblem('k7q2m9x4w1', 'nguyenvana')).toBeUndefined();
    expect(passwordProblem('x'.repeat(PASSWORD_MAX_LENGTH) + 'y', 'nguyenvana')).toMatch(/nhiều nhất 200/);
    expect(passwordProblem('xy'.repeat(PASSWORD_MAX_LENGTH / 2), 'nguyenvana')).toBeUndefined();
  });

  it('refuses control characters and lone surrogates', () => {
    expect(passwordProblem('mat khau\u0000 dai', 'nguyenvana')).toMatch(/ký tự điều khiển/);
    expect(passwordProblem('mat khau\tdai qua', 'nguyenvana')).toMatch(/ký tự điều khiển/);
    expect(passwordProblem('mat khau dai\u0085', 'nguyenvana')).toMatch(/ký tự điều khiển/);
    expect(passwordProblem('mat khau dai \ud800', 'nguyenvana')).toMatch(/Unicode không hợp lệ/);
    expect(passwordProblem('mat khau dai 😀', 'nguyenvana')).toBeUndefined();
  });

  it('refuses a password containing the username, whatever the case', () => {
    expect(passwordProblem('XxNguyenVanA2026', 'nguyenvana')).toMatch(/tên đăng nhập/);
  });

  it('refuses common passwords, also with surrounding spaces or in capitals', () => {
    expect(passwordProblem('1234567890', 'nguyenvana')).toMatch(/quá phổ biến/);
    expect(passwordProblem('  1234567890  ', 'nguyenvana')).toMatch(/quá phổ biến/);
    expect(passwordProblem('PassWord123', 'nguyenvana')).toMatch(/quá phổ biến/);
  });

  it('assertPasswordPolicy: 400 VALIDATION_FAILED naming the field, with the reason', () => {
    expect(() => assertPasswordPolicy('ngan', 'nguyenvana', 'newPassword')).toThrow(DomainError);
    try {
      assertPasswordPolicy('ngan', 'nguyenvana', 'newPassword');
    } catch (error) {
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [
          {
            field: 'newPassword',
            code: 'PASSWORD_POLICY',
            // Vietnamese by default, English with Accept-Language: en (the exception filter picks)
            messages: {
              vi: expect.stringMatching(/ít nhất 10 ký tự/),
              en: expect.stringMatching(/at least 10/),
            },
          },
        ],
      });
    }
    expect(() => assertPasswordPolicy('mùa thu Hà Nội 2026', 'nguyenvana')).not.toThrow();
  });
});
