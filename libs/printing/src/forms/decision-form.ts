import type { AgencyIssuer } from '@app/organization';
import { Block, p, Printable, rule } from '../layout/printable';
import { documentHeader, placeAndDate, receiptAndSignature, upper, vietnameseDate } from './nd30';

export type DecisionKind = 'ISSUE' | 'REVISION' | 'WITHDRAWAL';

export interface DecisionFormData {
  kind: DecisionKind;
  /** `12/QĐ-STP` */
  numberText: string;
  decidedOn: string;
  issuer: AgencyIssuer;
  document: { code: string; title: string; type: string };
  /** The revision issued (ISSUE, REVISION) or withdrawn (WITHDRAWAL). */
  revision: number | null;
  /** The revision a REVISION replaces. */
  previousRevision: number | null;
  changeSummary: string | null;
  effectiveDate: string;
  reason: string;
  requesterName: string | null;
  approverName: string | null;
}

export const DOCUMENT_TYPE_LABELS: Record<string, string> = {
  POLICY: 'Chính sách chất lượng',
  OBJECTIVES: 'Mục tiêu chất lượng',
  MANUAL: 'Sổ tay chất lượng',
  PROCEDURE: 'Quy trình',
  GUIDE: 'Hướng dẫn',
  FORM: 'Biểu mẫu',
  EXTERNAL: 'Tài liệu bên ngoài',
  RECORD: 'Hồ sơ',
};

/** The grounds every decision on the QMS's documents cites. */
export const DECISION_GROUNDS = [
  'Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05 tháng 3 năm 2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước;',
  'Căn cứ Thông tư số 26/2014/TT-BKHCN ngày 10 tháng 10 năm 2014 của Bộ trưởng Bộ Khoa học và Công nghệ quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg;',
  'Căn cứ Tiêu chuẩn quốc gia TCVN ISO 9001:2015 Hệ thống quản lý chất lượng - Các yêu cầu;',
];

/** `Quy trình Kiểm soát tài liệu`: the title, preceded by its type unless it already says it. */
export function documentName(type: string, title: string): string {
  const label = DOCUMENT_TYPE_LABELS[type] ?? 'Tài liệu';
  return title.toLowerCase().startsWith(label.toLowerCase()) ? title : `${label} ${title}`;
}

export function decisionSubject(data: Pick<DecisionFormData, 'kind' | 'document'>): string {
  const name = documentName(data.document.type, data.document.title);
  if (data.kind === 'ISSUE') return `Về việc ban hành ${name}`;
  if (data.kind === 'REVISION') return `Về việc ban hành sửa đổi ${name}`;
  return `Về việc hủy bỏ ${name}`;
}

function articles(data: DecisionFormData): string[] {
  const name = documentName(data.document.type, data.document.title);
  const agency = data.issuer.name;
  const effective = vietnameseDate(data.effectiveDate);
  if (data.kind === 'WITHDRAWAL') {
    return [
      `Hủy bỏ ${name}, mã hiệu ${data.document.code}, lần ban hành ${data.revision ?? ''}, thuộc Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 của ${agency}. Lý do: ${data.reason}.`,
      `Quyết định này có hiệu lực kể từ ${effective}. Kể từ ngày đó, tài liệu nêu tại Điều 1 hết hiệu lực và được lưu giữ làm hồ sơ, không được sử dụng.`,
      `Thư ký ISO, các phòng, đơn vị thuộc ${agency} và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.`,
    ];
  }
  const first =
    data.kind === 'ISSUE'
      ? `Ban hành kèm theo Quyết định này ${name}, mã hiệu ${data.document.code}, lần ban hành ${data.revision}, thuộc Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 của ${agency}.`
      : `Ban hành kèm theo Quyết định này ${name}, mã hiệu ${data.document.code}, lần ban hành ${data.revision} (sửa đổi, thay thế lần ban hành ${data.previousRevision}), thuộc Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 của ${agency}.${data.changeSummary ? ` Tóm tắt nội dung sửa đổi: ${data.changeSummary.replace(/[.;\s]+$/u, '')}.` : ''}`;
  const second =
    data.kind === 'ISSUE'
      ? `Quyết định này có hiệu lực kể từ ${effective}.`
      : `Quyết định này có hiệu lực kể từ ${effective}. Lần ban hành ${data.previousRevision} của tài liệu hết hiệu lực kể từ ngày này.`;
  return [
    first,
    second,
    `Thư ký ISO, các phòng, đơn vị thuộc ${agency} và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.`,
  ];
}

/** The decision to issue, revise or withdraw a document, in the form of Nghị định 30/2020 (Phụ lục I). */
export function decisionForm(data: DecisionFormData): Printable {
  const issuer = data.issuer;
  const blocks: Block[] = [
    documentHeader(issuer, `Số: ${data.numberText}`, placeAndDate(issuer.place, data.decidedOn)),
    p('QUYẾT ĐỊNH', { align: 'center', size: 14, bold: true, spaceBefore: 6 }),
    p(decisionSubject(data), { align: 'center', size: 14, bold: true }),
    rule(120, 14),
    p(`${upper(issuer.headTitle)} ${upper(issuer.name)}`, {
      align: 'center',
      size: 14,
      bold: true,
      spaceAfter: 10,
    }),
    ...DECISION_GROUNDS.map((text) =>
      p(text, { align: 'justify', italic: true, firstLineIndent: 28, spaceAfter: 4 }),
    ),
    p(`Xét đề nghị của ${data.requesterName ?? 'Thư ký ISO'}.`, {
      align: 'justify',
      italic: true,
      firstLineIndent: 28,
      spaceAfter: 6,
    }),
    p('QUYẾT ĐỊNH:', { align: 'center', size: 14, bold: true, spaceBefore: 6, spaceAfter: 8 }),
    ...articles(data).map((text, i) =>
      p([{ text: `Điều ${i + 1}.`, bold: true }, { text: ` ${text}` }], {
        align: 'justify',
        firstLineIndent: 28,
        spaceAfter: 6,
      }),
    ),
    p('', { spaceAfter: 6 }),
    receiptAndSignature(['- Như Điều 3;', '- Ban Chỉ đạo ISO;', '- Lưu: VT, ISO.'], {
      title: issuer.headTitle,
      name: data.approverName,
    }),
  ];
  return { title: `Quyết định ${data.numberText}`, blocks, pageNumbers: true };
}
