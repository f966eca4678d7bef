import { ChildProcess, spawn } from 'node:child_process';
import { connect, Socket } from 'node:net';
import { join } from 'node:path';
import { createTestDatabase, dropTestDatabase, ADMIN, JWT_SECRET } from './support/harness';
import { databaseUrl, REDIS_URL } from './support/env';
import { freePort } from './support/processes';
import { waitFor } from './support/wait';

/**
 * SIGTERM to the compiled API and worker (as a deployment or `dev.sh` stops them): new
 * connections are refused at once, the requests in flight are answered, and the process is gone
 * within SHUTDOWN_GRACE_MS — it does not keep serving keep-alive clients until it is killed.
 */
const GRACE_MS = 4000;
const root = join(__dirname, '..');

interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

function spawnNode(script: string, env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, [join(root, script)], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  return { child, output: () => output, exited };
}

/** Opens a TCP connection; resolves with the socket, or with the error code when refused. */
function tryConnect(port: number): Promise<Socket | string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

/** A raw HTTP request whose body is sent later: the request is in flight from its headers on. */
function heldRequest(port: number, path: string, body: string) {
  const socket = connect(port, '127.0.0.1');
  let answer = '';
  socket.on('data', (c: Buffer) => (answer += c.toString()));
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(answer)));
  socket.on('error', () => undefined);
  const opened = new Promise<void>((resolve) => socket.once('connect', resolve)).then(() => {
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    // the first byte of the body: the server is now reading it
    socket.write(body.slice(0, 1));
  });
  return { opened, finish: () => socket.write(body.slice(1)), closed, socket };
}

describe('graceful shutdown on SIGTERM', () => {
  let database: string;
  let api: Spawned | undefined;
  let worker: Spawned | undefined;

  const env = (port: number): Record<string, string> => ({
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl(database),
    REDIS_URL,
    QUEUE_PREFIX: database,
    S3_ENDPOINT: process.env.TEST_S3_ENDPOINT ?? 'http://127.0.0.1:9000',
    S3_BUCKET: database.replace(/_/g, '-'),
    JWT_SECRET,
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    MIGRATE_ON_START: 'false',
    SHUTDOWN_GRACE_MS: String(GRACE_MS),
    LOG_LEVEL: 'info',
  });

  const startApi = async (): Promise<{ spawned: Spawned; port: number }> => {
    const port = await freePort();
    const spawned = spawnNode('dist/apps/api/src/main.js', env(port));
    api = spawned;
    await waitFor(
      'the API to answer /health',
      async () => {
        if (spawned.child.exitCode !== null) throw new Error(`the API exited:\n${spawned.output()}`);
        return (await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined))?.ok;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    return { spawned, port };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const s of [api, worker]) s?.child.kill('SIGKILL');
    await dropTestDatabase(database);
  });

  it('the API refuses new connections at once, answers the request in flight, then exits', async () => {
    const { spawned, port } = await startApi();
    // an idle keep-alive connection must not hold the process
    const idle = await fetch(`http://127.0.0.1:${port}/health`, { keepalive: true });
    expect(idle.status).toBe(200);
    const login = heldRequest(
      port,
      '/api/v1/auth/login',
      JSON.stringify({ username: ADMIN.username, password: ADMIN.password }),
    );
    await login.opened;
    await new Promise((resolve) => setTimeout(resolve, 300));

    const signalledAt = Date.now();
    spawned.child.kill('SIGTERM');
    // new connections are refused within moments, while the login is still open
    const refused = await waitFor(
      'new connections to be refused',
      async () => {
        const attempt = await tryConnect(port);
        if (typeof attempt === 'string') return attempt;
        attempt.destroy();
        return undefined;
      },
      { timeoutMs: 2000, intervalMs: 50 },
    );
    expect(refused).toBe('ECONNREFUSED');
    expect(Date.now() - signalledAt).toBeLessThan(2000);
    expect(login.socket.destroyed).toBe(false);

    // the request in flight is answered (2xx), on a connection the server then closes
    login.finish();
    const answer = await login.closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer).toContain('accessToken');

    const exit = await spawned.exited;
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - signalledAt).toBeLessThan(GRACE_MS);
    expect(spawned.output()).toContain('draining');
  }, 90_000);

  it('a request that never ends is cut after SHUTDOWN_GRACE_MS, and the API exits', async () => {
    const { spawned, port } = await startApi();
    const stalled = heldRequest(port, '/api/v1/auth/login', JSON.stringify({ username: 'x', password: 'y' }));
    await stalled.opened;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalledAt = Date.now();
    spawned.child.kill('SIGTERM');
    const exit = await spawned.exited;
    expect(exit).toMatchObject({ code: 0, signal: null });
    const took = exit.at - signalledAt;
    expect(took).toBeGreaterThanOrEqual(GRACE_MS - 100);
    expect(took).toBeLessThan(GRACE_MS + 5000);
    await stalled.closed;
    expect(stalled.socket.destroyed).toBe(true);
  }, 90_000);

  it('the worker stops on SIGTERM within the grace and exits cleanly', async () => {
    const spawned = spawnNode('dist/apps/worker/src/main.js', {
      ...env(3999),
      HEARTBEAT_INTERVAL_MS: '1000',
    });
    worker = spawned;
    await waitFor(
      'the worker to consume its queues',
      () => {
        if (spawned.child.exitCode !== null) throw new Error(`the worker exited:\n${spawned.output()}`);
        return spawned.output().includes('consuming');
      },
      { timeoutMs: 60_000 },
    );
    const signalledAt = Date.now();
    spawned.child.kill('SIGTERM');
    const exit = await spawned.exited;
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - signalledAt).toBeLessThan(GRACE_MS + 5000);
    expect(spawned.output()).toContain('stopped');
  }, 90_000);
});
