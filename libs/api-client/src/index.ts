/**
 * Typed client of the ISO điện tử API: the types are generated from openapi.json (schema.d.ts),
 * the calls are made by openapi-fetch. This file only adds what every front-end needs on top:
 * the access token and language on each request, and helpers for If-Match, Idempotency-Key,
 * multipart uploads and error codes.
 */
import createFetchClient from 'openapi-fetch';
import type { Client, ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };
export type { Client, ClientOptions, FetchResponse, Middleware } from 'openapi-fetch';
/** openapi-fetch's own createClient, for a client without the helpers below. */
export { createFetchClient };

/** A named schema of the API: `Schema<'DocumentView'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
/** The body of every error answer: `{ statusCode, code, message, details? }`. */
export type ApiError = components['schemas']['ApiError'];
/** Every code of the error catalogue (see docs/errors.md). */
export type ErrorCode = components['schemas']['ErrorCode'];
/** A 409 refusing an action in the subject's state: `<RESOURCE>_IS_<STATE>`, one per state of each lifecycle. */
export type StateConflictCode = components['schemas']['StateConflictCode'];
/** The `code` of any error answer: a union of string literals, so a `switch` on it is checked. */
export type ApiErrorCode = ApiError['code'];
/**
 * Answers are read as JSON: an operation that can also send a spreadsheet or a file
 * (`format=xlsx`, file contents) is typed by its JSON answer. For the bytes, use
 * `createFetchClient<paths>()` with `parseAs: 'blob'`, or a plain link/fetch.
 */
export type ApiClient = Client<paths, 'application/json'>;

export interface ApiClientOptions extends ClientOptions {
  /** Where the API answers, without /api/v1 (the paths carry it): `https://iso.example.gov.vn`. */
  baseUrl: string;
  /** Read before each request; no token, no Authorization header (login, refresh). */
  accessToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Language of error messages: Vietnamese (the API's default) or English. */
  language?: 'vi' | 'en';
}

/** A client whose requests carry the caller's access token and preferred language. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const { accessToken, language, ...fetchOptions } = options;
  const client = createFetchClient<paths, 'application/json'>(fetchOptions);
  client.use({
    async onRequest({ request }) {
      const token = await accessToken?.();
      if (token && !request.headers.has('Authorization'))
        request.headers.set('Authorization', `Bearer ${token}`);
      if (language && !request.headers.has('Accept-Language'))
        request.headers.set('Accept-Language', language);
      return request;
    },
  });
  return client;
}

/** The If-Match header for a resource read at `version` (the API's ETag is the same string). */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

/**
 * A fresh Idempotency-Key: generate one per user action and reuse it when retrying that action.
 * Built with crypto.getRandomValues, which browsers also offer on plain-HTTP intranet pages
 * (crypto.randomUUID needs a secure context).
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * openapi-fetch `bodySerializer` for multipart operations: each field into a FormData, a File
 * keeping its name (the API checks that the extension matches the bytes). The browser sets the
 * Content-Type with its boundary.
 */
export function toFormData(body: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (value instanceof Blob) form.append(name, value, value instanceof File ? value.name : name);
    else form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return form;
}

/** Whether a value is an error body of the API (as `error` of a failed call is). */
export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { statusCode?: unknown }).statusCode === 'number' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}
