import { DOCUMENT_TYPE_LABELS } from '@app/documents';
import type { AgencyIssuer } from '@app/organization';
import { Printable } from '../layout/printable';
import { decisionBlocks, QMS_GROUNDS, vietnameseDate } from './nd30';

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

/** The grounds every decision on the QMS's documents cites. */
export const DECISION_GROUNDS = [
  ...QMS_GROUNDS,
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
  const blocks = decisionBlocks({
    issuer: data.issuer,
    number: data.numberText,
    date: data.decidedOn,
    subject: decisionSubject(data),
    grounds: DECISION_GROUNDS,
    proposer: data.requesterName ?? 'Thư ký ISO',
    articles: articles(data),
    recipients: ['- Như Điều 3;', '- Ban Chỉ đạo ISO;', '- Lưu: VT, ISO.'],
    signer: { title: data.issuer.headTitle, name: data.approverName },
  });
  return { title: `Quyết định ${data.numberText}`, blocks, pageNumbers: true };
}
