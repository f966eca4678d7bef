import type { AddressInfo } from 'node:net';
import { firstDay } from '../libs/api-client/examples/sample';
import { PDF, sha256 } from './support/documents';
import { startTestApp, TestApp } from './support/harness';
import { buildWorld, PASSWORD, World } from './support/world';

/**
 * The front-end teams' sample program (libs/api-client/examples/sample.ts), run as they would run
 * it: through the generated client and the platform's fetch against a listening API. CI also
 * compiles it under tsc --strict (npm run client:build); this proves the calls it types work.
 */
describe('api-client sample program against a live API', () => {
  let t: TestApp;
  let w: World;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t?.close());

  it('logs in, finds the draft, uploads, edits with If-Match, opens and submits a request, and reads SEPARATION_OF_DUTIES when its author approves it', async () => {
    const secretary = w.users['a.iso_secretary'];
    const created = await t
      .http()
      .post('/api/v1/documents')
      .set('Authorization', `Bearer ${secretary.token}`)
      .send({ agencyId: w.agencyA, code: 'QT-01', title: 'Quy trình kiểm soát tài liệu', type: 'PROCEDURE' })
      .expect(201);
    const bytes = PDF('Quy trình kiểm soát tài liệu');
    const pdf = new File([bytes], 'quy-trinh-kiem-soat-tai-lieu.pdf', { type: 'application/pdf' });

    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const seen = await firstDay(baseUrl, secretary.username, PASSWORD, pdf).finally(() => log.mockRestore());

    expect(seen).toEqual({
      documents: 1,
      uploaded: { id: expect.any(String), name: 'quy-trinh-kiem-soat-tai-lieu.pdf', sha256: sha256(bytes) },
      requestId: expect.any(String),
      requestStatus: 'IN_PROGRESS',
      refusedWith: 'SEPARATION_OF_DUTIES',
    });
    // what the program did is in the database, and the refused approval decided nothing
    const [document] = await t.sql<{ title: string }>('SELECT title FROM documents WHERE id = $1', [
      created.body.id,
    ]);
    expect(document.title).toBe('Quy trình kiểm soát tài liệu (dự thảo)');
    const files = await t.sql('SELECT 1 FROM document_files WHERE id = $1', [seen.uploaded!.id]);
    expect(files).toHaveLength(1);
    const steps = await t.sql<{ status: string; decided_by: string | null }>(
      'SELECT status, decided_by FROM approval_steps WHERE request_id = $1 ORDER BY step_order',
      [seen.requestId],
    );
    expect(steps[0]).toEqual({ status: 'PENDING', decided_by: null });
  });
});
