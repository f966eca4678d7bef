import type { AgencyIssuer } from '@app/organization';
import { Block, columns, p, pageBreak, Printable, rule, space, table } from '../layout/printable';
import { documentName } from './decision-form';
import { shortDate, upper } from './nd30';

export interface SignOff {
  name: string | null;
  title: string;
  date: string | null;
}

export interface CoverFormData {
  issuer: AgencyIssuer;
  document: { code: string; title: string; type: string };
  revision: number;
  effectiveFrom: string | null;
  /** Who drafted (soạn thảo), reviewed (soát xét) and approved (phê duyệt) this revision. */
  drafted: SignOff;
  reviewed: SignOff;
  approved: SignOff;
  /** Every revision up to this one, oldest first (trang theo dõi sửa đổi). */
  history: { revision: number; effectiveFrom: string | null; changeSummary: string | null; status: string }[];
}

const STATUS_LABELS: Record<string, string> = {
  EFFECTIVE: 'Đang hiệu lực',
  SUPERSEDED: 'Hết hiệu lực',
  APPROVED: 'Đã phê duyệt',
  IN_APPROVAL: 'Đang trình duyệt',
  DRAFT: 'Dự thảo',
  REJECTED: 'Không được phê duyệt',
};

export function revisionLabel(revision: number): string {
  return String(revision).padStart(2, '0');
}

/**
 * A document's cover page (the agency, the document's type, title, code, revision and effective
 * date, and who drafted, reviewed and approved it, with titles, dates and room to sign) and its
 * amendment page (trang theo dõi sửa đổi: each revision, its date and what it changed).
 */
export function coverForm(data: CoverFormData): Printable {
  const { issuer, document } = data;
  const name = documentName(document.type, document.title);
  const signOffs = [data.drafted, data.reviewed, data.approved];
  const header: Block[] = [];
  if (issuer.parentName) header.push(p(upper(issuer.parentName), { align: 'center', size: 13 }));
  header.push(p(upper(issuer.name), { align: 'center', size: 13, bold: true }), rule(60, 80));
  const blocks: Block[] = [
    ...header,
    p(upper(name), { align: 'center', size: 18, bold: true, spaceAfter: 24 }),
    columns(
      [0.3, 0.4, 0.3],
      [
        [],
        [
          p(`Mã hiệu: ${document.code}`, { size: 13 }),
          p(`Lần ban hành: ${revisionLabel(data.revision)}`, { size: 13 }),
          p(`Ngày hiệu lực: ${shortDate(data.effectiveFrom) || '…/…/……'}`, { size: 13 }),
        ],
        [],
      ],
      120,
    ),
    table(
      [0.16, 0.28, 0.28, 0.28],
      ['', 'Soạn thảo', 'Soát xét', 'Phê duyệt'],
      [
        ['Họ và tên', ...signOffs.map((s) => s.name ?? '')],
        ['Chức danh', ...signOffs.map((s) => s.title)],
        ['Ngày', ...signOffs.map((s) => shortDate(s.date))],
        ['Chữ ký', '', '', ''],
      ],
      { size: 12, aligns: ['left', 'center', 'center', 'center'], minRowHeights: [0, 0, 0, 60] },
    ),
    pageBreak,
    p('TRANG THEO DÕI SỬA ĐỔI', { align: 'center', size: 14, bold: true, spaceAfter: 4 }),
    p(`${name} - Mã hiệu: ${document.code}`, { align: 'center', size: 12, italic: true, spaceAfter: 12 }),
    table(
      [0.2, 0.2, 0.4, 0.2],
      ['Lần ban hành', 'Ngày hiệu lực', 'Tóm tắt nội dung sửa đổi', 'Tình trạng'],
      data.history.map((h) => [
        revisionLabel(h.revision),
        shortDate(h.effectiveFrom),
        h.revision === 1 && !h.changeSummary ? 'Ban hành lần đầu' : (h.changeSummary ?? ''),
        STATUS_LABELS[h.status] ?? h.status,
      ]),
      { size: 12, aligns: ['center', 'center', 'left', 'center'] },
    ),
    space(4),
  ];
  return { title: `${document.code} - ${name} - lần ban hành ${revisionLabel(data.revision)}`, blocks };
}
