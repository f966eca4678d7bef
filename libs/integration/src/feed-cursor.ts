import { invalidField } from '@app/platform';

/**
 * Cursors are opaque to clients (base64url of a versioned position), so the position behind
 * them may change without breaking anyone who stored one.
 */
export function encodeCursor(eventId: string): string {
  return Buffer.from(`v1:${eventId}`).toString('base64url');
}

/** The event id a cursor stands for; a malformed cursor is a 400 on `field`. */
export function decodeCursor(cursor: string, field = 'after'): string {
  const match = /^v1:([1-9][0-9]{0,18})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match || encodeCursor(match[1]) !== cursor)
    throw invalidField(
      field,
      `Trường "${field}" phải là một con trỏ (cursor) do nguồn tin này cấp`,
      `${field} must be a cursor from this feed`,
    );
  return match[1];
}
