import type { IncomingMessage } from 'node:http';
import { DomainError } from '@app/platform';

/** Deepest nesting of arrays and objects a JSON body may have. */
export const JSON_MAX_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * True when a JSON text nests arrays and objects deeper than `limit`. One pass over the UTF-8
 * bytes, no allocation: brackets inside strings (escapes included) do not count. In UTF-8 the
 * bytes of these ASCII characters never occur inside a multi-byte character.
 */
export function jsonNestsDeeperThan(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
    }
  }
  return false;
}

/** The body as UTF-8 bytes (body-parser also accepts UTF-16 and UTF-32 JSON). */
function utf8Bytes(body: Buffer, encoding: string): Uint8Array {
  if (/^utf-?8$/i.test(encoding)) return body;
  try {
    return Buffer.from(new TextDecoder(encoding).decode(body), 'utf8');
  } catch {
    throw new DomainError('MALFORMED_JSON');
  }
}

/**
 * The JSON body parser's `verify` hook: runs on the raw bytes before JSON.parse, so a body
 * nested 400,000 levels deep is a cheap 400 instead of a stack overflow in parsing, class
 * transformation or validation.
 */
export function refuseDeepJson(
  _request: IncomingMessage,
  _response: unknown,
  body: Buffer,
  encoding: string,
): void {
  if (jsonNestsDeeperThan(utf8Bytes(body, encoding), JSON_MAX_DEPTH)) {
    throw new DomainError('JSON_TOO_DEEP', { limit: JSON_MAX_DEPTH });
  }
}
