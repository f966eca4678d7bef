import type { Response } from 'supertest';
import { startTestApp, TestApp } from './support/harness';
import { contractOf } from './support/contract-check';
import { client, Client } from './support/documents';
import { draftDocument, expectError } from './support/approvals';
import { buildWorld, World } from './support/world';

interface Operation {
  operationId: string;
  summary?: string;
  description?: string;
  parameters?: { $ref?: string; name?: string; in?: string; schema?: { type?: string } }[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }>; headers?: object }>;
}

describe('the API contract: every operation described, and every response checked against it', () => {
  let t: TestApp;
  let w: World;
  let drafter: Client;
  let spec: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, any> };
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    drafter = client(t, w.users['a.drafter'].token);
    spec = (await t.http().get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
    );

  /** An answer as declared, or the shared one (components/responses) it refers to. */
  const shared = (response: { $ref?: string; content?: Record<string, { schema?: { $ref?: string } }> }) =>
    response.$ref
      ? (spec as any).components.responses[response.$ref.split('/').pop()!]
      : (response as { content?: Record<string, { schema?: { $ref?: string } }> });

  it('declares a named success schema, the shared error schema, a summary and a description for every operation', () => {
    const undescribed: string[] = [];
    for (const { path, method, operation } of operations()) {
      const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      const json = success.map(([, r]) => r.content?.['application/json']?.schema).filter(Boolean);
      const binary = success.some(([, r]) => Object.keys(r.content ?? {}).some((c) => !c.includes('json')));
      const noBody =
        success.every(([status]) => status === '204') || /\/(logout|metrics)$|\/admin\//.test(path);
      if (!json.length && !binary && !noBody) undescribed.push(`${method} ${path}: no success schema`);
      if (json.some((s) => !s!.$ref)) undescribed.push(`${method} ${path}: success schema is not named`);
      for (const [status, response] of Object.entries(operation.responses))
        if (
          Number(status) >= 400 &&
          // readiness answers its report, which carries the ApiError fields too
          !(path === '/health/ready' && status === '503') &&
          shared(response).content?.['application/json']?.schema?.$ref !== '#/components/schemas/ApiError'
        )
          undescribed.push(`${method} ${path}: ${status} is not an ApiError`);
      if (!operation.summary || !operation.description) undescribed.push(`${method} ${path}: no summary`);
    }
    expect(undescribed).toEqual([]);
    expect(operations().length).toBeGreaterThan(130);
  });

  it('declares each error answer once (components/responses) and refers to it from every operation', () => {
    const responses = (spec as any).components.responses as Record<string, any>;
    expect(Object.keys(responses).sort()).toEqual(
      [
        'BadRequest',
        'Conflict',
        'Forbidden',
        'InternalError',
        'NotFound',
        'PayloadTooLarge',
        'RequestTimeout',
        'ServiceUnavailable',
        'TooManyRequests',
        'Unauthorized',
        'UnprocessableEntity',
        'UnsupportedMediaType',
      ].sort(),
    );
    expect(responses.TooManyRequests.headers).toEqual({
      'X-Request-Id': { $ref: '#/components/headers/XRequestId' },
      'Retry-After': { $ref: '#/components/headers/RetryAfter' },
    });
    const inline: string[] = [];
    for (const { path, method, operation } of operations())
      for (const [status, response] of Object.entries<any>(operation.responses))
        if (Number(status) >= 400 && !response.$ref && !(path === '/health/ready' && status === '503'))
          inline.push(`${method} ${path} ${status}`);
    expect(inline).toEqual([]);
    const create = spec.paths['/api/v1/documents'].post.responses as Record<string, any>;
    expect(create['409']).toEqual({ $ref: '#/components/responses/Conflict' });
    expect(create['201'].headers['X-Request-Id']).toEqual({ $ref: '#/components/headers/XRequestId' });
  });

  it('names the error codes, types page and pageSize as integers and lists as one page shape', () => {
    const { ErrorCode, ApiError, DocumentsListItemPage } = spec.components.schemas;
    expect(ErrorCode.enum).toEqual(
      expect.arrayContaining(['NOT_FOUND', 'STALE_VERSION', 'VALIDATION_FAILED']),
    );
    expect(ApiError.required).toEqual(['statusCode', 'code', 'message']);
    const list = spec.paths['/api/v1/documents'].get;
    const page = list.parameters!.find((p) => p.name === 'page');
    const pageSize = list.parameters!.find((p) => p.name === 'pageSize');
    expect([page?.schema?.type, pageSize?.schema?.type]).toEqual(['integer', 'integer']);
    expect(Object.keys(DocumentsListItemPage.properties)).toEqual(['items', 'page', 'pageSize', 'total']);
    const versions = spec.paths['/api/v1/documents/{id}/versions'].get.responses['200'];
    expect(versions.content!['application/json'].schema!.$ref).toBe('#/components/schemas/VersionPage');
    // the request headers: If-Match where a version is compared, Idempotency-Key on creations
    const refs = (o: Operation) => (o.parameters ?? []).map((p) => p.$ref);
    expect(refs(spec.paths['/api/v1/documents/{id}'].patch)).toContain('#/components/parameters/IfMatch');
    expect(refs(spec.paths['/api/v1/documents'].post)).toContain('#/components/parameters/IdempotencyKey');
    expect(refs(list)).toEqual(
      expect.arrayContaining(['#/components/parameters/AcceptLanguage', '#/components/parameters/RequestId']),
    );
  });

  it('types the error code as a closed set a client can switch on: the catalogue, and one <RESOURCE>_IS_<STATE> per lifecycle state', async () => {
    const { ApiError, StateConflictCode } = spec.components.schemas;
    expect(ApiError.properties.code).toEqual({
      anyOf: [{ $ref: '#/components/schemas/ErrorCode' }, { $ref: '#/components/schemas/StateConflictCode' }],
    });
    expect(StateConflictCode.type).toBe('string');
    expect(StateConflictCode.enum).toEqual(
      expect.arrayContaining([
        'APPROVAL_REQUEST_IS_APPROVED',
        'DOCUMENT_VERSION_IS_SUPERSEDED',
        'NONCONFORMITY_IS_CLOSED',
        'EFFECTIVENESS_CONFIRMATION_IS_USED',
      ]),
    );
    // a code the document does not list fails the response check of every suite
    const contract = (await contractOf(t.app))!;
    const refusal = (code: string) =>
      ({
        status: 409,
        body: { statusCode: 409, code, message: 'Không thể thực hiện' },
        headers: { 'content-type': 'application/json; charset=utf-8' },
        text: '{}',
      }) as unknown as Response;
    const url = `/api/v1/documents/${w.agencyA}`;
    expect(() => contract.check('get', url, refusal('DOCUMENT_IS_EFFECTIVE'))).not.toThrow();
    expect(() => contract.check('get', url, refusal('DOCUMENT_IS_ON_FIRE'))).toThrow(/\/code/);
  });

  it('the write endpoints of documents, approvals, audits and CAPA show a Vietnamese example for every free-text field of their bodies', () => {
    const resolve = (schema: any): any =>
      schema?.$ref ? resolve(spec.components.schemas[String(schema.$ref).split('/').pop()!]) : schema;
    const isFreeText = (name: string, schema: any) =>
      schema?.type === 'string' && !schema.enum && !schema.format && !/Id$/.test(name);
    const missing: string[] = [];
    const examples: string[] = [];
    const walk = (schema: any, where: string) => {
      const s = resolve(schema);
      for (const [name, property] of Object.entries<any>(s?.properties ?? {})) {
        const p = resolve(property);
        const item = p.type === 'array' ? resolve(p.items) : undefined;
        if (isFreeText(name, p) || (item && isFreeText(name.replace(/s$/, ''), item))) {
          const example = p.example ?? property.example;
          if (example === undefined) missing.push(`${where}.${name}`);
          else examples.push(...[example].flat().map(String));
        } else if (p.properties || item?.properties) walk(item ?? p, `${where}.${name}`);
      }
    };
    const covered =
      /^\/api\/v1\/(documents|approval-requests|audits|audit-programmes|findings|nonconformities|corrective-actions|management-reviews)/;
    let bodies = 0;
    for (const { path, method, operation } of operations()) {
      const body = (operation as any).requestBody?.content?.['application/json']?.schema;
      if (!covered.test(path) || !body) continue;
      bodies += 1;
      walk(body, `${method.toUpperCase()} ${path}`);
    }
    expect(bodies).toBeGreaterThan(30);
    expect(missing).toEqual([]);
    const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
    expect(examples.filter((e) => vietnamese.test(e)).length).toBeGreaterThan(40);
    const english = /\b(the|and|of|must|is|document|request)\b/i;
    expect(examples.filter((e) => english.test(e))).toEqual([]);
  });

  it('refuses a response that differs from the document: an extra field, a missing one, an undeclared status', async () => {
    const contract = (await contractOf(t.app))!;
    const document = (
      await drafter.post('/api/v1/documents', {
        agencyId: w.agencyA,
        code: 'QT-HOP-DONG',
        title: 'Quy trình hợp đồng',
        type: 'PROCEDURE',
      })
    ).body as Record<string, unknown>;
    const answer = (status: number, body: unknown) =>
      ({
        status,
        body,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        text: JSON.stringify(body),
      }) as unknown as Response;
    const url = `/api/v1/documents/${String(document.id)}`;
    expect(() => contract.check('get', url, answer(200, document))).not.toThrow();
    expect(() => contract.check('get', url, answer(200, { ...document, secretField: 1 }))).toThrow(
      /Documents_get .* 200: .*must NOT have additional properties/,
    );
    const { title: _title, ...untitled } = document;
    expect(() => contract.check('get', url, answer(200, untitled))).toThrow(/required property 'title'/);
    expect(() => contract.check('get', url, answer(200, { ...document, version: '1' }))).toThrow(
      /version must be integer/,
    );
    expect(() => contract.check('get', url, answer(418, { statusCode: 418 }))).toThrow(
      /answered 418, which the OpenAPI document does not declare/,
    );
  });

  it('accepts the ETag it sends back in If-Match ("3", W/"3" or 3), and refuses a stale one without writing', async () => {
    const document = await draftDocument(drafter, w.agencyA, 'QT-ETAG', { withFile: false });
    const path = `/api/v1/documents/${document.id}`;
    const read = await drafter.get(path).expect(200);
    expect(read.headers.etag).toBe('"1"');

    const first = await drafter.patch(path, { title: 'Quy trình lần 2' }).set('If-Match', read.headers.etag);
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const second = await drafter.patch(path, { title: 'Quy trình lần 3' }).set('If-Match', 'W/"2"');
    expect(second.status).toBe(200);
    const third = await drafter.patch(path, { title: 'Quy trình lần 4' }).set('If-Match', '3');
    expect(third.status).toBe(200);

    // the first ETag is stale now: 409, and the title stays
    expectError(
      await drafter.patch(path, { title: 'Ghi đè' }).set('If-Match', read.headers.etag),
      409,
      'STALE_VERSION',
    );
    const [row] = await t.sql<{ title: string; version: number }>(
      'SELECT title, version FROM documents WHERE id = $1',
      [document.id],
    );
    expect(row).toEqual({ title: 'Quy trình lần 4', version: 4 });

    // the version tag is a concurrency token, not a content validator: a document's embedded
    // versions and files change without its own version moving, so a conditional GET is never a 304
    const current = await drafter.get(path).expect(200);
    const conditional = await drafter.get(path).set('If-None-Match', current.headers.etag);
    expect(conditional.status).toBe(200);
    expect(conditional.body).toMatchObject({ id: document.id, title: 'Quy trình lần 4', version: 4 });
  });

  it('lists document versions as a page', async () => {
    const document = await draftDocument(drafter, w.agencyA, 'QT-TRANG', { withFile: false });
    const page = (await drafter.get(`/api/v1/documents/${document.id}/versions?pageSize=1`).expect(200)).body;
    expect(page).toMatchObject({ page: 1, pageSize: 1, total: 1, items: [{ revision: 1, status: 'DRAFT' }] });
  });
});
