import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateDocumentDto } from './document.dto';

const base = {
  agencyId: '7a0c4c0e-0b7e-4c55-9c5e-1d2f3a4b5c6d',
  title: 'Quy trình kiểm soát tài liệu',
  type: 'PROCEDURE',
};

/** The constraints violated on one field of a create-document body (none: accepted). */
async function refused(field: string, value: unknown): Promise<string[]> {
  const errors = await validate(plainToInstance(CreateDocumentDto, { ...base, [field]: value }));
  return errors
    .filter((error) => error.property === field)
    .flatMap((error) => Object.keys(error.constraints ?? {}));
}

describe('document code rules', () => {
  it.each(['QT-05', 'BM-01/QT-05', 'QĐ.12_2026', 'STC/QT-KSTL-01', 'Đ1', '9001'])(
    'accepts %s',
    async (code) => {
      expect(await refused('code', code)).toEqual([]);
    },
  );

  it.each([
    ['an empty code', ''],
    ['a leading slash', '/QT-05'],
    ['a leading dash', '-QT-05'],
    ['a leading dot (hidden-file style)', '.QT'],
    ['a space', 'QT 05'],
    ['a backslash', 'QT\\05'],
    ['a control character', 'QT-05\u0000'],
    ['a right-to-left override', 'QT\u202E50'],
    ['61 characters', 'Q'.repeat(61)],
    ['a number, not a string', 5],
  ])('refuses %s', async (_label, code) => {
    expect(await refused('code', code)).not.toEqual([]);
  });

  it('allows exactly 60 characters', async () => {
    expect(await refused('code', 'Q'.repeat(60))).toEqual([]);
  });

  it('TTHC codes: ASCII letters, digits and . _ - only, at most 50', async () => {
    expect(await refused('administrativeProcedureCode', '1.001234.000.00.00.H12')).toEqual([]);
    expect(await refused('administrativeProcedureCode', 'thủ tục')).not.toEqual([]);
    expect(await refused('administrativeProcedureCode', 'A'.repeat(51))).not.toEqual([]);
    expect(await refused('administrativeProcedureCodes', ['1.001', 'x/y'])).not.toEqual([]);
  });
});
