import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// A plain Node script (run by `npm run lint`), loaded as such.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { check } = require('./check-table-ownership') as {
  check: (root?: string, known?: Set<string>) => string[];
};

describe('libraries own their tables (scripts/check-table-ownership.js)', () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'table-ownership-'));
    write(
      'libs/people/src/person.entity.ts',
      "@Entity('persons')\nexport class Person {}\n@Entity('teams')\nexport class Team {}\n",
    );
    write(
      'libs/people/src/people.ts',
      "export const q = 'SELECT p.id FROM persons p JOIN teams t ON t.id = p.team_id';\n",
    );
    write('libs/orders/src/order.entity.ts', "@Entity('orders')\nexport class Order {}\n");
    write(
      'libs/reporting/src/index.ts',
      "import { Clock } from '@app/platform';\nexport const q = 'SELECT 1';\n",
    );
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('passes on this repository', () => {
    expect(check()).toEqual([]);
  });

  it('passes when each lib queries only its own tables', () => {
    expect(check(root, new Set())).toEqual([]);
  });

  it("names the file and line of SQL on another lib's table", () => {
    write(
      'libs/orders/src/orders.ts',
      'const a = 1;\nexport const q = `SELECT o.id FROM orders o\n  JOIN "persons" p ON p.id = o.person_id`;\n',
    );
    expect(check(root, new Set())).toEqual([
      'libs/orders/src/orders.ts:3: SQL on persons, a table of libs/people',
    ]);
  });

  it("refuses an import of another lib's entity, but not of its other exports", () => {
    write('libs/orders/src/orders.ts', "import { Person, personName } from '@app/people';\n");
    expect(check(root, new Set())).toEqual([
      'libs/orders/src/orders.ts:1: imports Person, an entity of libs/people',
    ]);
  });

  it('lets the read-model lib read every table but neither write one nor import a domain lib', () => {
    write(
      'libs/reporting/src/orders.ts',
      "import { Person } from '@app/people';\nexport const read = 'SELECT * FROM orders JOIN persons ON true';\nexport const write = 'UPDATE persons SET name = $1';\n",
    );
    expect(check(root, new Set())).toEqual([
      'libs/reporting/src/orders.ts:3: the read-model lib writes persons',
      'libs/reporting/src/orders.ts:1: the read-model lib imports @app/people',
    ]);
  });

  it('fails on a table a migration creates that no lib owns, and on a tolerated read that is gone', () => {
    write(
      'migrations/1-Orphans.ts',
      'CREATE TABLE orphans (id uuid PRIMARY KEY);\nCREATE TABLE orders (id uuid);\n',
    );
    expect(check(root, new Set(['libs/orders/src/orders.ts: persons']))).toEqual([
      'migrations/1-Orphans.ts: table orphans has no owning lib (no @Entity, not in TABLES_WITHOUT_ENTITY)',
      'scripts/check-table-ownership.js: "libs/orders/src/orders.ts: persons" no longer occurs: remove it from KNOWN',
    ]);
  });
});
