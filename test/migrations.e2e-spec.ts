import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { MIGRATIONS } from '../migrations';
import { databaseUrl, PG_ADMIN_URL, REDIS_URL, TEST_DB_PREFIX } from './support/env';
import { killRunningNodes, NodeRun, runNode } from './support/processes';

const CLI = join(__dirname, '..', 'dist', 'apps', 'cli', 'src', 'main.js');
/** Every migration in the source tree, in order, as TypeORM names them in the `migrations` table. */
const EXPECTED = MIGRATIONS.map((M) => new M().name ?? M.name);

describe('migrate CLI on an empty database', () => {
  // the name carries the test prefix, so a run that crashed before dropping it is cleaned up by global setup
  const name = `${TEST_DB_PREFIX}migrate_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(name),
    REDIS_URL,
    QUEUE_PREFIX: name,
    LOG_LEVEL: 'silent',
  };
  const migrate = () => runNode([CLI, 'migrate'], env, 90_000);
  let db: Client | undefined;

  beforeAll(async () => {
    if (!existsSync(CLI)) {
      throw new Error(
        `${CLI} does not exist: run \`npm run build\` first (\`npm test\` builds before testing)`,
      );
    }
    const admin = new Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
    } finally {
      await admin.end();
    }
  });
  afterAll(async () => {
    killRunningNodes();
    await db?.end();
    const admin = new Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  const connect = async () => {
    db = new Client({ connectionString: databaseUrl(name) });
    await db.connect();
    return db;
  };
  const describeRun = (run: NodeRun) =>
    `exit ${run.code}${run.signal ? ` (${run.signal})` : ''}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;

  it('starts from a database without tables', async () => {
    const client = await connect();
    const tables = await client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(tables.rows).toEqual([]);
  });

  it('two migrate processes started at once both succeed and apply each migration exactly once', async () => {
    const runs = await Promise.all([migrate(), migrate()]);
    for (const run of runs) expect({ code: run.code, output: describeRun(run) }).toMatchObject({ code: 0 });

    // the advisory lock serialises them: one applies everything, the other then finds nothing to do
    const lines = runs.map((run) => run.stdout.trim()).sort();
    expect(lines).toEqual([`applied migrations: ${EXPECTED.join(', ')}`, 'migrations: up to date']);

    const applied = await db!.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    const names = applied.rows.map((row) => row.name);
    if (names.length !== new Set(names).size || names.join() !== EXPECTED.join()) {
      throw new Error(
        `migrations table lists ${JSON.stringify(names)}, the source tree ${JSON.stringify(EXPECTED)}` +
          ' (if dist/ is older than the source, run `npm run build`)',
      );
    }
    expect(names).toEqual(EXPECTED);
  });

  it('leaves a working schema: tables, extensions and f_unaccent', async () => {
    const tables = await db!.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        'migrations',
        'audit_trail',
        'outbox_events',
        'agencies',
        'users',
        'sessions',
        'refresh_tokens',
        'memberships',
        'quality_systems',
      ]),
    );
    const extensions = await db!.query<{ extname: string }>('SELECT extname FROM pg_extension');
    expect(extensions.rows.map((row) => row.extname)).toEqual(
      expect.arrayContaining(['citext', 'unaccent', 'pg_trgm']),
    );
    const unaccented = await db!.query<{ plain: string; folded: string }>(
      `SELECT f_unaccent('Đăng ký') AS plain, lower(f_unaccent('QUY TRÌNH Đánh giá nội bộ')) AS folded`,
    );
    expect(unaccented.rows[0]).toEqual({ plain: 'Dang ky', folded: 'quy trinh danh gia noi bo' });
    // the audit trail is append-only from the first migration on
    await db!.query(
      `INSERT INTO audit_trail (occurred_at, subject_type, subject_id, action, prev_hash, hash)
       VALUES (now(), 'test', '1', 'created', repeat('0', 64), repeat('1', 64))`,
    );
    await expect(db!.query('DELETE FROM audit_trail')).rejects.toThrow(/append-only/);
  });

  it('a third run exits 0, says it is up to date and changes nothing', async () => {
    const before = await db!.query('SELECT id, name, timestamp FROM migrations ORDER BY id');
    const run = await migrate();
    expect({ code: run.code, output: describeRun(run) }).toMatchObject({ code: 0 });
    expect(run.stdout.trim()).toBe('migrations: up to date');
    const after = await db!.query('SELECT id, name, timestamp FROM migrations ORDER BY id');
    expect(after.rows).toEqual(before.rows);
  });
});
