import { classifyDependencyFailure } from '../libs/platform/src';
import { startTestApp, TestApp } from './support/harness';

describe('a database connection lost mid-transaction', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('fails every later statement of the transaction as "database unavailable" (503), not as an internal error', async () => {
    const failures: unknown[] = [];
    await t.dataSource
      .transaction(async (manager) => {
        const [{ pid }] = await manager.query<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
        // the server ends this connection (as a restart does) while the transaction is open
        await t.dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
        await manager.query('SELECT 1').catch((error: unknown) => failures.push(error));
        await manager.query('SELECT 2').catch((error: unknown) => failures.push(error));
      })
      .catch((error: unknown) => failures.push(error));
    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(failures.map((f) => [(f as Error).name, classifyDependencyFailure(f)])).toEqual(
      failures.map((f) => [(f as Error).name, 'database']),
    );
    // and the pool serves the next request on a fresh connection
    expect(await t.dataSource.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });
});
