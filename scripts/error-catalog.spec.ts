import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { errorEntry, registeredErrors, resourceLabel } from '@app/platform';
import { loadAllLibs, renderErrorCatalog } from './error-catalog-doc';

const root = join(__dirname, '..');
const libs = loadAllLibs(join(root, 'libs'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every code literal handed to DomainError or renderMessage, with the file that uses it. */
function codesUsed(): { code: string; file: string }[] {
  const files = ['apps', 'libs'].flatMap((top) => sourceFiles(join(root, top)));
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:DomainError|renderMessage)\(\s*'([A-Z][A-Z0-9_]*)'/g)].map(
      (match) => ({ code: match[1], file: relative(root, file) }),
    ),
  );
}

describe('error codes owned by their libs', () => {
  const used = codesUsed();

  it('finds the codes the code base throws (the scan itself works)', () => {
    expect(used.length).toBeGreaterThan(100);
    expect(used.map((use) => use.code)).toEqual(
      expect.arrayContaining(['NOT_FOUND', 'SEPARATION_OF_DUTIES']),
    );
  });

  it('registers every code thrown anywhere in apps/ and libs/ once every lib is loaded', () => {
    const unknown = used.filter((use) => !errorEntry(use.code)).map((use) => `${use.code} in ${use.file}`);
    expect(unknown).toEqual([]);
  });

  it('a lib throws only its own codes, platform’s, or those of a lib it imports (so they are loaded with it)', () => {
    const importsOf = new Map(
      libs.map((lib) => {
        const text = sourceFiles(join(root, 'libs', lib, 'src'))
          .map((file) => readFileSync(file, 'utf8'))
          .join('\n');
        return [
          lib,
          new Set([lib, 'platform', ...[...text.matchAll(/from '@app\/([a-z-]+)'/g)].map((m) => m[1])]),
        ];
      }),
    );
    const strays = used
      .filter((use) => use.file.startsWith('libs/'))
      .filter((use) => !importsOf.get(use.file.split('/')[1])!.has(errorEntry(use.code)?.owner ?? '?'))
      .map((use) => `${use.code} (${errorEntry(use.code)?.owner}) in ${use.file}`);
    expect(strays).toEqual([]);
  });

  it('names every resource a message can mention (not found, duplicates, lifecycle subjects) in both languages', () => {
    const files = ['apps', 'libs'].flatMap((top) => sourceFiles(join(root, top)));
    const pattern = /(?:notFound\(|resource: |StateMachine<\w+>\(|subject: )'([a-z][A-Za-z]*)'/g;
    const unnamed = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(pattern)]
        .filter((match) => !resourceLabel(match[1]))
        .map((match) => `${match[1]} in ${relative(root, file)}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('every lib that declares codes registers them from its index.ts', () => {
    for (const owner of new Set(registeredErrors().map((error) => error.owner))) {
      if (owner === 'platform') continue;
      const index = readFileSync(join(root, 'libs', owner, 'src', 'index.ts'), 'utf8');
      expect(index).toContain(`export * from './${owner}.errors';`);
    }
  });

  it('keeps the messages of a code in both languages, with the same placeholders', () => {
    for (const error of registeredErrors()) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect({ code: error.code, en: placeholders(error.en) }).toEqual({
        code: error.code,
        en: placeholders(error.vi),
      });
      expect(error.status).toBeGreaterThanOrEqual(400);
    }
  });

  it('docs/errors.md is generated from the registered codes (run `npm run docs:errors` when this fails)', () => {
    const committed = readFileSync(join(root, 'docs', 'errors.md'), 'utf8');
    expect(committed).toBe(renderErrorCatalog(registeredErrors()));
  });
});
