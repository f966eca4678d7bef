import Redis from 'ioredis';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootApp, testConfig, TestApp } from './support/harness';
import { freePort, PostgresProcess } from './support/processes';
import { caughtUp, sqlOn, startReplica } from './support/replica';
import { postCsv } from './support/oversight';
import { buildWorld, World } from './support/world';

/**
 * A primary and a streaming replica of the test's own (initdb, then pg_basebackup -R), the API
 * pointed at both: heavy reads (the register and its search, the province dashboard) are served
 * by the replica, a caller who has just written reads from the primary, and the replica lagging
 * or down never stops an answer. The other heavy reads (reports such as TTHC coverage, exports
 * such as the corrective-action log) go the same way.
 */
describe('PostgreSQL streaming replica for heavy reads', () => {
  const directory = join(tmpdir(), `iso-replication-${process.pid}`);
  let primary: PostgresProcess;
  let replica: PostgresProcess;
  let t: TestApp;
  let w: World;
  let redis: Redis;

  beforeAll(async () => {
    primary = new PostgresProcess(await freePort(), join(directory, 'primary'));
    await primary.init();
    await primary.start();
    replica = await startReplica(primary, await freePort(), join(directory, 'replica'));
    const config = testConfig('replication', {
      DATABASE_URL: primary.url,
      DATABASE_REPLICA_URLS: replica.url,
      S3_BUCKET: 'replication',
    });
    t = await bootApp(config, 'postgres', async () => undefined, true);
    w = await buildWorld(t);
    redis = new Redis(config.REDIS_URL);
    await caughtUp(primary.url, replica.url);
  }, 180_000);
  afterAll(async () => {
    redis?.disconnect();
    await t?.close();
    await replica?.destroy();
    await primary?.destroy();
  });

  const as = (user: string) => ({
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${w.users[user].token}`),
    post: (path: string, body: object) =>
      t.http().post(path).set('Authorization', `Bearer ${w.users[user].token}`).send(body),
  });
  /** Forgets that a user wrote recently (logging in writes too), so their heavy reads may use the replica. */
  const forgetWrites = (user: string) => redis.del(`replication:read-your-writes:${w.users[user].id}`);
  const search = (user: string, q: string) =>
    as(user).get(`/api/v1/documents?agencyId=${w.agencyA}&q=${encodeURIComponent(q)}`);
  const codes = (body: { items: { code: string }[] }) => body.items.map((d) => d.code);
  /** Agency A's TTHC coverage as the province's oversight reads it in the coverage report. */
  const catalogueOfA = async () => {
    await forgetWrites('p1.oversight');
    const report = await as('p1.oversight').get('/api/v1/reports/coverage');
    expect(report.status).toBe(200);
    return report.body.agencies.find((a: { agencyId: string }) => a.agencyId === w.agencyA).total as number;
  };
  const importCatalogue = async (csv: string) => {
    const imported = await postCsv(
      t,
      w.users['a.iso_secretary'].token,
      `/api/v1/agencies/${w.agencyA}/administrative-procedures/import`,
      csv,
    );
    expect(imported.status).toBe(200);
  };

  it('keeps replication on: TypeORM reads outside ReadReplica stay on the primary', async () => {
    const [state] = await sqlOn<{ recovering: boolean }>(
      replica.url,
      'SELECT pg_is_in_recovery() AS recovering',
    );
    expect(state.recovering).toBe(true);
    // the app's own data source answers from the primary for an ordinary read
    const [where] = await t.sql('SELECT pg_is_in_recovery() AS recovering, inet_server_port() AS port');
    expect(where).toEqual({ recovering: false, port: primary.port });
  });

  it('serves the register search from the replica, and the writer reads its own write from the primary', async () => {
    let before = 0;
    let recordListId = '';
    await sqlOn(replica.url, 'SELECT pg_wal_replay_pause()');
    try {
      const created = await as('a.drafter').post('/api/v1/documents', {
        agencyId: w.agencyA,
        code: 'QT-LAG-01',
        title: 'Quy trình tiếp nhận hồ sơ khi bản sao chậm',
        type: 'PROCEDURE',
      });
      expect(created.status).toBe(201);

      // the writer sees the new document at once: their reads stick to the primary
      const own = await search('a.drafter', 'ban sao cham');
      expect(own.status).toBe(200);
      expect(codes(own.body)).toEqual(['QT-LAG-01']);

      // a colleague who has not written reads from the replica, paused before the insert: the
      // answer comes (stale), proving which server gave it
      await forgetWrites('a.iso_secretary');
      const other = await search('a.iso_secretary', 'ban sao cham');
      expect(other.status).toBe(200);
      expect(codes(other.body)).toEqual([]);
      const onReplica = await sqlOn<{ n: number }>(
        replica.url,
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'iso-dien-tu'",
      );
      expect(onReplica[0].n).toBeGreaterThan(0);

      // the province dashboard answers under lag too
      await forgetWrites('p1.oversight');
      const dashboard = await as('p1.oversight').get(
        `/api/v1/dashboards/province?provinceAgencyId=${w.provinceId}`,
      );
      expect(dashboard.status).toBe(200);

      // a report answers from the replica too: the catalogue imported during the pause is not in it
      // yet, while the secretary who imported it reads it at once (the primary)
      // the record list's spreadsheet export too: made during the pause, the secretary who made
      // it downloads it from the primary, a colleague's export (the replica) does not find it yet
      const made = await as('a.iso_secretary').post('/api/v1/record-lists', {
        agencyId: w.agencyA,
        year: 2031,
      });
      expect(made.status).toBe(201);
      recordListId = made.body.id;
      const ownExport = await as('a.iso_secretary').get(`/api/v1/record-lists/${recordListId}?format=xlsx`);
      expect(ownExport.status).toBe(200);
      expect(ownExport.headers['content-type']).toContain('spreadsheetml');
      await forgetWrites('a.approver');
      expect((await as('a.approver').get(`/api/v1/record-lists/${recordListId}?format=xlsx`)).status).toBe(
        404,
      );

      before = await catalogueOfA();
      await importCatalogue('code,name\nLAG.001,Thủ tục khi bản sao chậm\n');
      const mine = await as('a.iso_secretary').get(`/api/v1/agencies/${w.agencyA}/coverage`);
      expect(mine.status).toBe(200);
      expect(mine.body.total).toBe(before + 1);
      expect(await catalogueOfA()).toBe(before);
    } finally {
      await sqlOn(replica.url, 'SELECT pg_wal_replay_resume()');
    }
    await caughtUp(primary.url, replica.url);
    await forgetWrites('a.iso_secretary');
    const later = await search('a.iso_secretary', 'ban sao cham');
    expect(codes(later.body)).toEqual(['QT-LAG-01']);
    await forgetWrites('a.approver');
    expect((await as('a.approver').get(`/api/v1/record-lists/${recordListId}?format=xlsx`)).status).toBe(200);
    expect(await catalogueOfA()).toBe(before + 1);
  });

  it('reads from the primary when the replica is down', async () => {
    await replica.stop();
    const created = await as('a.drafter').post('/api/v1/documents', {
      agencyId: w.agencyA,
      code: 'QT-DOWN-01',
      title: 'Quy trình khi bản sao ngừng',
      type: 'PROCEDURE',
    });
    expect(created.status).toBe(201);
    await forgetWrites('a.iso_secretary');
    const found = await search('a.iso_secretary', 'ban sao ngung');
    expect(found.status).toBe(200);
    expect(codes(found.body)).toEqual(['QT-DOWN-01']);
    await forgetWrites('p1.oversight');
    const dashboard = await as('p1.oversight').get(
      `/api/v1/dashboards/province?provinceAgencyId=${w.provinceId}`,
    );
    expect(dashboard.status).toBe(200);
    // the coverage report answers from the primary, with what was just imported
    const before = await catalogueOfA();
    await importCatalogue('code,name\nDOWN.001,Thủ tục khi bản sao ngừng\n');
    expect(await catalogueOfA()).toBe(before + 1);
  });
});
