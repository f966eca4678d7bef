import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { startTestApp, TestApp } from './support/harness';
import {
  AgencyFixtures,
  buildAgencyFixtures,
  databaseFingerprint,
  fillPath,
  SECRET,
} from './support/agency-fixtures';
import { exampleBody, loadOpenApi, OpenApi, Operation } from './support/openapi';
import { buildWorld, World } from './support/world';

const GOLDEN = join(__dirname, 'security-matrix.golden.json');
const AGENCY_ROLES = [
  'agency_admin',
  'iso_secretary',
  'drafter',
  'reviewer',
  'approver',
  'internal_auditor',
  'staff',
];
/** Readable by every signed-in user: the agency directory (codes, names, tree) is public information. */
const DIRECTORY = new Set(['GET /api/v1/agencies/{id}']);
/** Mass assignment: fields a client must never set unless the operation declares them. */
const FORBIDDEN_FIELDS = ['agencyId', 'status', 'version', 'id', 'approvedBy', 'createdBy', 'isSystemAdmin'];

/**
 * Every operation of the OpenAPI document × every role × own agency / other agency. The
 * operations come from the running API, so a new endpoint is in the matrix the day it is
 * added: it fails here until its path parameters have a fixture and its row in the golden
 * matrix (what each role of the owning agency gets) has been reviewed.
 */
describe('security matrix: every endpoint × every role × own and other agency', () => {
  let t: TestApp;
  let w: World;
  let api: OpenApi;
  let fixtures: AgencyFixtures;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    fixtures = await buildAgencyFixtures(t, w);
    api = await loadOpenApi(t);
  }, 120_000);
  afterAll(() => t.close());

  const call = (op: Operation, token: string | null, body?: unknown, query = ''): Promise<Response> => {
    const path = fillPath(op.path, fixtures.paramsFor(op.path)) + query;
    const request = t.http()[op.method](path);
    if (token) request.set('Authorization', `Bearer ${token}`);
    return op.method === 'get' ? request : request.send(body ?? {});
  };
  const bodyOf = (op: Operation) =>
    op.bodySchema
      ? exampleBody(api, op.bodySchema, {
          default: fixtures.ids.document,
          agencyId: w.agencyA,
          ...fixtures.ids,
        })
      : undefined;
  /** Operations that address one of agency A's records through the path, or create in agency A. */
  const againstA = (op: Operation) => op.pathParams.length > 0 || bodyOf(op)?.agencyId === w.agencyA;
  const token = (key: string) => w.users[key].token;
  /** Province-level reports need to know which province, year and agency: A's, this year. */
  const ownQuery = (op: Operation) => {
    const known: Record<string, string> = {
      agencyId: w.agencyA,
      provinceAgencyId: w.provinceId,
      year: String(new Date().getFullYear()),
    };
    const query = new URLSearchParams();
    for (const { name } of op.queryParams) if (known[name]) query.set(name, known[name]);
    const text = query.toString();
    return text ? `?${text}` : '';
  };

  it('the document lists every operation, and every path parameter has a record of agency A behind it', () => {
    expect(api.operations.length).toBeGreaterThan(80);
    const unresolved = api.operations
      .filter((op) => op.pathParams.length > 0)
      .flatMap((op) => {
        try {
          fillPath(op.path, fixtures.paramsFor(op.path));
          return [];
        } catch (error) {
          return [(error as Error).message];
        }
      });
    expect(unresolved).toEqual([]);
  });

  it('without a token, every operation but login, refresh, health and public listings answers 401', async () => {
    const wrong: string[] = [];
    for (const op of api.operations) {
      const response = await call(op, null, bodyOf(op));
      if (op.isPublic) {
        // a refresh with a made-up token is refused for that reason, not for a missing access token
        if (response.body?.code === 'UNAUTHENTICATED' || response.status >= 500)
          wrong.push(`${op.key} (public) → ${response.status}`);
        continue;
      }
      if (response.status !== 401 || response.body.code !== 'UNAUTHENTICATED')
        wrong.push(`${op.key} → ${response.status}`);
    }
    expect(wrong).toEqual([]);
    // the public ones are exactly these
    expect(
      api.operations
        .filter((op) => op.isPublic)
        .map((op) => op.key)
        .filter((k) => !k.includes('/public/'))
        .sort(),
    ).toEqual(['GET /health', 'GET /health/ready', 'POST /api/v1/auth/login', 'POST /api/v1/auth/refresh']);
  });

  it('another agency’s roles and another province’s oversight: 404 on A’s records, nothing of A in their lists, nothing changed', async () => {
    const before = await databaseFingerprint(t);
    const outsiders = [...AGENCY_ROLES.map((role) => `b.${role}`), 'p2.oversight'];
    const wrong: string[] = [];
    for (const op of api.operations.filter((o) => !o.isPublic)) {
      for (const who of outsiders) {
        if (againstA(op)) {
          const response = await call(op, token(who), bodyOf(op));
          // a 403 on one of A's records would reveal that it exists; agencies themselves are public
          const mayForbid =
            op.pathParams.length === 0 || /^\/api\/v1\/agencies\/\{id\}(\/[a-z-]+)?$/.test(op.path);
          const allowed =
            op.method === 'get'
              ? DIRECTORY.has(op.key)
                ? [200]
                : [404]
              : mayForbid
                ? [400, 403, 404]
                : [400, 404];
          if (!allowed.includes(response.status)) wrong.push(`${who} ${op.key} → ${response.status}`);
        } else if (op.method === 'get') {
          const query = op.queryParams.some((p) => p.name === 'agencyId') ? `?agencyId=${w.agencyA}` : '';
          const response = await call(op, token(who), undefined, query);
          if (response.status >= 500) wrong.push(`${who} ${op.key}${query} → ${response.status}`);
          const text = JSON.stringify(response.body) + (response.text ?? '');
          const leaked = [
            SECRET,
            ...Object.entries(fixtures.ids)
              .filter(([k]) => k !== 'agency')
              .map(([, id]) => id),
          ].filter((needle) => text.includes(needle));
          if (leaked.length > 0) wrong.push(`${who} ${op.key}${query} leaks ${leaked.join(', ')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(await databaseFingerprint(t)).toEqual(before);
  });

  it('agency A’s own roles, its province’s oversight and the administrator read as the golden matrix says', async () => {
    const callers = ['admin', 'p1.oversight', ...AGENCY_ROLES.map((role) => `a.${role}`)];
    const observed: Record<string, Record<string, number>> = {};
    for (const op of api.operations.filter((o) => o.method === 'get' && !o.isPublic)) {
      observed[op.key] = {};
      for (const who of callers) {
        const response = await call(op, who === 'admin' ? w.adminToken : token(who), undefined, ownQuery(op));
        expect({ call: `${who} ${op.key}`, status: response.status < 500 }).toEqual({
          call: `${who} ${op.key}`,
          status: true,
        });
        observed[op.key][who] = response.status;
      }
    }
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
      writeFileSync(GOLDEN, `${JSON.stringify(observed, null, 2)}\n`);
    }
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as typeof observed;
    // a new or changed row fails until it is reviewed (UPDATE_GOLDEN=1 rewrites the file)
    expect(observed).toEqual(golden);
    // whatever else the matrix says: the administrator reads everything
    expect(
      Object.entries(observed)
        .filter(([, row]) => row.admin !== 200)
        .map(([key]) => key),
    ).toEqual([]);
  });

  it('mass assignment: a field the operation does not declare (agencyId, status, version, id, approvedBy…) is a 400 naming it, and changes nothing', async () => {
    const before = await databaseFingerprint(t);
    const wrong: string[] = [];
    let checked = 0;
    for (const op of api.operations.filter((o) => o.bodySchema?.type === 'object')) {
      const declared = new Set(Object.keys(op.bodySchema.properties ?? {}));
      for (const field of FORBIDDEN_FIELDS.filter((f) => !declared.has(f))) {
        const value = field === 'version' ? 1 : field === 'isSystemAdmin' ? true : w.agencyB;
        const response = await call(op, w.adminToken, { ...bodyOf(op), [field]: value });
        checked++;
        const named = ((response.body?.details ?? []) as { field?: string }[]).some((d) => d.field === field);
        if (response.status !== 400 || !named) wrong.push(`${op.key} + ${field} → ${response.status}`);
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
    expect(await databaseFingerprint(t)).toEqual(before);
  });
});
