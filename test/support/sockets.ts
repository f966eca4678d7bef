import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

/**
 * Records every outgoing TCP connection this process opens (via Node's 'net.client.socket'
 * diagnostics channel), so a test can check that shutting an app down closed all of them.
 */
export class SocketWatch {
  private readonly sockets: { socket: Socket; port?: number }[] = [];
  private readonly onSocket = (message: unknown) => {
    const entry: { socket: Socket; port?: number } = { socket: (message as { socket: Socket }).socket };
    entry.socket.once('connect', () => (entry.port = entry.socket.remotePort));
    this.sockets.push(entry);
  };

  start(): this {
    subscribe('net.client.socket', this.onSocket);
    return this;
  }

  stop(): void {
    unsubscribe('net.client.socket', this.onSocket);
  }

  /** Connections still open, as "port" strings (e.g. ['6379', '6379', '5432']). */
  open(): string[] {
    return this.sockets.filter((s) => !s.socket.destroyed).map((s) => String(s.port ?? 'connecting'));
  }

  get count(): number {
    return this.sockets.length;
  }
}
