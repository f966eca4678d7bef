#!/usr/bin/env node
/*
 * Libraries own their tables (issue 12). Each lib under libs/ reads and writes only the tables
 * whose @Entity it declares; another lib's data comes through that lib's exported query
 * functions. The one exception is libs/reporting, the read-model lib: it may read every table,
 * writes none, and imports no domain lib (so any lib can use it without a cycle).
 *
 * Checked here, from the source text:
 *  - table -> owning lib, from the @Entity('…') names (plus the few tables with no entity,
 *    listed below); a table created by a migration with no owner fails the check;
 *  - in every lib, SQL that names another lib's table (FROM, JOIN, INTO, UPDATE, DELETE FROM);
 *  - in every lib, an import of another lib's entity class (its repository, query builder…);
 *  - in libs/reporting, any write and any import of a domain lib.
 * Run by `npm run lint` and by test/table-ownership.e2e-spec.ts. Exit status 1 with the
 * offending files on stdout.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const READ_MODEL_LIB = 'reporting';

/** Tables created by a migration without an entity class, and the lib that owns them. */
const TABLES_WITHOUT_ENTITY = {
  idempotency_keys: 'platform',
  blob_integrity: 'storage',
  domain_events: 'integration',
  webhooks: 'integration',
  webhook_deliveries: 'integration',
  agency_coverage_counts: 'reporting',
  file_texts: 'documents',
  document_search_keys: 'documents',
  reminder_queue: 'deadlines',
};

/**
 * Reads of another lib's table still to be replaced by the owner's query functions: "lib-relative
 * file: table". The list may only shrink: an entry that no longer occurs fails the check too.
 */
const KNOWN = new Set([
  // documents is approvals' subject handler: it still reads the request row (an open request of
  // the document, the request of a decided step) by entity until approvals exports those queries
  'libs/documents/src/document-lifecycle.ts: ApprovalRequest',
  'libs/documents/src/document-lifecycle.ts: ApprovalStep',
]);

function sourceFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    // unit tests beside the code may set up any table; the check is about the libs' own code
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) out.push(full);
  }
  return out;
}

function lineOf(text, index) {
  return text.slice(0, index).split('\n').length;
}

function ownership(root, libs) {
  const tables = new Map(Object.entries(TABLES_WITHOUT_ENTITY));
  const entities = new Map();
  for (const lib of libs) {
    for (const file of sourceFiles(path.join(root, 'libs', lib, 'src'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/@Entity\('([a-z_]+)'\)[\s\S]*?export class (\w+)/g)) {
        tables.set(m[1], lib);
        entities.set(m[2], lib);
      }
    }
  }
  return { tables, entities };
}

function unownedMigrationTables(root, tables) {
  const problems = [];
  const dir = path.join(root, 'migrations');
  if (!fs.existsSync(dir)) return problems;
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    // a partition (CREATE TABLE x_1 PARTITION OF x) belongs to its table's owner
    for (const m of text.matchAll(
      /CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?(?![\w"$]*\S* PARTITION OF)/g,
    )) {
      if (!tables.has(m[1]))
        problems.push(
          `migrations/${name}: table ${m[1]} has no owning lib (no @Entity, not in TABLES_WITHOUT_ENTITY)`,
        );
    }
  }
  return problems;
}

/** The problems found under `root` (the repository by default); `known` are tolerated reads still to remove. */
function check(root = ROOT, known = KNOWN) {
  const libsDir = path.join(root, 'libs');
  const libs = fs.readdirSync(libsDir).filter((d) => fs.existsSync(path.join(libsDir, d, 'src')));
  const { tables, entities } = ownership(root, libs);
  const problems = unownedMigrationTables(root, tables);
  const names = [...tables.keys()].join('|');
  const sqlRef = new RegExp(`\\b(?:FROM|JOIN|INTO|UPDATE|DELETE FROM)\\s+"?(${names})"?(?![\\w"])`, 'g');
  const write = new RegExp(`\\b(?:INSERT INTO|UPDATE|DELETE FROM|TRUNCATE)\\s+"?(${names})"?(?![\\w"])`, 'g');
  const imports = /import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'@app\/(\w+)'/g;
  const seen = new Set();

  for (const lib of libs) {
    for (const file of sourceFiles(path.join(libsDir, lib, 'src'))) {
      const text = fs.readFileSync(file, 'utf8');
      const rel = path.relative(root, file);
      if (lib === READ_MODEL_LIB) {
        for (const m of text.matchAll(write))
          problems.push(`${rel}:${lineOf(text, m.index)}: the read-model lib writes ${m[1]}`);
        for (const m of text.matchAll(imports)) {
          if (m[2] !== 'platform')
            problems.push(`${rel}:${lineOf(text, m.index)}: the read-model lib imports @app/${m[2]}`);
        }
        continue;
      }
      for (const m of text.matchAll(sqlRef)) {
        const owner = tables.get(m[1]);
        if (owner === lib) continue;
        const key = `${rel}: ${m[1]}`;
        seen.add(key);
        if (!known.has(key))
          problems.push(`${rel}:${lineOf(text, m.index)}: SQL on ${m[1]}, a table of libs/${owner}`);
      }
      for (const m of text.matchAll(imports)) {
        if (m[2] === lib) continue;
        for (const name of m[1].split(',').map((s) => s.trim().replace(/^type\s+/, ''))) {
          if (entities.get(name) === m[2]) {
            const key = `${rel}: ${name}`;
            seen.add(key);
            if (!known.has(key))
              problems.push(`${rel}:${lineOf(text, m.index)}: imports ${name}, an entity of libs/${m[2]}`);
          }
        }
      }
    }
  }
  for (const key of known) {
    if (!seen.has(key))
      problems.push(`scripts/check-table-ownership.js: "${key}" no longer occurs: remove it from KNOWN`);
  }
  return problems;
}

if (require.main === module) {
  const problems = check();
  if (problems.length > 0) {
    console.log(`Libraries own their tables: ${problems.length} problem(s)`);
    for (const p of problems) console.log(`  ${p}`);
    console.log(
      "Read another lib's data through its exported query functions, or put the join in libs/reporting.",
    );
    process.exit(1);
  }
  console.log('Libraries own their tables: ok');
}

module.exports = { check };
