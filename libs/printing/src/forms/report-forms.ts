import type { AgencyIssuer } from '@app/organization';
import type { DeclarationDecision } from '@app/reporting';
import { Block, p, Printable, rule, table } from '../layout/printable';
import {
  decisionBlocks,
  documentHeader,
  placeAndDate,
  QMS_GROUNDS,
  receiptAndSignature,
  shortDate,
  upper,
} from './nd30';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export interface AnnualReportFormData {
  issuer: AgencyIssuer;
  year: number;
  /** The day printed after the place: the submission, or today for a draft. */
  date: string;
  statusLabel: string;
  qualitySystemName: string | null;
  period: { from: string; to: string };
  sections: { section: string; rows: { label: string; value: string }[] }[];
  declaration: { status: string; number: string | null; date: string | null };
  assessment: string | null;
  difficulties: string | null;
  proposals: string | null;
}

/**
 * The annual report to Sở KH&CN as an administrative report (Nghị định 30/2020, Phụ lục I):
 * the header with the number left for the văn thư to fill in, "BÁO CÁO" and its subject, the
 * addressee, the figures compiled from the records, the agency's own text, recipients and the
 * head of agency's signature block.
 */
export function annualReportForm(data: AnnualReportFormData): Printable {
  const { issuer } = data;
  const blocks: Block[] = [
    documentHeader(issuer, `Số:        /BC-${issuer.abbreviation}`, placeAndDate(issuer.place, data.date)),
    p('BÁO CÁO', { align: 'center', size: 14, bold: true, spaceBefore: 6 }),
    p(
      `Tình hình áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm ${data.year}`,
      { align: 'center', size: 14, bold: true },
    ),
    rule(120, 10),
    p('Kính gửi: Sở Khoa học và Công nghệ.', { align: 'center', size: 14, spaceAfter: 10 }),
    p(
      `${issuer.name} báo cáo tình hình xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng${data.qualitySystemName ? ` (${data.qualitySystemName})` : ''} từ ngày ${shortDate(data.period.from)} đến ngày ${shortDate(data.period.to)} như sau:`,
      { align: 'justify', firstLineIndent: 28, spaceAfter: 8 },
    ),
    p('I. SỐ LIỆU TỪ HỒ SƠ CỦA HỆ THỐNG', { bold: true, spaceAfter: 6 }),
    table(
      [0.1, 0.68, 0.22],
      ['STT', 'Nội dung', 'Số liệu'],
      data.sections.flatMap((section, index) => [
        [ROMAN[index] ?? String(index + 1), upper(section.section), ''],
        ...section.rows.map((row, i) => [`${i + 1}`, row.label, row.value]),
      ]),
      { size: 11, aligns: ['center', 'left', 'right'] },
    ),
    p(
      `Tình trạng công bố: ${data.declaration.status}${data.declaration.number ? ` (Quyết định số ${data.declaration.number}${data.declaration.date ? ` ngày ${shortDate(data.declaration.date)}` : ''})` : ''}.`,
      { align: 'justify', firstLineIndent: 28, spaceAfter: 8 },
    ),
    p('II. ĐÁNH GIÁ CHUNG', { bold: true, spaceAfter: 4 }),
    p(data.assessment ?? '', { align: 'justify', firstLineIndent: 28, spaceAfter: 8 }),
    p('III. KHÓ KHĂN, VƯỚNG MẮC', { bold: true, spaceAfter: 4 }),
    p(data.difficulties ?? '', { align: 'justify', firstLineIndent: 28, spaceAfter: 8 }),
    p('IV. KIẾN NGHỊ, ĐỀ XUẤT', { bold: true, spaceAfter: 4 }),
    p(data.proposals ?? '', { align: 'justify', firstLineIndent: 28, spaceAfter: 12 }),
    receiptAndSignature(['- Như trên;', '- Lưu: VT, ISO.'], { title: issuer.headTitle, name: null }),
  ];
  return { title: `Báo cáo HTQLCL năm ${data.year} - ${issuer.name}`, blocks, pageNumbers: true };
}

export interface DeclarationFormData extends DeclarationDecision {
  issuer: AgencyIssuer;
}

/**
 * The decision declaring the QMS conform to TCVN ISO 9001:2015 (công bố, Thông tư
 * 26/2014/TT-BKHCN), with the number, date and signer the agency recorded.
 */
export function declarationForm(data: DeclarationFormData): Printable {
  const { issuer } = data;
  const procedures = data.administrativeProcedureCodes.length
    ? ` Các thủ tục hành chính thuộc phạm vi áp dụng: ${data.administrativeProcedureCodes.join(', ')}.`
    : '';
  const blocks = decisionBlocks({
    issuer,
    number: data.decisionNumber,
    date: data.decisionDate,
    subject: 'Về việc công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015',
    grounds: QMS_GROUNDS,
    proposer: 'Thư ký ISO',
    articles: [
      `Công bố Hệ thống quản lý chất lượng của ${issuer.name} phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đối với phạm vi: ${data.scope.replace(/[.;\s]+$/u, '')}.${procedures}`,
      'Quyết định này có hiệu lực kể từ ngày ký.',
      `Thư ký ISO, các phòng, đơn vị thuộc ${issuer.name} và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.`,
    ],
    recipients: ['- Sở Khoa học và Công nghệ (để báo cáo);', '- Như Điều 3;', '- Lưu: VT, ISO.'],
    signer: { title: data.signerTitle, name: data.signerName },
  });
  return { title: `Quyết định ${data.decisionNumber} công bố HTQLCL`, blocks, pageNumbers: true };
}
