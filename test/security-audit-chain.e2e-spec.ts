import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import Redis from 'ioredis';
import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { WorkerModule } from '../apps/worker/src/worker.module';
import {
  AuditCheckpoint,
  chainHash,
  DEV_AUDIT_HMAC_KEY,
  isAuthenticCheckpoint,
  keyedChainHash,
  loadConfig,
} from '../libs/platform/src';
import { AuditCheckpoints, LATEST_CHECKPOINT_KEY } from '../libs/storage/src';
import { databaseUrl, REDIS_URL } from './support/env';
import {
  ADMIN,
  bootApp,
  createTestDatabase,
  dropTestDatabase,
  startTestApp,
  TestApp,
  testConfig,
} from './support/harness';
import { dropBucket, listBucket, s3Client } from './support/s3';
import { waitFor } from './support/wait';
import { buildWorld, World } from './support/world';

interface Row {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  agency_id: string | null;
  subject_type: string;
  subject_id: string;
  action: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  data: Record<string, unknown> | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
  hash_alg: string;
}

/** The fields a link hashes, from a raw row (what an attacker with SQL access sees). */
const fieldsOf = (r: Row) => ({
  occurredAt: r.occurred_at,
  actorId: r.actor_id,
  actorName: r.actor_name,
  agencyId: r.agency_id,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  action: r.action,
  fromState: r.from_state,
  toState: r.to_state,
  reason: r.reason,
  data: r.data,
  requestId: r.request_id,
});

describe('security: the audit trail tail cannot be rewritten or cut unnoticed (keyed chain + checkpoints)', () => {
  let t: TestApp;
  let w: World;
  let checkpoints: AuditCheckpoints;

  const verify = async () =>
    (
      await t
        .http()
        .get('/api/v1/audit-trail/verify')
        .set('Authorization', `Bearer ${w.adminToken}`)
        .expect(200)
    ).body as Record<string, any>;
  const newest = async () => (await t.sql<Row>('SELECT * FROM audit_trail ORDER BY id DESC LIMIT 1'))[0];
  const count = async () =>
    Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM audit_trail'))[0].n);
  /** What a database superuser can do: switch the append-only trigger off for a moment. */
  const asSuperuser = async (work: () => Promise<unknown>) => {
    await t.sql('ALTER TABLE audit_trail DISABLE TRIGGER audit_trail_no_change');
    try {
      await work();
    } finally {
      await t.sql('ALTER TABLE audit_trail ENABLE TRIGGER audit_trail_no_change');
    }
  };
  const rewrite = (row: Row, reason: string | null, hash: string, alg: string) =>
    asSuperuser(() =>
      t.sql('UPDATE audit_trail SET reason = $2, hash = $3, hash_alg = $4 WHERE id = $1', [
        row.id,
        reason,
        hash,
        alg,
      ]),
    );
  const restore = (row: Row) => rewrite(row, row.reason, row.hash, row.hash_alg);
  /** Another recorded change: a rename of agency A. */
  const change = async (name: string) =>
    t
      .http()
      .patch(`/api/v1/agencies/${w.agencyA}`)
      .set('Authorization', `Bearer ${w.adminToken}`)
      .send({ name })
      .expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    checkpoints = t.app.get(AuditCheckpoints);
  });
  afterAll(async () => {
    await t?.close();
    if (t) await dropBucket(t.config);
  });

  it('keys every new entry (HMAC-SHA256 with AUDIT_HMAC_KEY, not a plain hash anyone can recompute)', async () => {
    const rows = await t.sql<Row>('SELECT * FROM audit_trail ORDER BY id');
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.hash_alg).toBe('hmac-sha256');
      expect(row.hash).toBe(keyedChainHash(t.config.AUDIT_HMAC_KEY, row.prev_hash, fieldsOf(row)));
      expect(row.hash).not.toBe(chainHash(row.prev_hash, fieldsOf(row)));
    }
  });

  it('a correct chain with a matching checkpoint verifies; the checkpoint lives in object storage, MAC’d', async () => {
    const taken = (await checkpoints.take())!;
    const last = await newest();
    expect(taken).toMatchObject({ lastId: last.id, lastHash: last.hash, count: await count() });
    const stored = JSON.parse(
      await new Promise<string>((resolve, reject) => {
        const chunks: Buffer[] = [];
        s3Client(t.config)
          .getObject(t.config.S3_BUCKET, LATEST_CHECKPOINT_KEY)
          .then((s) =>
            s
              .on('data', (c: Buffer) => chunks.push(c))
              .on('end', () => resolve(Buffer.concat(chunks).toString())),
          )
          .catch(reject);
      }),
    ) as AuditCheckpoint;
    expect(stored).toEqual(taken);
    expect(isAuthenticCheckpoint(t.config.AUDIT_HMAC_KEY, stored)).toBe(true);
    expect(isAuthenticCheckpoint('another-key-another-key-another-key!', stored)).toBe(false);
    const history = (await listBucket(t.config)).filter((k) => k.startsWith('audit-checkpoints/'));
    expect(history).toEqual(
      [expect.stringMatching(/^audit-checkpoints\/.+\.json$/), LATEST_CHECKPOINT_KEY].sort(),
    );

    const result = await verify();
    expect(result).toEqual({
      ok: true,
      checked: await count(),
      checkpoint: { lastId: last.id, at: taken.at, matches: true, stale: false },
    });
    // entries written after the checkpoint are covered by the chain alone: still ok
    await change('Sở Tư pháp (1)');
    expect(await verify()).toMatchObject({ ok: true, checked: await count(), checkpoint: { matches: true } });
  });

  it('attack: the newest entry rewritten with a recomputed plain sha256 is reported', async () => {
    const victim = await newest();
    const forged = { ...fieldsOf(victim), reason: 'không có gì xảy ra' };
    await rewrite(victim, forged.reason, chainHash(victim.prev_hash, forged), 'sha256');
    try {
      expect(await verify()).toMatchObject({
        ok: false,
        checked: await count(),
        firstBrokenId: victim.id,
        problem: 'CHAIN_BROKEN',
      });
      // nor does calling it keyed help without the key
      await rewrite(victim, forged.reason, chainHash(victim.prev_hash, forged), 'hmac-sha256');
      expect(await verify()).toMatchObject({ ok: false, firstBrokenId: victim.id, problem: 'CHAIN_BROKEN' });
    } finally {
      await restore(victim);
    }
    expect((await verify()).ok).toBe(true);
  });

  it('attack: the newest entry rewritten with an HMAC under a guessed key is reported', async () => {
    const victim = await newest();
    const forged = { ...fieldsOf(victim), action: 'view' };
    const wrongKey = createHmac('sha256', 'guess').update('x').digest('hex');
    await asSuperuser(() =>
      t.sql('UPDATE audit_trail SET action = $2, hash = $3 WHERE id = $1', [
        victim.id,
        forged.action,
        keyedChainHash(wrongKey, victim.prev_hash, forged),
      ]),
    );
    try {
      expect(await verify()).toMatchObject({ ok: false, firstBrokenId: victim.id, problem: 'CHAIN_BROKEN' });
    } finally {
      await asSuperuser(() =>
        t.sql('UPDATE audit_trail SET action = $2, hash = $3 WHERE id = $1', [
          victim.id,
          victim.action,
          victim.hash,
        ]),
      );
    }
    expect((await verify()).ok).toBe(true);
  });

  it('attack with the key but not the storage: a checkpointed entry rewritten with a valid HMAC is TAIL_REWRITTEN', async () => {
    await change('Sở Tư pháp (2)');
    const taken = (await checkpoints.take())!;
    const victim = await newest();
    expect(victim.id).toBe(taken.lastId);
    const forged = { ...fieldsOf(victim), reason: 'đổi tên theo quyết định khác' };
    await rewrite(
      victim,
      forged.reason,
      keyedChainHash(t.config.AUDIT_HMAC_KEY, victim.prev_hash, forged),
      'hmac-sha256',
    );
    try {
      expect(await verify()).toEqual({
        ok: false,
        checked: await count(),
        problem: 'TAIL_REWRITTEN',
        checkpoint: { lastId: victim.id, at: taken.at, matches: false, stale: false },
      });
    } finally {
      await restore(victim);
    }
    expect((await verify()).ok).toBe(true);
  });

  it('attack on the storage alone: a checkpoint without the key’s MAC is refused (CHECKPOINT_FORGED)', async () => {
    const last = await newest();
    // an older, smaller tail, so that a truncation would go unseen if this were believed
    const fake = { lastId: '1', lastHash: last.prev_hash, count: 1, at: new Date().toISOString() };
    const mac = createHmac('sha256', 'not-the-key').update(JSON.stringify(fake)).digest('hex');
    await s3Client(t.config).putObject(
      t.config.S3_BUCKET,
      LATEST_CHECKPOINT_KEY,
      JSON.stringify({ ...fake, mac }),
    );
    expect(await verify()).toMatchObject({ ok: false, problem: 'CHECKPOINT_FORGED' });
    await checkpoints.take();
    expect((await verify()).ok).toBe(true);
  });

  // last: it cuts this file's trail for good
  it('attack: the newest entries deleted after a checkpoint are reported as a truncated tail', async () => {
    await change('Sở Tư pháp (3)');
    await change('Sở Tư pháp (4)');
    const taken = (await checkpoints.take())!;
    const before = await count();
    await t.sql('ALTER TABLE audit_trail DISABLE TRIGGER audit_trail_no_change');
    await t.sql('DELETE FROM audit_trail WHERE id IN (SELECT id FROM audit_trail ORDER BY id DESC LIMIT 2)');
    await t.sql('ALTER TABLE audit_trail ENABLE TRIGGER audit_trail_no_change');
    // what remains is a valid chain: only the checkpoint shows that its end is gone
    expect(await verify()).toEqual({
      ok: false,
      checked: before - 2,
      problem: 'TAIL_TRUNCATED',
      checkpoint: { lastId: taken.lastId, at: taken.at, matches: false, stale: false },
    });
  });
});

describe('security: entries written before the key (legacy sha256) still verify, and stay protected', () => {
  let t: TestApp;
  const legacy: Row[] = [];

  beforeAll(async () => {
    // a database as it stood before the keyed chain: three entries chained with plain sha256
    const name = await createTestDatabase();
    const db = new Client({ connectionString: databaseUrl(name) });
    await db.connect();
    let prev = '0'.repeat(64);
    for (const action of ['create', 'update', 'withdraw']) {
      const fields = {
        occurredAt: new Date('2025-01-02T03:04:05.000Z'),
        actorId: null,
        actorName: 'system',
        agencyId: null,
        subjectType: 'legacy',
        subjectId: '1',
        action,
        fromState: null,
        toState: null,
        reason: null,
        data: { n: 1 },
        requestId: null,
      };
      const hash = chainHash(prev, fields);
      const { rows } = await db.query<Row>(
        `INSERT INTO audit_trail (occurred_at, actor_name, subject_type, subject_id, action, data, prev_hash, hash)
         VALUES ($1, 'system', 'legacy', '1', $2, $3, $4, $5) RETURNING *`,
        [fields.occurredAt, action, fields.data, prev, hash],
      );
      legacy.push(rows[0]);
      prev = hash;
    }
    await db.end();
    t = await bootApp(testConfig(name), name, () => dropTestDatabase(name));
  });
  afterAll(async () => {
    await t?.close();
    if (t) await dropBucket(t.config);
  });

  const verify = async () => {
    const token = await t.login(ADMIN.username, ADMIN.password);
    return (
      await t.http().get('/api/v1/audit-trail/verify').set('Authorization', `Bearer ${token}`).expect(200)
    ).body as Record<string, unknown>;
  };

  it('verifies legacy entries followed by keyed ones, without rewriting the legacy ones', async () => {
    const result = await verify();
    const rows = await t.sql<Row>('SELECT * FROM audit_trail ORDER BY id');
    expect(result).toEqual({ ok: true, checked: rows.length });
    expect(rows.slice(0, 3).map((r) => [r.hash_alg, r.hash])).toEqual(legacy.map((r) => ['sha256', r.hash]));
    expect(rows.slice(3).every((r) => r.hash_alg === 'hmac-sha256')).toBe(true);
    expect(rows.length).toBeGreaterThan(3);
  });

  it('attack: legacy entries re-chained with plain sha256 break at the first keyed entry after them', async () => {
    const [, second, third] = legacy;
    const forgedSecond = { ...fieldsOf(second), action: 'view' };
    const secondHash = chainHash(second.prev_hash, forgedSecond);
    const thirdHash = chainHash(secondHash, fieldsOf(third));
    await t.sql('ALTER TABLE audit_trail DISABLE TRIGGER audit_trail_no_change');
    await t.sql('UPDATE audit_trail SET action = $2, hash = $3 WHERE id = $1', [
      second.id,
      'view',
      secondHash,
    ]);
    await t.sql('UPDATE audit_trail SET prev_hash = $2, hash = $3 WHERE id = $1', [
      third.id,
      secondHash,
      thirdHash,
    ]);
    await t.sql('ALTER TABLE audit_trail ENABLE TRIGGER audit_trail_no_change');
    const [firstKeyed] = await t.sql<{ id: string }>(
      "SELECT id::text FROM audit_trail WHERE hash_alg = 'hmac-sha256' ORDER BY id LIMIT 1",
    );
    expect(await verify()).toMatchObject({
      ok: false,
      checked: 4,
      firstBrokenId: firstKeyed.id,
      problem: 'CHAIN_BROKEN',
    });
  });
});

describe('security: the audit key and the checkpoint job', () => {
  it('production refuses to start without its own audit key of at least 32 bytes', () => {
    const production = (extra: Record<string, string>) => () =>
      loadConfig({ NODE_ENV: 'production', ...extra });
    expect(production({})).toThrow(/AUDIT_HMAC_KEY: required in production/);
    expect(production({ AUDIT_HMAC_KEY: 'short' })).toThrow(/AUDIT_HMAC_KEY: must be at least 32 bytes/);
    expect(production({ AUDIT_HMAC_KEY: DEV_AUDIT_HMAC_KEY })).toThrow(/AUDIT_HMAC_KEY: the development key/);
    // development and tests fall back to the published development key
    expect(loadConfig({ NODE_ENV: 'development' }).AUDIT_HMAC_KEY).toBe(DEV_AUDIT_HMAC_KEY);
  });

  it('the worker checkpoints the trail on a job scheduler at AUDIT_CHECKPOINT_INTERVAL_MS', async () => {
    const prefix = `iso_ac_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const t = await startTestApp({ QUEUE_PREFIX: prefix });
    let worker: INestApplicationContext | undefined;
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    try {
      const w = await buildWorld(t);
      worker = await NestFactory.createApplicationContext(
        WorkerModule.forRoot(
          testConfig(t.databaseName, { QUEUE_PREFIX: prefix, AUDIT_CHECKPOINT_INTERVAL_MS: '1000' }),
        ),
        { bufferLogs: true },
      );
      await worker.init();
      await t
        .http()
        .patch(`/api/v1/agencies/${w.agencyA}`)
        .set('Authorization', `Bearer ${w.adminToken}`)
        .send({ name: 'Sở Tư pháp mới' })
        .expect(200);
      const [{ id }] = await t.sql<{ id: string }>(
        'SELECT id::text FROM audit_trail ORDER BY id DESC LIMIT 1',
      );
      const checkpoint = await waitFor(
        'a checkpoint at or past the rename',
        async () => {
          const result = (
            await t.http().get('/api/v1/audit-trail/verify').set('Authorization', `Bearer ${w.adminToken}`)
          ).body as { ok: boolean; checkpoint?: { lastId: string; matches: boolean } };
          return result.checkpoint && Number(result.checkpoint.lastId) >= Number(id) ? result : undefined;
        },
        { timeoutMs: 15_000 },
      );
      expect(checkpoint).toMatchObject({ ok: true, checkpoint: { matches: true, stale: false } });
    } finally {
      await worker?.close();
      await t.close();
      await dropBucket(t.config);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  }, 60_000);
});
