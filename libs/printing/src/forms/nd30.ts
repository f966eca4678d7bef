import type { AgencyIssuer } from '@app/organization';
import { Block, columns, p, rule, space } from '../layout/printable';

/*
 * The parts every administrative document shares (Nghị định 30/2020, Phụ lục I): the national
 * title and motto, the issuing agency under the agency it answers to, the number and symbol, the
 * place and date, and the signature block.
 */

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * `ngày 05 tháng 3 năm 2026`: days below 10 and the months January and February take a leading
 * zero (Phụ lục I, section II.5); the other months do not.
 */
export function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** `Kon Tum, ngày 05 tháng 3 năm 2026` */
export function placeAndDate(place: string, date: string): string {
  return place ? `${place}, ${vietnameseDate(date)}` : vietnameseDate(date).replace(/^n/, 'N');
}

/** dd/mm/yyyy, for tables. */
export function shortDate(date: string | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi-VN');
}

/**
 * The header: on the left the agency it answers to (regular), the issuing agency (bold), a short
 * line, the number; on the right the national title, the motto over a line of its own length,
 * then the place and date in italics.
 */
export function documentHeader(
  issuer: AgencyIssuer,
  numberLine: string | null,
  placeDate: string | null,
): Block {
  const left: Block[] = [];
  if (issuer.parentName) left.push(p(upper(issuer.parentName), { align: 'center', size: 12 }));
  left.push(p(upper(issuer.name), { align: 'center', size: 12, bold: true }), rule(50, 6));
  if (numberLine) left.push(p(numberLine, { align: 'center', size: 13 }));
  const right: Block[] = [
    p(NATIONAL_TITLE, { align: 'center', size: 12, bold: true }),
    p(MOTTO, { align: 'center', size: 13, bold: true }),
    rule({ text: MOTTO, size: 13, bold: true }, 6),
  ];
  if (placeDate) right.push(p(placeDate, { align: 'center', size: 13, italic: true }));
  return columns([0.42, 0.58], [left, right], 14);
}

/**
 * The place of receipt (left, 12 pt bold italic heading, 11 pt lines) beside the signature block
 * (right: the signer's title in bold, room for the signature and seal, the name in bold).
 */
export function receiptAndSignature(
  recipients: string[],
  signer: { authority?: string; title: string; name: string | null; note?: string },
): Block {
  const left: Block[] = [
    p('Nơi nhận:', { size: 12, bold: true, italic: true }),
    ...recipients.map((r) => p(r, { size: 11 })),
  ];
  const right: Block[] = [];
  if (signer.authority) right.push(p(upper(signer.authority), { align: 'center', size: 13, bold: true }));
  right.push(p(upper(signer.title), { align: 'center', size: 13, bold: true }));
  if (signer.note) right.push(p(signer.note, { align: 'center', size: 11, italic: true }));
  right.push(space(62));
  if (signer.name) right.push(p(signer.name, { align: 'center', size: 13, bold: true }));
  return columns([0.5, 0.5], [left, right]);
}

/** The legal grounds a decision on the QMS cites (Decision 19/2014/QĐ-TTg, Circular 26/2014/TT-BKHCN). */
export const QMS_GROUNDS = [
  'Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước;',
  'Căn cứ Thông tư số 26/2014/TT-BKHCN ngày 10 tháng 10 năm 2014 của Bộ trưởng Bộ Khoa học và Công nghệ quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg;',
];

export interface DecisionParts {
  issuer: AgencyIssuer;
  /** `12/QĐ-STP` */
  number: string;
  date: string;
  /** `Về việc …` */
  subject: string;
  grounds: string[];
  /** Whose proposal the decision answers: `Xét đề nghị của <proposer>.` */
  proposer: string;
  /** Điều 1, Điều 2, … */
  articles: string[];
  recipients: string[];
  signer: { title: string; name: string | null };
}

/**
 * A decision (quyết định, Phụ lục I): the header with its number, "QUYẾT ĐỊNH" and its subject,
 * the deciding head of agency, the grounds and the proposal it answers, "QUYẾT ĐỊNH:", the
 * numbered articles, then the places of receipt beside the signature block.
 */
export function decisionBlocks(d: DecisionParts): Block[] {
  const center = { align: 'center', size: 14, bold: true } as const;
  const preamble = { align: 'justify', italic: true, firstLineIndent: 28 } as const;
  return [
    documentHeader(d.issuer, `Số: ${d.number}`, placeAndDate(d.issuer.place, d.date)),
    p('QUYẾT ĐỊNH', { ...center, spaceBefore: 6 }),
    p(d.subject, center),
    rule(120, 14),
    p(`${upper(d.issuer.headTitle)} ${upper(d.issuer.name)}`, { ...center, spaceAfter: 10 }),
    ...d.grounds.map((text) => p(text, { ...preamble, spaceAfter: 4 })),
    p(`Xét đề nghị của ${d.proposer}.`, { ...preamble, spaceAfter: 6 }),
    p('QUYẾT ĐỊNH:', { ...center, spaceBefore: 6, spaceAfter: 8 }),
    ...d.articles.map((text, i) =>
      p([{ text: `Điều ${i + 1}.`, bold: true }, { text: ` ${text}` }], {
        align: 'justify',
        firstLineIndent: 28,
        spaceAfter: 6,
      }),
    ),
    p('', { spaceAfter: 6 }),
    receiptAndSignature(d.recipients, d.signer),
  ];
}
