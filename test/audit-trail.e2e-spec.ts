import { RequestContext, UnitOfWork } from '../libs/platform/src';
import { startTestApp, TestApp } from './support/harness';
import { buildWorld, PASSWORD, World } from './support/world';

interface Entry {
  id: string;
  subjectType: string;
  subjectId: string;
  action: string;
  actorName: string;
  fromState: string | null;
  toState: string | null;
  data: Record<string, unknown> | null;
}

describe('audit trail', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const get = (token: string, path: string) => t.http().get(path).set('Authorization', `Bearer ${token}`);
  const trailOf = async (subjectType: string, subjectId: string): Promise<Entry[]> =>
    (
      await get(
        w.adminToken,
        `/api/v1/audit-trail?subjectType=${subjectType}&subjectId=${subjectId}&pageSize=100`,
      ).expect(200)
    ).body.items;

  it('records every change exactly once, with who did it and what changed', async () => {
    const created = await t
      .http()
      .post('/api/v1/agencies')
      .set('Authorization', `Bearer ${w.adminToken}`)
      .send({ code: 'AUD', name: 'Chi cục Kiểm toán', level: 'BRANCH', parentId: w.provinceId })
      .expect(201);
    await t
      .http()
      .patch(`/api/v1/agencies/${created.body.id}`)
      .set('Authorization', `Bearer ${w.adminToken}`)
      .send({ name: 'Chi cục Kiểm định' })
      .expect(200);
    const entries = await trailOf('agency', created.body.id);
    expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
    expect(entries.every((e) => e.actorName === 'admin')).toBe(true);
    expect(entries[0].data).toMatchObject({
      before: { name: 'Chi cục Kiểm toán' },
      after: { name: 'Chi cục Kiểm định' },
    });

    const user = await t
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${w.users['a.agency_admin'].token}`)
      .send({
        username: 'audited',
        password: PASSWORD,
        fullName: 'Người được ghi',
        memberships: [{ agencyId: w.agencyA, roles: ['STAFF'] }],
      })
      .expect(201);
    await t
      .http()
      .put(`/api/v1/users/${user.body.id}/memberships`)
      .set('Authorization', `Bearer ${w.users['a.agency_admin'].token}`)
      .send([{ agencyId: w.agencyA, roles: ['REVIEWER'] }])
      .expect(200);
    const userEntries = await trailOf('user', user.body.id);
    expect(userEntries.map((e) => e.action)).toEqual(['memberships.replace', 'create']);
    expect(userEntries[0].data).toMatchObject({ after: [{ agencyId: w.agencyA, roles: ['REVIEWER'] }] });
    expect(JSON.stringify(userEntries)).not.toContain('password_hash');
    expect(JSON.stringify(userEntries)).not.toContain(PASSWORD);
  });

  it('writes nothing for refused requests but the refusal of a write itself (access.denied on the caller)', async () => {
    const before = await t.sql<{ n: string }>('SELECT count(*) AS n FROM audit_trail');
    await t
      .http()
      .patch(`/api/v1/quality-systems/${w.qmsA}`)
      .set('Authorization', `Bearer ${w.users['a.staff'].token}`)
      .send({ name: 'X' })
      .expect(403);
    await t
      .http()
      .post('/api/v1/agencies')
      .set('Authorization', `Bearer ${w.adminToken}`)
      .send({ code: '??', name: 'X', level: 'OTHER' })
      .expect(400);
    const after = await t.sql<{ n: string }>('SELECT count(*) AS n FROM audit_trail');
    expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
    const [last] = await t.sql<{ action: string; subject_id: string; actor_id: string }>(
      'SELECT action, subject_id, actor_id FROM audit_trail ORDER BY id DESC LIMIT 1',
    );
    const staff = w.users['a.staff'].id;
    expect(last).toEqual({ action: 'access.denied', subject_id: staff, actor_id: staff });
  });

  it("shows a user their agency's entries and never another agency's", async () => {
    const token = w.users['a.iso_secretary'].token;
    await t
      .http()
      .patch(`/api/v1/quality-systems/${w.qmsB}`)
      .set('Authorization', `Bearer ${w.users['b.iso_secretary'].token}`)
      .send({ name: 'HTQLCL B mới' })
      .expect(200);
    const own = await get(token, `/api/v1/audit-trail?subjectType=qualitySystem&subjectId=${w.qmsA}`).expect(
      200,
    );
    expect(own.body.total).toBeGreaterThan(0);
    const other = await get(
      token,
      `/api/v1/audit-trail?subjectType=qualitySystem&subjectId=${w.qmsB}`,
    ).expect(200);
    expect(other.body).toMatchObject({ items: [], total: 0 });
    const oversight = await get(
      w.users['p1.oversight'].token,
      `/api/v1/audit-trail?subjectType=qualitySystem&subjectId=${w.qmsB}`,
    ).expect(200);
    expect(oversight.body.items.map((e: Entry) => e.action)).toContain('update');
  });

  it('is append-only: the database refuses UPDATE and DELETE', async () => {
    await expect(t.sql("UPDATE audit_trail SET action = 'forged'")).rejects.toThrow(/append-only/);
    await expect(t.sql('DELETE FROM audit_trail')).rejects.toThrow(/append-only/);
  });

  it('lets only system administrators and oversight verify the chain', async () => {
    await get(w.users['a.agency_admin'].token, '/api/v1/audit-trail/verify').expect(403);
    const ok = await get(w.users['p1.oversight'].token, '/api/v1/audit-trail/verify').expect(200);
    expect(ok.body).toEqual({ ok: true, checked: expect.any(Number) });
    const count = await t.sql<{ n: string }>('SELECT count(*) AS n FROM audit_trail');
    expect(ok.body.checked).toBe(Number(count[0].n));
  });

  it('keeps a unit of work of 6,000 entries (more than one statement can carry) whole and chained', async () => {
    const before = Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM audit_trail'))[0].n);
    await t.app.get(UnitOfWork).run(RequestContext.system('audit-trail-test'), async (tx) => {
      for (let i = 0; i < 6000; i++)
        tx.audit({ subjectType: 'test', subjectId: w.agencyA, action: `bulk-${i}`, agencyId: w.agencyA });
    });
    const rows = await t.sql<{ action: string }>(
      "SELECT action FROM audit_trail WHERE subject_type = 'test' ORDER BY id",
    );
    expect(rows.map((r) => r.action)).toEqual(Array.from({ length: 6000 }, (_, i) => `bulk-${i}`));
    const verified = await get(w.adminToken, '/api/v1/audit-trail/verify').expect(200);
    expect(verified.body).toEqual({ ok: true, checked: before + 6000 });
  });

  it('stays one chain when units of work append at once: each entry links to the one committed before it', async () => {
    const before = Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM audit_trail'))[0].n);
    const uow = t.app.get(UnitOfWork);
    // more transactions than the pool has connections: most wait on the chain lock, then append
    // after an entry committed while they waited, which their read of the head must see
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        uow.run(RequestContext.system('audit-trail-test'), async (tx) => {
          await tx.manager.query('SELECT pg_sleep(0.01)');
          tx.audit({
            subjectType: 'test',
            subjectId: w.agencyA,
            action: `concurrent-${i}`,
            agencyId: w.agencyA,
          });
          tx.audit({
            subjectType: 'test',
            subjectId: w.agencyA,
            action: `concurrent-${i}-b`,
            agencyId: w.agencyA,
          });
        }),
      ),
    );
    const links = await t.sql<{ broken: string }>(
      `SELECT count(*) FILTER (WHERE prev_hash IS DISTINCT FROM previous) AS broken
         FROM (SELECT id, prev_hash, lag(hash) OVER (ORDER BY id) AS previous FROM audit_trail) x
        WHERE id > (SELECT min(id) FROM audit_trail)`,
    );
    expect(Number(links[0].broken)).toBe(0);
    const verified = await get(w.adminToken, '/api/v1/audit-trail/verify').expect(200);
    expect(verified.body).toEqual({ ok: true, checked: before + 80 });
  });

  // last: it breaks this file's chain on purpose
  it('reports exactly the row tampered with in SQL', async () => {
    const rows = await t.sql<{ id: string }>('SELECT id FROM audit_trail ORDER BY id');
    const victim = rows[Math.floor(rows.length / 2)].id;
    await t.sql('ALTER TABLE audit_trail DISABLE TRIGGER audit_trail_no_change');
    await t.sql("UPDATE audit_trail SET reason = 'sửa lén' WHERE id = $1", [victim]);
    await t.sql('ALTER TABLE audit_trail ENABLE TRIGGER audit_trail_no_change');
    const result = await get(w.adminToken, '/api/v1/audit-trail/verify').expect(200);
    expect(result.body).toEqual({
      ok: false,
      checked: rows.findIndex((r) => r.id === victim) + 1,
      firstBrokenId: victim,
      problem: 'CHAIN_BROKEN',
    });
  });
});
