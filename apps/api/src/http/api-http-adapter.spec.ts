import { request as httpRequest, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { ApiHttpAdapter } from './api-http-adapter';

function get(server: Server, path: string, headers: Record<string, string> = {}) {
  const { port } = server.address() as AddressInfo;
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: string }>(
    (resolve, reject) => {
      const req = httpRequest({ port, path, headers }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('ApiHttpAdapter', () => {
  let adapter: ApiHttpAdapter;
  let app: Express;
  let server: Server;
  const born: { request: boolean; response: boolean }[] = [];

  beforeAll(async () => {
    adapter = new ApiHttpAdapter();
    adapter.initHttpServer({});
    app = adapter.getInstance<Express>();
    server = adapter.getHttpServer();
    // seen before express takes the request: what Node's server made
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) =>
      born.push({
        request: Object.getPrototypeOf(req) === app.request,
        response: Object.getPrototypeOf(res) === app.response,
      }),
    );
    app.get('/thing', (req, res) => {
      adapter.reply(res, { id: 'a', version: 3, q: req.query.q }, 200);
    });
    app.get('/list', (_req, res) => {
      adapter.reply(res, { items: [] }, 200);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('has Node make requests and responses with the app prototypes express would give them', async () => {
    born.length = 0;
    const answer = await get(server, '/thing?q=x');
    expect(answer.status).toBe(200);
    // express's own request and response API works on them (req.query, res.json through reply)
    expect(JSON.parse(answer.body)).toEqual({ id: 'a', version: 3, q: 'x' });
    expect(born).toEqual([{ request: true, response: true }]);
  });

  it('sends a versioned resource with its version as ETag, never answered 304 on it', async () => {
    const first = await get(server, '/thing');
    expect(first.headers.etag).toBe('"3"');
    const again = await get(server, '/thing', { 'If-None-Match': '"3"' });
    expect(again.status).toBe(200);
    expect(again.headers.etag).toBe('"3"');
  });

  it("leaves express's own ETag on an answer without a version", async () => {
    const first = await get(server, '/list');
    expect(first.headers.etag).toMatch(/^W\/"/);
    const again = await get(server, '/list', { 'If-None-Match': first.headers.etag! });
    expect(again.status).toBe(304);
  });
});
