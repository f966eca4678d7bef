import { PASSWORD } from './options';

/** A minimal JSON client of the API (setup calls, not measured). */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async call<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Uploads a PDF to a draft version (multipart, field `file`), as a drafter's browser does. */
  async uploadPdf(
    token: string,
    doc: { id: string; draftVersion: { id: string } },
    bytes: Buffer,
    name: string,
  ) {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
    const path = `/api/v1/documents/${doc.id}/versions/${doc.draftVersion.id}/files`;
    const response = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    if (!response.ok) throw new Error(`upload → ${response.status} ${await response.text()}`);
  }

  async login(username: string, password = PASSWORD): Promise<string> {
    const result = await this.call<{ accessToken: string }>('POST', '/api/v1/auth/login', undefined, {
      username,
      password,
    });
    return result.accessToken;
  }
}

/** Runs `work` over `items` with at most `concurrency` at once. */
export async function pool<T, R>(
  items: T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      for (;;) {
        const index = next++;
        if (index >= items.length) return;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
}
