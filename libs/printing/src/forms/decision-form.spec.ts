import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from '../layout/pdf-renderer';
import { renderDocx } from '../layout/docx-renderer';
import { decisionForm, DecisionFormData, decisionSubject } from './decision-form';
import { vietnameseDate, placeAndDate } from './nd30';

const DATA: DecisionFormData = {
  kind: 'REVISION',
  numberText: '12/QĐ-STP',
  decidedOn: '2026-03-05',
  issuer: {
    agencyId: '00000000-0000-0000-0000-000000000001',
    name: 'Sở Tư pháp',
    parentName: 'UBND TỈNH KON TUM',
    abbreviation: 'STP',
    place: 'Kon Tum',
    headTitle: 'GIÁM ĐỐC',
  },
  document: { code: 'QT-01', title: 'Kiểm soát tài liệu', type: 'PROCEDURE' },
  revision: 2,
  previousRevision: 1,
  changeSummary: 'Cập nhật lưu đồ bước 3; bổ sung biểu mẫu BM-02',
  effectiveDate: '2026-03-10',
  reason: 'Sửa đổi theo kết quả đánh giá nội bộ',
  requesterName: 'Nguyễn Thị Thư Ký',
  approverName: 'Đặng Văn Phê Duyệt',
};

function pdftotext(pdf: Buffer, ...args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'decision-'));
  const file = join(dir, 'd.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

describe('the decision form (Nghị định 30/2020)', () => {
  it('writes dates as Phụ lục I does: leading zero for days below 10 and for January and February', () => {
    expect(vietnameseDate('2026-03-05')).toBe('ngày 05 tháng 3 năm 2026');
    expect(vietnameseDate('2026-02-15')).toBe('ngày 15 tháng 02 năm 2026');
    expect(vietnameseDate('2026-12-31')).toBe('ngày 31 tháng 12 năm 2026');
    expect(placeAndDate('Kon Tum', '2026-03-05')).toBe('Kon Tum, ngày 05 tháng 3 năm 2026');
  });

  it('prints the header, number, place and date, subject, grounds, articles, recipients and signer in an embedded font', async () => {
    const pdf = await renderPdf(decisionForm(DATA), new Date('2026-03-05T03:00:00Z'));
    if (process.env.PRINT_SAMPLES) writeFileSync(join(process.env.PRINT_SAMPLES, 'decision.pdf'), pdf);
    const text = pdftotext(pdf, '-raw')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    // -raw: in the order drawn (the header's left column, then its right column)
    expect(text.slice(0, 10)).toEqual([
      'UBND TỈNH KON TUM',
      'SỞ TƯ PHÁP',
      'Số: 12/QĐ-STP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Kon Tum, ngày 05 tháng 3 năm 2026',
      'QUYẾT ĐỊNH',
      'Về việc ban hành sửa đổi Quy trình Kiểm soát tài liệu',
      'GIÁM ĐỐC SỞ TƯ PHÁP',
      'Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của',
    ]);
    const flat = text.join(' ');
    expect(flat).toContain(
      'Điều 1. Ban hành kèm theo Quyết định này Quy trình Kiểm soát tài liệu, mã hiệu QT-01, lần ban hành 2 (sửa đổi, thay thế lần ban hành 1)',
    );
    expect(flat).toContain('Tóm tắt nội dung sửa đổi: Cập nhật lưu đồ bước 3; bổ sung biểu mẫu BM-02.');
    expect(flat).toContain('Điều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 3 năm 2026.');
    expect(flat).toContain('Xét đề nghị của Nguyễn Thị Thư Ký.');
    expect(text.slice(-6)).toEqual([
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Ban Chỉ đạo ISO;',
      '- Lưu: VT, ISO.',
      'GIÁM ĐỐC',
      'Đặng Văn Phê Duyệt',
    ]);
    const fonts = execFileSync('pdffonts', ['-'], { input: pdf, encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSerifCondensed-Bold-\d+\s+CID TrueType\s+Identity-H\s+yes\s+no\s+yes/);
    expect(pdf.length).toBeLessThan(120_000);
  });

  it('gives the same words as an editable DOCX', async () => {
    const docx = await renderDocx(decisionForm(DATA));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    if (process.env.PRINT_SAMPLES) writeFileSync(join(process.env.PRINT_SAMPLES, 'decision.docx'), docx);
  });

  it('words an ISSUE and a WITHDRAWAL as the agency would', async () => {
    expect(decisionSubject({ kind: 'ISSUE', document: DATA.document })).toBe(
      'Về việc ban hành Quy trình Kiểm soát tài liệu',
    );
    expect(
      decisionSubject({ kind: 'WITHDRAWAL', document: { ...DATA.document, title: 'Quy trình cũ' } }),
    ).toBe('Về việc hủy bỏ Quy trình cũ');
    const withdrawal = await renderPdf(
      decisionForm({ ...DATA, kind: 'WITHDRAWAL', revision: 3, reason: 'Thủ tục hành chính đã bị bãi bỏ' }),
    );
    const flat = pdftotext(withdrawal, '-raw').split('\n').join(' ');
    expect(flat).toContain(
      'Điều 1. Hủy bỏ Quy trình Kiểm soát tài liệu, mã hiệu QT-01, lần ban hành 3, thuộc Hệ thống quản lý chất lượng',
    );
    expect(flat).toContain('Lý do: Thủ tục hành chính đã bị bãi bỏ.');
    expect(flat).toContain('Kể từ ngày đó, tài liệu nêu tại Điều 1 hết hiệu lực');
  });
});
