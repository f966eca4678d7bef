import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { RequestContext } from '../context/request-context';
import { requestLogging } from './logging';

/** A server logging through requestLogging into `lines`. */
function loggingServer(lines: Record<string, unknown>[], status: number): Server {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const log = requestLogging(pino({ level: 'info' }, sink));
  return createServer((req, res) => {
    log(req, res);
    Object.assign(req as IncomingMessage & Record<string, unknown>, {
      route: { path: '/documents/:id' },
      baseUrl: '/api/v1',
      user: new RequestContext({ id: 'u-1', username: 'a', fullName: 'A' }, [
        { agencyId: 'ag-1', roles: [] },
        { agencyId: '*', roles: [] },
      ]),
    });
    res.statusCode = status;
    res.end('{}');
  });
}

async function requestOnce(status: number, requestId?: string): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = [];
  const server = loggingServer(lines, status);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/documents/d-1?q=ho%20so`, {
    headers: requestId ? { 'X-Request-Id': requestId } : {},
  });
  await response.text();
  await new Promise((resolve) => server.close(resolve));
  return lines;
}

describe('request log line', () => {
  it('says who asked, through which route, with the request id and no query string', async () => {
    const lines = await requestOnce(200, 'req-42');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      req: { id: 'req-42', method: 'GET', url: '/api/v1/documents/d-1' },
      res: { statusCode: 200 },
      route: '/api/v1/documents/:id',
      userId: 'u-1',
      agencyIds: ['ag-1'],
    });
  });

  it('logs a server error at error level with the same identity', async () => {
    const [line] = await requestOnce(503);
    expect(line).toMatchObject({ level: 50, res: { statusCode: 503 }, userId: 'u-1' });
    expect(typeof line.req).toBe('object');
  });
});
