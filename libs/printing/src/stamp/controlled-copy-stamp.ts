import { degrees, PDFDocument, rgb } from 'pdf-lib';
import { embedFonts } from '../layout/fonts';

export interface ControlledCopyMark {
  /** True for the revision in force: "BẢN KIỂM SOÁT"; false: "HẾT HIỆU LỰC" across every page. */
  inForce: boolean;
  code: string;
  revision: number;
  effectiveFrom: string | null;
  /** When it stopped being in force (superseded or withdrawn). */
  endedOn: string | null;
  downloadedBy: string;
  /** `29/11/2026 16:40` in Viet Nam. */
  downloadedAt: string;
}

const RED = rgb(0.75, 0.05, 0.05);

function ddmmyyyy(date: string | null): string {
  if (!date) return '—';
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** The lines of the stamp, in print order (tests compare them with what pdftotext reads). */
export function stampLines(mark: ControlledCopyMark): string[] {
  const lines = [
    mark.inForce ? 'BẢN KIỂM SOÁT' : 'HẾT HIỆU LỰC',
    `Mã: ${mark.code} - Lần ban hành: ${mark.revision}`,
    `Ngày hiệu lực: ${ddmmyyyy(mark.effectiveFrom)}`,
  ];
  if (!mark.inForce) lines.push(`Hết hiệu lực: ${ddmmyyyy(mark.endedOn)}`);
  lines.push(`Người tải: ${mark.downloadedBy}`, `Thời điểm tải: ${mark.downloadedAt}`);
  return lines.map((l) => l.normalize('NFC'));
}

/**
 * Stamps every page of a PDF: a framed block in the top right corner of the visible page area
 * naming the copy, the document's code and revision, its effective date and who downloaded it
 * when; a revision no longer in force also gets "HẾT HIỆU LỰC" across the page. The original
 * content is kept as it is (the stamp is drawn over it).
 */
export async function stampControlledCopy(pdf: Uint8Array, mark: ControlledCopyMark): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const fonts = await embedFonts(doc);
  const lines = stampLines(mark);
  const size = 8;
  const titleSize = 11;
  const padding = 4;
  const lineHeight = size * 1.3;
  const width =
    Math.max(
      fonts.bold.widthOfTextAtSize(lines[0], titleSize),
      ...lines.slice(1).map((l) => fonts.regular.widthOfTextAtSize(l, size)),
    ) +
    2 * padding;
  const height = titleSize * 1.3 + (lines.length - 1) * lineHeight + 2 * padding;
  for (const page of doc.getPages()) {
    const box = page.getCropBox();
    const x = box.x + box.width - width - 14;
    const top = box.y + box.height - 14;
    page.drawRectangle({
      x,
      y: top - height,
      width,
      height,
      borderColor: RED,
      borderWidth: 1,
      color: rgb(1, 1, 1),
      opacity: 0.85,
      borderOpacity: 1,
    });
    let y = top - padding - titleSize;
    const titleWidth = fonts.bold.widthOfTextAtSize(lines[0], titleSize);
    page.drawText(lines[0], {
      x: x + (width - titleWidth) / 2,
      y,
      size: titleSize,
      font: fonts.bold,
      color: RED,
    });
    y -= titleSize * 0.3 + lineHeight - size * 0.3;
    for (const line of lines.slice(1)) {
      page.drawText(line, { x: x + padding, y, size, font: fonts.regular, color: RED });
      y -= lineHeight;
    }
    if (!mark.inForce) {
      const text = 'HẾT HIỆU LỰC';
      const big = Math.min(box.width, box.height) / 7;
      const w = fonts.bold.widthOfTextAtSize(text, big);
      const angle = Math.atan2(box.height, box.width);
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      page.drawText(text, {
        x: cx - (w / 2) * Math.cos(angle) + (big / 3) * Math.sin(angle),
        y: cy - (w / 2) * Math.sin(angle) - (big / 3) * Math.cos(angle),
        size: big,
        font: fonts.bold,
        color: RED,
        opacity: 0.25,
        rotate: degrees((angle * 180) / Math.PI),
      });
    }
  }
  return Buffer.from(await doc.save());
}
