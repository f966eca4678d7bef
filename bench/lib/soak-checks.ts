import { createHash } from 'node:crypto';
import * as Minio from 'minio';
import { Client } from 'pg';
import { SoakClient } from './soak-client';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface CheckContext {
  api: SoakClient;
  adminToken: string;
  pg: Client;
  s3: Minio.Client;
  bucket: string;
  approvedRequests: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The integrity of what the soak did, read from the API, the database and object storage. */
export async function integrityChecks(ctx: CheckContext): Promise<Check[]> {
  return [
    await auditChain(ctx),
    await approvedAreEffective(ctx),
    await noOpenDeadlineForDecidedStep(ctx),
    ...(await filesAndObjects(ctx)),
    await noDuplicateNotification(ctx),
  ];
}

async function auditChain(ctx: CheckContext): Promise<Check> {
  const answer = await ctx.api.call<{ ok: boolean; checked: number; firstBrokenId?: string }>(
    'check: audit chain',
    'GET',
    '/api/v1/audit-trail/verify',
    { token: ctx.adminToken },
  );
  const body = answer?.body;
  return {
    name: 'audit chain verifies',
    ok: body?.ok === true,
    detail: body
      ? `${body.checked} entries${body.firstBrokenId ? `, first broken ${body.firstBrokenId}` : ''}`
      : 'no answer',
  };
}

/** Every request approved at every step is APPROVED, and its document has exactly one version in force. */
async function approvedAreEffective(ctx: CheckContext): Promise<Check> {
  const ids = ctx.approvedRequests;
  const query = () =>
    ctx.pg.query<{ id: string; status: string; effective: number }>(
      `SELECT r.id, r.status,
              (SELECT count(*)::int FROM document_versions v
                WHERE v.document_id = r.subject_id AND v.status = 'EFFECTIVE') AS effective
         FROM approval_requests r WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
  // a version becomes effective through the outbox and a worker job: give them a moment
  let bad: { id: string; status: string; effective: number }[] = [];
  let found = 0;
  for (let attempt = 0; attempt < 30; attempt++) {
    const rows = (await query()).rows;
    found = rows.length;
    bad = rows.filter((r) => r.status !== 'APPROVED' || r.effective !== 1);
    if (bad.length === 0 && found === ids.length) break;
    await sleep(1000);
  }
  return {
    name: 'approved requests: APPROVED, one effective version',
    ok: bad.length === 0 && found === ids.length,
    detail:
      `${ids.length} requests` +
      (found !== ids.length ? `, ${ids.length - found} not found` : '') +
      (bad.length ? `; e.g. ${JSON.stringify(bad.slice(0, 3))}` : ''),
  };
}

async function noOpenDeadlineForDecidedStep(ctx: CheckContext): Promise<Check> {
  const { rows } = await ctx.pg.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM deadlines d JOIN approval_steps s ON s.id = d.subject_id
      WHERE d.state = 'OPEN' AND s.decided_at IS NOT NULL`,
  );
  return { name: 'no open deadline for a decided step', ok: rows[0].n === 0, detail: `${rows[0].n} found` };
}

async function listObjects(ctx: CheckContext, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const item of ctx.s3.listObjectsV2(ctx.bucket, prefix, true) as AsyncIterable<{ name?: string }>)
    if (item.name) keys.push(item.name);
  return keys;
}

/** Every file row's object exists with its sha256; no object under blobs/ without a row, nothing left in tmp/. */
async function filesAndObjects(ctx: CheckContext): Promise<Check[]> {
  const tables = (
    await ctx.pg.query<{ table_name: string }>(
      `SELECT c.table_name FROM information_schema.columns c
        WHERE c.table_schema = current_schema() AND c.column_name = 'storage_key'
          AND EXISTS (SELECT 1 FROM information_schema.columns s WHERE s.table_schema = c.table_schema
                       AND s.table_name = c.table_name AND s.column_name = 'sha256')`,
    )
  ).rows.map((r) => r.table_name);
  const expected = new Map<string, string>();
  for (const table of tables) {
    const { rows } = await ctx.pg.query<{ storage_key: string; sha256: string }>(
      `SELECT DISTINCT storage_key, sha256 FROM "${table}"`,
    );
    for (const r of rows) expected.set(r.storage_key, r.sha256);
  }
  const missing: string[] = [];
  const wrong: string[] = [];
  const keys = [...expected.keys()];
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < keys.length) {
        const key = keys[next++];
        try {
          const hash = createHash('sha256');
          for await (const chunk of await ctx.s3.getObject(ctx.bucket, key)) hash.update(chunk as Buffer);
          if (hash.digest('hex') !== expected.get(key)) wrong.push(key);
        } catch {
          missing.push(key);
        }
      }
    }),
  );
  const blobs = await listObjects(ctx, 'blobs/');
  const orphans = blobs.filter((key) => !expected.has(key));
  const tmp = await listObjects(ctx, 'tmp/');
  return [
    {
      name: 'every file row has its object, with its sha256',
      ok: missing.length === 0 && wrong.length === 0,
      detail: `${keys.length} objects read (${tables.join(', ')})${missing.length ? `, ${missing.length} missing` : ''}${wrong.length ? `, ${wrong.length} with other bytes` : ''}`,
    },
    {
      name: 'no orphan object',
      ok: orphans.length === 0 && tmp.length === 0,
      detail: `${blobs.length} blobs, ${orphans.length} without a row, ${tmp.length} left in tmp/`,
    },
  ];
}

async function noDuplicateNotification(ctx: CheckContext): Promise<Check> {
  const { rows } = await ctx.pg.query<{ n: number; total: number }>(
    `SELECT (SELECT count(*)::int FROM (SELECT 1 FROM notifications WHERE reminder_id IS NOT NULL
              GROUP BY reminder_id, user_id HAVING count(*) > 1) d) AS n,
            (SELECT count(*)::int FROM notifications) AS total`,
  );
  return {
    name: 'no duplicate notification',
    ok: rows[0].n === 0,
    detail: `${rows[0].total} notifications, ${rows[0].n} duplicated (reminder, user) pairs`,
  };
}
