/**
 * Vietnamese text as compared by people who may type it without its marks: diacritics dropped,
 * đ as d, lower case ("Giải quyết ĐÚNG hạn" → "giai quyet dung han").
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** A spreadsheet's header as matched against the names a column accepts: also without spaces or punctuation. */
export function headerKey(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]/g, '');
}
