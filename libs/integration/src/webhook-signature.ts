import { createHmac, randomBytes } from 'node:crypto';

/** A webhook's signing secret: 32 random bytes, shown once when the webhook is created. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * `X-ISO-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`, keyed with the webhook's
 * secret. The timestamp (X-ISO-Timestamp, Unix seconds) is signed with the body, so a receiver
 * that refuses old timestamps also refuses a captured request replayed later.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
