import { connect, Socket } from 'node:net';

export interface RawResponse {
  status: number;
  body: { code?: string; message?: string; [key: string]: unknown };
  /** Body bytes the client had written when the answer came. */
  sentBodyBytes: number;
  /** Resolves when the server closes the connection. */
  closedByServer: Promise<void>;
  socket: Socket;
}

/**
 * Speaks HTTP by hand: writes a request head, then whatever `feed` writes, and reads one
 * answer (JSON body with Content-Length). A client library would not trickle a body a byte at
 * a time, nor declare a length it never sends.
 */
export function rawRequest(
  port: number,
  head: string,
  feed: (socket: Socket, sent: (n: number) => void) => void,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let sentBodyBytes = 0;
    let received = Buffer.alloc(0);
    let answered = false;
    const closedByServer = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const text = received.toString('utf8');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0 || answered) return;
      const length = Number(/content-length: (\d+)/i.exec(text.slice(0, end))?.[1] ?? NaN);
      const body = text.slice(end + 4);
      if (Buffer.byteLength(body) < length) return;
      answered = true;
      resolve({
        status: Number(text.slice(9, 12)),
        body: length > 0 ? JSON.parse(body) : {},
        sentBodyBytes,
        closedByServer,
        socket,
      });
    });
    socket.once('connect', () => {
      socket.write(head);
      feed(socket, (n) => (sentBodyBytes += n));
    });
    socket.once('close', () => {
      if (!answered) reject(new Error(`closed before an answer: ${received.toString()}`));
    });
  });
}

/** Writes `body` `chunkBytes` at a time (one byte by default), one chunk every `intervalMs`, until it is all sent or the socket is closed. */
export function trickle(
  socket: Socket,
  body: Buffer,
  intervalMs: number,
  sent: (n: number) => void,
  chunkBytes = 1,
): void {
  let offset = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || offset >= body.length) {
      clearInterval(timer);
      return;
    }
    const chunk = body.subarray(offset, offset + chunkBytes);
    socket.write(chunk);
    sent(chunk.length);
    offset += chunk.length;
  }, intervalMs);
  socket.once('close', () => clearInterval(timer));
}
