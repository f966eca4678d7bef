import { DomainError } from '@app/platform';
import { JSON_MAX_DEPTH, jsonNestsDeeperThan, refuseDeepJson } from './json-depth';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('JSON depth scanner', () => {
  it('counts arrays and objects alike, and allows exactly the limit', () => {
    expect(jsonNestsDeeperThan(bytes(nested(3)), 3)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(nested(4)), 3)).toBe(true);
    expect(jsonNestsDeeperThan(bytes('{"a":{"b":{"c":1}}}'), 3)).toBe(false);
    expect(jsonNestsDeeperThan(bytes('{"a":[{"c":[1]}]}'), 3)).toBe(true);
  });

  it('measures depth, not the number of brackets: siblings do not add up', () => {
    expect(jsonNestsDeeperThan(bytes(`[${Array(1000).fill('[[]]').join(',')}]`), 3)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonNestsDeeperThan(bytes(`{"a":"${'['.repeat(100)}"}`), 2)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(`{"a":"\\"${'{'.repeat(100)}"}`), 2)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(`{"a":"\\\\","b":[[[1]]]}`), 3)).toBe(true);
  });

  it('is not fooled by multi-byte characters around brackets', () => {
    expect(jsonNestsDeeperThan(bytes(`{"tiêu đề":["Quy trình", {"mã":"QT-05"}]}`), 3)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(`{"tiêu đề":["Quy trình", {"mã":["QT-05"]}]}`), 3)).toBe(true);
  });

  it('refuses a 400,000-level body with JSON_TOO_DEEP naming the limit', () => {
    let thrown: unknown;
    try {
      refuseDeepJson({} as never, undefined, bytes(nested(400_000)), 'utf-8');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'JSON_TOO_DEEP', params: { limit: JSON_MAX_DEPTH } });
  });

  it('accepts a body at the limit, and reads UTF-16 bodies too', () => {
    expect(() =>
      refuseDeepJson({} as never, undefined, bytes(nested(JSON_MAX_DEPTH)), 'utf-8'),
    ).not.toThrow();
    const utf16 = Buffer.from(nested(JSON_MAX_DEPTH + 1), 'utf16le');
    expect(() => refuseDeepJson({} as never, undefined, utf16, 'utf-16le')).toThrow(DomainError);
  });

  it('answers MALFORMED_JSON for an encoding it cannot decode', () => {
    expect(() => refuseDeepJson({} as never, undefined, bytes('[]'), 'x-no-such-charset')).toThrow(
      expect.objectContaining({ code: 'MALFORMED_JSON' }),
    );
  });
});
