import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportOpenApiDocument, openApiText } from '../apps/api/src/contract/export-openapi';
import { startTestApp, TestApp } from './support/harness';

/**
 * The contract front-ends are generated from is committed (openapi.json), so every change to it
 * shows in review: this file fails when the served document differs from the committed one.
 * After an intended change: `UPDATE_OPENAPI=1 npx jest test/openapi-contract` (or `npm run
 * openapi`), then read `git diff openapi.json`.
 */
const COMMITTED = join(__dirname, '..', 'openapi.json');
const MAX_LISTED = 25;

describe('OpenAPI contract', () => {
  let t: TestApp;
  let served: unknown;

  beforeAll(async () => {
    t = await startTestApp();
    served = (await t.http().get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t?.close());

  it('the served document is the committed openapi.json', () => {
    if (process.env.UPDATE_OPENAPI === '1') writeFileSync(COMMITTED, openApiText(served));
    const committed: unknown = JSON.parse(readFileSync(COMMITTED, 'utf8'));
    const differences = jsonDifferences(committed, served);
    if (differences.length > 0) {
      const listed = differences.slice(0, MAX_LISTED).join('\n  ');
      const more = differences.length > MAX_LISTED ? `\n  … and ${differences.length - MAX_LISTED} more` : '';
      throw new Error(
        `The served OpenAPI document differs from openapi.json (committed → served):\n  ${listed}${more}\n` +
          'If the change is intended: UPDATE_OPENAPI=1 npx jest test/openapi-contract, then review git diff openapi.json',
      );
    }
    // the file is written the way the export writes it, so regenerating it gives no diff
    expect(readFileSync(COMMITTED, 'utf8')).toBe(openApiText(committed));
  });

  it('npm run openapi (no database, no Redis, no object storage) builds the very document the API serves', async () => {
    const exported = JSON.parse(openApiText(await exportOpenApiDocument())) as unknown;
    expect(jsonDifferences(served, exported)).toEqual([]);
  });

  it('the comparison sees a renamed field, a changed type and a removed operation', () => {
    const before = { paths: { '/a': { get: { summary: 'x' } } }, s: { p: { type: 'integer' } } };
    const after = { paths: {}, s: { q: { type: 'integer' } } };
    expect(jsonDifferences(before, after)).toEqual(['removed /paths/~1a', 'removed /s/p', 'added /s/q']);
    expect(jsonDifferences({ t: 'integer' }, { t: 'number' })).toEqual(['changed /t: "integer" → "number"']);
  });
});

/** Each place where two JSON values differ, as a JSON pointer. */
function jsonDifferences(a: unknown, b: unknown, pointer = ''): string[] {
  if (isObject(a) && isObject(b)) {
    const out: string[] = [];
    for (const key of Object.keys(a)) {
      const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      out.push(...(key in b ? jsonDifferences(a[key], b[key], child) : [`removed ${child}`]));
    }
    for (const key of Object.keys(b)) {
      if (!(key in a)) out.push(`added ${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    return a.flatMap((item, i) => jsonDifferences(item, b[i], `${pointer}/${i}`));
  }
  const [left, right] = [JSON.stringify(a), JSON.stringify(b)];
  return left === right ? [] : [`changed ${pointer || '/'}: ${shorten(left)} → ${shorten(right)}`];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
