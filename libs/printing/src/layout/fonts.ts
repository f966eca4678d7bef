import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFFont } from 'pdf-lib';

/*
 * Every PDF the system prints embeds its font: DejaVu Serif Condensed (the npm package
 * dejavu-fonts-ttf; DejaVu's free licence, derived from Bitstream Vera), which covers every
 * Vietnamese letter with its precomposed glyph. Nothing relies on the reader's fonts. The DOCX
 * names Times New Roman instead, the font Nghị định 30/2020 prescribes, which every office
 * computer that edits the draft has.
 */

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontStyle, string> = {
  regular: 'DejaVuSerifCondensed.ttf',
  bold: 'DejaVuSerifCondensed-Bold.ttf',
  italic: 'DejaVuSerifCondensed-Italic.ttf',
  boldItalic: 'DejaVuSerifCondensed-BoldItalic.ttf',
};

export const DOCX_FONT = 'Times New Roman';

const cache = new Map<FontStyle, Buffer>();

function fontBytes(style: FontStyle): Buffer {
  let bytes = cache.get(style);
  if (!bytes) {
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    bytes = readFileSync(join(dir, FILES[style]));
    cache.set(style, bytes);
  }
  return bytes;
}

export type FontSet = Record<FontStyle, PDFFont>;

/** Embeds the four styles (subset: only the glyphs used are written). */
export async function embedFonts(doc: PDFDocument): Promise<FontSet> {
  doc.registerFontkit(fontkit);
  const entries = await Promise.all(
    (Object.keys(FILES) as FontStyle[]).map(
      async (style) => [style, await doc.embedFont(fontBytes(style), { subset: true })] as const,
    ),
  );
  return Object.fromEntries(entries) as FontSet;
}

export function styleOf(bold?: boolean, italic?: boolean): FontStyle {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  return italic ? 'italic' : 'regular';
}
