import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { PostgresProcess } from './processes';

const exec = promisify(execFile);

/**
 * A streaming replica of `primary` (pg_basebackup -R: a standby that follows the primary's WAL),
 * running as a PostgresProcess of its own on `port` under `directory`.
 */
export async function startReplica(
  primary: PostgresProcess,
  port: number,
  directory: string,
): Promise<PostgresProcess> {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  mkdirSync(directory, { recursive: true });
  await exec('chown', ['postgres:postgres', directory]);
  await exec('runuser', [
    '-u',
    'postgres',
    '--',
    `/usr/lib/postgresql/${versions[0]}/bin/pg_basebackup`,
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    `${directory}/data`,
    '-R',
    '-X',
    'stream',
  ]);
  const replica = new PostgresProcess(port, directory);
  await replica.start();
  return replica;
}

/** Runs one statement on a server and gives back its rows. */
export async function sqlOn<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Waits until the replica has replayed everything the primary has written so far. */
export async function caughtUp(primaryUrl: string, replicaUrl: string, timeoutMs = 20_000): Promise<void> {
  const [{ lsn }] = await sqlOn<{ lsn: string }>(primaryUrl, 'SELECT pg_current_wal_lsn()::text AS lsn');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ behind }] = await sqlOn<{ behind: boolean }>(
      replicaUrl,
      'SELECT pg_last_wal_replay_lsn() < $1::pg_lsn AS behind',
      [lsn],
    );
    if (!behind) return;
    if (Date.now() > deadline) throw new Error(`replica did not replay up to ${lsn}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
