import { appendFileSync } from 'node:fs';
import { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import request, { Response } from 'supertest';

/**
 * The spec cannot lie: every JSON response a test receives through the harness is checked
 * against the OpenAPI document of the app that sent it — the operation whose path template
 * matches, the status it answered. An undeclared status, a missing or mistyped field, or a field
 * the schema does not name fails the test that made the request.
 */
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const DOCUMENT_ID = 'openapi.json';

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

export interface Contract {
  check(method: string, url: string, response: Response): void;
}

const contracts = new WeakMap<INestApplication, Promise<Contract | undefined>>();

/** The contract the app serves at /api/docs-json, fetched once per app (none when Swagger is off). */
export function contractOf(app: INestApplication): Promise<Contract | undefined> {
  let contract = contracts.get(app);
  if (!contract) {
    contract = request(app.getHttpServer())
      .get('/api/docs-json')
      .then((response) =>
        response.status === 200 ? buildContract(response.body as OpenAPIObject) : undefined,
      );
    contracts.set(app, contract);
  }
  return contract;
}

/** Schemas as the code sends them: no field beyond those named, OpenAPI's `nullable` as JSON Schema. */
function strict(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strict);
  if (!schema || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/'))
      copy[key] = `${DOCUMENT_ID}${value}`;
    else if (key === 'properties' || key === 'schemas')
      copy[key] = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, strict(v)]));
    else if (key === 'example' || key === 'examples') continue;
    else copy[key] = strict(value);
  }
  if (copy.type === 'object' && copy.properties && copy.additionalProperties === undefined)
    copy.additionalProperties = false;
  if (copy.nullable === true) {
    delete copy.nullable;
    return { anyOf: [copy, { type: 'null' }] };
  }
  return copy;
}

function buildContract(document: OpenAPIObject): Contract {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: strict(document.components?.schemas ?? {}) } });

  const routes: Route[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      routes.push({
        method,
        template,
        pattern: new RegExp(`^${source}/?$`),
        operationId: operation.operationId ?? `${method} ${template}`,
        // shared answers (components/responses) are read through their reference
        responses: Object.fromEntries(
          Object.entries(operation.responses).map(([status, answer]) => {
            const shared = (answer as { $ref?: string }).$ref?.split('/').pop();
            return [status, shared ? document.components?.responses?.[shared] : answer];
          }),
        ) as Route['responses'],
      });
    }
  }
  // static segments win over parameters (/documents/export before /documents/{id})
  const specificity = (route: Route) => (route.template.match(/\{/g) ?? []).length;
  routes.sort((a, b) => specificity(a) - specificity(b));
  const validators = new Map<unknown, ValidateFunction>();
  const validatorOf = (schema: unknown) => {
    let validate = validators.get(schema);
    if (!validate) {
      validate = ajv.compile(strict(schema) as object);
      validators.set(schema, validate);
    }
    return validate;
  };
  const apiError = { $ref: '#/components/schemas/ApiError' };

  return {
    check(method, url, response) {
      const type = String(response.headers['content-type'] ?? '');
      if (!type.startsWith('application/json')) return;
      const path = new URL(url, 'http://localhost').pathname;
      const route = routes.find((r) => r.method === method.toLowerCase() && r.pattern.test(path));
      const status = String(response.status);
      if (!route) {
        // no operation: only the router's own 404 (and 405) may answer, in the error shape
        if (response.status >= 400 && document.components?.schemas?.ApiError) {
          const validate = validatorOf(apiError);
          if (!validate(response.body))
            throw new Error(
              `contract: ${method.toUpperCase()} ${path} → ${status}: body is not an ApiError: ${ajv.errorsText(validate.errors)}`,
            );
        }
        return;
      }
      const declared = route.responses[status];
      const name = `${route.operationId} (${method.toUpperCase()} ${route.template})`;
      if (!declared)
        throw new Error(
          `contract: ${name} answered ${status}, which the OpenAPI document does not declare (declared: ${Object.keys(route.responses).join(', ')}); body: ${JSON.stringify(response.body).slice(0, 300)}`,
        );
      const schema = declared.content?.['application/json']?.schema;
      if (!schema) {
        if (response.text && response.text !== '')
          throw new Error(`contract: ${name} → ${status} sent a JSON body the document does not describe`);
        return;
      }
      const validate = validatorOf(schema);
      // a test that read the answer as bytes (.parse(binary)) still gets it checked
      const body: unknown = Buffer.isBuffer(response.body)
        ? JSON.parse(response.body.toString('utf8'))
        : response.body;
      if (!validate(body)) {
        const errors = (validate.errors ?? [])
          .slice(0, 10)
          .map(
            (e) => `${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
          )
          .join('; ');
        throw new Error(`contract: ${name} → ${status}: the body does not match its schema: ${errors}`);
      }
    },
  };
}

type Agent = ReturnType<typeof import('supertest')>;
type Callback = (error: unknown, response: Response) => void;

/** The agent `http()` returns: every request it makes is checked against the contract once it ends. */
export function checkedAgainstContract(agent: Agent, contract: () => Promise<Contract | undefined>): Agent {
  return new Proxy(agent, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !(METHODS as readonly string[]).includes(property)) return value;
      return (url: string, ...rest: unknown[]) => {
        const test = (value as (...args: unknown[]) => { end: (callback: Callback) => unknown }).call(
          target,
          url,
          ...rest,
        );
        const end = test.end.bind(test);
        test.end = (callback: Callback) =>
          end((error, response) => {
            if (error || !response) return callback(error, response);
            contract().then(
              (loaded) => {
                try {
                  loaded?.check(property, url, response);
                } catch (failure) {
                  // CONTRACT_MISMATCHES=<file>: collect instead of failing (while fixing many schemas at once)
                  if (!process.env.CONTRACT_MISMATCHES) return callback(failure, response);
                  appendFileSync(process.env.CONTRACT_MISMATCHES, `${(failure as Error).message}\n`);
                }
                callback(error, response);
              },
              (failure: unknown) => callback(failure, response),
            );
          });
        return test;
      };
    },
  });
}
