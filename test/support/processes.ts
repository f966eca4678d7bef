import { ChildProcess, spawn } from 'node:child_process';
import type { Server } from 'node:http';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

/** A TCP port nobody listens on at this instant. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** A Redis server of the test's own, which it may stop and start (never the machine's Redis). */
export class RedisProcess {
  private child?: ChildProcess;

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.child) throw new Error('redis-server already running');
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    // last resort if the test process ends without afterAll (a crash, a killed worker)
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.off('exit', killOnExit));
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error('did not become ready within 10 s')), 10_000);
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(new Error(`redis-server on port ${this.port}: ${error.message}\n${output}`));
      };
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('error', fail);
      child.once('exit', (code) => fail(new Error(`exited with ${code}`)));
    }).catch(async (error: unknown) => {
      await this.stop();
      throw error;
    });
  }

  /** Kills the server (as a crash would) and waits until it is gone. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

// s3rver is plain JavaScript shipped in scripts/
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startS3Server } = require('../../scripts/s3-server.js') as {
  startS3Server: (o: { port: number; directory: string }) => Promise<Server>;
};

/** An S3 server (s3rver) of the test's own, stopped and restarted on the same port and directory. */
export class S3Process {
  private server?: Server;

  constructor(
    readonly port: number,
    readonly directory: string,
  ) {}

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.server) throw new Error('S3 server already running');
    this.server = await startS3Server({ port: this.port, directory: this.directory });
  }

  /** Closes the listening socket and every open connection: new requests are refused. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

export interface NodeRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const running = new Set<ChildProcess>();

/** Runs `node <args>` to completion with exactly the given environment; killed if it outlives `timeoutMs`. */
export function runNode(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      running.delete(child);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** For afterAll: kills whatever runNode started that is still running (a test that failed half-way). */
export function killRunningNodes(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/**
 * A PostgreSQL cluster of the test's own (initdb into a temporary folder, run as the postgres
 * user), so a test may stop and restart it without touching the machine's server.
 */
export class PostgresProcess {
  private readonly bin: string;

  constructor(
    readonly port: number,
    readonly directory: string,
  ) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    this.bin = `/usr/lib/postgresql/${versions[0]}/bin`;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  async init(): Promise<void> {
    mkdirSync(this.directory, { recursive: true });
    await run('chown', ['postgres:postgres', this.directory]);
    await run('runuser', [
      '-u',
      'postgres',
      '--',
      `${this.bin}/initdb`,
      '-D',
      `${this.directory}/data`,
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
  }

  start(): Promise<void> {
    return this.pgCtl([
      'start',
      '-w',
      '-l',
      `${this.directory}/log`,
      '-o',
      `-p ${this.port} -k ${this.directory} -c listen_addresses=127.0.0.1`,
    ]);
  }

  /** Fast shutdown: open connections are cut, as in a crash of the server machine's service. */
  stop(): Promise<void> {
    return this.pgCtl(['stop', '-w', '-m', 'fast']);
  }

  async destroy(): Promise<void> {
    await this.pgCtl(['stop', '-w', '-m', 'immediate']).catch(() => undefined);
    rmSync(this.directory, { recursive: true, force: true });
  }

  private pgCtl(args: string[]): Promise<void> {
    return run('runuser', [
      '-u',
      'postgres',
      '--',
      `${this.bin}/pg_ctl`,
      '-D',
      `${this.directory}/data`,
      ...args,
    ]);
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')}: exit ${code}\n${output}`)),
    );
  });
}

/** The embedded S3 server (scripts/s3-server.js) as a process of its own: stopping it is a crash, not a close. */
export class S3ChildProcess {
  private child?: ChildProcess;

  constructor(
    readonly port: number,
    readonly directory: string,
  ) {}

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [`${__dirname}/../../scripts/s3-server.js`], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        S3_PORT: String(this.port),
        S3_DIRECTORY: this.directory,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.off('exit', killOnExit));
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`s3-server did not start: ${output}`)), 10_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('embedded S3 server')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`s3-server exited with ${code}: ${output}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}
