import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { konTumCsvPath } from '../apps/cli/src/seed/kon-tum-seed';
import { parseCsv } from '../libs/platform/src';
import { ADMIN, startTestApp, TestApp } from './support/harness';
import { multipartBody } from './support/multipart';
import { konTum, KonTum } from './support/oversight';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook as a user saves it from Excel: a title-less sheet, the header row first. */
async function xlsxOf(rows: (string | number | Date)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh mục');
  for (const row of rows) sheet.addRow(row);
  workbook.addWorksheet('Ghi chú').addRow(['code', 'name']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

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

  describe('details written by the services are Vietnamese by default, English with Accept-Language: en', () => {
    const as = (request: ReturnType<ReturnType<TestApp['http']>['get']>, language?: string) => {
      request.set('Authorization', `Bearer ${token}`);
      if (language) request.set('Accept-Language', language);
      return request;
    };
    let agency: string;
    beforeAll(async () => {
      const created = await as(t.http().post('/api/v1/agencies'))
        .send({ code: 'I18N-TINH', name: 'Tỉnh thử thông báo', level: 'PROVINCE' })
        .expect(201);
      agency = created.body.id as string;
    });

    it('a path id that is not a UUID', async () => {
      const vi = await as(t.http().get('/api/v1/agencies/khong-phai-uuid')).expect(400);
      expect(vi.body.details).toEqual([{ field: 'id', message: 'Mã định danh (id) phải là UUID hợp lệ' }]);
      const en = await as(t.http().get('/api/v1/agencies/khong-phai-uuid'), 'en').expect(400);
      expect(en.body.details).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    });

    it('an unknown approval kind and a workflow whose last step is not the head of agency, nothing written', async () => {
      const kind = await as(t.http().get(`/api/v1/agencies/${agency}/workflow-templates/BOGUS`)).expect(400);
      expect(kind.body.details[0].message).toMatch(/^Trường "kind" phải là một trong các giá trị: ISSUE/);
      const templates = async () =>
        Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM workflow_templates'))[0].n);
      const before = await templates();
      const put = (language?: string) =>
        as(t.http().put(`/api/v1/agencies/${agency}/workflow-templates/ISSUE`), language).send({
          steps: [
            { role: 'APPROVER', slaDays: 3 },
            { role: 'REVIEWER', slaDays: 3 },
          ],
        });
      const vi = await put().expect(400);
      expect(vi.body.details).toEqual([
        { field: 'steps', message: 'Bước cuối cùng phải là APPROVER (thủ trưởng cơ quan)' },
      ]);
      const en = await put('en-US').expect(400);
      expect(en.body.details).toEqual([
        { field: 'steps', message: 'the last step must be APPROVER (the head of agency)' },
      ]);
      expect(await templates()).toBe(before);
    });

    it('a cursor the event feed did not hand out', async () => {
      const vi = await as(t.http().get('/api/v1/events?after=bogus')).expect(400);
      expect(vi.body.details).toEqual([
        { field: 'after', message: 'Trường "after" phải là một con trỏ (cursor) do nguồn tin này cấp' },
      ]);
      const en = await as(t.http().get('/api/v1/events?after=bogus'), 'en').expect(400);
      expect(en.body.details[0].message).toBe('after must be a cursor from this feed');
    });

    it('the login form and the password policy', async () => {
      const login = (language?: string) => {
        const request = t.http().post('/api/v1/auth/login');
        if (language) request.set('Accept-Language', language);
        return request.send({ username: 5, password: 'x' });
      };
      expect((await login().expect(400)).body.details).toContainEqual({
        field: 'username',
        code: 'isString',
        message: 'Trường "username" phải là chuỗi ký tự',
      });
      expect((await login('en').expect(400)).body.details).toContainEqual({
        field: 'username',
        code: 'isString',
        message: 'username must be a string',
      });
      const users = async () => Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM users'))[0].n);
      const before = await users();
      const create = (language?: string) =>
        as(t.http().post('/api/v1/users'), language).send({
          username: 'nguoi.dung.moi',
          fullName: 'Người dùng mới',
          email: 'nguoi.dung.moi@example.gov.vn',
          password: 'ngan',
        });
      expect((await create().expect(400)).body.details).toEqual([
        { field: 'password', code: 'PASSWORD_POLICY', message: 'Mật khẩu phải có ít nhất 10 ký tự' },
      ]);
      expect((await create('en').expect(400)).body.details[0].message).toBe(
        'the password must have at least 10 characters',
      );
      expect(await users()).toBe(before);
    });

    it('a line of an imported catalogue that repeats a code, nothing created', async () => {
      const path = `/api/v1/agencies/${agency}/administrative-procedures/import`;
      const count = async () =>
        Number(
          (
            await t.sql<{ n: string }>(
              'SELECT count(*) AS n FROM administrative_procedures WHERE agency_id = $1',
              [agency],
            )
          )[0].n,
        );
      const before = await count();
      const csv = Buffer.from('code;name\r\n9.9;Thủ tục A\r\n9.9;Thủ tục B\r\n', 'utf8');
      const send = (language?: string) =>
        as(t.http().post(path), language).set('Content-Type', 'text/csv').send(csv);
      const vi = await send().expect(400);
      expect(vi.body.details).toEqual([
        { field: expect.stringMatching(/code$/), message: 'Mã 9.9 đã có ở dòng 2' },
      ]);
      const en = await send('en').expect(400);
      expect(en.body.details[0].message).toBe('code 9.9 is already on line 2');
      expect(await count()).toBe(before);
    });
  });

  describe('imports take what Vietnamese users have: Excel CSV (;, BOM, CRLF) and XLSX', () => {
    let k: KonTum;
    let path: string;
    beforeAll(async () => {
      k = await konTum(t);
      path = `/api/v1/agencies/${k.stpId}/administrative-procedures/import`;
    });
    const procedures = async () =>
      (
        await t.sql<{ code: string; name: string; field: string | null }>(
          'SELECT code, name, field FROM administrative_procedures WHERE agency_id = $1 ORDER BY code',
          [k.stpId],
        )
      ).map((r) => `${r.code}|${r.name}|${r.field ?? ''}`);
    const send = (body: Buffer, contentType: string, key?: string) => {
      const request = t
        .http()
        .post(path)
        .set('Authorization', `Bearer ${k.users.secretary.token}`)
        .set('Content-Type', contentType);
      if (key) request.set('Idempotency-Key', key);
      return request.send(body);
    };

    it('a CSV saved by Excel in a Vietnamese locale (semicolons, BOM, CRLF, commas inside names) is imported', async () => {
      const csv =
        '\uFEFFMã TTHC;Tên TTHC;Lĩnh vực\r\n' +
        '2.000815.000.00.00.H34;Chứng thực bản sao từ bản chính giấy tờ, văn bản;Chứng thực\r\n' +
        '1.001233.000.00.00.H34;"Cấp Phiếu lý lịch tư pháp; cho công dân";Lý lịch tư pháp\r\n';
      const response = await send(Buffer.from(csv, 'utf8'), 'text/csv; charset=utf-8').expect(200);
      expect(response.body).toMatchObject({ created: 2, total: 2 });
      expect(await procedures()).toEqual([
        '1.001233.000.00.00.H34|Cấp Phiếu lý lịch tư pháp; cho công dân|Lý lịch tư pháp',
        '2.000815.000.00.00.H34|Chứng thực bản sao từ bản chính giấy tờ, văn bản|Chứng thực',
      ]);
    });

    it('an XLSX workbook (first worksheet, header row) is imported as the body or as the multipart file', async () => {
      const workbook = await xlsxOf([
        ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực'],
        ['2.000815.000.00.00.H34', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực'],
        ['1.009999.000.00.00.H34', 'Đăng ký khai sinh', 'Hộ tịch'],
      ]);
      const raw = await send(workbook, XLSX_TYPE).expect(200);
      expect(raw.body).toMatchObject({ created: 1, unchanged: 1, total: 3 });
      expect(await procedures()).toContain('1.009999.000.00.00.H34|Đăng ký khai sinh|Hộ tịch');
      const file = multipartBody({ filename: 'danh-muc.xlsx', content: workbook, contentType: XLSX_TYPE });
      const viaFile = await send(file.body, file.contentType).expect(200);
      expect(viaFile.body).toMatchObject({ created: 0, unchanged: 2, total: 3 });
    });

    it('an XLSX import keeps the Idempotency-Key fingerprint: another workbook under the same key is a 422', async () => {
      const first = await xlsxOf([
        ['code', 'name'],
        ['1.777.H34', 'Thủ tục A'],
      ]);
      const other = await xlsxOf([
        ['code', 'name'],
        ['1.888.H34', 'Thủ tục B'],
      ]);
      const accepted = await send(first, XLSX_TYPE, 'nhap-xlsx-01').expect(200);
      const attack = await send(other, XLSX_TYPE, 'nhap-xlsx-01').expect(422);
      expect(attack.body.code).toBe('IDEMPOTENCY_KEY_MISMATCH');
      expect((await procedures()).some((p) => p.startsWith('1.888.H34'))).toBe(false);
      const retry = await send(first, XLSX_TYPE, 'nhap-xlsx-01').expect(200);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(accepted.body);
    });

    it('wrong headers are a 400 naming each missing column, in CSV and XLSX alike, and nothing is created', async () => {
      const before = await procedures();
      const csv = await send(Buffer.from('mã số;tên gọi\r\nx;y\r\n', 'utf8'), 'text/csv').expect(400);
      expect(csv.body.code).toBe('VALIDATION_FAILED');
      expect(csv.body.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`)).toEqual([
        'code:missingColumn',
        'name:missingColumn',
      ]);
      expect(csv.body.details[0].message).toMatch(
        /^Tệp thiếu cột "code" \(tên cột được chấp nhận: code, ma, /,
      );
      const xlsx = await t
        .http()
        .post(path)
        .set('Authorization', `Bearer ${k.users.secretary.token}`)
        .set('Content-Type', XLSX_TYPE)
        .set('Accept-Language', 'en')
        .send(
          await xlsxOf([
            ['code', 'ghi chú'],
            ['1.1', 'x'],
          ]),
        )
        .expect(400);
      expect(xlsx.body.details).toEqual([
        {
          field: 'name',
          code: 'missingColumn',
          message: expect.stringMatching(/^the file has no column "name" \(accepted headers: name, ten, /),
        },
      ]);
      expect(await procedures()).toEqual(before);
    });

    it('the provincial rollout plan is imported from an XLSX workbook whose years are number cells', async () => {
      const { header, records } = parseCsv(readFileSync(konTumCsvPath(), 'utf8'));
      const rows = records.map((r) =>
        header.map((h) => (h === 'eiso_target_year' || h === 'no' ? Number(r.values[h]) : r.values[h])),
      );
      const workbook = await xlsxOf([header, ...rows]);
      const planPath = `/api/v1/rollout-plans/import?provinceAgencyId=${k.provinceId}&title=${encodeURIComponent('Kế hoạch XLSX')}`;
      const plan = await t
        .http()
        .post(planPath)
        .set('Authorization', `Bearer ${k.users.oversight.token}`)
        .set('Content-Type', XLSX_TYPE)
        .send(workbook)
        .expect(201);
      expect(plan.body).toMatchObject({ agencies: 147, targets: { '2025': 35, '2027': 10, '2030': 102 } });

      const plans = async () =>
        Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM rollout_plans'))[0].n);
      const before = await plans();
      const wrong = await t
        .http()
        .post(planPath)
        .set('Authorization', `Bearer ${k.users.oversight.token}`)
        .set('Content-Type', 'text/csv')
        .send(Buffer.from('\uFEFFstt;đơn vị\r\n1;Sở Tư pháp\r\n', 'utf8'))
        .expect(400);
      expect(wrong.body.details.map((d: { field: string }) => d.field)).toEqual(['name', 'eiso_target_year']);
      expect(await plans()).toBe(before);
    });
  });
});
