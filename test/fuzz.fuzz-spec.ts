import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ADMIN, startTestApp, TestApp } from './support/harness';
import { AgencyFixtures, buildAgencyFixtures, fillPath } from './support/agency-fixtures';
import { exampleBody, loadOpenApi, OpenApi, Operation } from './support/openapi';
import { buildWorld, PASSWORD, World } from './support/world';

/** Cases per operation (the issue asks for at least 1,000); FUZZ_CASES=… for a longer run. */
const CASES = Number(process.env.FUZZ_CASES ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const PARALLEL = 8;

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed with its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const JUNK_STRINGS = [
  '',
  ' ',
  'a'.repeat(10_000),
  "' OR 1=1 --",
  '"; DROP TABLE documents; --',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '%00',
  '\u0000',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂',
  'Kiểm soát tài liệu',
  'ḱ̷̢ḁ̶',
  '1e308',
  '-1',
  'NaN',
  'null',
  '2026-13-45',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  '{"$gt":""}',
];
const JUNK_VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  -1e308,
  2 ** 53 + 1,
  0.5,
  true,
  false,
  [],
  [null],
  {},
  { nested: { deeper: { deepest: [1, 2, 3] } } },
  ...JUNK_STRINGS,
];

function junk(r: Random): unknown {
  return r.chance(0.3) ? randomUUID() : r.pick(JUNK_VALUES);
}

function mutateBody(r: Random, valid: unknown): unknown {
  if (r.chance(0.1)) return r.pick([[], 'text', 42, null, [valid], { __proto__: { isSystemAdmin: true } }]);
  const body: Record<string, unknown> =
    valid && typeof valid === 'object' && !Array.isArray(valid)
      ? { ...(valid as Record<string, unknown>) }
      : {};
  const keys = Object.keys(body);
  for (let i = 0, n = 1 + Math.floor(r.next() * 3); i < n; i++) {
    const roll = r.next();
    if (roll < 0.35 && keys.length > 0) body[r.pick(keys)] = junk(r);
    else if (roll < 0.55 && keys.length > 0) delete body[r.pick(keys)];
    else if (roll < 0.7)
      body[r.pick(['constructor', 'prototype', 'extra', 'agencyId', 'status', 'version'])] = junk(r);
    else if (roll < 0.85 && keys.length > 0) body[r.pick(keys)] = String(junk(r));
    // else keep the valid body: some cases must get past validation
  }
  return body;
}

function fuzzPath(r: Random, op: Operation, fixtures: AgencyFixtures): string {
  const params = { ...fixtures.paramsFor(op.path) };
  if (op.pathParams.length > 0 && r.chance(0.4)) {
    const name = r.pick(op.pathParams);
    params[name] = encodeURIComponent(String(r.chance(0.5) ? randomUUID() : r.pick(JUNK_STRINGS)) || 'x');
  }
  return fillPath(op.path, params);
}

function fuzzQuery(r: Random, op: Operation): string {
  const query = new URLSearchParams();
  for (const param of op.queryParams) {
    if (r.chance(0.5)) continue;
    const schema = param.schema ?? {};
    const value = schema.enum && r.chance(0.5) ? r.pick(schema.enum as string[]) : String(junk(r));
    query.append(param.name, value);
    if (r.chance(0.1)) query.append(param.name, String(junk(r)));
  }
  if (r.chance(0.2))
    query.append(r.pick(['unknown', 'pageSize', 'page', 'sort', '__proto__']), String(junk(r)));
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * Generated bodies, query strings and path ids for every operation of the OpenAPI document,
 * sent by agency A's most privileged people: never a 5xx, and nothing of any other agency changes.
 */
describe(`fuzzing every operation (${CASES} cases each, seed ${SEED})`, () => {
  let t: TestApp;
  let w: World;
  let api: OpenApi;
  let fixtures: AgencyFixtures;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    fixtures = await buildAgencyFixtures(t, w);
    api = await loadOpenApi(t);
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(() => t.close());

  /** What the fuzzing must never touch: every row of the other agencies (B, and C in the other province). */
  const othersFingerprint = async () => {
    const others = [w.agencyB, w.agencyC];
    const tables = await t.sql<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'agency_id' ORDER BY table_name`,
    );
    const result: Record<string, string> = {};
    for (const { table_name } of tables) {
      const [row] = await t.sql<{ h: string | null }>(
        `SELECT md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS h FROM "${table_name}" x
          WHERE agency_id = ANY($1::uuid[])`,
        [others],
      );
      result[table_name] = row.h ?? 'empty';
    }
    const [agencies] = await t.sql<{ h: string }>(
      `SELECT md5(string_agg(md5(a::text), '' ORDER BY a.id)) AS h FROM agencies a WHERE id = ANY($1::uuid[])`,
      [others],
    );
    result.agencies = agencies.h;
    return result;
  };

  it('no 5xx for any generated request, and no other agency’s data changes', async () => {
    const before = await othersFingerprint();
    const callers = [w.users['a.iso_secretary'], w.users['a.agency_admin'], w.users['a.internal_auditor']];
    const tokens = new Map(callers.map((c) => [c.username, c.token]));
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;

    for (const [index, op] of api.operations.entries()) {
      const r = random(SEED + index);
      const valid = op.bodySchema
        ? exampleBody(api, op.bodySchema, {
            default: fixtures.ids.document,
            agencyId: w.agencyA,
            ...fixtures.ids,
          })
        : undefined;
      // logging out would end the fuzzing session itself: fuzzed without a token
      const anonymous = op.isPublic || op.key === 'POST /api/v1/auth/logout';
      const one = async () => {
        const caller = r.pick(callers);
        const url = base + fuzzPath(r, op, fixtures) + fuzzQuery(r, op);
        const headers: Record<string, string> = {};
        if (!anonymous) headers.Authorization = `Bearer ${tokens.get(caller.username)}`;
        if (r.chance(0.05)) headers['Accept-Language'] = 'en';
        let body: string | FormData | undefined;
        if (op.method !== 'get') {
          if (op.multipart) {
            const form = new FormData();
            const bytes = r.chance(0.5) ? Buffer.from('%PDF-1.7\n%fuzz\n') : Buffer.from(String(junk(r)));
            form.append(r.chance(0.9) ? 'file' : 'other', new Blob([bytes]), r.pick(JUNK_STRINGS) || 'f.pdf');
            body = form;
          } else if (r.chance(0.05)) {
            body = r.pick(['{"a":', 'not json', '[1,2', '{"__proto__":{"x":1}}']);
            headers['Content-Type'] = 'application/json';
          } else {
            body = JSON.stringify(mutateBody(r, valid));
            headers['Content-Type'] = 'application/json';
          }
        }
        const response = await fetch(url, { method: op.method.toUpperCase(), headers, body });
        await response.arrayBuffer();
        sent++;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 401 && !anonymous) {
          // a fuzzed call may legitimately end the caller's session (e.g. deactivating a user): log in again
          tokens.set(caller.username, await t.login(caller.username, PASSWORD));
        }
        if (response.status >= 500 && failures.length < 50) {
          const sentBody = typeof body === 'string' ? ` ${body.slice(0, 200)}` : '';
          failures.push(
            `${op.method.toUpperCase()} ${url.slice(base.length, 300)}${sentBody} → ${response.status}`,
          );
        }
      };
      const started = Date.now();
      for (let done = 0; done < CASES; done += PARALLEL) {
        await Promise.all(Array.from({ length: Math.min(PARALLEL, CASES - done) }, one));
      }
      // FUZZ_PROGRESS=1 prints each operation's time, to find what makes a run slow
      if (process.env.FUZZ_PROGRESS) process.stdout.write(`${op.key}: ${Date.now() - started} ms\n`);
    }

    expect(failures).toEqual([]);
    expect(sent).toBe(api.operations.length * CASES);
    // the fuzzing reached past validation too, not only 400s
    expect([...statuses.keys()].filter((s) => s < 300).length).toBeGreaterThan(0);
    expect(await othersFingerprint()).toEqual(before);
    // a fresh login: on a loaded machine the run outlasts the access token taken at the start
    const adminToken = await t.login(ADMIN.username, ADMIN.password);
    const verify = await t
      .http()
      .get('/api/v1/audit-trail/verify')
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    expect(verify.body.ok).toBe(true);
  }, 1_800_000);
});
