import type { NextFunction, Request, Response } from 'express';

/** The languages the API answers in; Vietnamese is the default. */
export type Language = 'vi' | 'en';

const SUPPORTED: readonly Language[] = ['vi', 'en'];

/**
 * Picks the answer language from an `Accept-Language` header (RFC 9110 §12.5.4): ranges by
 * decreasing q-value (ties keep their order), `q=0` excluded, the first range whose primary tag
 * we speak wins; `*`, no header or only unknown languages give Vietnamese.
 */
export function negotiateLanguage(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return 'vi';
  const ranges = value
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => /^q=/i.test(p));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return {
        primary: (tag ?? '').trim().toLowerCase().split('-')[0],
        q: Number.isFinite(q) ? q : 0,
        index,
      };
    })
    .filter((range) => range.q > 0 && range.primary)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    if (range.primary === '*') return 'vi';
    const found = SUPPORTED.find((language) => language === range.primary);
    if (found) return found;
  }
  return 'vi';
}

export function languageOf(request: Pick<Request, 'headers'>): Language {
  return negotiateLanguage(request.headers['accept-language']);
}

/** Every answer says which language it speaks and that caches must key it by Accept-Language. */
export function contentLanguage() {
  return (request: Request, response: Response, next: NextFunction): void => {
    response.vary('Accept-Language');
    response.setHeader('Content-Language', languageOf(request));
    next();
  };
}
