import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { DOCX_FONT } from './fonts';
import { Align, Block, BODY_SIZE, MARGINS, ParagraphBlock, Printable, TEXT_WIDTH } from './printable';

/** 1 pt = 20 twips; docx sizes text in half-points. */
const TWIPS = 20;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/**
 * The same Printable as a Word document, for an agency that edits the draft before it is signed:
 * A4 with the same margins, Times New Roman, the header columns as a borderless table.
 */
export async function renderDocx(printable: Printable): Promise<Buffer> {
  const doc = new Document({
    title: printable.title.normalize('NFC'),
    creator: 'ISO điện tử',
    styles: { default: { document: { run: { font: DOCX_FONT, size: BODY_SIZE * 2 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: {
              top: Math.round(MARGINS.top * TWIPS),
              bottom: Math.round(MARGINS.bottom * TWIPS),
              left: Math.round(MARGINS.left * TWIPS),
              right: Math.round(MARGINS.right * TWIPS),
            },
          },
        },
        headers: printable.pageNumbers
          ? {
              default: new Header({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [new TextRun({ children: [PageNumber.CURRENT] })],
                  }),
                ],
              }),
              first: new Header({ children: [new Paragraph({})] }),
            }
          : undefined,
        children: convert(printable.blocks, TEXT_WIDTH),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function convert(blocks: Block[], width: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let breakNext = false;
  for (const block of blocks) {
    switch (block.kind) {
      case 'p':
        out.push(paragraph(block, breakNext));
        breakNext = false;
        break;
      case 'rule': {
        const length =
          typeof block.length === 'number'
            ? block.length
            : block.length.text.length * block.length.size * 0.5;
        const indent = Math.max(0, Math.round(((width - length) / 2) * TWIPS));
        out.push(
          new Paragraph({
            indent: { left: indent, right: indent },
            border: { top: LINE },
            spacing: { before: 0, after: Math.round((block.spaceAfter ?? 0) * TWIPS), line: 120 },
            children: [],
          }),
        );
        break;
      }
      case 'space':
        out.push(
          new Paragraph({
            spacing: { before: 0, after: 0, line: Math.round(block.height * TWIPS), lineRule: 'exact' },
            children: [],
          }),
        );
        break;
      case 'pageBreak':
        breakNext = true;
        break;
      case 'columns':
        out.push(
          new Table({
            width: { size: Math.round(width * TWIPS), type: WidthType.DXA },
            columnWidths: block.widths.map((w) => Math.round(w * width * TWIPS)),
            borders: NO_BORDERS,
            rows: [
              new TableRow({
                children: block.cells.map(
                  (cell, i) =>
                    new TableCell({
                      width: { size: Math.round(block.widths[i] * width * TWIPS), type: WidthType.DXA },
                      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
                      children: ensureParagraph(convert(cell, block.widths[i] * width)),
                    }),
                ),
              }),
            ],
          }),
        );
        if (block.spaceAfter)
          out.push(
            new Paragraph({
              spacing: { after: 0, line: Math.round(block.spaceAfter * TWIPS), lineRule: 'exact' },
              children: [],
            }),
          );
        break;
      case 'table': {
        const size = (block.size ?? 11) * 2;
        const row = (texts: string[], header: boolean, least?: number) =>
          new TableRow({
            tableHeader: header,
            height: least ? { value: Math.round(least * TWIPS), rule: 'atLeast' } : undefined,
            children: texts.map(
              (text, i) =>
                new TableCell({
                  width: { size: Math.round(block.widths[i] * width * TWIPS), type: WidthType.DXA },
                  children: [
                    new Paragraph({
                      alignment: header ? AlignmentType.CENTER : ALIGN[block.aligns?.[i] ?? 'left'],
                      children: [new TextRun({ text, bold: header, size })],
                    }),
                  ],
                }),
            ),
          });
        out.push(
          new Table({
            width: { size: Math.round(width * TWIPS), type: WidthType.DXA },
            columnWidths: block.widths.map((w) => Math.round(w * width * TWIPS)),
            rows: [
              row(block.header, true),
              ...block.rows.map((r, i) => row(r, false, block.minRowHeights?.[i])),
            ],
          }),
        );
        out.push(new Paragraph({ children: [] }));
        break;
      }
    }
  }
  return out;
}

function paragraph(block: ParagraphBlock, pageBreakBefore: boolean): Paragraph {
  const size = (block.size ?? BODY_SIZE) * 2;
  return new Paragraph({
    alignment: ALIGN[block.align ?? 'left'],
    pageBreakBefore,
    indent: block.firstLineIndent ? { firstLine: Math.round(block.firstLineIndent * TWIPS) } : undefined,
    spacing: {
      before: Math.round((block.spaceBefore ?? 0) * TWIPS),
      after: Math.round((block.spaceAfter ?? 0) * TWIPS),
    },
    children: block.runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size })),
  });
}

/** A table cell must hold at least one paragraph. */
function ensureParagraph(children: (Paragraph | Table)[]): (Paragraph | Table)[] {
  return children.length > 0 && children[children.length - 1] instanceof Paragraph
    ? children
    : [...children, new Paragraph({ children: [] })];
}
