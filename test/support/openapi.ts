import { TestApp } from './harness';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Operation {
  method: Method;
  /** The OpenAPI path, e.g. /api/v1/documents/{id}/versions/{versionId}. */
  path: string;
  key: string;
  pathParams: string[];
  queryParams: { name: string; schema: any }[];
  /** The JSON body's schema (resolved), if the operation takes one. */
  bodySchema?: any;
  multipart: boolean;
  /** No bearer token required (login, refresh, health, public listings). */
  isPublic: boolean;
}

export interface OpenApi {
  doc: any;
  operations: Operation[];
  resolve: (schema: any) => any;
}

/** Every operation the running API documents: the suites iterate over these, so a new endpoint is covered at once. */
export async function loadOpenApi(t: TestApp): Promise<OpenApi> {
  const doc = (await t.http().get('/api/docs-json').expect(200)).body;
  const resolve = (schema: any): any =>
    schema?.$ref ? resolve(doc.components.schemas[String(schema.$ref).split('/').pop()!]) : schema;
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as Method[]) {
      const op = item[method];
      if (!op) continue;
      const params: any[] = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      operations.push({
        method,
        path,
        key: `${method.toUpperCase()} ${path}`,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: resolve(p.schema) })),
        bodySchema: content['application/json'] ? resolve(content['application/json'].schema) : undefined,
        multipart: Boolean(content['multipart/form-data']),
        isPublic: !op.security || op.security.length === 0,
      });
    }
  }
  return { doc, operations, resolve };
}

/**
 * A plausible body for a schema: examples and enums where given, ids from `ids` for uuid
 * fields named after a known resource, today for dates. Validation may still refuse it (a rule
 * the schema does not state); suites that need a valid body for a specific call build it by hand.
 */
export function exampleBody(api: OpenApi, schema: any, ids: Record<string, string>, depth = 0): any {
  const s = api.resolve(schema);
  if (!s || depth > 4) return undefined;
  if (s.example !== undefined) return s.example;
  if (s.enum) return s.enum[0];
  if (s.allOf) return exampleBody(api, s.allOf[0], ids, depth);
  switch (s.type) {
    case 'object': {
      const body: Record<string, unknown> = {};
      for (const [name, property] of Object.entries<any>(s.properties ?? {})) {
        const p = api.resolve(property);
        if (p?.format === 'uuid' || /Id$/.test(name)) body[name] = ids[name] ?? ids.default;
        else if (/Ids$/.test(name)) body[name] = [ids[name.replace(/s$/, '')] ?? ids.default];
        else body[name] = exampleBody(api, p, ids, depth + 1);
      }
      return body;
    }
    case 'array':
      return [exampleBody(api, s.items, ids, depth + 1)].filter((v) => v !== undefined);
    case 'string':
      if (s.format === 'date') return new Date().toISOString().slice(0, 10);
      if (s.format === 'date-time') return new Date().toISOString();
      if (s.format === 'uuid') return ids.default;
      return 'Nội dung thử nghiệm';
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      return undefined;
  }
}
