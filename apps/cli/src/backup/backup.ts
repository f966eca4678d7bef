import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { AppConfig, ensureDatabase } from '@app/platform';
import { CHECKPOINT_PREFIX, LATEST_CHECKPOINT_KEY, MinioObjectStorage, ObjectStorage } from '@app/storage';

export const MANIFEST_FILE = 'manifest.json';
export const DUMP_FILE = 'database.dump';
const OBJECTS_DIR = 'objects';
const MANIFEST_FORMAT = 'iso-backup/1';

/** The newest audit-trail entry of the backup and how many entries lead up to it. */
export interface AuditHead {
  lastId: string;
  lastHash: string;
  count: number;
}

export interface ManifestObject {
  key: string;
  size: number;
  contentType: string;
  sha256: string;
}

/** What a backup holds; written last, so a directory without it is an unfinished backup. */
export interface BackupManifest {
  format: typeof MANIFEST_FORMAT;
  createdAt: string;
  database: { file: string; sha256: string; size: number; rowCounts: Record<string, number> };
  auditHead: AuditHead | null;
  objects: ManifestObject[];
  /** Checkpoint objects newer than the dump, left out (they name entries the dump does not have). */
  skippedCheckpoints: string[];
  durationMs: number;
}

export interface RestoreResult {
  tables: number;
  rows: number;
  objects: number;
  durationMs: number;
}

export class BackupError extends Error {}

/**
 * Runs a PostgreSQL client program on a database; its stderr becomes the error when it fails.
 * The password goes in PGPASSWORD, never on the command line (where `ps` shows it).
 */
function run(program: string, args: string[], databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...args, `--dbname=${url.toString()}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${program} failed (${code}): ${stderr.trim()}`)),
    );
  });
}

function hashing(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
  });
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function storageFor(config: AppConfig, bucket = config.S3_BUCKET): ObjectStorage {
  return new MinioObjectStorage(Object.assign(new AppConfig(), config, { S3_BUCKET: bucket }));
}

/** Every table of the public schema with its row count, as the transaction sees the data. */
async function countRows(client: Client): Promise<Record<string, number>> {
  const tables = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`,
    );
    counts[name] = Number(result.rows[0].n);
  }
  return counts;
}

async function auditHead(client: Client): Promise<AuditHead | null> {
  const result = await client.query<{ id: string; hash: string; count: string }>(
    `SELECT a.id::text AS id, a.hash, (SELECT count(*) FROM audit_trail b WHERE b.id <= a.id) AS count
       FROM audit_trail a ORDER BY a.id DESC LIMIT 1`,
  );
  const row = result.rows[0];
  return row ? { lastId: row.id, lastHash: row.hash, count: Number(row.count) } : null;
}

/** The id of the last entry a checkpoint object names (`audit-checkpoints/<stamp>-<lastId>.json`). */
function checkpointLastId(key: string): bigint | undefined {
  const match = /-(\d+)\.json$/.exec(key);
  return match ? BigInt(match[1]) : undefined;
}

/**
 * Backs up the database and the bucket into `directory` (created; it must be empty):
 * `database.dump` (pg_dump, custom format), `objects/<sha256>` (each distinct object once) and
 * `manifest.json` (sha256 per object, row count per table, audit-chain head).
 *
 * The dump is taken in one exported snapshot, and the row counts and the audit head are read
 * in that same snapshot. The objects are copied after it: every blob a row of the dump names
 * is there (blobs are content-addressed and only removed once no row names them), and blobs
 * uploaded meanwhile are merely unreferenced. Audit checkpoints newer than the dump are left
 * out and `latest.json` is replaced by the newest one the dump covers, so the restored trail
 * verifies against its own checkpoint.
 */
export async function backup(
  config: AppConfig,
  directory: string,
  hooks: { afterDatabaseDump?: () => Promise<void> } = {},
): Promise<BackupManifest> {
  const started = Date.now();
  await mkdir(directory, { recursive: true });
  if ((await readdir(directory)).length > 0) throw new BackupError(`${directory} is not empty`);
  await mkdir(join(directory, OBJECTS_DIR));

  const client = new Client({ connectionString: config.DATABASE_URL });
  await client.connect();
  let rowCounts: Record<string, number>;
  let head: AuditHead | null;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0].id;
    rowCounts = await countRows(client);
    head = await auditHead(client);
    await run(
      'pg_dump',
      ['--format=custom', `--snapshot=${snapshot}`, `--file=${join(directory, DUMP_FILE)}`],
      config.DATABASE_URL,
    );
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  await hooks.afterDatabaseDump?.();

  const storage = storageFor(config);
  const headId = head ? BigInt(head.lastId) : 0n;
  // a system that never stored a file may have no bucket yet: nothing to copy
  const listed = (
    await storage.list('').catch((error: unknown) => {
      if ((error as { code?: string }).code === 'NoSuchBucket') return [];
      throw error;
    })
  )
    .map((o) => o.key)
    .sort();
  const skippedCheckpoints = listed.filter((key) => {
    if (!key.startsWith(CHECKPOINT_PREFIX) || key === LATEST_CHECKPOINT_KEY) return false;
    const lastId = checkpointLastId(key);
    return lastId === undefined || lastId > headId;
  });
  const kept = listed.filter((key) => !skippedCheckpoints.includes(key));
  // the newest checkpoint the dump covers stands in for `latest.json`
  const covered = kept.filter((key) => key.startsWith(CHECKPOINT_PREFIX) && key !== LATEST_CHECKPOINT_KEY);
  const newestCovered = covered.sort((a, b) => Number(checkpointLastId(a)! - checkpointLastId(b)!)).pop();

  const objects: ManifestObject[] = [];
  const stored = new Set<string>();
  const copy = async (key: string, from: string) => {
    const info = await storage.stat(from);
    if (!info) return; // removed since it was listed (an orphan swept, a temporary upload done)
    const hash = createHash('sha256');
    const partial = join(directory, OBJECTS_DIR, `.partial-${objects.length}`);
    await pipeline(await storage.get(from), hashing(hash), createWriteStream(partial));
    const sha256 = hash.digest('hex');
    if (stored.has(sha256)) await rm(partial);
    else await rename(partial, join(directory, OBJECTS_DIR, sha256));
    stored.add(sha256);
    objects.push({ key, size: info.size, contentType: info.contentType, sha256 });
  };
  for (const key of kept) {
    if (key === LATEST_CHECKPOINT_KEY) continue;
    await copy(key, key);
  }
  if (newestCovered) await copy(LATEST_CHECKPOINT_KEY, newestCovered);

  const dumpPath = join(directory, DUMP_FILE);
  const manifest: BackupManifest = {
    format: MANIFEST_FORMAT,
    createdAt: new Date(started).toISOString(),
    database: {
      file: DUMP_FILE,
      sha256: await fileSha256(dumpPath),
      size: (await stat(dumpPath)).size,
      rowCounts,
    },
    auditHead: head,
    objects,
    skippedCheckpoints,
    durationMs: 0,
  };
  manifest.durationMs = Date.now() - started;
  await writeFile(join(directory, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  return manifest;
}

export async function readManifest(directory: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(join(directory, MANIFEST_FILE), 'utf8')) as BackupManifest;
  } catch (error) {
    throw new BackupError(
      `${directory} holds no readable ${MANIFEST_FILE} (unfinished backup?): ${String(error)}`,
    );
  }
  if (manifest.format !== MANIFEST_FORMAT)
    throw new BackupError(`unknown backup format: ${String(manifest.format)}`);
  return manifest;
}

/** Checks every file of the backup against the manifest's sha256 before anything is restored. */
async function checkBackup(directory: string, manifest: BackupManifest): Promise<void> {
  if ((await fileSha256(join(directory, DUMP_FILE))) !== manifest.database.sha256)
    throw new BackupError(`${DUMP_FILE} does not match the manifest's sha256`);
  const checked = new Set<string>();
  for (const object of manifest.objects) {
    if (!/^[0-9a-f]{64}$/.test(object.sha256))
      throw new BackupError(`bad sha256 in the manifest: ${object.key}`);
    if (checked.has(object.sha256)) continue;
    const actual = await fileSha256(join(directory, OBJECTS_DIR, object.sha256)).catch(() => 'missing');
    if (actual !== object.sha256)
      throw new BackupError(`object ${object.key}: file ${actual}, manifest ${object.sha256}`);
    checked.add(object.sha256);
  }
}

/**
 * Restores a backup into a NEW database and a NEW bucket: refuses when the database has any
 * table or the bucket any object (nothing is overwritten), checks every file of the backup
 * against the manifest first, then restores and checks the row counts and the audit head.
 */
export async function restore(
  config: AppConfig,
  directory: string,
  target: { databaseUrl: string; bucket: string },
): Promise<RestoreResult> {
  const started = Date.now();
  const manifest = await readManifest(directory);
  await ensureDatabase(target.databaseUrl);
  const client = new Client({ connectionString: target.databaseUrl });
  await client.connect();
  try {
    const existing = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
          AND s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg_toast%'`,
    );
    if (Number(existing.rows[0].n) > 0)
      throw new BackupError('the target database is not empty: restore only into a new database');
    const storage = storageFor(config, target.bucket);
    await storage.ensureBucket();
    if ((await storage.list('')).length > 0)
      throw new BackupError(`the bucket ${target.bucket} is not empty: restore only into a new bucket`);
    await checkBackup(directory, manifest);

    await run(
      'pg_restore',
      ['--no-owner', '--no-privileges', '--exit-on-error', join(directory, DUMP_FILE)],
      target.databaseUrl,
    );
    for (const object of manifest.objects) {
      const path = join(directory, OBJECTS_DIR, object.sha256);
      await storage.put(object.key, createReadStream(path), object.contentType, object.size);
    }

    const counts = await countRows(client);
    const wrong = Object.entries(manifest.database.rowCounts).filter(([table, n]) => counts[table] !== n);
    if (wrong.length > 0)
      throw new BackupError(
        `row counts differ after restore: ${wrong.map(([table, n]) => `${table} ${counts[table]} ≠ ${n}`).join(', ')}`,
      );
    const head = await auditHead(client);
    if (JSON.stringify(head) !== JSON.stringify(manifest.auditHead))
      throw new BackupError('the audit-trail head after restore is not the one of the backup');
    return {
      tables: Object.keys(counts).length,
      rows: Object.values(counts).reduce((a, b) => a + b, 0),
      objects: manifest.objects.length,
      durationMs: Date.now() - started,
    };
  } finally {
    await client.end();
  }
}
