/*
 * A printable document as data: the forms (the decision, the cover page, the reports) build one,
 * and the PDF and DOCX renderers draw the same thing, so both formats say the same words in the
 * same order. Sizes are in points (1 mm = 2.835 pt); the page is A4 with Nghị định 30/2020's
 * margins (top and bottom 20 mm, left 30 mm, right 15 mm).
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface ParagraphBlock {
  kind: 'p';
  runs: Run[];
  align?: Align;
  /** Font size in points (default 13, Nghị định 30's body size). */
  size?: number;
  /** Indent of the first line, in points. */
  firstLineIndent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
}

/** A short horizontal line, centred in its frame: under the agency's name, the motto and the subject. */
export interface RuleBlock {
  kind: 'rule';
  /** Its length in points, or the width of this text at this size and weight (the motto's line). */
  length: number | { text: string; size: number; bold?: boolean };
  spaceAfter?: number;
}

export interface SpaceBlock {
  kind: 'space';
  height: number;
}

/** Side-by-side frames without borders (the header's two columns, the place of receipt and the signature). */
export interface ColumnsBlock {
  kind: 'columns';
  /** Shares of the text width, adding up to 1. */
  widths: number[];
  cells: Block[][];
  spaceAfter?: number;
}

/** A bordered table with a header row repeated on each page. */
export interface TableBlock {
  kind: 'table';
  widths: number[];
  header: string[];
  rows: string[][];
  size?: number;
  /** Alignment per column (default left). */
  aligns?: Align[];
  /** Least height of each body row, in points (room to sign). */
  minRowHeights?: (number | undefined)[];
  spaceAfter?: number;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block = ParagraphBlock | RuleBlock | SpaceBlock | ColumnsBlock | TableBlock | PageBreakBlock;

export interface Printable {
  /** The PDF's title and the DOCX's title property. */
  title: string;
  blocks: Block[];
  /** Page numbers from the second page on, centred in the top margin (Nghị định 30/2020). */
  pageNumbers?: boolean;
}

export const MM = 72 / 25.4;
export const A4 = { width: 595.28, height: 841.89 };
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
export const BODY_SIZE = 13;

/** Builders that keep the forms short. */
export function p(
  text: string | Run[],
  options: Omit<ParagraphBlock, 'kind' | 'runs'> & { bold?: boolean; italic?: boolean } = {},
): ParagraphBlock {
  const { bold, italic, ...rest } = options;
  const runs = typeof text === 'string' ? [{ text, bold, italic }] : text;
  return { kind: 'p', runs: runs.map((r) => ({ ...r, text: r.text.normalize('NFC') })), ...rest };
}

export function rule(length: RuleBlock['length'], spaceAfter = 4): RuleBlock {
  return { kind: 'rule', length, spaceAfter };
}

export function space(height: number): SpaceBlock {
  return { kind: 'space', height };
}

export function columns(widths: number[], cells: Block[][], spaceAfter = 0): ColumnsBlock {
  return { kind: 'columns', widths, cells, spaceAfter };
}

export function table(
  widths: number[],
  header: string[],
  rows: string[][],
  options: Pick<TableBlock, 'size' | 'aligns' | 'spaceAfter' | 'minRowHeights'> = {},
): TableBlock {
  return {
    kind: 'table',
    widths,
    header: header.map((h) => h.normalize('NFC')),
    rows: rows.map((r) => r.map((c) => c.normalize('NFC'))),
    ...options,
  };
}

export const pageBreak: PageBreakBlock = { kind: 'pageBreak' };
