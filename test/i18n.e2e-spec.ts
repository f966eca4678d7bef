import { ADMIN, startTestApp, TestApp } from './support/harness';

/** English words class-validator writes; none may leak into a Vietnamese message. */
const ENGLISH =
  /\b(must|should|be|is|not|exist|string|characters?|longer|shorter|than|equal|integer|number|less|greater|one of|following|values|valid|array|elements?|accepted|field|each)\b/i;

describe('Vietnamese, to the last message', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login(ADMIN.username, ADMIN.password);
  });
  afterAll(() => t.close());

  const countAgencies = async () =>
    Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM agencies'))[0].n);

  /** A body that breaks a constraint on every field: a wrong type, a length, an enum, a uuid, an unknown field. */
  const badAgency = { code: 42, name: 'x'.repeat(301), level: 'CITY', parentId: 'abc', colour: 'red' };
  const postBad = (language?: string) => {
    const request = t.http().post('/api/v1/agencies').set('Authorization', `Bearer ${token}`);
    if (language !== undefined) request.set('Accept-Language', language);
    return request.send(badAgency);
  };
  type Detail = { field: string; code: string; message: string };
  const byCode = (details: Detail[]) =>
    Object.fromEntries(details.map((d) => [`${d.field}:${d.code}`, d.message]));

  it('a bad body gets Vietnamese field messages by default, with the constraint arguments, and writes nothing', async () => {
    const before = await countAgencies();
    const response = await postBad().expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const messages = byCode(response.body.details as Detail[]);
    expect(messages).toMatchObject({
      'code:isString': 'Trường "code" phải là chuỗi ký tự',
      'name:isLength': 'Trường "name" phải dài từ 1 đến 300 ký tự',
      'level:isIn': expect.stringMatching(/^Trường "level" phải là một trong các giá trị: .*BRANCH/),
      'parentId:isUuid': 'Trường "parentId" phải là một mã định danh UUID hợp lệ',
      'colour:whitelistValidation': expect.stringContaining('Trường "colour" không được chấp nhận'),
    });
    for (const detail of response.body.details as Detail[]) {
      expect(detail.message.replace(/"[^"]*"/g, '')).not.toMatch(ENGLISH);
      expect(Object.keys(detail).sort()).toEqual(['code', 'field', 'message']);
    }
    expect(response.body.message).not.toMatch(ENGLISH);
    expect(response.headers['content-language']).toBe('vi');
    expect(response.headers['vary']).toMatch(/Accept-Language/i);
    expect(await countAgencies()).toBe(before);
  });

  it.each([
    ['en', 'en'],
    ['en-US;q=0.9, vi;q=0.8', 'en'],
    ['fr, en;q=0.5', 'en'],
    ['vi, en;q=0.9', 'vi'],
    ['en;q=0, vi', 'vi'],
    ['fr-FR, de', 'vi'],
    ['*', 'vi'],
  ])('Accept-Language "%s" answers in %s, every message in that one language', async (header, language) => {
    const response = await postBad(header).expect(400);
    expect(response.headers['content-language']).toBe(language);
    const details = response.body.details as Detail[];
    expect(details.length).toBeGreaterThanOrEqual(5);
    for (const text of [response.body.message as string, ...details.map((d) => d.message)]) {
      if (language === 'en')
        expect(text).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
      else expect(text.replace(/"[^"]*"/g, '')).not.toMatch(ENGLISH);
    }
    if (language === 'en') {
      expect(byCode(details)).toMatchObject({
        'code:isString': 'code must be a string',
        'name:isLength': 'name must be shorter than or equal to 300 characters',
        'colour:whitelistValidation': 'colour is not an accepted field',
      });
    }
  });

  it('query constraints with arguments (min, max, integer) are Vietnamese too', async () => {
    const response = await t
      .http()
      .get('/api/v1/agencies?page=0&pageSize=1000&sort=constructor')
      .set('Authorization', `Bearer ${token}`)
      .expect(400);
    const messages = byCode(response.body.details as Detail[]);
    expect(messages).toMatchObject({
      'page:min': 'Trường "page" không được nhỏ hơn 1',
      'pageSize:max': 'Trường "pageSize" không được lớn hơn 100',
      'sort:isNotInheritedName': 'Trường "sort" phải là tên một trường được phép sắp xếp',
    });
  });

  it('successful JSON answers carry Content-Language and Vary too', async () => {
    const ok = await t
      .http()
      .get('/api/v1/agencies')
      .set('Authorization', `Bearer ${token}`)
      .set('Accept-Language', 'en-GB')
      .expect(200);
    expect(ok.headers['content-language']).toBe('en');
    expect(ok.headers['vary']).toMatch(/Accept-Language/i);
    const health = await t.http().get('/api/v1/health');
    expect(health.headers['content-language']).toBe('vi');
  });
});
