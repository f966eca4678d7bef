import { PDFDocument, PDFFont, PDFPage, rgb } from 'pdf-lib';
import { embedFonts, FontSet, styleOf } from './fonts';
import {
  A4,
  Align,
  Block,
  BODY_SIZE,
  ColumnsBlock,
  MARGINS,
  ParagraphBlock,
  Printable,
  RuleBlock,
  TableBlock,
  TEXT_WIDTH,
} from './printable';

const LINE_HEIGHT = 1.28;
const CELL_PADDING = 4;
const BLACK = rgb(0, 0, 0);

interface Word {
  text: string;
  font: PDFFont;
  width: number;
}

interface Line {
  words: Word[];
  width: number;
  /** The last line of a justified paragraph is not stretched. */
  last: boolean;
}

/**
 * Draws a Printable on A4 pages. Text is laid out word by word (wrapping on spaces, a word wider
 * than its frame is cut by letters), so mixed bold and italic runs share a line; blocks flow onto
 * a new page when the current one is full, and a table repeats its header there.
 */
export async function renderPdf(printable: Printable, when = new Date()): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(printable.title.normalize('NFC'));
  doc.setCreator('ISO điện tử');
  doc.setProducer('ISO điện tử (pdf-lib)');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  const fonts = await embedFonts(doc);
  const writer = new PdfWriter(doc, fonts);
  writer.blocks(printable.blocks, MARGINS.left, TEXT_WIDTH);
  if (printable.pageNumbers) writer.numberPages();
  return Buffer.from(await doc.save());
}

class PdfWriter {
  private page: PDFPage;
  private y: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: FontSet,
  ) {
    this.page = this.newPage();
    this.y = A4.height - MARGINS.top;
  }

  blocks(blocks: Block[], x: number, width: number): void {
    for (const block of blocks) this.block(block, x, width);
  }

  numberPages(): void {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      if (index === 0) return;
      const text = String(index + 1);
      const size = 13;
      const w = this.fonts.regular.widthOfTextAtSize(text, size);
      page.drawText(text, {
        x: MARGINS.left + (TEXT_WIDTH - w) / 2,
        y: A4.height - MARGINS.top / 2 - size / 2,
        size,
        font: this.fonts.regular,
        color: BLACK,
      });
    });
  }

  private newPage(): PDFPage {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGINS.top;
    return this.page;
  }

  private ensure(height: number): void {
    if (this.y - height < MARGINS.bottom && this.y < A4.height - MARGINS.top) this.newPage();
  }

  private block(block: Block, x: number, width: number): void {
    switch (block.kind) {
      case 'p':
        return this.paragraph(block, x, width, true);
      case 'rule':
        return this.rule(block, x, width, true);
      case 'space':
        this.y -= block.height;
        return;
      case 'columns':
        return this.columns(block, x, width);
      case 'table':
        return this.table(block, x, width);
      case 'pageBreak':
        this.newPage();
        return;
    }
  }

  /** Height of blocks laid out in a frame of this width (no page breaks: used for columns). */
  private heightOf(blocks: Block[], width: number): number {
    let height = 0;
    for (const block of blocks) {
      if (block.kind === 'p') height += this.paragraphHeight(block, width);
      else if (block.kind === 'rule') height += 4 + (block.spaceAfter ?? 0);
      else if (block.kind === 'space') height += block.height;
      else if (block.kind === 'columns')
        height +=
          Math.max(...block.cells.map((c, i) => this.heightOf(c, width * block.widths[i]))) +
          (block.spaceAfter ?? 0);
    }
    return height;
  }

  private paragraphHeight(block: ParagraphBlock, width: number): number {
    const size = block.size ?? BODY_SIZE;
    const lines = this.lines(block, width);
    return (block.spaceBefore ?? 0) + lines.length * size * LINE_HEIGHT + (block.spaceAfter ?? 0);
  }

  private lines(block: ParagraphBlock, width: number): Line[] {
    const size = block.size ?? BODY_SIZE;
    const space = this.fonts.regular.widthOfTextAtSize(' ', size);
    const words: Word[] = [];
    for (const run of block.runs) {
      const font = this.fonts[styleOf(run.bold, run.italic)];
      for (const piece of run.text.split(/\s+/).filter((w) => w.length > 0)) {
        for (const part of breakLong(piece, font, size, width - (block.firstLineIndent ?? 0)))
          words.push({ text: part, font, width: font.widthOfTextAtSize(part, size) });
      }
    }
    const lines: Line[] = [];
    let current: Word[] = [];
    let used = 0;
    for (const word of words) {
      const limit = width - (lines.length === 0 ? (block.firstLineIndent ?? 0) : 0);
      const next = current.length === 0 ? word.width : used + space + word.width;
      if (current.length > 0 && next > limit + 0.01) {
        lines.push({ words: current, width: used, last: false });
        current = [word];
        used = word.width;
      } else {
        current.push(word);
        used = next;
      }
    }
    if (current.length > 0 || lines.length === 0) lines.push({ words: current, width: used, last: true });
    else lines[lines.length - 1].last = true;
    return lines;
  }

  private paragraph(block: ParagraphBlock, x: number, width: number, flow: boolean): void {
    const size = block.size ?? BODY_SIZE;
    const lineHeight = size * LINE_HEIGHT;
    this.y -= block.spaceBefore ?? 0;
    const lines = this.lines(block, width);
    const space = this.fonts.regular.widthOfTextAtSize(' ', size);
    lines.forEach((line, index) => {
      if (flow) this.ensure(lineHeight);
      const indent = index === 0 ? (block.firstLineIndent ?? 0) : 0;
      const room = width - indent;
      const align: Align = block.align ?? 'left';
      let gap = space;
      let left = x + indent;
      if (align === 'center') left += (room - line.width) / 2;
      else if (align === 'right') left += room - line.width;
      else if (align === 'justify' && !line.last && line.words.length > 1)
        gap = space + (room - line.width) / (line.words.length - 1);
      const baseline = this.y - size * 0.95;
      for (const word of line.words) {
        this.page.drawText(word.text, { x: left, y: baseline, size, font: word.font, color: BLACK });
        left += word.width + gap;
      }
      this.y -= lineHeight;
    });
    this.y -= block.spaceAfter ?? 0;
  }

  private rule(block: RuleBlock, x: number, width: number, flow: boolean): void {
    if (flow) this.ensure(4);
    const length =
      typeof block.length === 'number'
        ? block.length
        : this.fonts[block.length.bold ? 'bold' : 'regular'].widthOfTextAtSize(
            block.length.text.normalize('NFC'),
            block.length.size,
          );
    const left = x + (width - length) / 2;
    this.y -= 3;
    this.page.drawLine({
      start: { x: left, y: this.y },
      end: { x: left + length, y: this.y },
      thickness: 0.6,
      color: BLACK,
    });
    this.y -= 1 + (block.spaceAfter ?? 0);
  }

  /** Frames side by side from the same top; the block ends below the tallest. */
  private columns(block: ColumnsBlock, x: number, width: number): void {
    const heights = block.cells.map((cell, i) => this.heightOf(cell, width * block.widths[i]));
    this.ensure(Math.max(...heights));
    const top = this.y;
    let bottom = top;
    let left = x;
    block.cells.forEach((cell, i) => {
      const w = width * block.widths[i];
      this.y = top;
      for (const inner of cell) {
        if (inner.kind === 'p') this.paragraph(inner, left, w, false);
        else if (inner.kind === 'rule') this.rule(inner, left, w, false);
        else if (inner.kind === 'space') this.y -= inner.height;
        else if (inner.kind === 'columns') this.columns(inner, left, w);
      }
      bottom = Math.min(bottom, this.y);
      left += w;
    });
    this.y = bottom - (block.spaceAfter ?? 0);
  }

  private table(block: TableBlock, x: number, width: number): void {
    const size = block.size ?? 11;
    const widths = block.widths.map((w) => w * width);
    const cellLines = (texts: string[], bold: boolean) =>
      texts.map((text, i) =>
        this.lines({ kind: 'p', runs: [{ text, bold }], size }, widths[i] - 2 * CELL_PADDING),
      );
    const rowHeight = (lines: Line[][]) =>
      Math.max(...lines.map((l) => l.length)) * size * LINE_HEIGHT + 2 * CELL_PADDING;
    const header = cellLines(block.header, true);
    const drawRow = (lines: Line[][], aligns: Align[], least = 0) => {
      const h = Math.max(least, rowHeight(lines));
      let left = x;
      lines.forEach((cell, i) => {
        this.page.drawRectangle({
          x: left,
          y: this.y - h,
          width: widths[i],
          height: h,
          borderColor: BLACK,
          borderWidth: 0.5,
        });
        let y = this.y - CELL_PADDING;
        for (const line of cell) {
          const room = widths[i] - 2 * CELL_PADDING;
          const align = aligns[i] ?? 'left';
          let wx = left + CELL_PADDING;
          if (align === 'center') wx += (room - line.width) / 2;
          else if (align === 'right') wx += room - line.width;
          const space = this.fonts.regular.widthOfTextAtSize(' ', size);
          for (const word of line.words) {
            this.page.drawText(word.text, { x: wx, y: y - size * 0.95, size, font: word.font, color: BLACK });
            wx += word.width + space;
          }
          y -= size * LINE_HEIGHT;
        }
        left += widths[i];
      });
      this.y -= h;
    };
    const headerAligns: Align[] = block.header.map(() => 'center');
    this.ensure(rowHeight(header) + size * 3);
    drawRow(header, headerAligns);
    block.rows.forEach((row, index) => {
      const lines = cellLines(row, false);
      const least = block.minRowHeights?.[index] ?? 0;
      const h = Math.max(least, rowHeight(lines));
      if (this.y - h < MARGINS.bottom) {
        this.newPage();
        drawRow(header, headerAligns);
      }
      drawRow(lines, block.aligns ?? [], least);
    });
    this.y -= block.spaceAfter ?? 8;
  }
}

/** A word wider than the frame (a long code or URL) is cut into pieces that fit. */
function breakLong(word: string, font: PDFFont, size: number, width: number): string[] {
  if (font.widthOfTextAtSize(word, size) <= width) return [word];
  const parts: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current && font.widthOfTextAtSize(current + ch, size) > width) {
      parts.push(current);
      current = ch;
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}
