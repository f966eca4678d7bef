/**
 * Characters that change how a name is displayed without being seen: C0 and C1 controls (and
 * DEL), the bidirectional marks, embeddings, overrides and isolates (U+202E turns
 * `hop-dong\u202Efdp.exe` into what reads as `hop-dongexe.pdf`), the Arabic letter mark, the zero
 * width space and the byte order mark.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** File names are kept to this many characters (most file systems allow 255). */
const MAX_NAME_LENGTH = 255;

export function splitExtension(name: string): { base: string; extension: string } {
  const match = /^(.*)\.([A-Za-z0-9]{1,10})$/s.exec(name);
  // an all-digit suffix ("Báo cáo v1.0") is part of the name, not a file type
  if (!match || !/[A-Za-z]/.test(match[2])) return { base: name, extension: '' };
  return { base: match[1], extension: match[2].toLowerCase() };
}

/**
 * The name a file is stored and served under: NFC (Vietnamese names keep their precomposed
 * form), the last segment of a path only, without invisible or control characters, trimmed, and
 * cut to 255 characters keeping its extension. Never empty.
 */
export function cleanFileName(raw: string): string {
  const lastSegment = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const visible = lastSegment.replace(INVISIBLE, '').trim();
  if (Array.from(visible).length <= MAX_NAME_LENGTH) return visible || 'file';
  const { base, extension } = splitExtension(visible);
  return withSuffix(base, visible.slice(visible.length - (extension ? extension.length + 1 : 0)));
}

/** `base` + `suffix`, the base cut (by characters, never inside one) so the whole fits 255 characters. */
export function withSuffix(base: string, suffix: string): string {
  return Array.from(base)
    .slice(0, MAX_NAME_LENGTH - Array.from(suffix).length)
    .join('')
    .concat(suffix);
}
