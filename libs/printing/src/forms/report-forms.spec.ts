import { execFileSync } from 'node:child_process';
import { renderPdf } from '../layout/pdf-renderer';
import { declarationForm } from './report-forms';

const ISSUER = {
  agencyId: '00000000-0000-0000-0000-000000000002',
  name: 'Ủy ban nhân dân phường Quyết Thắng',
  parentName: null,
  abbreviation: 'UBND',
  place: 'Quyết Thắng',
  headTitle: 'CHỦ TỊCH',
};

describe('the conformity declaration decision (công bố HTQLCL)', () => {
  it('prints the number, date, scope, procedures and signer the agency recorded, without a parent line for a People’s Committee', async () => {
    const pdf = await renderPdf(
      declarationForm({
        issuer: ISSUER,
        decisionNumber: '45/QĐ-UBND',
        decisionDate: '2026-01-08',
        signerName: 'A Văn Phê Duyệt',
        signerTitle: 'CHỦ TỊCH',
        scope: 'Các thủ tục hành chính thuộc thẩm quyền giải quyết của phường',
        administrativeProcedureCodes: ['1.001', '2.002'],
      }),
    );
    const lines = execFileSync('pdftotext', ['-raw', '-', '-'], { input: pdf, encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && l !== '\f');
    expect(lines.slice(0, 8)).toEqual([
      'ỦY BAN NHÂN DÂN PHƯỜNG',
      'QUYẾT THẮNG',
      'Số: 45/QĐ-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quyết Thắng, ngày 08 tháng 01 năm 2026',
      'QUYẾT ĐỊNH',
      'Về việc công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn',
    ]);
    const flat = lines.join(' ');
    expect(flat).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG QUYẾT THẮNG');
    expect(flat).toContain('Các thủ tục hành chính thuộc phạm vi áp dụng: 1.001, 2.002.');
    expect(lines.slice(-2)).toEqual(['CHỦ TỊCH', 'A Văn Phê Duyệt']);
  });
});
