import { ADMIN, startTestApp, TestApp } from './support/harness';

describe('input validation and the error shape', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login(ADMIN.username, ADMIN.password);
  });
  afterAll(() => t.close());

  const post = (path: string) => t.http().post(path).set('Authorization', `Bearer ${token}`);
  const get = (path: string) => t.http().get(path).set('Authorization', `Bearer ${token}`);
  const countAgencies = async () =>
    Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM agencies'))[0].n);
  const countAudit = async () =>
    Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM audit_trail'))[0].n);

  it('a value PostgreSQL cannot store (a NUL character) is a 400, never a 500, and writes nothing', async () => {
    const [agencies, audit] = [await countAgencies(), await countAudit()];
    const created = await post('/api/v1/agencies')
      .send({ code: 'NUL1', name: 'Cơ quan\u0000X', level: 'OTHER' })
      .expect(400);
    expect(created.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: '\u0000', password: 'Admin@12345' });
    expect(login.status).toBe(400);
    expect(await countAgencies()).toBe(agencies);
    expect(await countAudit()).toBe(audit);
  });

  it('refuses unknown fields (mass assignment) with 400 naming each, and writes nothing', async () => {
    const [agencies, audit] = [await countAgencies(), await countAudit()];
    const response = await post('/api/v1/agencies')
      .send({
        code: 'X1',
        name: 'Cơ quan X',
        level: 'OTHER',
        id: '00000000-0000-4000-8000-000000000001',
        status: 'MERGED',
        version: 7,
      })
      .expect(400);
    expect(response.body.statusCode).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'id',
      'status',
      'version',
    ]);
    expect(await countAgencies()).toBe(agencies);
    expect(await countAudit()).toBe(audit);
  });

  it('refuses wrong types with a detail per bad field', async () => {
    const response = await post('/api/v1/agencies')
      .send({ code: 5, name: '', level: 'GALAXY', parentId: 'not-a-uuid' })
      .expect(400);
    const fields = new Set(response.body.details.map((d: { field: string }) => d.field));
    expect([...fields].sort()).toEqual(['code', 'level', 'name', 'parentId']);
  });

  it('refuses oversized pages, page 0 and unknown sort fields', async () => {
    const big = await get('/api/v1/agencies?pageSize=101').expect(400);
    expect(big.body.details).toEqual([expect.objectContaining({ field: 'pageSize' })]);
    await get('/api/v1/agencies?page=0').expect(400);
    const sort = await get('/api/v1/agencies?sort=-password').expect(400);
    expect(sort.body.details[0].field).toBe('sort');
    await get('/api/v1/agencies?unknown=1').expect(400);
    const ok = await get('/api/v1/agencies?page=1&pageSize=100&sort=-code').expect(200);
    expect(ok.body).toMatchObject({ page: 1, pageSize: 100 });
  });

  it('answers malformed JSON, non-UUID ids and unknown routes in the same shape', async () => {
    const json = await post('/api/v1/agencies')
      .set('Content-Type', 'application/json')
      .send('{"code": ')
      .expect(400);
    expect(json.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_JSON' });
    const id = await get('/api/v1/agencies/123').expect(400);
    expect(id.body.code).toBe('VALIDATION_FAILED');
    const route = await get('/api/v1/no-such-thing').expect(404);
    expect(route.body).toMatchObject({ statusCode: 404, code: 'ROUTE_NOT_FOUND' });
    const missing = await get('/api/v1/agencies/00000000-0000-4000-8000-000000000000')
      .set('Accept-Language', 'en')
      .expect(404);
    expect(missing.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'Agency not found',
      details: [],
    });
    const vi = await get('/api/v1/agencies/00000000-0000-4000-8000-000000000000').expect(404);
    expect(vi.body.message).toBe('Không tìm thấy cơ quan');
  });

  it('refuses a JSON body over 1 MB with 413', async () => {
    const response = await post('/api/v1/agencies')
      .send({ code: 'BIG', name: 'x'.repeat(1_100_000), level: 'OTHER' })
      .expect(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('gives one 201 and 409s (never a 500) to concurrent creates of the same code', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        post('/api/v1/agencies').send({ code: 'SAME', name: 'Trùng mã', level: 'OTHER' }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    expect(responses.find((r) => r.status === 409)?.body.code).toBe('DUPLICATE');
    const rows = await t.sql("SELECT id FROM agencies WHERE code = 'SAME'");
    expect(rows).toHaveLength(1);
    const audit = await t.sql(
      "SELECT id FROM audit_trail WHERE subject_type = 'agency' AND data->>'code' = 'SAME'",
    );
    expect(audit).toHaveLength(1);
  });

  it('answers 409 for a stale version given in If-Match, and changes nothing', async () => {
    const created = (
      await post('/api/v1/agencies').send({ code: 'VER', name: 'Phiên bản', level: 'OTHER' }).expect(201)
    ).body;
    const patch = () =>
      t.http().patch(`/api/v1/agencies/${created.id}`).set('Authorization', `Bearer ${token}`);
    await patch().set('If-Match', '"1"').send({ name: 'Phiên bản 2' }).expect(200);
    const stale = await patch().set('If-Match', '"1"').send({ name: 'Phiên bản cũ' }).expect(409);
    expect(stale.body).toMatchObject({
      code: 'STALE_VERSION',
      message: 'Dữ liệu đã bị người khác thay đổi (phiên bản hiện tại 2)',
    });
    const current = await get(`/api/v1/agencies/${created.id}`).expect(200);
    expect(current.body).toMatchObject({ name: 'Phiên bản 2', version: 2 });
  });
});
