/**
 * Stress of the embedded S3 server (scripts/s3-server.js) with the API's upload mix: each virtual
 * client streams a 200 KB–2 MB body to `tmp/<uuid>` with an unknown size (a multipart upload, as
 * the API does), stats and copies it to its content-addressed `blobs/…` key, reads it back now and
 * then, and removes the temporary object — many at once, so `tmp/` is emptied and refilled all
 * the time (the race that crashed s3rver 3.7.1). Bounded in time and loopback only.
 *
 *   npm run bench:build && node dist/bench/s3-stress.js
 *
 * S3_STRESS_SECONDS (default 60), S3_STRESS_CLIENTS (8), S3_STRESS_MODE (`mix`, or `pairs`: bare
 * put/delete pairs in `tmp/`), S3_STRESS_ENDPOINT (an S3 server already running; default: start
 * scripts/s3-server.js on a free port with a temporary directory). Exits non-zero if the server
 * died or any operation failed.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import * as Minio from 'minio';

const seconds = Number(process.env.S3_STRESS_SECONDS ?? 60);
const clients = Number(process.env.S3_STRESS_CLIENTS ?? 8);
const mode = process.env.S3_STRESS_MODE ?? 'mix';
const bucket = 'stress';
const root = join(__dirname, '..', '..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function startServer(): Promise<{ endpoint: string; child?: ChildProcess; cleanup: () => void }> {
  if (process.env.S3_STRESS_ENDPOINT) return { endpoint: process.env.S3_STRESS_ENDPOINT, cleanup: () => {} };
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), 's3-stress-'));
  const child = spawn(process.execPath, [join(root, 'scripts/s3-server.js')], {
    env: { ...process.env, S3_PORT: String(port), S3_DIRECTORY: directory },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(
        `S3 SERVER DIED (code ${code}, signal ${signal}) after ${elapsed()} s:\n${output.slice(-4000)}`,
      );
      process.exitCode = 1;
      serverDied = true;
    }
  });
  for (let i = 0; i < 100 && !output.includes('embedded S3 server'); i++) await sleep(100);
  if (!output.includes('embedded S3 server')) throw new Error(`s3-server did not start: ${output}`);
  return {
    endpoint: `http://127.0.0.1:${port}`,
    child,
    cleanup: () => rmSync(directory, { recursive: true, force: true }),
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const t0 = Date.now();
const elapsed = () => ((Date.now() - t0) / 1000).toFixed(1);
let stopping = false;
let serverDied = false;
const counts = { uploads: 0, reads: 0, removes: 0, errors: 0 };
const errors: string[] = [];

function body(): Buffer {
  const size = 200 * 1024 + Math.floor(Math.random() * (1800 * 1024));
  return randomBytes(size);
}

async function uploadMix(client: Minio.Client): Promise<void> {
  const bytes = body();
  const tmpKey = `tmp/${randomUUID()}`;
  try {
    // unknown size → multipart, like the API's streamed uploads
    await client.putObject(bucket, tmpKey, Readable.from([bytes]), undefined, {
      'Content-Type': 'application/pdf',
    });
    const sha = createHash('sha256').update(bytes).digest('hex');
    const key = `blobs/sha256/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`;
    const exists = await client.statObject(bucket, key).then(
      () => true,
      () => false,
    );
    if (!exists) await client.copyObject(bucket, key, `/${bucket}/${tmpKey}`, new Minio.CopyConditions());
    counts.uploads++;
    if (Math.random() < 0.3) {
      const stream = await client.getObject(bucket, key);
      const hash = createHash('sha256');
      for await (const chunk of stream) hash.update(chunk as Buffer);
      if (hash.digest('hex') !== sha) throw new Error(`read back ${key}: wrong bytes`);
      counts.reads++;
    }
    // the blob is removed too (as the orphan sweep does), so a long run keeps its disk use flat;
    // the blobs/ folders are emptied and refilled as often as tmp/
    await client.removeObject(bucket, key);
  } finally {
    await client.removeObject(bucket, tmpKey);
    counts.removes++;
  }
}

async function putDeletePair(client: Minio.Client): Promise<void> {
  const key = `tmp/${randomUUID()}`;
  await client.putObject(bucket, key, randomBytes(1024));
  counts.uploads++;
  await client.removeObject(bucket, key);
  counts.removes++;
}

async function main(): Promise<void> {
  const server = await startServer();
  const url = new URL(server.endpoint);
  const client = new Minio.Client({
    endPoint: url.hostname,
    port: Number(url.port),
    useSSL: false,
    accessKey: 'S3RVER',
    secretKey: 'S3RVER',
    region: 'us-east-1',
    partSize: 8 * 1024 * 1024,
  });
  if (!(await client.bucketExists(bucket))) await client.makeBucket(bucket, 'us-east-1');
  console.log(`${clients} clients, mode ${mode}, ${seconds} s against ${server.endpoint}`);
  const deadline = Date.now() + seconds * 1000;
  const step = mode === 'pairs' ? putDeletePair : uploadMix;
  const progress = setInterval(
    () => console.log(`[${elapsed()} s] ${JSON.stringify(counts)}`),
    Math.min(60_000, Math.max(5_000, (seconds * 1000) / 10)),
  );
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline && !serverDied) {
        try {
          await step(client);
        } catch (error) {
          counts.errors++;
          if (errors.length < 20) errors.push(`[${elapsed()} s] ${(error as Error).message}`);
          if (serverDied) return;
        }
      }
    }),
  );
  clearInterval(progress);
  stopping = true;
  server.child?.kill('SIGTERM');
  console.log(`[${elapsed()} s] done: ${JSON.stringify(counts)}, server ${serverDied ? 'DIED' : 'alive'}`);
  for (const e of errors) console.log(`  error ${e}`);
  server.cleanup();
  if (serverDied || counts.errors > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
