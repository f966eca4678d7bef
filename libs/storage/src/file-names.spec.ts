import { cleanFileName, splitExtension, withSuffix } from './file-names';

describe('file names', () => {
  it('keeps the last path segment only (no directories from either slash)', () => {
    expect(cleanFileName('C:\\Users\\a\\Quy trình.docx')).toBe('Quy trình.docx');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
  });

  it('stores Vietnamese names in NFC', () => {
    const decomposed = 'Quy trình.pdf'.normalize('NFD');
    expect(decomposed).not.toBe('Quy trình.pdf');
    expect(cleanFileName(decomposed)).toBe('Quy trình.pdf');
  });

  it('drops bidirectional overrides, zero-width and control characters that disguise a name', () => {
    expect(cleanFileName('hop-dong\u202Efdp.exe')).toBe('hop-dongfdp.exe');
    expect(cleanFileName('\ufeffbao\u200bcao\u0000.pdf')).toBe('baocao.pdf');
    expect(cleanFileName('a\u2066b\u2069\u061c.pdf')).toBe('ab.pdf');
  });

  it('trims, and is never empty', () => {
    expect(cleanFileName('  bao cao.pdf  ')).toBe('bao cao.pdf');
    expect(cleanFileName('\u202E\u200b')).toBe('file');
    expect(cleanFileName('dir/')).toBe('file');
  });

  it('cuts a long name to 255 characters keeping its extension, never inside a character', () => {
    const long = 'ệ'.repeat(300) + '.docx';
    const cleaned = cleanFileName(long);
    expect(Array.from(cleaned)).toHaveLength(255);
    expect(cleaned.endsWith('ệ.docx')).toBe(true);
    const emoji = cleanFileName('😀'.repeat(300));
    expect(Array.from(emoji)).toHaveLength(255);
    expect(emoji).toBe('😀'.repeat(255));
  });

  it('splits the type off a name, but not a version number', () => {
    expect(splitExtension('Báo cáo.PDF')).toEqual({ base: 'Báo cáo', extension: 'pdf' });
    expect(splitExtension('Báo cáo v1.0')).toEqual({ base: 'Báo cáo v1.0', extension: '' });
    expect(splitExtension('archive.tar.gz')).toEqual({ base: 'archive.tar', extension: 'gz' });
    expect(splitExtension('README')).toEqual({ base: 'README', extension: '' });
  });

  it('withSuffix fits base and suffix into 255 characters', () => {
    expect(withSuffix('a'.repeat(300), ' (2).pdf')).toBe('a'.repeat(247) + ' (2).pdf');
    expect(withSuffix('short', '.pdf')).toBe('short.pdf');
  });
});
