import { startTestApp, TestApp } from './support/harness';
import { client, Client, PDF } from './support/documents';
import { buildWorld, World } from './support/world';

describe('Idempotency-Key on POSTs that create things', () => {
  let t: TestApp;
  let w: World;
  let drafter: Client;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    drafter = client(t, w.users['a.drafter'].token);
  });
  afterAll(() => t.close());

  const create = (key: string, code: string, as = w.users['a.drafter'].token) =>
    t
      .http()
      .post('/api/v1/documents')
      .set('Authorization', `Bearer ${as}`)
      .set('Idempotency-Key', key)
      .send({ agencyId: w.agencyA, code, title: `Quy trình ${code}`, type: 'PROCEDURE' });
  const documentsWithCode = async (code: string) =>
    (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM documents WHERE code = $1', [code]))[0].n;

  it('a retry with the same key gets the first answer and creates nothing more', async () => {
    const first = await create('tao-qt-01', 'QT-01').expect(201);
    const retry = await create('tao-qt-01', 'QT-01').expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await documentsWithCode('QT-01')).toBe(1);
    const trail = await t.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_trail WHERE subject_id = $1 AND action = 'create'",
      [first.body.id],
    );
    expect(trail[0].n).toBe(1);
  });

  it('ten concurrent requests with one key: one creation, the others replay it or are told it is in progress', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, () => create('tao-qt-02', 'QT-02')));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(
      responses.filter((r) => r.status === 409).every((r) => r.body.code === 'IDEMPOTENCY_IN_PROGRESS'),
    ).toBe(true);
    const ids = new Set(responses.filter((r) => r.status === 201).map((r) => r.body.id as string));
    expect(ids.size).toBe(1);
    expect(await documentsWithCode('QT-02')).toBe(1);
  });

  it('the same key on a different request is a 422; keys are the caller’s own', async () => {
    await create('tao-qt-03', 'QT-03').expect(201);
    const other = await create('tao-qt-03', 'QT-04').expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_MISMATCH');
    expect(await documentsWithCode('QT-04')).toBe(0);
    // another user's identical key is another key: it runs (and meets the duplicate code)
    const secretary = await create('tao-qt-03', 'QT-03', w.users['a.iso_secretary'].token).expect(409);
    expect(secretary.body.code).toBe('DUPLICATE');
  });

  it('a request that fails releases its key: the corrected retry runs', async () => {
    const bad = await t
      .http()
      .post('/api/v1/documents')
      .set('Authorization', `Bearer ${w.users['a.drafter'].token}`)
      .set('Idempotency-Key', 'tao-qt-05')
      .send({ agencyId: w.agencyA, code: 'QT-05', title: 'Quy trình', type: 'KHONG_CO' })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    await create('tao-qt-05', 'QT-05').expect(201);
  });

  it('the longest key the OpenAPI document allows is accepted, one character more is a 400 and nothing is created', async () => {
    const doc = (await t.http().get('/api/docs-json').expect(200)).body;
    const maxLength = doc.components.parameters.IdempotencyKey.schema.maxLength as number;
    expect(maxLength).toBe(255);
    const longest = 'k'.repeat(maxLength);
    const first = await create(longest, 'QT-DAI-1').expect(201);
    const retry = await create(longest, 'QT-DAI-1').expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    const tooLong = await create(`${longest}k`, 'QT-DAI-2').expect(400);
    expect(tooLong.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'Idempotency-Key', message: `Idempotency-Key dài tối đa ${maxLength} ký tự` }],
    });
    expect(await documentsWithCode('QT-DAI-1')).toBe(1);
    expect(await documentsWithCode('QT-DAI-2')).toBe(0);
  });

  it('an upload retried with its key stores one file', async () => {
    const doc = (await create('tao-qt-06', 'QT-06').expect(201)).body;
    const upload = () =>
      t
        .http()
        .post(`/api/v1/documents/${doc.id}/versions/${doc.draftVersion.id}/files`)
        .set('Authorization', `Bearer ${w.users['a.drafter'].token}`)
        .set('Idempotency-Key', 'tai-tep-qt-06')
        .attach('file', PDF('QT-06'), 'QT-06.pdf');
    const first = await upload().expect(201);
    const again = await upload().expect(201);
    expect(again.body).toEqual(first.body);
    const versions = (
      await drafter.get(`/api/v1/documents/${doc.id}/versions/${doc.draftVersion.id}`).expect(200)
    ).body;
    expect(versions.files).toHaveLength(1);
  });
});
